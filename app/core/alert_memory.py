"""What the alerts have told that is not over yet: the jobs told failing (their recovery still to tell)
and the stores told needing the merchant. The process that sends the alerts keeps it in the settings
table as it tells them; a restarted StoreSync, or a serve taking over another's alerts, starts from it.
So it tells neither problem again and does tell its recovery, while a problem that began when no
StoreSync was sending alerts is told at its next failure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

TOLD_SETTING: Final = "alerts_told"


@dataclass(frozen=True, slots=True)
class ToldProblems:
    failing_jobs: frozenset[int] = frozenset()
    attention_stores: frozenset[int] = frozenset()

    def as_setting(self) -> dict[str, list[int]]:
        return {"failing_jobs": sorted(self.failing_jobs), "attention_stores": sorted(self.attention_stores)}

    @classmethod
    def from_setting(cls, value: Any) -> ToldProblems:
        """Nothing told when the setting is absent or not as written (then a problem is told again)."""
        if not isinstance(value, dict):
            return cls()
        return cls(_ids(value.get("failing_jobs")), _ids(value.get("attention_stores")))


def _ids(value: Any) -> frozenset[int]:
    if not isinstance(value, list):
        return frozenset()
    return frozenset(item for item in value if isinstance(item, int) and not isinstance(item, bool))

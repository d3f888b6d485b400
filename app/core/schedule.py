"""Schedule specs: what a merchant chooses in the schedule editor, validated and described in words.

Stdlib only; app.scheduling turns a spec into an APScheduler trigger whose fire times equal
`next_times`.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


class ScheduleKind(enum.StrEnum):
    INTERVAL = "interval"
    DAILY = "daily"
    WEEKLY = "weekly"
    CRON = "cron"


WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, slots=True)
class ScheduleSpec:
    """`every_minutes` for INTERVAL; `at` ("HH:MM") for DAILY and WEEKLY; `days` (WEEKDAYS names) for
    WEEKLY; `cron` (five crontab fields) for CRON. `window_start`/`window_end` ("HH:MM") limit any kind
    to active hours; `timezone` is an IANA name, None meaning the system's."""

    kind: ScheduleKind
    every_minutes: int | None = None
    at: str | None = None
    days: tuple[str, ...] = field(default=())
    cron: str | None = None
    window_start: str | None = None
    window_end: str | None = None
    timezone: str | None = None

    @classmethod
    def every(cls, *, minutes: int = 0, hours: int = 0, **extra: Any) -> ScheduleSpec:
        return cls(ScheduleKind.INTERVAL, every_minutes=minutes + 60 * hours, **extra)

    @classmethod
    def daily(cls, at: str, **extra: Any) -> ScheduleSpec:
        return cls(ScheduleKind.DAILY, at=at, **extra)

    @classmethod
    def weekly(cls, days: tuple[str, ...], at: str, **extra: Any) -> ScheduleSpec:
        return cls(ScheduleKind.WEEKLY, days=tuple(days), at=at, **extra)

    @classmethod
    def from_cron(cls, expression: str, **extra: Any) -> ScheduleSpec:
        return cls(ScheduleKind.CRON, cron=expression, **extra)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["days"] = list(self.days)
        return {key: value for key, value in data.items() if value not in (None, [])}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScheduleSpec:
        return cls(
            kind=ScheduleKind(data["kind"]),
            every_minutes=data.get("every_minutes"),
            at=data.get("at"),
            days=tuple(data.get("days", ())),
            cron=data.get("cron"),
            window_start=data.get("window_start"),
            window_end=data.get("window_end"),
            timezone=data.get("timezone"),
        )

    def validate(self) -> None:
        """Raise ScheduleError with a plain-language reason when the spec cannot run."""
        raise NotImplementedError

    def describe(self) -> str:
        """The schedule in plain words, e.g. "Every hour from 08:00 to 20:00, Europe/Warsaw"."""
        raise NotImplementedError

    def next_times(self, count: int, after: datetime) -> list[datetime]:
        """The next `count` run times strictly after `after` (aware), in the spec's time zone."""
        raise NotImplementedError

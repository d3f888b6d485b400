"""When an event is worth telling the merchant, for every channel alike (desktop notifications, email,
webhooks): once per problem, not once per retry or per failed run after it.

- failure: when a job has failed `warn_after_failures` runs in a row (once, until it works again);
- recovery: the first good run of a job that was reported failing;
- paused: a job paused itself after `pause_after_failures` failed runs;
- attention: a store needs the merchant (once, until it syncs again);
- low_stock: once per new set of low SKUs (per store, or over the sum of stores);
- stale: a store's last successful read got older than `stale_after_hours` (once, until a fresh one).

Quiet hours and each channel's choice of kinds are checked by `allowed`; ordinary successes, such as
catch-up runs after the laptop slept, are never news.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum
from typing import Any

from app.core.alert_memory import ToldProblems
from app.core.events import (
    AttentionCleared,
    Event,
    JobAutoPaused,
    LowStock,
    NeedsAttention,
    StoreFresh,
    StoreStale,
    SyncFailed,
    SyncFinished,
)
from app.core.models import RunStatus
from app.core.settings import default


class AlertKind(StrEnum):
    FAILURE = "failure"
    RECOVERY = "recovery"
    PAUSED = "paused"
    ATTENTION = "attention"
    LOW_STOCK = "low_stock"
    STALE = "stale"


@dataclass(frozen=True, slots=True)
class Alert:
    """What happened, as data: each channel words it in its own way (translated in the window)."""

    kind: AlertKind
    store_id: int | None
    job_id: int | None = None
    message: str = ""
    failed_in_a_row: int = 0
    skus: tuple[str, ...] = ()
    threshold: int | None = None


def _parse(value: object) -> time | None:
    try:
        return time.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def in_quiet_hours(start: object, end: object, now: datetime) -> bool:
    """Quiet hours may wrap midnight (22:00-07:00); equal or unset bounds mean none."""
    begin, finish = _parse(start), _parse(end)
    if begin is None or finish is None or begin == finish:
        return False
    moment = now.time()
    if begin < finish:
        return begin <= moment < finish
    return moment >= begin or moment < finish


class AlertPolicy:
    """Turns bus events into alerts, remembering which problems were already told."""

    def __init__(self, setting: Callable[[str], Any], clock: Callable[[], datetime] = datetime.now) -> None:
        """`setting(key)` returns the current value of a setting (its default when unset)."""
        self._setting = setting
        self._clock = clock
        self._failing: set[int] = set()
        self._attention: set[int] = set()
        self._stale: set[int] = set()
        self._low_stock: dict[int | None, frozenset[str]] = {}

    def recall(self, told: ToldProblems) -> None:
        """What was told before this process listened (app.core.alert_memory)."""
        self._failing |= told.failing_jobs
        self._attention |= told.attention_stores

    def told(self) -> ToldProblems:
        """The failures and attention told and not over yet, to be kept for the next process."""
        return ToldProblems(frozenset(self._failing), frozenset(self._attention))

    def quiet_now(self) -> bool:
        return in_quiet_hours(
            self._setting("quiet_hours_start"), self._setting("quiet_hours_end"), self._clock()
        )

    def decide(self, event: Event) -> Alert | None:
        """The alert `event` calls for, or None when it is not news."""
        if isinstance(event, SyncFailed):
            return self._failed(event)
        if isinstance(event, SyncFinished):
            return self._finished(event)
        if isinstance(event, JobAutoPaused):
            return Alert(AlertKind.PAUSED, event.store_id, event.job_id, event.reason)
        if isinstance(event, NeedsAttention):
            if event.store_id in self._attention:
                return None
            self._attention.add(event.store_id)
            return Alert(AlertKind.ATTENTION, event.store_id, message=event.reason)
        if isinstance(event, AttentionCleared):
            self._attention.discard(event.store_id)
        elif isinstance(event, LowStock):
            return self._low(event)
        elif isinstance(event, StoreStale):
            if event.store_id in self._stale:
                return None
            self._stale.add(event.store_id)
            return Alert(AlertKind.STALE, event.store_id, message=event.reason)
        elif isinstance(event, StoreFresh):
            self._stale.discard(event.store_id)
        return None

    def _failed(self, event: SyncFailed) -> Alert | None:
        job_id = event.run.job_id
        warn_after = int(self._setting("warn_after_failures") or 0)
        if warn_after <= 0 or job_id in self._failing or event.failed_in_a_row < warn_after:
            return None
        self._failing.add(job_id)
        return Alert(
            AlertKind.FAILURE, event.store_id, job_id, event.message, failed_in_a_row=event.failed_in_a_row
        )

    def _finished(self, event: SyncFinished) -> Alert | None:
        job_id = event.run.job_id
        if event.run.status not in (RunStatus.SUCCEEDED, RunStatus.PARTIAL):
            return None
        if event.store_id is not None:  # a run that worked needs nothing more of the merchant
            self._attention.discard(event.store_id)
        if job_id not in self._failing:
            return None
        self._failing.discard(job_id)
        return Alert(AlertKind.RECOVERY, event.store_id, job_id, event.run.status.value)

    def _low(self, event: LowStock) -> Alert | None:
        skus = frozenset(event.skus)
        if self._low_stock.get(event.store_id) == skus:
            return None
        self._low_stock[event.store_id] = skus
        if not skus:
            return None
        return Alert(
            AlertKind.LOW_STOCK,
            event.store_id,
            event.job_id,
            skus=tuple(sorted(skus)),
            threshold=event.threshold,
        )


def settings_reader(get_setting: Callable[[str, Any], Any]) -> Callable[[str], Any]:
    """`setting(key)` over a SettingsRepository's get_setting, with each key's default."""
    return lambda key: get_setting(key, default(key))

"""The APScheduler trigger of a schedule spec: it fires exactly at `ScheduleSpec.next_times`.

A custom trigger that asks the spec, rather than APScheduler's CronTrigger/IntervalTrigger, because
those cannot carry our specs faithfully: `CronTrigger.from_crontab('0 9 * * 0')` runs on Monday,
hour ranges that wrap midnight (`22-2`) raise, crontab's "day of month OR day of week" rule is
missing, active hours across midnight would need several triggers, an ambiguous 02:30 runs twice in
autumn, and an interval with active hours would drift from its window start. With one source of truth
the times the window lists are the times that run.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from apscheduler.triggers.base import BaseTrigger

from app.core.schedule import ScheduleSpec

_TICK = timedelta(microseconds=1)


class SpecTrigger(BaseTrigger):  # type: ignore[misc]  # APScheduler ships no type hints
    """Raises ScheduleError at construction when the spec cannot run."""

    __slots__ = ("spec",)

    def __init__(self, spec: ScheduleSpec) -> None:
        spec.validate()
        self.spec = spec

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        """The first slot at or after `now`, or right after the previous fire time when that is
        earlier (APScheduler walks missed slots this way), as CronTrigger does."""
        start = now if previous_fire_time is None else min(now, previous_fire_time + _TICK)
        times = self.spec.next_times(1, start - _TICK)
        # In UTC: APScheduler compares and subtracts fire times and its own clock, and Python does that
        # on the wall clock when both share a zone, which mistakes the second pass of a repeated hour.
        return times[0].astimezone(UTC) if times else None

    def __str__(self) -> str:
        return f"schedule[{self.spec.describe()}]"

    def __repr__(self) -> str:
        return f"<SpecTrigger ({self.spec.describe()})>"

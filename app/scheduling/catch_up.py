"""Which slot of a schedule a late or missed run stands for, so catch-up runs once and says how late."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.core.schedule import ScheduleSpec

# Growing look-back spans keep the search short for frequent schedules and still find rare ones.
_SPANS = tuple(timedelta(days=days) for days in (1 / 24, 1, 8, 32, 366, 9 * 366))


def latest_due_slot(spec: ScheduleSpec, since: datetime, now: datetime) -> datetime | None:
    """The most recent slot in (`since`, `now`], or None when no slot came due in between."""
    first = spec.times_between(since, now, limit=1)
    if not first:
        return None
    for span in _SPANS:
        slots = spec.times_between(max(since, now - span), now)
        if slots:
            return slots[-1]
    return first[0]

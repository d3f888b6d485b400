"""The guard of a stock push: reasons not to write, each a sentence the merchant can act on.

A push refuses when a source's last read was not complete and successful or is too old, or when
its plan would zero or change too large a share of the target's SKUs: what a source that answered
with an empty or half catalogue looks like. The merchant may approve one refused plan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.core.models import RunStatus
from app.core.push_plan import Action, PushPlan
from app.core.push_settings import GuardLimits


@dataclass(frozen=True, slots=True)
class SourceRead:
    """A source store's last inventory read, as the guard needs it."""

    store_name: str
    status: RunStatus | None  # None: never read
    finished_at: datetime | None
    interval: timedelta | None  # how often the store's stock is read; None: no schedule known


def guard_reasons(
    plan: PushPlan, reads: Sequence[SourceRead], limits: GuardLimits, now: datetime
) -> list[str]:
    reasons = [reason for read in reads if (reason := _read_problem(read, limits, now))]
    listed = plan.target_skus
    if listed:
        zeroed = sum(1 for row in plan.rows if row.action is Action.WRITE and row.target_after == 0)
        changed = plan.count(Action.WRITE)
        if zeroed / listed > limits.max_zero_share:
            reasons.append(
                f"The push would set {zeroed} of the target's {listed} SKUs to 0 "
                f"(more than {limits.max_zero_share:.0%})."
            )
        if changed / listed > limits.max_change_share:
            reasons.append(
                f"The push would change {changed} of the target's {listed} SKUs "
                f"(more than {limits.max_change_share:.0%})."
            )
    return reasons


def _read_problem(read: SourceRead, limits: GuardLimits, now: datetime) -> str | None:
    if read.status is None or read.finished_at is None:
        return f"{read.store_name} has not been read yet; sync its stock first."
    if read.status is not RunStatus.SUCCEEDED:
        return f"The last stock read of {read.store_name} did not finish complete ({read.status.value})."
    if limits.max_age_minutes is not None:
        limit = timedelta(minutes=limits.max_age_minutes)
    elif read.interval is not None:
        limit = 2 * read.interval
    else:
        return None
    age = now - read.finished_at
    if age > limit:
        return (
            f"The last stock read of {read.store_name} is {_span(age)} old "
            f"(a push needs one newer than {_span(limit)})."
        )
    return None


def _span(delta: timedelta) -> str:
    minutes = delta.total_seconds() / 60
    if minutes >= 120:
        return f"{minutes / 60:.0f} hours"
    return f"{minutes:.0f} minutes"

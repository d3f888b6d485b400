"""The jobs a store can have, as the store editor and `storesync store add` offer them: one table,
so a store added from the command line gets the same jobs and schedules as one added in the window."""

from __future__ import annotations

from collections.abc import Collection

from app.core.models import Job, JobKind
from app.core.schedule import ScheduleSpec

# The kinds a merchant turns on per store, with the schedule a new store starts with.
STORE_JOB_KINDS: tuple[tuple[JobKind, str, ScheduleSpec], ...] = (
    (JobKind.INVENTORY_PULL, "Sync stock", ScheduleSpec.every(minutes=15)),
    (JobKind.ORDERS_PULL, "Import orders", ScheduleSpec.every(hours=1)),
    (JobKind.STOCK_PUSH, "Copy stock from another store into this one", ScheduleSpec.every(minutes=30)),
    (JobKind.LOW_STOCK_CHECK, "Check for low stock", ScheduleSpec.daily("08:00")),
    (
        JobKind.SHIPMENT_PULL,
        "Follow shipment statuses into another store's orders",
        ScheduleSpec.from_cron("0 0,6,12,18 * * *"),
    ),
)
ON_BY_DEFAULT = frozenset({JobKind.INVENTORY_PULL})
# The jobs run once right after a store is added ("Run a first sync after saving").
FIRST_SYNC_KINDS = frozenset({JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL})
SOURCE_OPTION = "source_store_id"
THRESHOLD_OPTION = "threshold"


def default_schedule(kind: JobKind) -> ScheduleSpec | None:
    """The schedule a new job of `kind` starts with; None for a kind no store has (cleanup)."""
    return next((spec for known, _label, spec in STORE_JOB_KINDS if known is kind), None)


def default_jobs(store_id: int, supported: Collection[JobKind]) -> list[Job]:
    """The jobs a new store starts with: those on by default that its connector supports."""
    return [
        Job(kind=kind, schedule=spec, store_id=store_id)
        for kind, _label, spec in STORE_JOB_KINDS
        if kind in ON_BY_DEFAULT and kind in supported
    ]

"""Whether a store's data is stale: its last successful read (an inventory or orders pull that
succeeded or partly succeeded) is older than the `stale_after_hours` setting. A store that is only
written to (a stock push target) or is switched off is never stale."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.core.models import JobKind, RunStatus, Store
from app.core.ports import RunQuery, RunRepository, SettingsRepository, StoreRepository
from app.core.settings import default

READ_KINDS = (JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL)


def stale_hours(settings: SettingsRepository) -> float:
    return float(settings.get_setting("stale_after_hours", default("stale_after_hours")) or 0)


def last_good_read(runs: RunRepository, store_id: int) -> datetime | None:
    found = [
        run.finished_at or run.started_at
        for kind in READ_KINDS
        for status in (RunStatus.SUCCEEDED, RunStatus.PARTIAL)
        for run in runs.list_runs(RunQuery(store_id=store_id, kind=kind, status=status), limit=1)
    ]
    return max(found, default=None)


def stale_reason(
    store: Store, stores: StoreRepository, runs: RunRepository, now: datetime, max_age_hours: float
) -> str | None:
    """Why `store` is stale ("last successful read 30 hours ago"), or None when it is not."""
    if store.id is None or not store.enabled or max_age_hours <= 0:
        return None
    if not any(job.kind in READ_KINDS for job in stores.list_jobs(store.id)):
        return None
    last = last_good_read(runs, store.id)
    since = last or store.created_at
    if since is None or now - since <= timedelta(hours=max_age_hours):
        return None
    age = age_words(now - since)
    if last is None:
        return f"never read successfully (added {age} ago)"
    return f"last successful read {age} ago"


def age_words(age: timedelta) -> str:
    hours = age.total_seconds() / 3600
    if hours < 48:
        return f"{max(1, round(hours))} hours"
    return f"{round(hours / 24)} days"


def stale_stores(
    stores: StoreRepository, runs: RunRepository, now: datetime, max_age_hours: float
) -> dict[int, str]:
    """Every stale store's id with the reason."""
    found: dict[int, str] = {}
    for store in stores.list_stores():
        reason = stale_reason(store, stores, runs, now, max_age_hours)
        if reason is not None and store.id is not None:
            found[store.id] = reason
    return found

"""Whether a store's data is stale: its last successful read (an inventory or orders pull that
succeeded or partly succeeded) is older than the `stale_after_hours` setting. A store that is only
written to (a stock push target) or is switched off is never stale."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from app.core.models import Job, JobKind, Store
from app.core.ports import RunRepository, SettingsRepository, StoreRepository
from app.core.settings import default
from app.core.wording import counted

READ_KINDS = (JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL)


def stale_hours(settings: SettingsRepository) -> float:
    return float(settings.get_setting("stale_after_hours", default("stale_after_hours")) or 0)


def stale_reason(
    store: Store, stores: StoreRepository, runs: RunRepository, now: datetime, max_age_hours: float
) -> str | None:
    """Why `store` is stale ("last successful read 30 hours ago"), or None when it is not."""
    if store.id is None or not store.enabled or max_age_hours <= 0:
        return None
    return stale_among([store], stores.list_jobs(store.id), runs, now, max_age_hours).get(store.id)


def stale_among(
    stores: Sequence[Store], jobs: Sequence[Job], runs: RunRepository, now: datetime, max_age_hours: float
) -> dict[int, str]:
    """Every stale store of `stores` (their jobs among `jobs`) with the reason, from one read of the
    history for all of them."""
    if max_age_hours <= 0:
        return {}
    read = {job.store_id for job in jobs if job.kind in READ_KINDS}
    watched = [store for store in stores if store.id is not None and store.enabled and store.id in read]
    last_reads = runs.last_good_reads([store.id for store in watched if store.id is not None])
    found: dict[int, str] = {}
    for store in watched:
        assert store.id is not None
        reason = _reason(store, last_reads.get(store.id), now, max_age_hours)
        if reason is not None:
            found[store.id] = reason
    return found


def _reason(store: Store, last: datetime | None, now: datetime, max_age_hours: float) -> str | None:
    since = last or store.created_at
    if since is None or now - since <= timedelta(hours=max_age_hours):
        return None
    age = age_words(now - since)
    if last is None:
        return f"never read successfully (added {age} ago)"
    return f"last successful read {age} ago"


def age_words(age: timedelta) -> str:
    """ "40 minutes", "1 hour", "30 hours", "3 days"."""
    minutes = round(age.total_seconds() / 60)
    if minutes < 60:
        return counted(max(1, minutes), "minute")
    hours = round(age.total_seconds() / 3600)
    if hours < 48:
        return counted(hours, "hour")
    return counted(round(age.total_seconds() / 86400), "day")


def stale_stores(
    stores: StoreRepository, runs: RunRepository, now: datetime, max_age_hours: float
) -> dict[int, str]:
    """Every stale store's id with the reason."""
    return stale_among(stores.list_stores(), stores.list_jobs(), runs, now, max_age_hours)

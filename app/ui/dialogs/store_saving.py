"""Saving what the store editor collected: the store, its secrets (keychain first for an existing
store, so a refusal changes nothing), its jobs, the scheduler, and the first sync."""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.errors import KeychainUnavailable
from app.core.events import StoresChanged
from app.core.job_defaults import FIRST_SYNC_KINDS, STORE_JOB_KINDS
from app.core.models import Job, JobKind, Store, Trigger
from app.core.services import AppServices
from app.ui.dialogs.store_jobs import JobChoice


@dataclass(frozen=True, slots=True)
class StoreEntry:
    """What the merchant entered, read from the form at the moment Save was pressed."""

    store: Store
    secrets: dict[str, str]
    jobs: dict[JobKind, JobChoice]
    first_sync: bool


async def save_store_entry(services: AppServices, entry: StoreEntry) -> Store:
    """Save `entry`; raises KeychainUnavailable (with nothing saved) when the keychain refuses."""
    if entry.store.id is None:
        store = await services.stores.save_store(entry.store)
        assert store.id is not None
        try:
            _write_secrets(services, store.id, entry.secrets, new_store=True)
        except KeychainUnavailable:
            await services.stores.delete_store(store.id)
            raise
    else:
        _write_secrets(services, entry.store.id, entry.secrets, new_store=False)
        store = await services.stores.save_store(entry.store)
        assert store.id is not None
    jobs = await _save_jobs(services, store.id, entry.jobs)
    for job in jobs:
        assert job.id is not None
        services.scheduler.reload_job(job.id)
    services.bus.publish(StoresChanged())
    if entry.first_sync:
        for job in jobs:
            if job.kind in FIRST_SYNC_KINDS and job.id is not None:
                services.scheduler.run_now(job.id, Trigger.INITIAL)
    return store


def _write_secrets(services: AppServices, store_id: int, secrets: dict[str, str], new_store: bool) -> None:
    written: list[str] = []
    try:
        for name, value in secrets.items():
            services.credentials.set_secret(store_id, name, value)
            written.append(name)
    except KeychainUnavailable:
        if written and new_store:
            services.credentials.delete_secrets(store_id, written)
        raise


async def _save_jobs(services: AppServices, store_id: int, chosen: dict[JobKind, JobChoice]) -> list[Job]:
    """Create or update the chosen jobs; take the unchosen ones this editor manages off the schedule."""
    stores, scheduler = services.stores, services.scheduler
    existing = {job.kind: job for job in stores.list_jobs(store_id)}
    saved: list[Job] = []
    for kind, choice in chosen.items():
        if kind in existing:
            options = {**existing[kind].options, **choice.options}
            job = replace(existing[kind], schedule=choice.schedule, options=options)
        else:
            job = Job(kind, choice.schedule, store_id=store_id, options=dict(choice.options))
        saved.append(await stores.save_job(job))
    editable = {kind for kind, _label, _spec in STORE_JOB_KINDS}
    for kind, job in existing.items():
        if kind in editable and kind not in chosen and job.id is not None:
            scheduler.remove_job(job.id)
            await stores.delete_job(job.id)
    return saved

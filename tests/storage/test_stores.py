"""Stores, jobs and settings survive a restart exactly as saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import StorageError
from app.core.models import Job, JobKind, Platform, Store
from app.core.schedule import ScheduleSpec
from app.core.settings import DEFAULTS
from app.storage import Storage, open_storage
from tests.storage.conftest import add_store_and_job


async def test_a_store_and_its_jobs_are_there_after_a_restart(storage: Storage, data_dir: Path) -> None:
    store = await storage.stores.save_store(
        Store(name="Warsaw shop", platform=Platform.WOOCOMMERCE, settings={"url": "https://shop.example"})
    )
    schedule = ScheduleSpec.weekly(("mon", "fri"), "09:30", window_start="08:00", timezone="Europe/Warsaw")
    job = await storage.stores.save_job(
        Job(kind=JobKind.ORDERS_PULL, schedule=schedule, store_id=store.id, options={"status": "any"})
    )
    cleanup = await storage.stores.save_job(Job(kind=JobKind.CLEANUP, schedule=ScheduleSpec.daily("02:00")))
    storage.close()

    reopened = open_storage(data_dir)
    try:
        assert reopened.stores.list_stores() == [store]
        assert reopened.stores.find_store("Warsaw shop") == store
        assert reopened.stores.get_job(job.id or 0) == job
        assert reopened.stores.get_job(job.id or 0).schedule == schedule  # type: ignore[union-attr]
        assert reopened.stores.list_jobs(store.id) == [job]
        assert reopened.stores.list_jobs() == [job, cleanup]
    finally:
        reopened.close()


async def test_editing_a_store_keeps_its_id_and_creation_time(storage: Storage) -> None:
    store, _ = await add_store_and_job(storage)
    edited = await storage.stores.save_store(
        Store(
            id=store.id, name="Renamed", platform=store.platform, enabled=False, created_at=store.created_at
        )
    )
    assert edited.id == store.id
    assert storage.stores.get_store(store.id or 0) == edited
    assert storage.stores.find_store("Main shop") is None


async def test_two_stores_cannot_share_a_name(storage: Storage) -> None:
    await add_store_and_job(storage)
    with pytest.raises(StorageError, match="already exists"):
        await storage.stores.save_store(Store(name="Main shop", platform=Platform.AMAZON))


async def test_deleting_a_job_keeps_the_store(storage: Storage) -> None:
    store, job = await add_store_and_job(storage)
    await storage.stores.delete_job(job.id or 0)
    assert storage.stores.list_jobs() == []
    assert storage.stores.list_stores() == [store]


async def test_settings_read_their_default_until_changed(storage: Storage, data_dir: Path) -> None:
    assert storage.settings.get_setting("retention_days") == DEFAULTS["retention_days"] == 30
    assert storage.settings.get_setting("not_a_setting", "fallback") == "fallback"
    await storage.settings.set_setting("retention_days", 7)
    await storage.settings.set_setting("quiet_hours_start", "22:00")
    storage.close()
    reopened = open_storage(data_dir)
    try:
        assert reopened.settings.get_setting("retention_days") == 7
        assert reopened.settings.get_setting("quiet_hours_start") == "22:00"
    finally:
        reopened.close()


@pytest.mark.parametrize(
    "settings",
    [
        {"shop_domain": "x.myshopify.com", "access_token": "shpat_kept_out_of_the_database"},
        {"base_url": "https://erp.example", "preset": {"auth": "bearer", "secret": "kept-out-1"}},
        {"base_url": "https://erp.example", "headers": [{"api_token": "kept-out-2"}]},
    ],
    ids=["top level", "nested preset", "inside a list"],
)
async def test_settings_holding_a_declared_secret_are_never_saved(
    storage: Storage, data_dir: Path, settings: dict[str, object]
) -> None:
    with pytest.raises(StorageError, match=r"hold a secret .*keychain, never in the database"):
        await storage.stores.save_store(Store("Leaky", Platform.GENERIC_JSON, settings))
    assert storage.stores.list_stores() == []

    kept = await storage.stores.save_store(Store("Kept", Platform.GENERIC_JSON, {"auth": "bearer"}))
    with pytest.raises(StorageError, match="hold a secret"):
        await storage.stores.save_store(Store("Kept", Platform.GENERIC_JSON, settings, id=kept.id))
    assert storage.stores.list_stores() == [kept]


async def test_every_store_gets_a_keychain_id_of_its_own(storage: Storage) -> None:
    first = await storage.stores.save_store(Store("First", Platform.GENERIC_JSON, {}))
    second = await storage.stores.save_store(Store("Second", Platform.GENERIC_JSON, {}))
    assert first.id is not None and second.id is not None
    ids = {storage.stores.keychain_id(first.id), storage.stores.keychain_id(second.id)}
    assert len(ids) == 2 and None not in ids
    await storage.stores.save_store(Store("First renamed", Platform.GENERIC_JSON, {}, id=first.id))
    assert storage.stores.keychain_id(first.id) in ids
    assert storage.stores.legacy_keychain_stores() == []

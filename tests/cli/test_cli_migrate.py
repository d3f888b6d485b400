"""`storesync migrate` as an administrator runs it: a server's schema brought up to date, and a desktop's
database copied into an empty server with its whole history, ids kept, and never into a used one."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.models import InventoryRecord, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.ports import InventoryBatch
from app.storage import open_storage, postgres
from app.storage.paths import database_file
from app.storage.schema import SCHEMA_VERSION
from tests.cli.process import run_cli
from tests.storage.conftest import add_store_and_job


async def _desktop_with_history(data_dir: Path) -> Path:
    """A desktop's data folder with a store, its job, a finished stock run with changes and a setting."""
    storage = open_storage(data_dir)
    try:
        store, job = await add_store_and_job(storage, name="Corner shop")
        run = await storage.runs.start_run(
            SyncRun(job_id=job.id or 0, trigger=Trigger.MANUAL, started_at=datetime.now(UTC))
        )
        batch = InventoryBatch(
            store.id or 0, run.id or 0, [InventoryRecord("MUG-1", 4, "Mug", Decimal("9.90"))]
        )
        await storage.inventory.merge_inventory(batch)
        await storage.runs.finish_run(replace(run, status=RunStatus.SUCCEEDED, finished_at=datetime.now(UTC)))
        await storage.settings.set_setting("theme", "dark")
    finally:
        storage.close()
    return database_file(data_dir)


@pytest.mark.postgres
async def test_a_desktop_database_is_copied_with_its_history_and_ids(
    tmp_path: Path, postgres_url: str
) -> None:
    source = await _desktop_with_history(tmp_path / "desktop")
    done = run_cli("migrate", "--from", str(source), "--to", postgres_url)
    assert done.code == 0, done.err
    assert "store: 1 rows" in done.out and "inventory_change: 1 rows" in done.out
    assert "Secrets were not copied" in done.out
    with postgres.connect(postgres_url) as server:
        assert server.execute("SELECT id, name, enabled FROM store").fetchall() == [(1, "Corner shop", True)]
        assert server.execute("SELECT id, status, store_name FROM sync_run").fetchall() == [
            (1, "succeeded", "Corner shop")
        ]
        assert server.execute("SELECT sku, quantity, price, deleted FROM inventory_item").fetchall() == [
            ("MUG-1", 4, "9.90", False)
        ]
        assert server.execute(
            "SELECT run_id, sku, old_quantity, new_quantity FROM inventory_change"
        ).fetchall() == [(1, "MUG-1", None, 4)]
        assert server.execute("SELECT value FROM setting WHERE key = 'theme'").fetchone() == ('"dark"',)
        assert postgres.schema_version(server) == SCHEMA_VERSION
        [(keychain_id,)] = server.execute("SELECT keychain_id FROM store").fetchall()
        assert f"store.{keychain_id}.access_token  (Corner shop)" in done.out
        new_store = server.execute(
            "INSERT INTO store (name, platform, created_at) VALUES ('Second', 'shopify', 'x') RETURNING id"
        ).fetchone()
        assert new_store == (2,), "ids go on after the copied ones"


@pytest.mark.postgres
async def test_a_server_that_holds_stores_is_not_copied_into(tmp_path: Path, postgres_url: str) -> None:
    source = await _desktop_with_history(tmp_path / "desktop")
    assert run_cli("migrate", "--from", str(source), "--to", postgres_url).code == 0
    again = run_cli("migrate", "--from", str(source), "--to", postgres_url)
    assert again.code == 1
    assert again.err.strip().splitlines() == [
        "storesync: The PostgreSQL database already holds 1 stores and 1 runs; copy a desktop's database "
        "only into an empty one."
    ]
    with postgres.connect(postgres_url) as server:
        assert server.execute("SELECT count(*) FROM inventory_change").fetchone() == (1,)


@pytest.mark.postgres
def test_migrate_brings_a_new_server_to_the_current_schema_once(postgres_url: str) -> None:
    first = run_cli("migrate", "--database", postgres_url)
    assert first.code == 0, first.err
    assert f"migrated from schema 0 to {SCHEMA_VERSION}" in first.out
    second = run_cli("migrate", env={"STORESYNC_DATABASE_URL": postgres_url})
    assert second.code == 0 and f"is up to date (schema {SCHEMA_VERSION})" in second.out


def test_migrate_without_a_server_or_with_a_bad_one_is_one_line() -> None:
    missing = run_cli("migrate", env={"STORESYNC_DATABASE_URL": ""})
    assert (missing.code, missing.err.strip().count("\n")) == (2, 0)
    assert "--database postgresql://" in missing.err
    unreachable = run_cli("migrate", "--database", "postgresql://admin:hunter2-pw@127.0.0.1:9/storesync")
    assert unreachable.code == 1 and "Traceback" not in unreachable.err
    assert unreachable.err.startswith(
        "storesync: StoreSync cannot reach PostgreSQL at postgresql://admin@127.0.0.1:9/"
    )
    assert "hunter2-pw" not in unreachable.err + unreachable.out


@pytest.mark.postgres
async def test_the_secret_files_listed_are_those_each_stores_login_method_uses(
    tmp_path: Path, postgres_url: str
) -> None:
    """Every secret field of a JSON API was listed, five files for a store that sends none."""
    storage = open_storage(tmp_path / "desktop")
    try:
        for name, auth in (("Open API", "none"), ("Keyed API", "header"), ("Login API", "login")):
            settings = {"base_url": "https://erp.example", "endpoint": "/stock", "auth": auth}
            await storage.stores.save_store(Store(name, Platform.GENERIC_JSON, settings))
    finally:
        storage.close()
    done = run_cli("migrate", "--from", str(database_file(tmp_path / "desktop")), "--to", postgres_url)
    assert done.code == 0, done.err
    listed = [line.split()[0].rsplit(".", 1)[1] + " " + line.split("(")[1] for line in done.out.splitlines()
              if line.strip().startswith("store.")]  # fmt: skip
    assert listed == ["secret Keyed API)", "password Login API)", "user_token Login API)"]

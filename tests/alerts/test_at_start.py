"""The StoreSync that owns a data folder listens for alerts before its scheduler starts, so a store
whose data is already stale when it starts (a laptop back from a long weekend) reaches the webhook."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from keyring.backend import KeyringBackend

from app.alerts.channels import WEBHOOK_URL
from app.bootstrap import StartOptions, start_services, stop_services
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.schedule import ScheduleSpec
from app.storage import open_storage
from app.storage.alert_secrets import AlertSecrets
from tests.alerts.servers import WebhookReceiver, wait_for


async def test_a_store_stale_at_start_is_told_to_the_webhook(
    tmp_path: Path, webhook: WebhookReceiver, secret_service: KeyringBackend
) -> None:
    data = tmp_path / "data"
    storage = open_storage(data)
    try:
        store = await storage.stores.save_store(
            Store("Weekend shop", Platform.GENERIC_JSON, {"base_url": "http://127.0.0.1:9", "auth": "none"})
        )
        job = await storage.stores.save_job(
            Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=15), store_id=store.id, paused=True)
        )
        assert job.id is not None
        at = datetime.now(UTC) - timedelta(hours=60)
        run = await storage.runs.start_run(SyncRun(job.id, Trigger.SCHEDULED, at))
        run.status, run.finished_at = RunStatus.SUCCEEDED, at
        await storage.runs.finish_run(run)
        await storage.settings.set_setting("alert_webhook_enabled", True)
        await AlertSecrets(storage.settings).save(WEBHOOK_URL, webhook.url)
    finally:
        storage.close()

    runtime = await start_services(StartOptions(data_dir=str(data)))
    try:
        await wait_for(lambda: bool(webhook.bodies), "the stale alert")
    finally:
        await stop_services(runtime)
    (body,) = webhook.bodies
    assert (body["event"], body["store"]) == ("stale", "Weekend shop")
    assert body["message"] == "last successful read 3 days ago"

"""Alerts and auto-pause on a server: a real `storesync worker` runs the syncs, a real `storesync serve`
follows them in PostgreSQL and sends the alerts a desktop sends (a store that refuses the token, a job
failing runs in a row, the job pausing itself and starting afresh once resumed, its recovery, low stock,
a store gone stale) to a real webhook receiver and a real SMTP server, with their secrets in serve's
credentials directory, never in the database."""

from __future__ import annotations

import os
import shutil
import socket
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import psycopg
import pytest

from app.api_server import ApiServer, ServeOptions
from app.control.client import ControlClient, ControlError
from app.control.server_address import server_endpoint
from app.core.alert_settings import SMTP_PASSWORD, WEBHOOK_URL
from app.core.models import Job, JobKind, RunStatus, SyncRun, Trigger
from app.core.schedule import ScheduleSpec
from app.sandbox.faults import Fault
from app.sandbox.simple import SimpleSimulator
from app.storage.credentials_directory import SYSTEMD_VARIABLE
from app.storage.postgres_storage import open_postgres_storage
from tests.alerts.servers import PASSWORD, MailServer, WebhookReceiver
from tests.worker.harness import (
    add_stores,
    api_server,
    child_env,
    eventually,
    free_port,
    poll,
    systemd_credentials,
    workers,
)

REFUSED = Fault.custom(401, b'{"message": "Invalid API key"}')


async def add_low_stock_check(url: str, store_job_id: int) -> int:
    """A low-stock check of the job's store with a threshold every SKU is under, due in 12 hours."""
    storage = open_postgres_storage(url)
    try:
        store_id = storage.stores.get_job(store_job_id).store_id  # type: ignore[union-attr]
        at = (datetime.now(UTC) + timedelta(hours=12)).strftime("%H:%M")
        job = await storage.stores.save_job(
            Job(
                JobKind.LOW_STOCK_CHECK,
                ScheduleSpec.daily(at, timezone="UTC"),
                store_id=store_id,
                options={"threshold": 1_000_000},
            )
        )
    finally:
        storage.close()
    assert job.id is not None
    return job.id


async def set_settings(url: str, values: dict[str, Any]) -> None:
    storage = open_postgres_storage(url)
    try:
        for key, value in values.items():
            await storage.settings.set_setting(key, value)
    finally:
        storage.close()


def write_webhook_url(credentials: Path, url: str) -> None:
    """As an administrator puts it in serve's credentials directory: an owner-only file."""
    (credentials / "alerts.webhook_url").write_text(url, encoding="utf-8")
    (credentials / "alerts.webhook_url").chmod(0o600)


async def run_once(client: ControlClient, job_id: int, status: str, seen: int) -> None:
    """Sync the job now and wait until it has `seen` manual runs, the last with `status`."""
    answer = await client.trigger(jobs=[job_id], trigger="manual")
    assert [entry["job_id"] for entry in answer["started"]] == [job_id], answer

    def done(history: dict[str, Any]) -> bool:
        manual = [run for run in history["runs"] if run["trigger"] == "manual"]
        return len(manual) == seen and manual[0]["status"] != "running"

    await eventually(lambda: client.history(job=job_id, limit=50), done, f"manual run {seen} to end")
    latest = [
        run for run in (await client.history(job=job_id, limit=50))["runs"] if run["trigger"] == "manual"
    ]
    assert latest[0]["status"] == status, latest[0]


@pytest.mark.postgres
async def test_serve_alerts_pauses_a_failing_job_and_tells_its_recovery_and_low_stock(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    [job_id] = await add_stores(database, store_server, 1)
    check_id = await add_low_stock_check(database, job_id)
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o700)
    receiver = WebhookReceiver()
    await receiver.start()
    mail = MailServer(tmp_path)
    mail.start()
    env = child_env(SSL_CERT_FILE=str(mail.ca_file))
    try:
        async with (
            workers(database, tmp_path, 1),
            api_server(
                database,
                tmp_path / "serve",
                tmp_path / "serve.log",
                "--credentials-dir",
                str(credentials),
                env=env,
            ) as served,
            ControlClient(server_endpoint(f"127.0.0.1:{served.port}", served.token)) as client,
        ):
            await eventually(
                lambda: client.history(job=job_id, limit=5),
                lambda answer: any(run["status"] == "succeeded" for run in answer["runs"]),
                "the worker's first run of the job",
            )
            changed = await client.change_alerts(
                {
                    "warn_after_failures": 2,
                    "pause_after_failures": 3,
                    "alert_webhook_enabled": True,
                    "alert_webhook_format": "json",
                    "alert_webhook_events": ["failure", "paused", "recovery", "attention", "stale"],
                    **mail.settings(),
                    "alert_email_events": ["low_stock"],
                },
                {WEBHOOK_URL: receiver.url, SMTP_PASSWORD: PASSWORD},
            )
            assert set(changed["saved"]) >= {SMTP_PASSWORD, WEBHOOK_URL}, changed
            shown = await client.alerts()
            assert shown["secrets_saved"] == {SMTP_PASSWORD: True, WEBHOOK_URL: True}, shown
            for name in ("alerts.webhook_url", "alerts.smtp_password"):
                assert stat.S_IMODE((credentials / name).stat().st_mode) == 0o600

            store_server.faults.next_requests(100, REFUSED)
            await run_once(client, job_id, "failed", 1)
            await poll(lambda: len(receiver.bodies) == 1, 30, "the attention alert")
            await run_once(client, job_id, "failed", 2)
            await poll(lambda: len(receiver.bodies) == 2, 30, "the failure alert")
            await run_once(client, job_id, "failed", 3)
            await poll(lambda: len(receiver.bodies) == 3, 30, "the paused alert")
            attention, failure, paused = receiver.bodies
            assert attention["event"] == "attention" and "refused the credentials" in attention["text"], (
                attention
            )
            assert failure["event"] == "failure" and failure["failed_in_a_row"] == 2, failure
            assert paused["event"] == "paused" and paused["store"] == "Shop 00", paused
            job = await client.job(job_id)
            assert job["paused"] is True
            assert job["paused_reason"].startswith("paused after 3 failed runs: "), job

            # Resumed while the store still refuses: a fresh start, not paused again at once.
            await client.resume_job(job_id)
            await run_once(client, job_id, "failed", 4)
            store_server.faults.clear()
            await run_once(client, job_id, "succeeded", 5)
            await poll(lambda: len(receiver.bodies) == 4, 30, "the recovery alert")
            assert receiver.bodies[3]["event"] == "recovery", receiver.bodies[3]
            assert (await client.job(job_id))["paused"] is False

            # Stale after 2 seconds without a read: the check that follows (not a read) finds it so.
            await client.change_alerts({"stale_after_hours": 2 / 3600})
            await eventually(
                client.status,
                lambda answer: all(store["stale"] for store in answer["stores"]),
                "the store to read as stale",
            )
            await run_once(client, check_id, "succeeded", 1)
            await poll(lambda: len(mail.mailbox.messages) == 1, 30, "the low-stock email")
            await poll(lambda: len(receiver.bodies) == 5, 30, "the stale alert")
            assert receiver.bodies[4]["event"] == "stale" and receiver.bodies[4]["store"] == "Shop 00"
            [message] = mail.mailbox.messages
            assert mail.mailbox.logins == [(mail.settings()["alert_email_username"], PASSWORD)]
            assert "low" in str(message["Subject"]).lower(), message["Subject"]
            assert "SKU-" in message.get_body().get_content()  # type: ignore[union-attr]

            tested = await client.test_alert("webhook")
            assert tested["ok"] is True, tested
            await poll(lambda: len(receiver.bodies) == 6, 30, "the test alert")
            assert (await client.alerts())["last_delivery"]["webhook"]["ok"] is True

            # A URL it would not post to is refused before anything changes.
            with pytest.raises(ControlError, match="must start with https://"):
                await client.change_alerts(
                    {"alert_webhook_events": ["failure"]}, {WEBHOOK_URL: "http://10.1.2.3/x"}
                )
            shown = await client.alerts()
            assert "stale" in shown["settings"]["alert_webhook_events"]
            assert (credentials / "alerts.webhook_url").read_text(encoding="utf-8") == receiver.url
            # A new URL: the last delivery, made with the old one, is no longer shown.
            await client.change_alerts({}, {WEBHOOK_URL: receiver.url + "-new"})
            assert "webhook" not in (await client.alerts())["last_delivery"]
    finally:
        mail.stop()
        await receiver.stop()
        # The server's secret store, where they belong: not output for the suite's final secret scan.
        shutil.rmtree(credentials)
    assert "Traceback" not in served.text()
    with psycopg.connect(database) as connection:
        settings = connection.execute("SELECT value FROM setting").fetchall()
        lines = connection.execute("SELECT message FROM log_record").fetchall()
    for secret in (PASSWORD, "T0KEN-in-the-path"):
        assert not any(secret in value for (value,) in settings + lines), secret


@pytest.mark.postgres
async def test_serve_tells_a_store_gone_stale_with_no_run_to_notice_it(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    """With every worker stopped no run ends, and only serve's own clock can see a store's data get
    old: its look ran off the event loop, where the alert could not be sent (a traceback in serve's log
    instead), and the store was counted as told."""
    [job_id] = await add_stores(database, store_server, 1)
    storage = open_postgres_storage(database)
    try:
        read_at = datetime.now(UTC) - timedelta(hours=2)
        run = await storage.runs.start_run(SyncRun(job_id, Trigger.SCHEDULED, read_at))
        run.status, run.finished_at = RunStatus.SUCCEEDED, read_at
        await storage.runs.finish_run(run)
    finally:
        storage.close()
    await set_settings(
        database, {"alert_webhook_enabled": True, "alert_webhook_events": ["stale"], "stale_after_hours": 24}
    )
    receiver = WebhookReceiver()
    await receiver.start()
    # One folder as systemd hands it over: serve's token and the webhook URL, removed on the way out.
    with systemd_credentials(tmp_path / "credentials") as env:
        credentials = Path(env[SYSTEMD_VARIABLE])
        write_webhook_url(credentials, receiver.url)
        options = ServeOptions(
            url=database,
            data_dir=tmp_path / "serve",
            port=free_port(),
            credentials_dir=credentials,
            stale_check_seconds=0.2,
        )
        with mock.patch.dict(os.environ, {SYSTEMD_VARIABLE: str(credentials)}):
            server = ApiServer(options)
            endpoint = await server.start()
        try:
            async with ControlClient(endpoint) as client:
                assert not (await client.status())["stores"][0]["stale"]
                await client.change_alerts({"stale_after_hours": 1})  # read 2 hours ago: stale from now on
                await poll(lambda: len(receiver.bodies) == 1, 30, "the stale alert, from serve's clock alone")
        finally:
            await server.stop()
            await receiver.stop()
    [body] = receiver.bodies
    assert body["event"] == "stale" and body["store"] == "Shop 00", body
    assert "last successful read 2 hours ago" in body["text"], body


ACTING = "sends the database's alerts"
STANDING_BY = "stands by: the serve on "


@pytest.mark.postgres
async def test_two_serves_send_each_alert_once_and_another_takes_over_when_one_dies(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    """Every serve follows the runs; PostgreSQL lets one of them alert and pause. Killed, it hands over
    to one that followed the same runs, or to one started since, which reads from the history what was
    told before it: neither tells a failure again, both tell its recovery."""
    [job_id] = await add_stores(database, store_server, 1)
    await set_settings(
        database,
        {
            "alert_webhook_enabled": True,
            "alert_webhook_format": "json",
            "alert_webhook_events": ["failure", "paused", "recovery"],
            "warn_after_failures": 1,
            "pause_after_failures": 2,
        },
    )
    receiver = WebhookReceiver()
    await receiver.start()
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o700)
    write_webhook_url(credentials, receiver.url)
    serve = ("--credentials-dir", str(credentials))

    def events() -> list[str]:
        return [body["event"] for body in receiver.bodies]

    def client_of(served: Any) -> ControlClient:
        return ControlClient(server_endpoint(f"127.0.0.1:{served.port}", served.token))

    try:
        async with (
            workers(database, tmp_path, 1),
            api_server(database, tmp_path / "a", tmp_path / "a.log", *serve) as first,
        ):
            await poll(lambda: ACTING in first.text(), 30, "the first serve to take the alerts")
            async with api_server(database, tmp_path / "b", tmp_path / "b.log", *serve) as second:
                await poll(lambda: STANDING_BY in second.text(), 30, "the second serve to stand by")
                assert f"stands by: the serve on {socket.gethostname()}:{first.port} sends" in second.text()
                async with client_of(first) as client:
                    await eventually(
                        lambda: client.history(job=job_id, limit=5),
                        lambda answer: any(run["status"] == "succeeded" for run in answer["runs"]),
                        "the worker's first run of the job",
                    )
                    store_server.faults.next_requests(100, REFUSED)
                    await run_once(client, job_id, "failed", 1)
                    await run_once(client, job_id, "failed", 2)
                    await poll(lambda: "paused" in events(), 30, "the paused alert")
                    assert (await client.job(job_id))["paused"] is True
                    store_server.faults.clear()
                    await client.resume_job(job_id)
                    await run_once(client, job_id, "succeeded", 3)
                    await poll(lambda: "recovery" in events(), 30, "the recovery alert")
                assert events() == ["failure", "paused", "recovery"]

                # The one that alerts dies; the other, which followed the runs, takes over.
                first.process.kill()
                await poll(lambda: ACTING in second.text(), 30, "the second serve to take over")
                async with client_of(second) as client:
                    store_server.faults.next_requests(100, REFUSED)
                    await run_once(client, job_id, "failed", 4)
                    await poll(lambda: len(events()) == 4, 30, "the failure alert from the second serve")

                # A third serve starts after that failure; the second dies: it takes over from the history.
                async with api_server(database, tmp_path / "c", tmp_path / "c.log", *serve) as third:
                    await poll(lambda: STANDING_BY in third.text(), 30, "the third serve to stand by")
                    second.process.kill()
                    await poll(lambda: ACTING in third.text(), 30, "the third serve to take over")
                    async with client_of(third) as client:
                        await run_once(client, job_id, "failed", 5)
                        await poll(lambda: events().count("paused") == 2, 30, "the second paused alert")
                        store_server.faults.clear()
                        await client.resume_job(job_id)
                        await run_once(client, job_id, "succeeded", 6)
                        await poll(lambda: events().count("recovery") == 2, 30, "the second recovery alert")
                    assert events() == ["failure", "paused", "recovery", "failure", "paused", "recovery"]
                    assert "Traceback" not in second.text() + third.text()
    finally:
        await receiver.stop()
        shutil.rmtree(credentials)

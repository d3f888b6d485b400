"""`storesync serve`, the control API over a server's PostgreSQL database, as a real child process: Sync
now goes to a real `storesync worker` and the event stream, history and log show the worker's run; bad
input (a non-loopback address without TLS, TLS files missing or not matching, a database unreachable or not
migrated, a port in use) is one line and exit code 2; the token comes from systemd's credentials directory
or is drawn and written owner-only, and never appears in serve's output or in the database's log."""

from __future__ import annotations

import asyncio
import signal
import socket
import stat
import subprocess
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.control.client import ControlClient, ControlError, TokenRejected
from app.control.server_address import server_endpoint
from app.sandbox.faults import Fault
from app.sandbox.simple import SimpleSimulator
from tests.integration.processes import cli
from tests.known_secrets import SERVER_TOKEN
from tests.postgres import restart_server, server_stopped
from tests.worker.harness import (
    DEADLINE,
    ROOT,
    add_stores,
    api_server,
    child_env,
    eventually,
    free_port,
    migrate_database,
    poll,
    runs,
    self_signed_certificate,
    storesync,
    systemd_credentials,
    workers,
)

UNREACHABLE = "postgresql://storesync@127.0.0.1:{port}/nothing"
STORE_SECRET = "tok-server-store-never-shown"  # in tests/known_secrets.py, so the final scan looks for it


def refused(*args: str, env: dict[str, str] | None = None) -> str:
    """Run `storesync serve ...`; assert it refused in one line with exit code 2; return that line."""
    result = subprocess.run(
        storesync("serve", *args),
        cwd=ROOT,
        env=env or child_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_serve_refuses_an_address_beyond_loopback_without_tls(tmp_path: Path) -> None:
    url = UNREACHABLE.format(port=free_port())
    line = refused("--data-dir", str(tmp_path), "--database", url, "--listen", f"0.0.0.0:{free_port()}")
    assert "needs TLS" in line and "--tls-cert" in line
    assert not (tmp_path / "control-token").exists()


def test_serve_refuses_tls_files_that_are_missing_or_do_not_belong_together(tmp_path: Path) -> None:
    url = UNREACHABLE.format(port=free_port())
    certificate, key = self_signed_certificate(tmp_path / "one")
    _, other_key = self_signed_certificate(tmp_path / "two")
    common = ("--data-dir", str(tmp_path), "--database", url)
    missing = refused(*common, "--tls-cert", str(tmp_path / "nope.pem"), "--tls-key", str(key))
    assert "nope.pem does not exist" in missing
    mismatch = refused(*common, "--tls-cert", str(certificate), "--tls-key", str(other_key))
    assert "does not belong to the certificate" in mismatch
    alone = refused(*common, "--tls-cert", str(certificate))
    assert "go together" in alone


def test_serve_refuses_a_database_it_cannot_reach(tmp_path: Path) -> None:
    line = refused("--data-dir", str(tmp_path), "--database", UNREACHABLE.format(port=free_port()))
    assert "127.0.0.1" in line


@pytest.mark.postgres
def test_serve_refuses_a_database_not_migrated_and_a_port_in_use(postgres_url: str, tmp_path: Path) -> None:
    line = refused("--data-dir", str(tmp_path), "--database", postgres_url)
    assert "storesync migrate" in line
    migrate_database(postgres_url)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        listen = f"127.0.0.1:{port}"
        line = refused("--data-dir", str(tmp_path), "--database", postgres_url, "--listen", listen)
    assert f"127.0.0.1:{port}" in line and "another program uses that port" in line


@pytest.mark.postgres
@pytest.mark.timeout(240)
async def test_sync_now_through_serve_is_run_by_a_worker_and_followed_on_the_event_stream(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    [job_id] = await add_stores(database, store_server, 1)
    data_dir = tmp_path / "serve"
    async with (
        workers(database, tmp_path, 1),
        api_server(database, data_dir, tmp_path / "serve.log") as served,
    ):
        token_file = data_dir / "control-token"
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
        assert str(token_file) in served.text()
        endpoint = server_endpoint(f"127.0.0.1:{served.port}", served.token)
        async with ControlClient(endpoint) as client:
            # The worker's first run of the job (it never ran), seen through the API server.
            await eventually(
                lambda: client.history(job=job_id, limit=20),
                lambda answer: any(run["status"] == "succeeded" for run in answer["runs"]),
                "the worker's first run of the job",
            )
            opened = asyncio.Event()
            seen: list[dict[str, object]] = []

            async def follow() -> None:
                async for event in client.events(["sync_started", "sync_finished"], opened=opened):
                    seen.append(event)
                    run = event.get("run")
                    if (
                        event["type"] == "sync_finished"
                        and isinstance(run, dict)
                        and run["trigger"] == "manual"
                    ):
                        return

            follower = asyncio.create_task(follow())
            await asyncio.wait_for(opened.wait(), 30)
            answer = await client.trigger(jobs=[job_id], trigger="manual")
            assert [entry["job_id"] for entry in answer["started"]] == [job_id], answer
            await asyncio.wait_for(follower, DEADLINE)
            # Other events may come first (the first run's end, when the stream opened as it ended).
            [started] = [
                event for event in seen if event["type"] == "sync_started" and event["trigger"] == "manual"
            ]
            assert started["job_id"] == job_id

            runs = (await client.history(job=job_id, limit=10))["runs"]
            manual = [run for run in runs if run["trigger"] == "manual"]
            assert [run["status"] for run in manual] == ["succeeded"]
            assert manual[0]["counts"]["fetched"] == 120
            run_id = manual[0]["id"]
            # The worker stores its lines every half second: its run's lines follow the run's end.
            await eventually(
                lambda: client.logs(run=run_id, limit=100),
                lambda answer: any("(manual)" in line["message"] for line in answer["lines"]),
                "the worker's log lines of its run in the database's log",
            )

            wrong = ControlClient(server_endpoint(f"127.0.0.1:{served.port}", "not-the-token"))
            async with wrong:
                with pytest.raises(TokenRejected) as rejected:
                    await wrong.status()
            assert "refused the token" in str(rejected.value) and "\n" not in str(rejected.value)
    assert served.token not in served.text()
    assert "Traceback" not in served.text()
    with psycopg.connect(database) as connection:
        stored = connection.execute("SELECT message FROM log_record").fetchall()
    assert stored and not any(served.token in message for (message,) in stored)


@pytest.mark.postgres
async def test_the_token_from_systemds_credentials_directory_is_used_and_never_shown(
    database: str, tmp_path: Path
) -> None:
    credentials = tmp_path / "credentials"
    data_dir = tmp_path / "serve"
    with systemd_credentials(credentials) as env:
        async with api_server(database, data_dir, tmp_path / "serve.log", env=env) as served:
            assert served.token == SERVER_TOKEN
            async with ControlClient(server_endpoint(f"127.0.0.1:{served.port}", SERVER_TOKEN)) as client:
                status = await client.status()
            assert status["scheduler"]["running"] is True
            assert not (data_dir / "control-token").exists(), "a token of its own was drawn all the same"
            assert str(credentials / "control-token") in served.text()
    assert SERVER_TOKEN not in served.text()
    await poll(lambda: served.process.poll() is not None, seconds=30, what="serve to stop")
    assert served.process.returncode == 0


@pytest.mark.postgres
@pytest.mark.timeout(240)
async def test_sync_follows_a_run_whose_worker_died_into_the_run_the_queue_starts_again(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    """`sync` on a server used to end on the cut-short run with exit code 1 while the queue ran the job
    again; it now says so and reports the second run too, its exit code that of the job's last run."""
    [job_id] = await add_stores(database, store_server, 1)
    data_dir = tmp_path / "serve"
    async with api_server(database, data_dir, tmp_path / "serve.log") as served:
        remote = ("--server", f"127.0.0.1:{served.port}", "--token-file", str(data_dir / "control-token"))
        async with workers(database, tmp_path, 1) as [first]:
            await poll(
                lambda: runs(database) == [(job_id, "initial", "succeeded")], DEADLINE, "the first run"
            )
            store_server.faults.randomly(1.0, Fault.latency(0.5), path="/products")
            following = asyncio.create_task(cli(tmp_path / "laptop", "sync", "--store", "Shop 00", *remote))
            await poll(lambda: runs(database)[-1] == (job_id, "cli", "running"), DEADLINE, "the sync running")
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=30)
        store_server.faults.clear()
        async with workers(database, tmp_path, 1):
            code, out, err = await following
    assert [status for _, trigger, status in runs(database) if trigger == "cli"] == [
        "interrupted",
        "succeeded",
    ]
    assert code == 0, (out, err)
    interrupted, succeeded = out.splitlines()
    assert interrupted.startswith("Shop 00 · inventory_pull: interrupted - fetched 0")
    assert interrupted.endswith(
        ": The worker running it stopped before this run finished; the server's queue runs the job again."
    )
    assert succeeded.startswith("Shop 00 · inventory_pull: succeeded - fetched 120")
    assert err.splitlines() == [
        "Shop 00 · inventory_pull: the worker running it stopped; following the run the server's queue "
        "starts again"
    ]
    assert "Traceback" not in err


@pytest.mark.postgres
@pytest.mark.timeout(240)
async def test_a_queued_sync_of_a_store_removed_meanwhile_is_reported_under_the_stores_name(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    """It read "all stores · inventory_pull: skipped ...": the name was looked up after the removal."""
    [job_id] = await add_stores(database, store_server, 1)
    data_dir = tmp_path / "serve"
    async with api_server(database, data_dir, tmp_path / "serve.log") as served:
        address = f"127.0.0.1:{served.port}"
        remote = ("--server", address, "--token-file", str(data_dir / "control-token"))
        async with ControlClient(server_endpoint(address, served.token)) as client:
            following = asyncio.create_task(cli(tmp_path / "laptop", "sync", "--store", "Shop 00", *remote))

            def queued(answer: dict[str, Any]) -> bool:
                return any(job["queued"] for store in answer["stores"] for job in store["jobs"])

            await eventually(client.status, queued, "the sync queued")
            await client.remove_store("Shop 00")
            async with workers(database, tmp_path, 1):
                code, out, err = await following
    assert code == 1, (out, err)
    assert out.splitlines() == [
        "Shop 00 · inventory_pull: skipped (it left the server's queue without running: its job or store "
        "was removed, or a run of it had just happened)"
    ]
    assert job_id not in [run_job for run_job, _, _ in runs(database)]


@pytest.mark.postgres
async def test_a_store_removed_on_a_server_takes_its_secret_file_and_says_so(
    database: str, tmp_path: Path
) -> None:
    """A server keeps secrets in its credentials directory, not a keychain: removing the store deletes
    its file, and the command line says where from."""
    credentials = tmp_path / "credentials"
    data_dir = tmp_path / "serve"
    with systemd_credentials(credentials) as env:
        async with api_server(database, data_dir, tmp_path / "serve.log", env=env) as served:
            address = f"127.0.0.1:{served.port}"
            async with ControlClient(server_endpoint(address, SERVER_TOKEN)) as client:
                settings = {"base_url": "http://127.0.0.1:9", "endpoint": "/stock", "auth": "bearer"}
                await client.add_store(
                    {"name": "Depot", "platform": "generic_json", "settings": settings,
                     "secrets": {"secret": STORE_SECRET}}
                )  # fmt: skip
            [secret_file] = credentials.glob("store.*.secret")
            token_file = credentials / "control-token"
            remote = ("--server", address, "--token-file", str(token_file))
            code, out, err = await cli(tmp_path / "laptop", "store", "remove", "Depot", "--yes", *remote)
            assert code == 0, err
            assert out.startswith(
                f"Removed Depot and deleted its saved secrets (credentials directory {credentials})"
            )
            assert "keychain" not in out + err
            assert not secret_file.exists()
    assert STORE_SECRET not in served.text()


@pytest.mark.postgres
@pytest.mark.timeout(240)
async def test_serve_carries_on_after_postgresql_restarts(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    [job_id] = await add_stores(database, store_server, 1)
    async with api_server(database, tmp_path / "serve", tmp_path / "serve.log") as served:
        endpoint = server_endpoint(f"127.0.0.1:{served.port}", served.token)
        token_file = tmp_path / "serve" / "control-token"
        remote = ("--server", f"127.0.0.1:{served.port}", "--token-file", str(token_file))
        async with ControlClient(endpoint) as client:
            assert [store["name"] for store in (await client.status())["stores"]] == ["Shop 00"]
            with server_stopped():
                code, _, err = await cli(tmp_path / "laptop", "status", *remote)
            # It waited for the database for half a minute, so the command line gave up on the API.
            assert code == 1 and "did not answer" not in err, err
            assert "cannot reach PostgreSQL at" in err and "?." not in err, err
            await asyncio.to_thread(restart_server)
            await eventually(
                lambda: answer_or_error(client.trigger(jobs=[job_id], trigger="manual")),
                lambda answer: "started" in answer,
                "Sync now queued again after the restart",
            )
        assert served.process.poll() is None
    with psycopg.connect(database) as connection:
        queued = connection.execute(
            "SELECT count(*) FROM procrastinate_jobs "
            "WHERE task_name = 'storesync.run_job' AND status = 'todo'"
        ).fetchone()
    assert queued == (1,)
    assert "Traceback" not in served.text()


async def answer_or_error(request: Awaitable[dict[str, Any]]) -> dict[str, Any]:
    """The API's answer, or {"error": its one line} while it cannot answer yet."""
    try:
        return await request
    except ControlError as error:
        assert "\n" not in str(error)
        return {"error": str(error)}


@pytest.mark.postgres
@pytest.mark.timeout(240)
async def test_status_tells_whether_a_worker_runs_the_queue(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    """serve answers runs' schedules and queues Sync now, but a worker runs them: its status says how
    many workers sent a heartbeat lately and which jobs wait in the queue (told on the event stream as
    they arrive), and the command line says what none means; a worker then runs the waiting run."""
    [job_id] = await add_stores(database, store_server, 1)
    data_dir = tmp_path / "serve"
    async with api_server(database, data_dir, tmp_path / "serve.log") as served:
        address = f"127.0.0.1:{served.port}"
        remote = ("--server", address, "--token-file", str(data_dir / "control-token"))
        async with ControlClient(server_endpoint(address, served.token)) as client:
            assert (await client.status())["scheduler"]["workers"] == 0
            opened = asyncio.Event()

            async def first_queued() -> dict[str, Any]:
                async for event in client.events(["sync_queued"], opened=opened):
                    return event
                raise AssertionError("the event stream ended")

            told = asyncio.create_task(first_queued())
            await asyncio.wait_for(opened.wait(), 30)
            await client.trigger(jobs=[job_id], trigger="manual")
            event = await asyncio.wait_for(told, DEADLINE)
            assert (event["job_id"], event["trigger"]) == (job_id, "manual")
            [job] = (await client.status())["stores"][0]["jobs"]
            assert (job["queued"], job["running"]) == (True, False)
            code, out, err = await cli(tmp_path / "laptop", "status", *remote)
            assert code == 0, err
            assert "no worker is running, so queued runs wait until one starts (`storesync worker`)" in out
            assert "[queued: starts when a worker is free]" in out
            async with workers(database, tmp_path, 1):
                one = "the worker's heartbeat"
                await eventually(client.status, lambda answer: answer["scheduler"]["workers"] == 1, one)
                code, out, err = await cli(tmp_path / "laptop", "status", *remote)
                assert code == 0, err
                assert out.splitlines()[0].startswith(f"StoreSync on {address} is running (process ")
                assert "; 1 worker running." in out.splitlines()[0]

                def ran(answer: dict[str, Any]) -> bool:
                    [job] = answer["stores"][0]["jobs"]
                    return not job["queued"] and (job["last_run"] or {}).get("status") == "succeeded"

                await eventually(client.status, ran, "the waiting run taken and run by the worker")


@pytest.mark.postgres
async def test_the_command_lines_searches_on_a_server_ignore_letter_case(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    """PostgreSQL compares text with its letter case where SQLite does not: the same searches find the
    same lines on a server as on a desktop."""
    [job_id] = await add_stores(database, store_server, 1)
    sku = store_server.catalog.sku(3)
    data_dir = tmp_path / "serve"
    async with (
        workers(database, tmp_path, 1),
        api_server(database, data_dir, tmp_path / "serve.log") as served,
    ):
        remote = ("--server", f"127.0.0.1:{served.port}", "--token-file", str(data_dir / "control-token"))
        await poll(lambda: runs(database) == [(job_id, "initial", "succeeded")], DEADLINE, "the first run")
        code, out, err = await cli(tmp_path / "laptop", "inventory", "--search", sku.lower(), *remote)
        assert code == 0, err
        [_header, line] = out.splitlines()
        assert line.startswith(sku) and "Shop 00" in line
        code, out, err = await cli(tmp_path / "laptop", "logs", "--text", "FETCHED 120,", *remote)
        assert code == 0, err
        assert "inventory_pull of Shop 00 succeeded: fetched 120," in out


@pytest.mark.postgres
async def test_alerts_show_on_a_serve_without_a_credentials_directory_says_why_once(
    database: str, tmp_path: Path
) -> None:
    data_dir = tmp_path / "serve"
    async with api_server(database, data_dir, tmp_path / "serve.log") as served:
        remote = ("--server", f"127.0.0.1:{served.port}", "--token-file", str(data_dir / "control-token"))
        code, out, err = await cli(tmp_path / "laptop", "alerts", "show", *remote)
    assert code == 0, err
    assert "; password unknown (see below)." in out and "; URL unknown (see below)." in out
    [why] = [line for line in out.splitlines() if line.startswith("Alert secrets: ")]
    assert why == (
        "Alert secrets: This StoreSync server has no credentials directory, so it keeps neither the SMTP "
        "password nor the webhook URL: start serve with --credentials-dir DIR, or set "
        "STORESYNC_CREDENTIALS_DIR or systemd's LoadCredential=, naming the folder that holds them."
    )

"""The command line on another computer works a server through --server: `storesync headless` runs
in a child process with its own data folder, and the commands run from an empty one send their
calls to its control API, as they would to an instance on this computer. A wrong token, a missing
one and a command that is this computer's own work each end in one line."""

from __future__ import annotations

import asyncio
import json
import signal
from collections.abc import Callable
from pathlib import Path

from app.control.token_file import ControlEndpoint, read_token_file, token_file_path
from app.core.operations.triggering import START_WAIT_SECONDS
from app.sandbox.faults import Fault
from app.storage.paths import database_file
from tests.integration.processes import add_store, cli, finished, running, stop
from tests.sync.harness import start_simulator


async def test_status_sync_and_history_go_to_the_server(tmp_path: Path) -> None:
    simulator = start_simulator(120)
    server_dir, here = tmp_path / "server", tmp_path / "laptop"
    try:
        await add_store(server_dir, simulator, "--no-first-sync")
        async with running(server_dir, "headless"):
            endpoint = await token_of(server_dir)
            address = f"127.0.0.1:{endpoint.port}"
            remote = ("--server", address, "--token-file", str(token_file_path(server_dir)))

            code, out, err = await cli(here, "status", *remote)
            assert code == 0, err
            assert out.startswith(f"StoreSync on 127.0.0.1:{endpoint.port} is running (process ")
            assert "Warehouse (generic_json, enabled)" in out

            code, out, err = await cli(here, "sync", "--store", "Warehouse", *remote)
            assert code == 0, err
            assert "Warehouse · inventory_pull: succeeded" in out and "fetched 120" in out

            code, out, err = await cli(here, *remote, "history", "--store", "Warehouse")
            assert code == 0, err
            assert "succeeded" in out and "120" in out
            assert not database_file(here).exists()  # everything happened on the server

            token_only = tmp_path / "token"
            token_only.write_text(endpoint.token + "\n")
            code, out, err = await cli(here, "inventory", "--server", address,
                                       "--token-file", str(token_only))  # fmt: skip
            assert code == 0, err
            assert "Warehouse" in out

            wrong = tmp_path / "wrong-token"
            wrong.write_text("not-the-servers-token")
            code, out, err = await cli(here, "status", "--server", address,
                                       "--token-file", str(wrong))  # fmt: skip
            assert code == 1 and out == ""
            assert err == f"storesync: the StoreSync server at 127.0.0.1:{endpoint.port} refused the token\n"
    finally:
        simulator.stop()


async def test_following_the_log_of_a_server_that_stops_ends_with_one_line(tmp_path: Path) -> None:
    server_dir, here = tmp_path / "server", tmp_path / "laptop"
    async with running(server_dir, "headless") as server:
        endpoint = await token_of(server_dir)
        address = f"127.0.0.1:{endpoint.port}"
        remote = ("--server", address, "--token-file", str(token_file_path(server_dir)))
        async with running(here, "logs", "--follow", *remote) as follower:
            assert follower.stdout is not None
            await asyncio.wait_for(follower.stdout.readline(), 30)  # it is following: the past lines
            code, _, _ = await stop(server, signal.SIGTERM)
            assert code == 0
            code, _, err = await finished(follower)
    assert code == 1
    assert err == f"storesync: the server {address} stopped sending its log (it was stopped or restarted)\n"
    assert not database_file(here).exists()


async def test_what_reaching_a_server_needs_is_said_in_one_line(tmp_path: Path) -> None:
    here = tmp_path / "laptop"
    code, _, err = await cli(here, "status", "--server", "127.0.0.1:9")
    assert code == 2
    assert err == (
        "storesync: --server needs the server's token: --token-file FILE or STORESYNC_SERVER_TOKEN\n"
    )

    token = tmp_path / "token"
    token.write_text("a-token")
    elsewhere = ("--server", "http://sync.example:8443", "--token-file", str(token))
    code, _, err = await cli(here, "status", *elsewhere)
    assert code == 1
    assert "connect with https://, so the token is not sent in clear" in err and err.count("\n") == 1

    code, _, err = await cli(here, "status", "--server", "")  # an unset variable in a script
    assert code == 2
    assert err == "storesync: --server needs the server's address, such as https://sync.example:8443\n"
    code, _, err = await cli(here, "status", "--token-file", str(token))
    assert code == 2
    assert err == "storesync: --token-file and --certificate go with --server ADDRESS\n"

    code, _, err = await cli(
        here, "backup", "copy.sqlite3", "--server", "127.0.0.1:9", "--token-file", str(token)
    )
    assert code == 2  # the server writes it on its own disk: a path relative to here means nothing there
    assert (
        err == "storesync: give the path on the server's computer whole, such as /var/backups/copy.sqlite3\n"
    )

    code, _, err = await cli(here, "--server", "127.0.0.1:9", "--token-file", str(token), "headless")
    assert code == 2
    assert err == "storesync: `storesync headless` runs on this computer; it takes no --server\n"
    code, _, err = await cli(here, "worker", "--server", "127.0.0.1:9")  # the option after the command
    assert (code, err) == (2, "storesync: `storesync worker` runs on this computer; it takes no --server\n")
    assert not database_file(here).exists()


async def token_of(data_dir: Path) -> ControlEndpoint:
    """The control API's endpoint of the instance of `data_dir`, once its token file is written."""
    for _ in range(600):
        endpoint = read_token_file(data_dir)
        if endpoint is not None:
            return endpoint
        await asyncio.sleep(0.1)
    raise AssertionError(f"no control API token file in {data_dir} after 60 s")


async def test_a_run_queued_behind_a_busy_slot_is_said_and_followed_to_its_end(tmp_path: Path) -> None:
    """One run at a time on the server and two slow stores: the run that waits for the slot longer than
    the server waits for a start is said on stderr, followed, and printed with its counts (it was
    dropped from the output, with exit 0, before)."""
    first, second = start_simulator(40), start_simulator(50)
    server_dir, here = tmp_path / "server", tmp_path / "laptop"
    try:
        await add_store(server_dir, first, "--no-first-sync", name="North")
        await add_store(server_dir, second, "--no-first-sync", name="South")
        settings = tmp_path / "one-at-a-time.json"
        settings.write_text(
            json.dumps(
                {
                    "format": "storesync-config",
                    "version": 1,
                    "stores": [],
                    "settings": {"max_concurrent_runs": 1},
                }
            )
        )
        async with running(server_dir, "headless"):
            endpoint = await token_of(server_dir)
            remote = (
                "--server",
                f"127.0.0.1:{endpoint.port}",
                "--token-file",
                str(token_file_path(server_dir)),
            )
            code, _, err = await cli(here, "config", "import", str(settings), *remote)
            assert code == 0, err
            await no_run_in_flight(here, remote)
            for simulator in (first, second):  # longer than the server waits for a run to start
                simulator.faults.next_requests(1, Fault.latency(START_WAIT_SECONDS + 1))

            both = ("--store", "North", "--store", "South")
            syncing = asyncio.ensure_future(cli(here, "sync", *both, *remote))
            # One status may catch the first run between its slot and its start: wait for both marks.
            lines = await status_lines_once(
                here, remote, lambda text: "[queued: " in text and "[running now]" in text
            )
            assert sum("[running now]" in line for line in lines) == 1
            assert sum("[queued: starts when a run slot is free]" in line for line in lines) == 1
            code, out, err = await syncing

            assert code == 0, err
            assert "1 run did not start at once: it is queued until a run slot" in err
            lines = sorted(out.splitlines())
            assert len(lines) == 2
            assert lines[0].startswith("North · inventory_pull: succeeded - fetched 40")
            assert lines[1].startswith("South · inventory_pull: succeeded - fetched 50")
    finally:
        first.stop()
        second.stop()


async def status_lines_once(here: Path, remote: tuple[str, ...], shows: Callable[[str], bool]) -> list[str]:
    """The lines of `status` through the server once it shows what `shows` looks for."""
    for _ in range(300):
        code, out, _ = await cli(here, "status", *remote)
        if code == 0 and shows(out):
            return out.splitlines()
        await asyncio.sleep(0.1)
    raise AssertionError("the server's status never showed it")


async def no_run_in_flight(here: Path, remote: tuple[str, ...]) -> None:
    """Until every job's start-up run has ended (none waits for a slot: each has run, none runs)."""
    for _ in range(300):
        code, out, _ = await cli(here, "status", "--json", *remote)
        jobs = [job for store in json.loads(out)["stores"] for job in store["jobs"]] if code == 0 else []
        idle = all(job["last_run"] is not None and not (job["running"] or job["queued"]) for job in jobs)
        if jobs and idle:
            return
        await asyncio.sleep(0.2)
    raise AssertionError("the server's start-up runs did not end")

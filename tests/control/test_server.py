"""The control API's server: found through its token file, loopback only, every request authenticated,
errors as JSON sentences, and nothing left behind at a clean stop."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import httpx
import psutil
import pytest

from app.bootstrap import Runtime, StartOptions, start_services, stop_services
from app.control.client import (
    ControlClient,
    InstanceUnreachable,
    StaleTokenFile,
    TokenRejected,
    find_instance,
)
from app.control.token_file import ControlEndpoint, token_file_path, write_token_file
from app.core.models import Platform, Store


async def test_the_token_file_leads_to_the_running_instance(instance: Runtime, client: ControlClient) -> None:
    path = token_file_path(instance.data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert client.endpoint.pid == os.getpid()
    await instance.storage.stores.save_store(Store("Warehouse", Platform.GENERIC_JSON, {"auth": "none"}))

    status = await client.status()

    scheduler = status["scheduler"]
    assert scheduler["running"] is True and scheduler["paused"] is False
    assert scheduler["pid"] == os.getpid() and scheduler["version"] == instance.services.version
    assert [store["name"] for store in status["stores"]] == ["Warehouse"]
    assert [job["kind"] for job in status["global_jobs"]] == ["cleanup"]
    assert status["global_jobs"][0]["next_run"] is not None


async def test_each_start_draws_a_new_token_and_a_clean_stop_removes_the_file(tmp_path: Path) -> None:
    options = StartOptions(data_dir=str(tmp_path / "data"))
    tokens = []
    for _ in range(2):
        runtime = await start_services(options)
        endpoint = find_instance(runtime.data_dir)
        assert endpoint is not None
        tokens.append(endpoint.token)
        await stop_services(runtime)
        assert not token_file_path(runtime.data_dir).exists()
    assert tokens[0] != tokens[1] and len(tokens[0]) >= 40


async def test_a_wrong_token_gets_401_and_a_log_line_without_it(
    instance: Runtime, client: ControlClient, caplog: pytest.LogCaptureFixture
) -> None:
    forged = dataclasses.replace(client.endpoint, token="not-the-token-" + "x" * 30)
    caplog.set_level(logging.WARNING, logger="app.control")
    async with ControlClient(forged) as wrong:
        with pytest.raises(TokenRejected, match="refused the token"):
            await wrong.status()
    async with httpx.AsyncClient(base_url=client.endpoint.base_url, trust_env=False) as raw:
        answer = await raw.get("/api/v1/status")
    assert answer.status_code == 401
    assert answer.json()["error"]["kind"] == "unauthorized"
    refusals = [record.getMessage() for record in caplog.records if "refused" in record.getMessage()]
    assert len(refusals) == 2
    assert all(forged.token not in line and client.endpoint.token not in line for line in refusals)


async def test_nothing_listens_beyond_loopback(instance: Runtime, client: ControlClient) -> None:
    listening = [
        conn.laddr
        for conn in psutil.Process().net_connections(kind="inet")
        if conn.status == psutil.CONN_LISTEN and conn.laddr.port == client.endpoint.port
    ]
    assert [address.ip for address in listening] == ["127.0.0.1"]
    for address in _other_addresses():
        with socket.socket() as probe:
            probe.settimeout(1)
            assert probe.connect_ex((address, client.endpoint.port)) != 0, address


async def test_unknown_addresses_and_bad_bodies_answer_json_sentences(client: ControlClient) -> None:
    headers = {"Authorization": f"Bearer {client.endpoint.token}"}
    async with httpx.AsyncClient(base_url=client.endpoint.base_url, headers=headers, trust_env=False) as raw:
        missing = await raw.get("/api/v1/nothing-here")
        wrong_method = await raw.delete("/api/v1/status")
    assert missing.status_code == 404 and missing.json()["error"]["message"].startswith("no such address")
    assert wrong_method.status_code == 405


async def test_a_stale_file_and_a_silent_port_are_told_apart(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert find_instance(data_dir) is None
    dead = psutil.Popen(["true"])
    dead.wait()
    write_token_file(data_dir, ControlEndpoint(_free_port(), "t" * 43, dead.pid, "0.1.0", "2026-01-01"))
    with pytest.raises(StaleTokenFile, match=f"process {dead.pid}, which no longer runs"):
        find_instance(data_dir)

    write_token_file(data_dir, ControlEndpoint(_free_port(), "t" * 43, os.getpid(), "0.1.0", "2026-01-01"))
    endpoint = find_instance(data_dir)
    assert endpoint is not None
    async with ControlClient(endpoint) as client:
        with pytest.raises(InstanceUnreachable, match="refused the connection"):
            await client.status()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _other_addresses() -> list[str]:
    """This machine's IPv4 addresses outside loopback (none on a machine without a network)."""
    return [
        address.address
        for addresses in psutil.net_if_addrs().values()
        for address in addresses
        if address.family == socket.AF_INET and not address.address.startswith("127.")
    ]


async def test_status_shows_a_change_written_without_the_api_within_a_second(
    instance: Runtime, client: ControlClient
) -> None:
    """Status is served from a cache while nothing changes; a store another process writes straight
    into the database publishes nothing here, and still shows within the cache's second."""
    assert (await client.status())["stores"] == []
    await instance.storage.stores.save_store(
        Store("Written elsewhere", Platform.GENERIC_JSON, {"auth": "none"})
    )
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 2.0
    while not (await client.status())["stores"]:
        assert loop.time() < deadline, "the new store never showed in status"
        await asyncio.sleep(0.05)


def test_commands_that_serve_nothing_do_not_load_the_web_server() -> None:
    """aiohttp takes 100-150 ms to import: a short command (status, sync) that imports bootstrap must
    not pay for it; the instance imports it when it starts serving, off its event loop."""
    probe = "import sys, app.bootstrap, app.cli.entry; print('aiohttp' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    shown = subprocess.run(
        [sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True
    )
    assert shown.stdout.strip() == "False"

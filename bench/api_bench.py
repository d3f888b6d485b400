"""`python -m bench api --json`: the control API of a running instance (the app's services and API on
a qasync loop, as the window runs them), asked by clients in another process.

- `status_requests_per_second`: status asked back to back by 4 concurrent clients for 3 s, idle app;
- `status_p99_ms`: the 99th percentile latency of status while 20 clients ask every 100 ms during a
  100k-SKU inventory sync (from a simulator process), `max_loop_gap_ms` the largest event-loop gap
  meanwhile (LoopGapMonitor); `status_p99_idle_ms` the same 20 clients on an idle app;
- `max_loop_gap_ms_without_clients`: the same sync (into a store of its own) with no client asking,
  just before: on a shared machine compare the two gaps of one run;
- `api_start_ms`: ControlServer.start() once aiohttp is imported (listening, token file written),
  measured on a second server on the same services; `aiohttp_import_ms` the import itself in a new
  process after httpx (bootstrap does it on a worker thread, so it delays start but not the loop)."""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from app.core.models import Platform, RunStatus
from bench.baseline import warm_simple_pages
from bench.engine_setup import BenchApp
from bench.loop import LoopGapMonitor, run
from bench.simulator_process import ROOT, SimulatorProcess
from bench.targets import check

POLLING_CLIENTS = 20
POLL_INTERVAL = 0.1
BURST_SECONDS = 3.0
BURST_CONCURRENCY = 4
IDLE_POLL_SECONDS = 3.0


async def _clients(data_dir: Path, *args: object) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.api_clients", str(data_dir), *(str(a) for a in args),
        cwd=ROOT, stdout=asyncio.subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


async def _result(process: asyncio.subprocess.Process) -> dict[str, Any]:
    out, _ = await process.communicate()
    result: dict[str, Any] = json.loads(out.decode().strip().splitlines()[-1])
    return result


def _import_ms() -> float:
    code = "import time, httpx; t = time.perf_counter(); import aiohttp.web; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return round(float(out) * 1000, 1)


def _p99_ms(latencies: list[float]) -> float:
    return round(statistics.quantiles(latencies, n=100)[98] * 1000, 1) if len(latencies) > 1 else 0.0


async def _measure(skus: int) -> dict[str, Any]:
    from app.bootstrap import StartOptions, start_services, stop_services
    from app.control.server import ControlServer

    figures: dict[str, Any] = {"skus": skus, "load_average_1m": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory(prefix="storesync-api-") as tmp:
        data_dir = Path(tmp) / "data"
        runtime = await start_services(
            StartOptions(data_dir=str(data_dir), owner=True, scheduler=True, simulators=False)
        )
        try:
            spare_dir = Path(tmp) / "spare"
            spare_dir.mkdir()
            spare = ControlServer(runtime.services, spare_dir)
            started = time.perf_counter()
            await spare.start()
            figures["api_start_ms"] = round((time.perf_counter() - started) * 1000, 1)
            figures["aiohttp_import_ms"] = _import_ms()
            await spare.stop()

            burst = await _result(await _clients(data_dir, "burst", BURST_SECONDS, BURST_CONCURRENCY))
            figures["status_requests_per_second"] = round(burst["requests"] / burst["seconds"])
            idle = await _result(
                await _clients(data_dir, "poll", IDLE_POLL_SECONDS, POLLING_CLIENTS, POLL_INTERVAL)
            )
            figures["status_p99_idle_ms"] = _p99_ms([latency for _, latency in idle["latencies"]])

            with SimulatorProcess("simple", skus) as simulator:
                await warm_simple_pages(simulator.url, simulator.secrets.get("secret", ""), skus)
                bench = BenchApp(runtime)
                quiet, polled_job = [
                    (
                        await bench.add_store(
                            name, Platform.GENERIC_JSON, simulator.settings, simulator.secrets
                        )
                    )[0]
                    for name in ("Bench quiet", "Bench API")
                ]
                # The same sync into a store of its own with no client asking: this machine's gap
                # without the API, to set the figure below against.
                async with LoopGapMonitor() as monitor:
                    await bench.run(quiet)
                figures["max_loop_gap_ms_without_clients"] = round(monitor.max_gap_ms, 1)
                # The pollers ask until stopped; only the requests started during the sync count.
                pollers = await _clients(data_dir, "poll", 0, POLLING_CLIENTS, POLL_INTERVAL)
                await asyncio.sleep(1.5)  # every poller connected and asking
                wall_start, started = time.time(), time.perf_counter()
                async with LoopGapMonitor() as monitor:
                    result = await bench.run(polled_job)
                figures["sync_seconds"] = round(time.perf_counter() - started, 3)
                wall_end = time.time()
                pollers.terminate()
                polled = await _result(pollers)
                during = [latency for wall, latency in polled["latencies"] if wall_start <= wall <= wall_end]
                figures["status_requests_during_sync"] = len(during)
                figures["status_failures"] = polled["failures"]
                figures["status_p99_ms"] = _p99_ms(during)
                figures["status_max_ms"] = round(max(during, default=0.0) * 1000, 1)
                figures["status"] = result.status.value
                figures["fetched"] = result.counts.fetched
                figures["max_loop_gap_ms"] = round(monitor.max_gap_ms, 1)
                if result.status is not RunStatus.SUCCEEDED:
                    figures["error"] = f"{result.error_kind}: {result.error_message}"
        finally:
            await stop_services(runtime)
    return figures


def measure_api(skus: int) -> dict[str, Any]:
    figures = run(lambda: _measure(skus), "qasync")
    figures["targets"] = check("api", figures)
    return figures

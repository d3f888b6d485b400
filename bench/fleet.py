"""`python -m bench fleet --stores 200 --skus 5000 [--window] --json`: many stores due at once on one
instance.

N stores of a mix of platforms (FLEET_MIX), each with its own simulator (own catalogue of `skus`
products, own credentials, own latency, its platform's own rate limit), hosted by a few child
processes (bench/fleet_simulators.py) so they share neither the measured loop nor its GIL. Every
store has an inventory pull that never ran; starting the app's scheduler makes all of them due at
once (the initial run of a new job) under the default concurrency cap, exactly as when the app
starts with a fleet of new stores. With `--window` the real window is open (offscreen unless
DISPLAY is set) on the Stores panel, following every run as a user would see it.

Figures: total time from the scheduler's start to the last run's end, runs per minute, run
statuses (the simulators inject no failure, so every failed run counts as unexpected), peak RSS,
the largest loop gap, the database's size on disk."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path
from typing import Any

from app.core.events import StoresChanged, SyncFailed, SyncFinished, SyncSkipped
from app.core.models import Platform, RunStatus, SyncRun
from bench.engine_setup import BenchApp
from bench.loop import LoopGapMonitor, peak_rss_mb, rss_mb, run
from bench.simulator_process import ROOT
from bench.stalls import StallSampler
from bench.sync_bench import simulator_for
from bench.targets import check

# One cycle of 20 stores: mostly shops (Shopify, WooCommerce), ERPs and marketplaces beside them.
# Amazon's 2 requests/s (50 SKUs a page) makes it the slowest store of the fleet by far.
FLEET_MIX: tuple[tuple[Platform, int], ...] = (
    (Platform.SHOPIFY, 6),
    (Platform.WOOCOMMERCE, 5),
    (Platform.GENERIC_JSON, 4),
    (Platform.BASELINKER, 4),
    (Platform.AMAZON, 1),
)
LATENCY_SECONDS = (0.01, 0.06)  # each store's own per-request latency, drawn once from this range
RUN_DEADLINE_SECONDS_PER_STORE = 30.0


def fleet_platforms(stores: int) -> list[Platform]:
    """The platform of each store: FLEET_MIX's cycle, interleaved so no platform comes in a block."""
    cycle = [platform for platform, weight in FLEET_MIX for _ in range(weight)]
    random.Random(20261205).shuffle(cycle)
    return [cycle[index % len(cycle)] for index in range(stores)]


def store_specs(stores: int, skus: int) -> list[dict[str, Any]]:
    draw = random.Random(stores)
    return [
        {
            "platform": simulator_for(platform.value),
            "store_platform": platform.value,
            "products": skus,
            "seed": index + 1,
            "latency": round(draw.uniform(*LATENCY_SECONDS), 3),
        }
        for index, platform in enumerate(fleet_platforms(stores))
    ]


@contextmanager
def simulator_host(specs: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """A child process serving `specs`' simulators; yields their endpoints in the same order."""
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.fleet_simulators"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(json.dumps(specs) + "\n")
        child.stdin.flush()
        line = child.stdout.readline()
        if not line:
            raise RuntimeError("a simulator host did not start")
        yield list(json.loads(line))
    finally:
        child.stdin.close()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def start_simulators(stack: ExitStack, specs: list[dict[str, Any]], processes: int) -> list[dict[str, Any]]:
    """Spread the simulators over `processes` hosts (round robin); their endpoints in `specs`' order."""
    shares = [specs[offset::processes] for offset in range(processes) if specs[offset::processes]]
    hosts: list[AbstractContextManager[list[dict[str, Any]]]] = [simulator_host(s) for s in shares]
    served = [stack.enter_context(host) for host in hosts]
    endpoints: list[dict[str, Any]] = [{} for _ in specs]
    for offset, share in enumerate(served):
        for position, endpoint in enumerate(share):
            endpoints[offset + position * len(served)] = endpoint
    return endpoints


def database_size_mb(data_dir: Path) -> float:
    """The SQLite database on disk, its write-ahead log included."""
    files = [path for path in data_dir.glob("*.sqlite3*") if path.is_file()]
    return round(sum(path.stat().st_size for path in files) / 1_048_576, 1)


class RunWatch:
    """Follows the bus for the end of each watched job's run (finished, failed or skipped)."""

    def __init__(self, job_ids: set[int]) -> None:
        self.job_ids = job_ids
        self.ended: dict[int, SyncRun | str] = {}
        self.last_end = 0.0
        self.all_ended = asyncio.Event()

    def on_finished(self, event: SyncFinished | SyncFailed) -> None:
        self._end(event.run.job_id, event.run)

    def on_skipped(self, event: SyncSkipped) -> None:
        self._end(event.job_id, f"skipped: {event.reason}")

    def _end(self, job_id: int, outcome: SyncRun | str) -> None:
        if job_id in self.job_ids and job_id not in self.ended:
            self.ended[job_id] = outcome
            self.last_end = time.perf_counter()
            if len(self.ended) >= len(self.job_ids):
                self.all_ended.set()


def tally(watch: RunWatch, platforms: dict[int, str]) -> dict[str, Any]:
    """Run statuses, why runs did not succeed, and each platform's run time (median, slowest)."""
    statuses: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    durations: dict[str, list[float]] = {}
    for job_id, outcome in watch.ended.items():
        if isinstance(outcome, str):
            statuses["skipped"] += 1
            reasons[outcome[:120]] += 1
            continue
        statuses[outcome.status.value] += 1
        if outcome.status is not RunStatus.SUCCEEDED:
            reasons[f"{outcome.error_kind}: {(outcome.error_message or '')[:120]}"] += 1
        seconds = outcome.duration_seconds
        if seconds is not None:
            durations.setdefault(platforms[job_id], []).append(seconds)
    run_seconds = {
        platform: {"median": round(statistics.median(values), 2), "max": round(max(values), 2)}
        for platform, values in sorted(durations.items())
    }
    return {"statuses": dict(statuses), "failure_reasons": dict(reasons), "run_seconds": run_seconds}


async def _open_app(data_dir: Path, database: str | None) -> BenchApp:
    """The app's own services on `data_dir`, scheduler built but not started. `database` is where
    the data lives when not in the data folder's SQLite file (server mode)."""
    from app.bootstrap import StartOptions, start_services

    if database is not None:
        raise SystemExit(
            f"bench fleet: StoreSync's storage cannot use {database.split(':', 1)[0]} databases yet "
            "(issue 15, server mode); leave out --database to measure the desktop's SQLite file"
        )
    options = StartOptions(data_dir=str(data_dir), owner=True, scheduler=False, simulators=False)
    return BenchApp(await start_services(options))


def _open_window(app: BenchApp) -> Any:
    """The real window (offscreen unless DISPLAY is set) on its Stores panel: a DesktopApp."""
    from app.bootstrap import stop_services
    from app.ui.app import DesktopApp

    desktop = DesktopApp(app.runtime, stop_services)
    desktop.window.show()
    desktop.window.tabs.setCurrentWidget(desktop.window.stores_panel)
    return desktop


async def _measure(
    stores: int, skus: int, window: bool, database: str | None, processes: int, stalls: bool
) -> dict[str, Any]:
    specs = store_specs(stores, skus)
    figures: dict[str, Any] = {
        "stores": stores,
        "skus": skus,
        "window": window,
        "database": database or "sqlite",
        "platforms": dict(Counter(spec["store_platform"] for spec in specs)),
        "simulator_processes": processes,
        "load_average_1m": round(os.getloadavg()[0], 2),
    }
    with tempfile.TemporaryDirectory(prefix="storesync-fleet-") as tmp, ExitStack() as stack:
        data_dir = Path(tmp) / "data"
        endpoints = start_simulators(stack, specs, processes)
        app = await _open_app(data_dir, database)
        runtime = app.runtime
        desktop = _open_window(app) if window else None
        try:
            figures["max_concurrent"] = runtime.engine.max_concurrent
            platform_of: dict[int, str] = {}
            for index, (spec, endpoint) in enumerate(zip(specs, endpoints, strict=True)):
                platform = Platform(spec["store_platform"])
                name = f"Fleet {index + 1:04d} {platform.value}"
                job = (await app.add_store(name, platform, endpoint["settings"], endpoint["secrets"]))[0]
                assert job.id is not None
                platform_of[job.id] = platform.value
            bus = runtime.bus
            bus.publish(StoresChanged())  # as the store editor does: the window lists the fleet
            await asyncio.sleep(0.5)
            if desktop is not None:
                figures["window_rows"] = desktop.window.stores_panel.proxy.rowCount()
            watch = RunWatch(set(platform_of))
            unsubscribe = [
                bus.subscribe(SyncFinished, watch.on_finished),
                bus.subscribe(SyncFailed, watch.on_finished),
                bus.subscribe(SyncSkipped, watch.on_skipped),
            ]
            await runtime.storage.database.write(lambda: None)
            # What the runs need (connectors, HTTP transport, keychain backend) is loaded first, as in
            # the app, where the scheduler's start begins this loading before the window is built: no
            # open window waits there for the GIL while they are imported. Here the window opens
            # first, and those imports held its loop 100-150 ms once at the start of the measurement.
            runtime.engine.prepare({Platform(platform) for platform in platform_of.values()})
            await runtime.engine.prepared()
            gc.collect()
            figures["rss_before_mb"] = round(rss_mb(), 1)
            deadline = 60 + stores * RUN_DEADLINE_SECONDS_PER_STORE
            started = time.perf_counter()
            sampler = StallSampler() if stalls else None
            with sampler or contextlib.nullcontext():
                async with LoopGapMonitor(on_tick=sampler.tick if sampler else None) as monitor:
                    await runtime.scheduler.start()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(watch.all_ended.wait(), deadline)
                    if window:
                        await asyncio.sleep(1.0)  # the panels catch up with the last run
            if sampler is not None:
                figures["stall_stacks"] = sampler.report()
            for stop in unsubscribe:
                stop()
            total = (watch.last_end or time.perf_counter()) - started
            figures["total_seconds"] = round(total, 1)
            figures["runs_ended"] = len(watch.ended)
            figures["runs_per_minute"] = round(len(watch.ended) / total * 60, 1) if total else None
            figures.update(tally(watch, platform_of))
            counted = Counter(figures["statuses"])
            figures["unexpected_failures"] = stores - counted["succeeded"]
            figures["max_loop_gap_ms"] = round(monitor.max_gap_ms, 1)
            figures["long_loop_gaps"] = monitor.long_gap_summary()
            figures["peak_rss_mb"] = round(max(monitor.max_rss_mb, peak_rss_mb()), 1)
            figures["rss_after_mb"] = round(rss_mb(), 1)
            figures["inventory_items_stored"] = runtime.storage.inventory.count_items()
            await runtime.scheduler.shutdown(timeout=10.0)
            await runtime.storage.database.write(lambda: None)
            figures["database_mb"] = database_size_mb(data_dir)
        finally:
            if desktop is not None:
                desktop.request_quit()
                await desktop.finished
            else:
                await app.close()
    figures["load_average_1m_end"] = round(os.getloadavg()[0], 2)
    return figures


def measure_fleet(
    stores: int,
    skus: int,
    window: bool,
    database: str | None = None,
    processes: int = 4,
    stalls: bool = False,
) -> dict[str, Any]:
    figures = run(lambda: _measure(stores, skus, window, database, processes, stalls), "qasync", gui=window)
    section = "fleet_window" if window else "fleet"
    figures["targets"] = check(section, figures) if stores == 200 else {}
    return figures

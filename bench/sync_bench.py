"""`python -m bench sync --skus N [--platform P] --json`: the engine against the raw baseline.

Steps: a simulator process with N products -> (simple store: every page fetched once untimed, so
its page cache is filled for both sides) -> the timed sync into a fresh database, watched by a 10 ms
loop timer that also samples RSS (and by cProfile on the loop thread with --profile PATH) -> the
same requests replayed raw + one executemany (baseline) -> exactly 1% of quantities changed -> the
timed re-sync -> its baseline (replay + blind upsert of every row). `peak_rss_mb` is the largest
RSS seen during the two timed syncs; the baseline builds its rows only after them.

The raw replay keeps to the platform's declared request rate (the connector's `rate_limit`) and
waits out a 429 as any client must; between phases the bench lets a per-minute store budget
(BaseLinker) recover, so one phase's requests do not block the next. The load average is reported
too: on a shared machine the figures move with it."""

from __future__ import annotations

import asyncio
import contextlib
import cProfile
import gc
import os
import tempfile
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.connectors.registry import ConnectorRegistry
from app.core.errors import ConnectorError
from app.core.models import Job, Platform, RunStatus, SyncRun
from app.sandbox.catalog import Catalog
from app.sandbox.registry import create_simulator, simulator_class
from bench.baseline import BaselineDatabase, Pacer, catalog_rows, replay, warm_simple_pages
from bench.engine_setup import BenchEngine, open_bench_app
from bench.loop import LoopGapMonitor, peak_rss_mb, rss_mb
from bench.simulator_process import SimulatorProcess
from bench.targets import check

if TYPE_CHECKING:
    from bench.postgres_baseline import PostgresBaselineDatabase

RESYNC_FRACTION = 0.01
# Seconds for a store's own request budget to recover between phases (its window, plus a margin).
COOL_DOWN_SECONDS: dict[str, float] = {"baselinker": 61.0, "amazon": 2.0}
# Endpoints outside the platform's request budget: the connector sends them past its rate limiter
# (Login with Amazon's token exchange is not an SP-API call), so the raw replay does not pace them.
UNPACED_PATHS: dict[str, tuple[str, ...]] = {"amazon": ("/auth/o2/token",)}


def simulator_for(platform: str) -> str:
    """The core benchmark reads the simple JSON shape through the generic JSON connector."""
    return "simple" if platform == Platform.GENERIC_JSON.value else platform


def pacer_for(platform: Platform) -> Pacer:
    try:
        limit = ConnectorRegistry().connector_class(platform).rate_limit
    except ConnectorError:
        limit = None
    return Pacer(limit[0], limit[1]) if limit else Pacer(None)


async def _settle(app: BenchEngine) -> None:
    """Before each timed phase, sync or baseline: the app's writer idle (a run's log checkpoint done),
    no garbage left from the last phase, and what the benchmark itself keeps (the catalogue copy, the
    recorded requests) kept out of the collector's walks, as the app keeps its own long-lived objects
    (app.bootstrap)."""
    await app.settle()
    gc.collect()
    gc.freeze()


async def _timed_run(
    app: BenchEngine, job: Job, monitor: LoopGapMonitor | None = None
) -> tuple[float, SyncRun]:
    await _settle(app)
    started = time.perf_counter()
    if monitor is None:
        run = await app.run(job)
    else:
        async with monitor:
            run = await app.run(job)
    seconds = time.perf_counter() - started
    if run.status is not RunStatus.SUCCEEDED:
        raise RuntimeError(f"the sync ended {run.status.value}: {run.error_kind}: {run.error_message}")
    return seconds, run


async def _fresh_app(
    opened: Awaitable[BenchEngine], simulator: SimulatorProcess, platform: Platform
) -> tuple[BenchEngine, Job]:
    app = await opened
    try:
        jobs = await app.add_store(f"Bench {platform.value}", platform, simulator.settings, simulator.secrets)
    except BaseException:
        await app.close()
        raise
    return app, jobs[0]


async def _warm_code_paths(app: BenchEngine, simulator_name: str, platform: Platform) -> None:
    """One untimed sync of a five-product store of the same platform (its simulator in this process),
    so the timed sync does not pay for first imports (connector module, httpx transports) that the
    raw baseline, running later, would not pay. Its credentials are its own, so its requests do not
    count against the budget (BaseLinker's per-token limit) that the timed sync then starts with."""
    demo = simulator_class(simulator_name).DEMO_CREDENTIALS
    own = {name: f"{value}-warm-up" for name, value in demo.items()}
    with create_simulator(simulator_name, products=5, orders=0, credentials=own) as tiny:
        jobs = await app.add_store("Warm-up", platform, tiny.store_settings(), tiny.store_secrets())
        await _timed_run(app, jobs[0])


class _Phases:
    """Runs the bench's phases in order, letting the store's request budget recover between them."""

    def __init__(self, simulator: SimulatorProcess, cool_down: float) -> None:
        self.simulator = simulator
        self.cool_down = cool_down
        self.first = True

    async def next(self) -> None:
        if not self.first and self.cool_down:
            await asyncio.sleep(self.cool_down)
        self.first = False
        self.simulator.reset()


async def measure(
    skus: int, platform_name: str, seed: int = 0, profile: str | None = None, database: str | None = None
) -> dict[str, Any]:
    """With `database` (a PostgreSQL server's URL), the engine runs as a server's worker does, on a
    fresh database of that server, and the baseline writes with psycopg into the same database."""
    platform = Platform(platform_name)
    simulator_name = simulator_for(platform_name)
    figures: dict[str, Any] = {
        "load_average_1m": round(os.getloadavg()[0], 2),
        "skus": skus,
        "platform": platform.value,
        "simulator": simulator_name,
        "storage": "sqlite" if database is None else "postgresql",
    }
    pacer = pacer_for(platform)
    unpaced = UNPACED_PATHS.get(platform.value, ())
    figures["baseline_rate_limit_rps"] = pacer.rate
    with (
        tempfile.TemporaryDirectory(prefix="storesync-bench-") as tmp,
        SimulatorProcess(simulator_name, skus, seed) as simulator,
        contextlib.ExitStack() as databases,
    ):
        root = Path(tmp)
        phases = _Phases(simulator, COOL_DOWN_SECONDS.get(platform.value, 0.0))
        page_size = int(simulator.settings.get("page_size") or 1000)
        if simulator_name == "simple":
            await warm_simple_pages(simulator.url, simulator.secrets.get("secret", ""), skus, page_size)
        baseline_db: BaselineDatabase | PostgresBaselineDatabase
        if database is None:
            app, job = await _fresh_app(open_bench_app(root / "app"), simulator, platform)
            baseline_db = BaselineDatabase(root / "baseline.sqlite")
        else:
            # Imported here: the SQLite benchmark's RSS figures stay free of psycopg and the queue.
            from bench.fresh_database import fresh_database
            from bench.postgres_baseline import PostgresBaselineDatabase
            from bench.postgres_engine_setup import open_postgres_bench_app

            url = databases.enter_context(fresh_database(database))
            opened = open_postgres_bench_app(url, root / "credentials")
            app, job = await _fresh_app(opened, simulator, platform)
            baseline_db = PostgresBaselineDatabase(url)
        try:
            await _warm_code_paths(app, simulator_name, platform)
            await phases.next()
            monitor = LoopGapMonitor()
            profiler = cProfile.Profile() if profile else None
            if profiler is not None:
                profiler.enable()
            figures["seconds"], first = await _timed_run(app, job, monitor)
            if profiler is not None and profile:
                profiler.disable()
                profiler.dump_stats(profile)
            figures["max_loop_gap_ms"] = figures["first_max_loop_gap_ms"] = round(monitor.max_gap_ms, 1)
            figures["fetched"] = first.counts.fetched
            figures["created"] = first.counts.created
            figures["peak_rss_mb"] = figures["first_peak_rss_mb"] = round(monitor.max_rss_mb, 1)
            requests = simulator.recorded_requests()
            figures["requests"] = len(requests)

            catalog = Catalog(skus, seed=seed)
            await phases.next()
            await _settle(app)
            fetch, retries = await replay(simulator.url, requests, pacer, unpaced)
            figures["baseline_fetch_seconds"] = round(fetch, 3)
            rows = catalog_rows(catalog)
            write = baseline_db.upsert(rows)
            del rows
            figures["baseline_write_seconds"] = round(write, 3)
            figures["baseline_seconds"] = fetch + write
            figures["baseline_retries"] = retries

            changed = simulator.mutate(RESYNC_FRACTION)
            catalog.mutate(RESYNC_FRACTION)
            if simulator.stats()["quantity_total"] != catalog.quantity_total():
                raise RuntimeError("the simulator's stock and the baseline's copy of it differ")
            if simulator_name == "simple":
                await phases.next()
                await warm_simple_pages(simulator.url, simulator.secrets.get("secret", ""), skus, page_size)
            await phases.next()
            resync_monitor = LoopGapMonitor()
            figures["resync_seconds"], second = await _timed_run(app, job, resync_monitor)
            figures["resync_max_loop_gap_ms"] = round(resync_monitor.max_gap_ms, 1)
            figures["max_loop_gap_ms"] = max(figures["max_loop_gap_ms"], figures["resync_max_loop_gap_ms"])
            figures["resync_rows_changed"] = changed
            figures["resync_rows_written"] = second.counts.created + second.counts.updated
            figures["resync_unchanged"] = second.counts.unchanged
            resync_requests = simulator.recorded_requests()
            await phases.next()
            await _settle(app)
            fetch, retries = await replay(simulator.url, resync_requests, pacer, unpaced)
            rows = catalog_rows(catalog)
            write = baseline_db.upsert(rows)
            del rows
            figures["resync_baseline_seconds"] = fetch + write
            figures["baseline_retries"] += retries
            figures["resync_peak_rss_mb"] = round(resync_monitor.max_rss_mb, 1)
            figures["peak_rss_mb"] = max(figures["peak_rss_mb"], figures["resync_peak_rss_mb"])
            figures["process_peak_rss_mb"] = round(peak_rss_mb(), 1)  # includes the baseline's own rows
            figures["rss_mb"] = round(rss_mb(), 1)
        finally:
            baseline_db.close()
            await app.close()

    for key in ("seconds", "baseline_seconds", "resync_seconds", "resync_baseline_seconds"):
        figures[key] = round(figures[key], 3)
    figures["load_average_1m_end"] = round(os.getloadavg()[0], 2)
    figures["ratio"] = round(figures["seconds"] / figures["baseline_seconds"], 3)
    figures["resync_ratio"] = round(figures["resync_seconds"] / figures["resync_baseline_seconds"], 3)
    figures["targets"] = check("sync" if skus < 1_000_000 else "sync_1m", figures)
    return figures

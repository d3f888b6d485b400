"""`python -m bench sync --skus N [--platform P] --json`: the engine against the raw baseline.

Steps: a simulator process with N products -> a warm-up sync into a throwaway database (the
simulator renders and caches its pages, Python warms up) -> the timed sync into a fresh database,
watched by a 10 ms loop timer (and by cProfile on the loop thread with --profile PATH) -> the same
requests replayed raw + one executemany (baseline) -> exactly 1% of quantities changed -> the pages
re-rendered by an untimed replay -> the timed re-sync -> its baseline (replay + blind upsert of
every row). The load average is reported too: on a shared machine the figures move with it."""

from __future__ import annotations

import cProfile
import gc
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from app.core.models import Platform, RunStatus, SyncRun
from app.sandbox.catalog import Catalog
from bench.baseline import BaselineDatabase, catalog_rows, replay
from bench.engine_setup import BenchApp, open_bench_app
from bench.loop import LoopGapMonitor, peak_rss_mb, rss_mb
from bench.simulator_process import SimulatorProcess
from bench.targets import check

RESYNC_FRACTION = 0.01


def simulator_for(platform: str) -> str:
    """The core benchmark reads the simple JSON shape through the generic JSON connector."""
    return "simple" if platform == Platform.GENERIC_JSON.value else platform


async def _timed_run(app: BenchApp, job: Any, monitor: LoopGapMonitor | None = None) -> tuple[float, SyncRun]:
    gc.collect()
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
    root: Path, name: str, simulator: SimulatorProcess, platform: Platform
) -> tuple[BenchApp, Any]:
    app = await open_bench_app(root / name)
    jobs = await app.add_store(f"Bench {platform.value}", platform, simulator.settings, simulator.secrets)
    return app, jobs[0]


async def measure(skus: int, platform_name: str, seed: int = 0, profile: str | None = None) -> dict[str, Any]:
    platform = Platform(platform_name)
    figures: dict[str, Any] = {
        "load_average_1m": round(os.getloadavg()[0], 2),
        "skus": skus,
        "platform": platform.value,
        "simulator": simulator_for(platform_name),
    }
    with (
        tempfile.TemporaryDirectory(prefix="storesync-bench-") as tmp,
        SimulatorProcess(simulator_for(platform_name), skus, seed) as simulator,
    ):
        root = Path(tmp)
        warm, warm_job = await _fresh_app(root, "warm-up", simulator, platform)
        await _timed_run(warm, warm_job)
        await warm.close()
        del warm

        simulator.reset()
        app, job = await _fresh_app(root, "app", simulator, platform)
        monitor = LoopGapMonitor()
        profiler = cProfile.Profile() if profile else None
        if profiler is not None:
            profiler.enable()
        figures["seconds"], first = await _timed_run(app, job, monitor)
        if profiler is not None and profile:
            profiler.disable()
            profiler.dump_stats(profile)
        figures["max_loop_gap_ms"] = round(monitor.max_gap_ms, 1)
        figures["fetched"] = first.counts.fetched
        figures["created"] = first.counts.created
        figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
        requests = simulator.recorded_requests()
        figures["requests"] = len(requests)

        catalog = Catalog(skus, seed=seed)
        rows = catalog_rows(catalog)
        baseline_db = BaselineDatabase(root / "baseline.sqlite")
        fetch = await replay(simulator.url, requests)
        figures["baseline_fetch_seconds"] = round(fetch, 3)
        write = baseline_db.upsert(rows)
        figures["baseline_write_seconds"] = round(write, 3)
        figures["baseline_seconds"] = fetch + write

        changed = simulator.mutate(RESYNC_FRACTION)
        catalog.mutate(RESYNC_FRACTION)
        if simulator.stats()["quantity_total"] != catalog.quantity_total():
            raise RuntimeError("the simulator's stock and the baseline's copy of it differ")
        rows = catalog_rows(catalog)
        simulator.reset()
        await replay(simulator.url, requests)  # the changed pages are rendered again, for both sides
        simulator.reset()
        resync_monitor = LoopGapMonitor()
        figures["resync_seconds"], second = await _timed_run(app, job, resync_monitor)
        figures["max_loop_gap_ms"] = max(figures["max_loop_gap_ms"], round(resync_monitor.max_gap_ms, 1))
        figures["resync_rows_changed"] = changed
        figures["resync_rows_written"] = second.counts.created + second.counts.updated
        figures["resync_unchanged"] = second.counts.unchanged
        resync_requests = simulator.recorded_requests()
        fetch = await replay(simulator.url, resync_requests)
        write = baseline_db.upsert(rows)
        figures["resync_baseline_seconds"] = fetch + write
        figures["peak_rss_mb"] = max(figures["peak_rss_mb"], round(peak_rss_mb(), 1))
        figures["rss_mb"] = round(rss_mb(), 1)
        baseline_db.close()
        await app.close()

    for key in ("seconds", "baseline_seconds", "resync_seconds", "resync_baseline_seconds"):
        figures[key] = round(figures[key], 3)
    figures["load_average_1m_end"] = round(os.getloadavg()[0], 2)
    figures["ratio"] = round(figures["seconds"] / figures["baseline_seconds"], 3)
    figures["resync_ratio"] = round(figures["resync_seconds"] / figures["resync_baseline_seconds"], 3)
    figures["targets"] = check("sync" if skus < 1_000_000 else "sync_1m", figures)
    return figures

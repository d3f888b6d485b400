"""`python -m bench push --skus N --json`: preview and push of N SKUs of which 1% changed.

Steps: two simple-JSON simulator processes with the same N products (a source, and a target that
already matches it) -> the source read once (untimed) -> 1% of the source's quantities changed and
read again (untimed) -> every page of the target fetched once untimed, so the simulator's page cache
is filled (as the sync bench does: a real store renders on its own machine, the simulator on ours)
-> the timed preview (SyncEngine.preview_push: the target read live, the plan)
-> the timed push run, both watched by a 10 ms loop timer. `plan_seconds` is compute_plan alone on
the same inputs, the part the merchant waits for once the target's pages are in. With --stalls, the
loop thread's stack at each stall over 40 ms (bench.stalls)."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from app.core.models import Job, JobKind, Platform, RunStatus
from app.core.push_plan import Action, TargetListing, compute_plan
from app.core.push_settings import PushSettings
from app.core.schedule import ScheduleSpec
from bench.baseline import warm_simple_pages
from bench.engine_setup import open_bench_app
from bench.loop import LoopGapMonitor
from bench.simulator_process import SimulatorProcess
from bench.stalls import StallSampler
from bench.sync_bench import RESYNC_FRACTION, _settle
from bench.targets import check


async def measure_push(skus: int, seed: int = 0, stalls: bool = False) -> dict[str, Any]:
    figures: dict[str, Any] = {"load_average_1m": round(os.getloadavg()[0], 2), "skus": skus}
    with (
        tempfile.TemporaryDirectory(prefix="storesync-bench-") as tmp,
        SimulatorProcess("simple", skus, seed) as source_sim,
        SimulatorProcess("simple", skus, seed) as target_sim,
    ):
        app = await open_bench_app(Path(tmp) / "app")
        try:
            platform = Platform.GENERIC_JSON
            [pull] = await app.add_store("ERP", platform, source_sim.settings, source_sim.secrets)
            target_jobs = await app.add_store(
                "Shop", platform, target_sim.settings, target_sim.secrets, kinds=()
            )
            del target_jobs
            stores = app.runtime.storage.stores
            source, target = stores.find_store("ERP"), stores.find_store("Shop")
            assert source is not None and target is not None
            push = await stores.save_job(
                Job(
                    JobKind.STOCK_PUSH,
                    ScheduleSpec.every(hours=24),
                    store_id=target.id,
                    options={"source_store_id": source.id},
                )
            )
            await _ran(app.run(pull))
            figures["rows_changed"] = source_sim.mutate(RESYNC_FRACTION)
            await _ran(app.run(pull))

            page_size = int(target_sim.settings.get("page_size") or 1000)
            await warm_simple_pages(target_sim.url, target_sim.secrets.get("secret", ""), skus, page_size)
            await _settle(app)
            sampler = StallSampler() if stalls else None
            with sampler or contextlib.nullcontext():
                monitor = LoopGapMonitor(on_tick=sampler.tick if sampler else None)
                async with monitor:
                    started = time.perf_counter()
                    planned = await app.runtime.engine.preview_push(push)
                    figures["preview_seconds"] = round(time.perf_counter() - started, 3)
            figures["preview_max_loop_gap_ms"] = round(monitor.max_gap_ms, 1)
            if sampler is not None:
                figures["preview_stall_stacks"] = sampler.report()
            figures["preview_writes"] = planned.plan.count(Action.WRITE)
            figures["preview_refusals"] = planned.refusals

            settings = PushSettings.from_options(push.options, push.store_id)
            source_levels = await app.runtime.storage.inventory.stock_levels(source.id or 0)
            listing = [
                TargetListing(row.sku, row.target_now or 0, row.remote_id) for row in planned.plan.rows
            ]
            started = time.perf_counter()
            compute_plan(source_levels, listing, settings.sku_map, settings.rules)
            figures["plan_seconds"] = round(time.perf_counter() - started, 3)

            target_sim.reset()
            await _settle(app)
            sampler = StallSampler() if stalls else None
            with sampler or contextlib.nullcontext():
                push_monitor = LoopGapMonitor(on_tick=sampler.tick if sampler else None)
                async with push_monitor:
                    started = time.perf_counter()
                    run = await _ran(app.run(push))
                    figures["push_seconds"] = round(time.perf_counter() - started, 3)
            figures["push_max_loop_gap_ms"] = round(push_monitor.max_gap_ms, 1)
            if sampler is not None:
                figures["push_stall_stacks"] = sampler.report()
            figures["max_loop_gap_ms"] = max(
                figures["preview_max_loop_gap_ms"], figures["push_max_loop_gap_ms"]
            )
            figures["requests"] = len(target_sim.recorded_requests())
            figures["rows_written"] = len(app.runtime.storage.inventory.changes_for_run(run.id or 0))
            figures["confirmed"] = run.counts.updated
        finally:
            await app.close()
    figures["targets"] = check("push", figures)
    return figures


async def _ran(pending: Any) -> Any:
    run = await pending
    if run.status is not RunStatus.SUCCEEDED:
        raise RuntimeError(f"the run ended {run.status.value}: {run.error_kind}: {run.error_message}")
    return run

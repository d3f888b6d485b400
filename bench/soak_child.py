"""The process `python -m bench soak` watches: the headless demo (app.bootstrap with the scheduler,
the demo stores and their simulators), every job on a short interval, for a number of minutes.

Prints one line "ready <pid>" once running, then one JSON line with the run counts at the end."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter

from app.bootstrap import StartOptions, start_services, stop_services
from app.core.models import RunStatus
from app.core.ports import RunQuery, RunRepository
from app.core.schedule import ScheduleSpec


async def soak(data_dir: str, minutes: float, interval_minutes: int) -> dict[str, object]:
    options = StartOptions(data_dir=data_dir, owner=True, scheduler=True, simulators=True, demo=True)
    runtime = await start_services(options)
    try:
        stores = runtime.storage.stores
        for job in stores.list_jobs():
            job.schedule = ScheduleSpec.every(minutes=interval_minutes)
            job.paused = False
            saved = await stores.save_job(job)
            assert saved.id is not None
            runtime.scheduler.reload_job(saved.id)
        print(f"ready {len(stores.list_stores())} stores {len(stores.list_jobs())} jobs", flush=True)
        await asyncio.sleep(minutes * 60)
        await runtime.scheduler.pause_all()
        await runtime.engine.drain(10.0)
        return _tally(runtime.storage.runs)
    finally:
        stopping = time.monotonic()
        await stop_services(runtime)
        print(f"stopped in {time.monotonic() - stopping:.1f} s", file=sys.stderr, flush=True)


def _tally(runs: RunRepository) -> dict[str, object]:
    statuses: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for status in RunStatus:
        statuses[status.value] = runs.count_runs(RunQuery(status=status))
    skips: Counter[str] = Counter()
    for run in runs.list_runs(RunQuery(status=RunStatus.FAILED), limit=1000):
        errors[f"{run.error_kind}: {(run.error_message or '')[:120]}"] += 1
    for run in runs.list_runs(RunQuery(status=RunStatus.SKIPPED), limit=1000):
        skips[(run.error_message or "")[:120]] += 1
    return {
        "runs": sum(statuses.values()),
        "statuses": dict(statuses),
        "failure_reasons": dict(errors),
        "skip_reasons": dict(skips),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--minutes", type=float, required=True)
    parser.add_argument("--interval-minutes", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    result = asyncio.run(soak(args.data_dir, args.minutes, args.interval_minutes))
    result["wall_seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The command line's reporting commands: status, backup and self-test."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, CommandFailed, UsageError, running_services
from app.core.errors import StoreSyncError
from app.core.models import Job, RunStatus, SyncRun
from app.core.ports import RunQuery, RunRepository, StoreRepository
from app.core.settings import default

# --- status ----------------------------------------------------------------------------------


def status(args: argparse.Namespace) -> int:
    report = asyncio.run(_status_report(args))
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(render_status(report))
    return EXIT_OK


async def _status_report(args: argparse.Namespace) -> dict[str, Any]:
    async with running_services(args) as runtime:
        limit = runtime.storage.settings.get_setting("run_timeout_seconds", default("run_timeout_seconds"))
        return status_report(
            runtime.storage.stores, runtime.storage.runs, runtime.scheduler, False, float(limit)
        )


def status_report(
    stores: StoreRepository,
    runs: RunRepository,
    scheduler: Any,
    scheduler_running: bool,
    run_timeout_seconds: float,
) -> dict[str, Any]:
    """Stores and their jobs as plain data; next runs come from the live scheduler when one runs in
    this process, otherwise from each job's schedule. A run still marked running after the run time
    limit belongs to a process that died; it is not shown as running."""
    now = datetime.now(UTC)
    cutoff = now - timedelta(seconds=run_timeout_seconds)
    store_list = stores.list_stores()
    entries = [
        {
            "id": store.id,
            "name": store.name,
            "platform": store.platform.value,
            "enabled": store.enabled,
            "demo": bool(store.settings.get("demo")),
            "jobs": [
                _job_report(job, runs, scheduler, scheduler_running, now, cutoff)
                for job in stores.list_jobs(store.id)
            ],
        }
        for store in store_list
    ]
    global_jobs = [job for job in stores.list_jobs() if job.store_id is None]
    return {
        "generated_at": now.isoformat(),
        "stores": entries,
        "global_jobs": [
            _job_report(job, runs, scheduler, scheduler_running, now, cutoff) for job in global_jobs
        ],
    }


def _job_report(
    job: Job, runs: RunRepository, scheduler: Any, live: bool, now: datetime, cutoff: datetime
) -> dict[str, Any]:
    assert job.id is not None
    last = runs.last_run(job.id)
    next_run = _next_run(job, scheduler, live, now)
    last_error = _last_error(job.id, runs)
    return {
        "id": job.id,
        "kind": job.kind.value,
        "schedule": job.schedule.to_dict(),
        "schedule_words": _describe(job),
        "paused": job.paused,
        "running": last is not None and last.status is RunStatus.RUNNING and last.started_at > cutoff,
        "last_run": None if last is None else _run_report(last),
        "next_run": None if next_run is None else next_run.isoformat(),
        "total_runs": runs.count_runs(RunQuery(job_id=job.id)),
        "last_error": last_error,
    }


def _run_report(run: SyncRun) -> dict[str, Any]:
    c = run.counts
    return {
        "status": run.status.value,
        "trigger": run.trigger.value,
        "started_at": run.started_at.isoformat(),
        "finished_at": None if run.finished_at is None else run.finished_at.isoformat(),
        "duration_seconds": run.duration_seconds,
        "counts": {
            "fetched": c.fetched,
            "created": c.created,
            "updated": c.updated,
            "unchanged": c.unchanged,
            "deleted": c.deleted,
            "failed": c.failed,
        },
        "error_kind": run.error_kind,
        "error_message": run.error_message,
    }


def _next_run(job: Job, scheduler: Any, live: bool, now: datetime) -> datetime | None:
    if job.paused or job.id is None:
        return None
    if live:
        found: datetime | None = scheduler.next_run_time(job.id)
        return found
    try:
        times = job.schedule.next_times(1, now)
    except (StoreSyncError, NotImplementedError, ValueError):
        return None
    return times[0] if times else None


def _describe(job: Job) -> str:
    try:
        return job.schedule.describe()
    except (StoreSyncError, NotImplementedError, ValueError):
        return json.dumps(job.schedule.to_dict())


def _last_error(job_id: int, runs: RunRepository) -> dict[str, Any] | None:
    for run_status in (RunStatus.FAILED, RunStatus.PARTIAL):
        found = runs.list_runs(RunQuery(job_id=job_id, status=run_status), limit=1)
        if found:
            run = found[0]
            return {"at": run.started_at.isoformat(), "kind": run.error_kind, "message": run.error_message}
    return None


def render_status(report: dict[str, Any]) -> str:
    if not report["stores"] and not report["global_jobs"]:
        return "No stores yet. Add one with `storesync store add`, or try `storesync headless --demo`."
    lines: list[str] = []
    for store in report["stores"]:
        state = "enabled" if store["enabled"] else "disabled"
        demo = ", demo" if store["demo"] else ""
        lines.append(f"{store['name']} ({store['platform']}{demo}, {state})")
        lines.extend(_job_lines(store["jobs"]))
        if not store["jobs"]:
            lines.append("  no jobs")
    if report["global_jobs"]:
        lines.append("All stores")
        lines.extend(_job_lines(report["global_jobs"]))
    return "\n".join(lines)


def _job_lines(jobs: list[dict[str, Any]]) -> list[str]:
    lines = []
    for job in jobs:
        state = "paused" if job["paused"] else ("running now" if job["running"] else "")
        head = f"  {job['kind']:<16} {job['schedule_words']}" + (f" [{state}]" if state else "")
        lines.append(head)
        last = job["last_run"]
        if last is None:
            lines.append("      last run: never")
        else:
            c = last["counts"]
            lines.append(
                f"      last run: {last['status']} {_when(last['started_at'])} - fetched {c['fetched']}, "
                f"created {c['created']}, updated {c['updated']}, unchanged {c['unchanged']}, "
                f"deleted {c['deleted']}, failed {c['failed']}"
            )
        next_text = (
            _when(job["next_run"]) if job["next_run"] else ("none (paused)" if job["paused"] else "none")
        )
        lines.append(f"      next run: {next_text}; runs so far: {job['total_runs']}")
        if job["last_error"]:
            error = job["last_error"]
            lines.append(f"      last error ({_when(error['at'])}): {error['message']}")
    return lines


def _when(iso: str) -> str:
    moment = datetime.fromisoformat(iso)
    local = moment.astimezone()
    delta = moment - datetime.now(UTC)
    if abs(delta) < timedelta(hours=20):
        amount = _amount(int(abs(delta).total_seconds()))
        relative = f"in {amount}" if delta.total_seconds() > 0 else f"{amount} ago"
        return f"{local:%H:%M} ({relative})"
    return f"{local:%Y-%m-%d %H:%M}"


def _amount(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 2 * 3600:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


# --- backup ----------------------------------------------------------------------------------


def backup(args: argparse.Namespace) -> int:
    target = Path(args.path).expanduser()
    if target.exists():
        raise UsageError(f"{target} already exists; choose a new file name")
    if not target.parent.is_dir():
        raise UsageError(f"the folder {target.parent} does not exist")
    written = asyncio.run(_backup(args, str(target)))
    size = Path(written).stat().st_size
    print(f"Backup written to {written} ({size / 1_000_000:.1f} MB).")
    return EXIT_OK


async def _backup(args: argparse.Namespace, target: str) -> str:
    async with running_services(args) as runtime:
        written: str = await runtime.storage.maintenance.backup(target)
    return written


def self_test(args: argparse.Namespace) -> int:
    from app.self_test import run_self_test

    results = run_self_test()
    width = max(len(result.name) for result in results)
    for result in results:
        mark = "ok  " if result.ok else "FAIL"
        print(f"{mark}  {result.name:<{width}}  {result.detail}")
    failed = [result for result in results if not result.ok]
    if failed:
        print(f"{len(failed)} of {len(results)} checks failed.", file=sys.stderr)
        raise CommandFailed("")
    print(f"All {len(results)} checks passed.")
    return EXIT_OK

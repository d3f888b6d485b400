"""The command line's reporting commands: status, sync, backup and self-test."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, CommandFailed, UsageError, running_services
from app.core.errors import StoreSyncError
from app.core.events import SyncProgress
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
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


# --- sync ------------------------------------------------------------------------------------


def sync(args: argparse.Namespace) -> int:
    global_only = args.kind == JobKind.CLEANUP.value and not (args.store or args.platform)
    if not (args.store or args.platform or args.all or global_only):
        raise UsageError("say which stores to sync: --store NAME, --platform P or --all")
    return asyncio.run(_sync(args, global_only))


async def _sync(args: argparse.Namespace, global_only: bool) -> int:
    async with running_services(args, simulators=True) as runtime:
        repository = runtime.storage.stores
        stores = [] if global_only else select_stores(repository, args.store, args.platform, args.all)
        jobs = _select_jobs(repository, stores, args.kind)
        if args.kind == JobKind.CLEANUP.value:  # the cleanup job belongs to no store
            jobs += [
                job for job in repository.list_jobs() if job.store_id is None and job.kind is JobKind.CLEANUP
            ]
        if not jobs:
            kind = f" of kind {args.kind}" if args.kind else ""
            raise UsageError(f"the chosen stores have no jobs{kind}")
        names = {store.id: store.name for store in stores}
        busy = _running_elsewhere(runtime, jobs)
        unsubscribe = (
            runtime.bus.subscribe(SyncProgress, _progress_printer()) if sys.stderr.isatty() else None
        )
        try:
            results = await asyncio.gather(
                *(runtime.engine.run(job, Trigger.CLI) for job in jobs if job.id not in busy)
            )
        finally:
            if unsubscribe is not None:
                unsubscribe()
                print("\r\033[K", end="", file=sys.stderr, flush=True)
    for job in jobs:
        if job.id in busy:
            where = names.get(job.store_id, "all stores")
            print(f"{where} · {job.kind}: skipped (already running in another StoreSync process)")
    for job, run in zip([j for j in jobs if j.id not in busy], results, strict=True):
        print(f"{names.get(job.store_id, 'all stores')} · {job.kind}: {_run_line(run)}")
    statuses = {run.status for run in results}
    if busy or statuses & {RunStatus.FAILED, RunStatus.INTERRUPTED, RunStatus.SKIPPED}:
        return EXIT_FAILED
    return EXIT_PARTIAL if RunStatus.PARTIAL in statuses else EXIT_OK


def _progress_printer() -> Callable[[SyncProgress], None]:
    """One line on the terminal that follows the running syncs ("page 12 · 12,000 records")."""
    latest: dict[int, SyncProgress] = {}

    def show(event: SyncProgress) -> None:
        latest[event.run_id] = event
        pages = sum(e.pages for e in latest.values())
        records = sum(e.records for e in latest.values())
        print(f"\r\033[Ksyncing: page {pages} · {records:,} records", end="", file=sys.stderr, flush=True)

    return show


def select_stores(
    repository: StoreRepository, names: Sequence[str], platform: str | None, every: bool
) -> list[Store]:
    """The stores a command names; an unknown name is a usage error that lists the known ones."""
    known = repository.list_stores()
    chosen: dict[int | None, Store] = {}
    for name in names:
        store = repository.find_store(name)
        if store is None:
            listing = ", ".join(s.name for s in known) or "none yet"
            raise UsageError(f"no store named {name!r} (stores: {listing})")
        chosen[store.id] = store
    if platform:
        matching = [s for s in known if s.platform == Platform(platform) and s.enabled]
        if not matching:
            raise UsageError(f"no enabled {platform} store")
        chosen.update((s.id, s) for s in matching)
    if every:
        chosen.update((s.id, s) for s in known if s.enabled)
    if not chosen:
        raise UsageError("no enabled store to sync")
    return list(chosen.values())


def _select_jobs(repository: StoreRepository, stores: list[Store], kind: str | None) -> list[Job]:
    jobs = [job for store in stores for job in repository.list_jobs(store.id)]
    if kind:
        return [job for job in jobs if job.kind == JobKind(kind)]
    return [job for job in jobs if job.kind is not JobKind.CLEANUP]


def _running_elsewhere(runtime: Any, jobs: list[Job]) -> set[int | None]:
    """Jobs another StoreSync process (the window, headless) is running right now."""
    limit = float(runtime.storage.settings.get_setting("run_timeout_seconds", default("run_timeout_seconds")))
    cutoff = datetime.now(UTC) - timedelta(seconds=limit)
    busy: set[int | None] = set()
    for job in jobs:
        last = runtime.storage.runs.last_run(job.id)
        if last is not None and last.status is RunStatus.RUNNING and last.started_at > cutoff:
            busy.add(job.id)
    return busy


def _run_line(run: SyncRun) -> str:
    c = run.counts
    counts = (
        f"fetched {c.fetched}, created {c.created}, updated {c.updated}, unchanged {c.unchanged}, "
        f"deleted {c.deleted}, failed {c.failed}"
    )
    duration = f" in {run.duration_seconds:.1f} s" if run.duration_seconds is not None else ""
    if run.status is RunStatus.SUCCEEDED:
        return f"succeeded - {counts}{duration}"
    if run.status is RunStatus.SKIPPED:
        return f"skipped ({run.error_message})"
    return f"{run.status} - {counts}{duration}: {run.error_message}"


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


__all__ = ["EXIT_FAILED", "EXIT_PARTIAL", "backup", "self_test", "status", "sync"]

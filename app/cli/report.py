"""The command line's reporting commands: status, sync, backup and self-test."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, CommandFailed, UsageError, running_services
from app.core.events import SyncProgress
from app.core.models import Job, JobKind, RunStatus, Store, SyncRun, Trigger
from app.core.operations.lookup import select_stores
from app.core.operations.status import status_report
from app.core.ports import StoreRepository
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

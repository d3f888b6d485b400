"""`storesync sync`: run jobs now, print one line of counts per job, and exit with the runs' outcome
(0 all succeeded, 3 some items failed, 1 a run failed or could not start)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, UsageError, running_services, store_named
from app.cli.push import dry_run
from app.core.events import SyncProgress
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.ports import StoreRepository
from app.core.settings import default


def sync(args: argparse.Namespace) -> int:
    if args.csv and not args.dry_run:
        raise UsageError("--csv goes with --dry-run")
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
        if args.dry_run:
            return await dry_run(runtime, jobs, names, args.csv)
        return await run_jobs(runtime, jobs, names, Trigger.CLI)


async def run_jobs(runtime: Any, jobs: list[Job], names: dict[int | None, str], trigger: Trigger) -> int:
    """Run `jobs` in this process side by side, print a line per job, and return the exit code."""
    busy = _running_elsewhere(runtime, jobs)
    unsubscribe = runtime.bus.subscribe(SyncProgress, _progress_printer()) if sys.stderr.isatty() else None
    try:
        results = await asyncio.gather(
            *(runtime.engine.run(job, trigger) for job in jobs if job.id not in busy)
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
        print(f"{names.get(job.store_id, 'all stores')} · {job.kind}: {run_line(run)}")
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
        store = store_named(repository, name)
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


def run_line(run: SyncRun) -> str:
    """A run's outcome and counts in one line, as `sync` and `store add` print them."""
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

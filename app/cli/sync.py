"""`storesync sync`: run jobs now, print one line of counts per job, and exit with the runs' outcome
(0 all succeeded, 3 some items failed, 1 a run failed or could not start)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    CommandFailed,
    UsageError,
    instance_client,
    on_stop_signals,
    running_services,
)
from app.cli.local_instance import instance_or_local
from app.cli.push import dry_run
from app.core.events import SyncProgress
from app.core.models import Job, JobKind, RunStatus, Store, Trigger
from app.core.operations.history import run_entry
from app.core.operations.lookup import select_stores
from app.core.ports import StoreRepository

if TYPE_CHECKING:  # the client is imported when a command reaches an instance
    from app.control.client import FollowedRuns


def sync(args: argparse.Namespace) -> int:
    if args.csv and not args.dry_run:
        raise UsageError("--csv goes with --dry-run")
    global_only = args.kind == JobKind.CLEANUP.value and not (args.store or args.platform)
    if not (args.store or args.platform or args.all or global_only):
        raise UsageError("say which stores to sync: --store NAME, --platform P or --all")
    return asyncio.run(_sync(args, global_only))


async def _sync(args: argparse.Namespace, global_only: bool) -> int:
    if args.dry_run:
        choice = {"stores": args.store, "platform": args.platform, "all": args.all, "kind": args.kind}
        async with instance_or_local(args, simulators=True) as instance:
            return await dry_run(instance, choice, args.csv)
    async with instance_client(args) as client:
        if client is not None:
            choice = {"stores": args.store, "platform": args.platform, "every": args.all, "kind": args.kind}
            return await run_through_instance(client, choice)
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
        return await run_jobs(runtime, jobs, names, Trigger.CLI)


async def run_jobs(runtime: Any, jobs: list[Job], names: dict[int | None, str], trigger: Trigger) -> int:
    """Run `jobs` in this process side by side, print a line per job, and return the exit code. A job
    another live StoreSync process is running is skipped (the engine records it). Ctrl-C or SIGTERM
    stops the runs at their next safe point, recorded interrupted by this process."""
    stopping: list[asyncio.Task[None]] = []
    on_stop_signals(lambda: stopping.append(asyncio.ensure_future(runtime.engine.drain(STOP_SECONDS))))
    unsubscribe = runtime.bus.subscribe(SyncProgress, _progress_printer()) if sys.stderr.isatty() else None
    try:
        runs = await asyncio.gather(*(runtime.engine.run(job, trigger) for job in jobs))
    finally:
        if unsubscribe is not None:
            unsubscribe()
            print("\r\033[K", end="", file=sys.stderr, flush=True)
    entries = [
        {**run_entry(run), "store_name": names.get(job.store_id), "kind": job.kind.value}
        for job, run in zip(jobs, runs, strict=True)
    ]
    return report_runs(entries, [])


async def sync_jobs(instance: Any, job_ids: list[int], trigger: Trigger) -> int:
    """Run these jobs now and print as `sync` does: in the running instance, followed over its event
    stream, or in this process (the LocalInstance of `instance_or_local`)."""
    from app.cli.local_instance import LocalInstance

    if not isinstance(instance, LocalInstance):
        return await run_through_instance(instance, {"jobs": job_ids, "trigger": trigger.value})
    repository = instance.services.stores
    jobs = [job for job_id in job_ids if (job := repository.get_job(job_id)) is not None]
    names: dict[int | None, str] = {store.id: store.name for store in repository.list_stores()}
    return await run_jobs(instance.runtime, jobs, names, trigger)


STOP_SECONDS = 10.0
"""How long a `sync` stopped by a signal gives its runs to reach a safe point before they are cut."""
RECHECK_SECONDS = 1.0


async def run_through_instance(client: Any, choice: dict[str, Any]) -> int:
    """Start the chosen jobs in the running instance (paused ones too, as a sync asked for by name
    runs in this process), follow them over its event stream to their end, and print as `run_jobs`.
    A job the instance queued without starting it (every run slot busy, or a server whose workers have
    not taken it yet) is said on stderr and followed from its start."""
    from app.control.client import STOPPED_SENDING, FollowedRuns

    events: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    names = await _store_names(client)  # a store removed meanwhile is still named by its name
    watcher = asyncio.create_task(_forward_events(client, events))
    try:
        answer = await client.trigger(**choice, force=True)
        followed = FollowedRuns(answer, str(choice.get("trigger", "cli")))
        if followed.queued:
            print(queued_line(len(followed.queued)), file=sys.stderr, flush=True)
        show = _progress_printer() if sys.stderr.isatty() else None
        told_rerun = 0
        while not followed.done:
            for run_id in sorted(followed.pending):
                detail = await client.run(run_id)
                if detail["status"] != RunStatus.RUNNING.value:
                    followed.end(detail)
            for run in followed.rerun[told_rerun:]:
                print(rerun_line(run), file=sys.stderr, flush=True)
            told_rerun = len(followed.rerun)
            if not followed.done:
                await _next_event(events, show, followed)
            if watcher.done() and not followed.done:  # no event can tell of the runs any more
                watcher.result()
                raise CommandFailed(STOPPED_SENDING)
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await watcher
        if sys.stderr.isatty():
            print("\r\033[K", end="", file=sys.stderr, flush=True)
    names.update(await _store_names(client))
    not_run = [*answer["skipped"], *followed.skipped]
    skipped = [{**entry, "store_name": names.get(entry["store_id"])} for entry in not_run]
    return report_runs(followed.runs(), skipped)


async def _store_names(client: Any) -> dict[int, str]:
    return {store["id"]: store["name"] for store in (await client.status())["stores"]}


def rerun_line(run: dict[str, Any]) -> str:
    """What the command line says when a server's worker died in a run it follows."""
    return (
        f"{run.get('store_name') or 'all stores'} · {run.get('kind')}: the worker running it stopped; "
        "following the run the server's queue starts again"
    )


def queued_line(count: int) -> str:
    """What the command line says of the runs the instance queued instead of starting them."""
    which = (
        "1 run did not start at once: it is"
        if count == 1
        else f"{count} of the runs did not start at once: they are"
    )
    return (
        f"{which} queued until a run slot (or, on a server, a worker) is free "
        "(Ctrl-C stops waiting; the runs stay queued)"
    )


async def _forward_events(client: Any, events: asyncio.Queue[dict[str, Any]]) -> None:
    from app.control.client import FOLLOWED_EVENTS

    async for event in client.events(list(FOLLOWED_EVENTS)):
        events.put_nowait(event)


async def _next_event(
    events: asyncio.Queue[dict[str, Any]], show: Callable[[SyncProgress], None] | None, followed: FollowedRuns
) -> None:
    """Wait for the next event about a followed run (its start or end, or progress to show); the runs
    are checked again after each one, and at least every RECHECK_SECONDS should the stream fall silent."""
    try:
        async with asyncio.timeout(RECHECK_SECONDS):
            while True:
                event = await events.get()
                if event["type"] == "sync_progress":
                    if show is not None and event["run_id"] in followed.pending:
                        show(SyncProgress(**{key: event[key] for key in PROGRESS_FIELDS}))
                    continue
                if followed.take(event):
                    return
    except TimeoutError:
        return


PROGRESS_FIELDS = ("run_id", "job_id", "store_id", "pages", "records")


def report_runs(runs: list[dict[str, Any]], skipped: list[dict[str, Any]]) -> int:
    """One line per job run or skipped, as the runs are described by the history; the exit code."""
    for entry in skipped:
        print(f"{entry.get('store_name') or 'all stores'} · {entry['kind']}: skipped ({entry['reason']})")
    for run in runs:
        print(f"{run.get('store_name') or 'all stores'} · {run['kind']}: {run_line(run)}")
    # A job run again (its worker died in the first run) is judged by its last run.
    last = {run.get("job_id") or ("no job", number): run for number, run in enumerate(runs)}
    statuses = {RunStatus(run["status"]) for run in last.values()}
    if skipped or statuses & {RunStatus.FAILED, RunStatus.INTERRUPTED, RunStatus.SKIPPED}:
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


def run_line(run: dict[str, Any]) -> str:
    """A run's outcome and counts in one line, as `sync` and `store add` print them."""
    counts = counts_words(run)
    seconds = run.get("duration_seconds")
    duration = f" in {seconds:.1f} s" if seconds is not None else ""
    if run["status"] == RunStatus.SUCCEEDED.value:
        return f"succeeded - {counts}{duration}"
    if run["status"] == RunStatus.SKIPPED.value:
        return f"skipped ({run['error_message']})"
    return f"{run['status']} - {counts}{duration}: {run['error_message']}"


def counts_words(run: dict[str, Any]) -> str:
    c = run["counts"]
    return (
        f"fetched {c['fetched']}, created {c['created']}, updated {c['updated']}, "
        f"unchanged {c['unchanged']}, deleted {c['deleted']}, failed {c['failed']}"
        + (f", skipped {c['skipped']} (not stock)" if c.get("skipped") else "")
    )

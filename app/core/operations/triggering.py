"""Start runs now, chosen by store, platform, kind or job id, and say which run follows each job.

A paused job (or everything paused) is not started unless the request says `force`: then it runs
once and stays paused. Each started job's run id comes from its SyncStarted event, so the caller can
follow it in the history or on the event stream."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from app.core.errors import InvalidRequest
from app.core.events import Event, SyncStarted
from app.core.events import SyncSkipped as SyncSkippedEvent
from app.core.models import Job, RunStatus, Trigger
from app.core.operations.lookup import find_job, parse_choice, parse_whole, select_jobs, select_stores
from app.core.services import AppServices

START_WAIT_SECONDS = 5.0


def chosen_jobs(services: AppServices, data: Mapping[str, Any]) -> list[Job]:
    """`jobs` (ids), or `stores` (names or ids), `platform`, `all` and `kind`, as `storesync sync` takes."""
    job_ids = data.get("jobs") or []
    names = data.get("stores") or []
    if not isinstance(job_ids, list) or not isinstance(names, list):
        raise InvalidRequest("jobs and stores must be lists")
    platform, every, kind = data.get("platform"), bool(data.get("all", False)), data.get("kind")
    jobs = [find_job(services.stores, parse_whole(job_id, "the job id")) for job_id in job_ids]
    if names or platform or every:
        chosen = select_stores(services.stores, [str(name) for name in names], platform, every)
        jobs += select_jobs(services.stores, chosen, kind)
    elif kind and not job_ids:
        jobs += select_jobs(services.stores, [], kind)
    if not jobs:
        raise InvalidRequest("say which stores to sync: --store NAME, --platform P or --all")
    unique = {job.id: job for job in jobs}
    return list(unique.values())


async def trigger_runs(services: AppServices, data: Mapping[str, Any]) -> dict[str, Any]:
    """Start the chosen jobs; answer {"started": [{job_id, run_id, ...}], "skipped": [{job_id, reason}]}."""
    jobs = chosen_jobs(services, data)
    force = data.get("force", False)
    if not isinstance(force, bool):
        raise InvalidRequest(f"force must be true or false, not {force!r}")
    # the command line's runs say "cli"; a window watching this instance asks for "manual" (Sync now)
    asked = [Trigger.CLI, Trigger.MANUAL, Trigger.INITIAL]  # initial: a new store's first sync
    trigger = Trigger(parse_choice(data.get("trigger", "cli"), "trigger", asked))
    loop = asyncio.get_running_loop()
    waiting: dict[int, asyncio.Future[Event]] = {}

    def settle(event: SyncStarted | SyncSkippedEvent) -> None:
        future = waiting.get(event.job_id)
        if future is not None and not future.done():
            future.set_result(event)

    unsubscribe = [
        services.bus.subscribe(SyncStarted, settle),
        services.bus.subscribe(SyncSkippedEvent, settle),
    ]
    skipped: list[dict[str, Any]] = []
    try:
        for job in jobs:
            assert job.id is not None
            reason = _hold_reason(services, job, force)
            if reason is not None:
                skipped.append(_skip(job, reason, None))
                continue
            waiting[job.id] = loop.create_future()
            if not services.scheduler.run_now(job.id, trigger):
                waiting.pop(job.id).cancel()
                last = services.runs.last_run(job.id)
                running = last.id if last is not None and last.status is RunStatus.RUNNING else None
                skipped.append(_skip(job, "it is already running", running))
        if waiting:
            await asyncio.wait(waiting.values(), timeout=START_WAIT_SECONDS)
    finally:
        for stop in unsubscribe:
            stop()
    started = []
    for job in jobs:
        future = waiting.get(job.id or 0)
        if future is None:
            continue
        event = future.result() if future.done() else None
        if isinstance(event, SyncSkippedEvent):
            skipped.append(_skip(job, event.reason, event.run_id))
        else:
            run_id = event.run_id if isinstance(event, SyncStarted) else None
            started.append(
                {"job_id": job.id, "run_id": run_id, "store_id": job.store_id, "kind": job.kind.value}
            )
    return {"started": started, "skipped": skipped}


def _hold_reason(services: AppServices, job: Job, force: bool) -> str | None:
    if force:
        return None
    if job.paused:
        return "the job is paused; force runs it once"
    if services.scheduler.paused_all:
        return "everything is paused; force runs it once"
    return None


def _skip(job: Job, reason: str, run_id: int | None) -> dict[str, Any]:
    return {
        "job_id": job.id,
        "run_id": run_id,
        "store_id": job.store_id,
        "kind": job.kind.value,
        "reason": reason,
    }

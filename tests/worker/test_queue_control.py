"""What the API server's controls do to the workers' shared tables and queue, on a real PostgreSQL: Sync now
queues the workers' run task once (a second press while it waits is told, not queued again), a paused job
or pause-all is what the workers' due-runs tick then leaves alone, next run times are the tick's own
decision, and the runs and log lines another process writes reach this process's bus."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from app.core.bus import EventBus
from app.core.events import (
    Event,
    LogRecorded,
    PausedAllChanged,
    ScheduleChanged,
    SyncFailed,
    SyncFinished,
    SyncLeftQueue,
    SyncQueued,
    SyncSkipped,
    SyncStarted,
)
from app.core.models import Job, JobKind, RunCounts, RunStatus, SyncRun, Trigger
from app.core.redaction import REDACTOR
from app.core.schedule import ScheduleSpec
from app.sandbox.simple import SimpleSimulator
from app.storage.postgres_logs import lines_in_database
from app.storage.postgres_server_queue import PostgresServerQueue
from app.storage.postgres_storage import PostgresStorage, open_postgres_storage
from app.worker.due_runs import due_runs
from app.worker.queue import RUNS_QUEUE, QueueTiming, queue_app
from app.worker.queue_control import ALREADY_QUEUED, QueueSchedulerControl
from app.worker.run_events import DatabaseEvents
from tests.worker.harness import add_stores, poll

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(120)]


@asynccontextmanager
async def control_of(url: str) -> AsyncIterator[tuple[QueueSchedulerControl, PostgresStorage, list[Event]]]:
    """The API server's scheduler control on `url`, and every event it published."""
    storage = open_postgres_storage(url)
    bus = EventBus()
    published: list[Event] = []
    bus.subscribe(Event, published.append)
    queue = queue_app(url)
    try:
        async with queue.open_async():
            control = QueueSchedulerControl(queue, storage.stores, storage.runs, storage.settings, bus)
            yield control, storage, published
            await control.wait_queued()
    finally:
        storage.close()


def queued(url: str) -> list[tuple[str, str | None, dict[str, Any]]]:
    """(task, queueing lock, arguments) of every job waiting in the workers' queue."""
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT task_name, queueing_lock, args FROM procrastinate_jobs WHERE status = 'todo' ORDER BY id"
        ).fetchall()
    return [(task, lock, args) for task, lock, args in rows]


def due_now(storage: PostgresStorage) -> list[int]:
    now = datetime.now(UTC)
    found = due_runs(storage.stores, storage.runs, storage.settings, now, QueueTiming().on_time)
    return [due.job_id for due in found]


async def test_sync_now_queues_the_workers_task_once_and_a_second_press_is_told_it_waits(
    database: str, store_server: SimpleSimulator
) -> None:
    [job_id] = await add_stores(database, store_server, 1)
    async with control_of(database) as (control, _, published):
        assert control.run_now(job_id, Trigger.MANUAL)
        await control.wait_queued()
        assert control.run_now(job_id, Trigger.MANUAL)
        await control.wait_queued()
    lock = f"storesync-job-{job_id}"
    assert queued(database) == [
        ("storesync.run_job", lock, {"job_id": job_id, "trigger": "manual", "slot": None})
    ]
    skipped = [event for event in published if isinstance(event, SyncSkipped)]
    assert [(event.job_id, event.reason) for event in skipped] == [(job_id, ALREADY_QUEUED)]


async def test_pause_and_pause_all_are_what_the_workers_tick_reads(
    database: str, store_server: SimpleSimulator
) -> None:
    first, second = await add_stores(database, store_server, 2)
    async with control_of(database) as (control, storage, published):
        assert sorted(due_now(storage)) == [first, second]
        assert control.next_run_time(first) is not None

        await control.pause_job(first)
        assert due_now(storage) == [second]
        assert control.next_run_time(first) is None

        await control.pause_all()
        assert control.paused_all
        assert due_now(storage) == []
        assert control.next_run_time(second) is None
        await control.resume_all()
        await control.resume_job(first)
        assert sorted(due_now(storage)) == [first, second]
    assert [event.paused for event in published if isinstance(event, PausedAllChanged)] == [True, False]


async def test_the_next_run_is_the_ticks_decision_then_the_schedules_next_slot(
    database: str, store_server: SimpleSimulator
) -> None:
    [job_id] = await add_stores(database, store_server, 1)
    async with control_of(database) as (control, storage, _):
        before = datetime.now(UTC)
        first = control.next_run_time(job_id)
        assert first is not None and first - before < timedelta(seconds=5), "a job that never ran runs now"
        job = storage.stores.get_job(job_id)
        assert job is not None
        await record_run(storage, job, Trigger.INITIAL, RunStatus.SUCCEEDED)
        following = control.next_run_time(job_id)
        assert following == job.schedule.next_times(1, datetime.now(UTC))[0]


async def record_run(storage: PostgresStorage, job: Job, trigger: Trigger, status: RunStatus) -> SyncRun:
    """A run as another process (a worker) records it: started, then ended with counts."""
    assert job.id is not None
    run = await storage.runs.start_run(SyncRun(job.id, trigger, datetime.now(UTC)))
    if status is not RunStatus.RUNNING:
        ended = SyncRun(
            job.id,
            trigger,
            run.started_at,
            status=status,
            finished_at=datetime.now(UTC),
            counts=RunCounts(fetched=120, created=120),
            id=run.id,
            store_id=run.store_id,
            kind=run.kind,
        )
        await storage.runs.finish_run(ended)
    return run


async def test_runs_and_log_lines_written_by_another_process_reach_the_bus(
    database: str, store_server: SimpleSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.sync")
    [job_id] = await add_stores(database, store_server, 1)
    reader = open_postgres_storage(database)
    writer = open_postgres_storage(database)  # another process's connection: a worker's
    bus = EventBus()
    published: list[Event] = []
    bus.subscribe(Event, published.append)
    events = DatabaseEvents(reader.runs, reader.logs, bus, interval=0.2)
    try:
        await events.start()
        job = writer.stores.get_job(job_id)
        assert job is not None and job.kind is JobKind.INVENTORY_PULL
        async with lines_in_database(writer.logs, REDACTOR):
            run = await record_run(writer, job, Trigger.MANUAL, RunStatus.RUNNING)
            logging.getLogger("app.sync").info("Fetched page 1", extra={"run_id": run.id, "store_id": 1})
        await poll(
            lambda: any(isinstance(event, LogRecorded) for event in published), 30, "the worker's log line"
        )
        started = [event for event in published if isinstance(event, SyncStarted)]
        assert [(event.run_id, event.job_id, event.trigger) for event in started] == [
            (run.id, job_id, Trigger.MANUAL)
        ]
        [line] = [event.entry for event in published if isinstance(event, LogRecorded)]
        assert (line.message, line.run_id, line.level) == ("Fetched page 1", run.id, "INFO")

        await writer.runs.finish_run(
            SyncRun(
                job_id,
                Trigger.MANUAL,
                run.started_at,
                status=RunStatus.SUCCEEDED,
                finished_at=datetime.now(UTC),
                counts=RunCounts(fetched=120, created=120),
                id=run.id,
                store_id=run.store_id,
                kind=run.kind,
            )
        )
        await poll(lambda: any(isinstance(event, SyncFinished) for event in published), 30, "the run's end")
        [finished] = [event for event in published if isinstance(event, SyncFinished)]
        assert finished.run.id == run.id and finished.run.counts.fetched == 120
        await events.look()
        await events.look()
        assert len([event for event in published if isinstance(event, SyncStarted)]) == 1
        assert len([event for event in published if isinstance(event, SyncFinished)]) == 1
    finally:
        await events.stop()
        reader.close()
        writer.close()


async def test_a_new_schedule_is_the_next_run_the_console_is_told(
    database: str, store_server: SimpleSimulator
) -> None:
    [job_id] = await add_stores(database, store_server, 1)
    async with control_of(database) as (control, storage, published):
        job = storage.stores.get_job(job_id)
        assert job is not None
        await record_run(storage, job, Trigger.INITIAL, RunStatus.SUCCEEDED)
        await storage.stores.save_job(replace(job, schedule=ScheduleSpec.every(minutes=7)))
        control.reload_job(job_id)
    [told] = [event for event in published if isinstance(event, ScheduleChanged)]
    assert told.job_id == job_id and told.next_run is not None
    assert told.next_run - datetime.now(UTC) <= timedelta(minutes=7)


async def test_a_run_waiting_in_the_queue_is_told_once_and_its_leaving_too(
    database: str, store_server: SimpleSimulator
) -> None:
    """Sync now with no worker: the job is queued in status and on the bus (once, however many looks);
    when the run leaves the queue without a run recorded (a worker dropped it as one that already ran),
    that is told too, or the window would say "Queued" until its next status read."""
    [job_id] = await add_stores(database, store_server, 1)
    storage = open_postgres_storage(database)
    bus = EventBus()
    told: list[Event] = []
    bus.subscribe(Event, told.append)
    state = PostgresServerQueue(storage.database, RUNS_QUEUE)
    queue = queue_app(database)
    events = DatabaseEvents(storage.runs, storage.logs, bus, queue=state)
    try:
        async with queue.open_async():
            control = QueueSchedulerControl(
                queue, storage.stores, storage.runs, storage.settings, bus, queue_state=state
            )
            await events.start()
            assert control.queued_jobs() == frozenset()
            assert control.run_now(job_id, Trigger.MANUAL)
            await control.wait_queued()
            await events.look()
            await events.look()
            assert control.queued_jobs() == {job_id}
            assert [(e.job_id, e.trigger) for e in told if isinstance(e, SyncQueued)] == [
                (job_id, Trigger.MANUAL)
            ]
            with psycopg.connect(database, autocommit=True) as connection:
                connection.execute("DELETE FROM procrastinate_jobs")  # done with, as a worker leaves it
            await events.look()
            assert control.queued_jobs() == frozenset()
            assert [e.job_id for e in told if isinstance(e, SyncLeftQueue)] == [job_id]
    finally:
        await events.stop()
        storage.close()


async def test_failed_runs_told_in_one_look_carry_their_own_streaks(
    database: str, store_server: SimpleSimulator
) -> None:
    """Two failures between looks were both told with the later total (2, 2): with a pause after 2,
    the job paused twice and its alert went out twice."""
    [job_id] = await add_stores(database, store_server, 1)
    storage = open_postgres_storage(database)
    bus = EventBus()
    failed: list[SyncFailed] = []
    bus.subscribe(SyncFailed, failed.append)
    events = DatabaseEvents(storage.runs, storage.logs, bus, jobs=storage.stores)
    try:
        await events.start()
        job = storage.stores.get_job(job_id)
        assert job is not None
        for _ in range(2):
            await record_run(storage, job, Trigger.SCHEDULED, RunStatus.FAILED)
        await events.look()
        await poll(lambda: len(failed) == 2, 30, "both failures told")
        assert [event.failed_in_a_row for event in failed] == [1, 2]
    finally:
        storage.close()

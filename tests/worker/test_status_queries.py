"""The API server's status over PostgreSQL (`storesync serve`): next runs are the workers' tick's decision
for jobs in every state and none while everything is paused; and one answer costs as many statements for
30 jobs as for 3, counted by the server itself (pg_stat_statements), so the server stays responsive as
the fleet grows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.control.client import ControlClient
from app.core.bus import EventBus
from app.core.models import Job, JobKind
from app.core.operations.status import status_report
from app.core.schedule import ScheduleSpec
from app.storage.postgres_storage import open_postgres_storage
from app.worker.queue import queue_app
from app.worker.queue_control import QueueSchedulerControl
from tests.postgres import CountedStatements
from tests.storage.status_fleet import ADDED, NOW, STATES, add_fleet, add_job_in_state
from tests.worker.api_statements import statements_of_one_answer

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(120)]

NOW_TEXT = "2026-12-06T12:00:00+00:00"
TONIGHT = "2026-12-06T18:00:00+00:00"


def next_runs(report: dict[str, Any]) -> dict[str, Any]:
    found = {store["name"]: store["jobs"][0]["next_run"] for store in report["stores"]}
    [global_job] = report["global_jobs"]
    found["global"] = global_job["next_run"]
    return found


async def test_next_runs_are_the_ticks_decision_in_every_state_and_none_while_all_is_paused(
    database: str,
) -> None:
    storage = open_postgres_storage(database)
    queue = queue_app(database)
    try:
        for state in STATES:
            await add_job_in_state(storage, state, state)
        await storage.stores.save_job(
            Job(JobKind.CLEANUP, ScheduleSpec.daily("03:00", timezone="UTC"), created_at=ADDED)
        )
        async with queue.open_async():
            control = QueueSchedulerControl(
                queue, storage.stores, storage.runs, storage.settings, EventBus(), clock=lambda: NOW
            )
            report = status_report(storage.stores, storage.runs, control, True, 24.0, now=NOW)
            assert next_runs(report) == {
                "never": NOW_TEXT,  # added days ago: its latest slot is caught up at the next tick
                "succeeded": TONIGHT,
                "failed": TONIGHT,
                "partial": TONIGHT,
                "running": TONIGHT,
                "missed": NOW_TEXT,  # yesterday's slot is caught up at the next tick
                "paused": None,
                "disabled": None,
                "global": NOW_TEXT,
            }
            running = {store["name"]: store["jobs"][0]["running"] for store in report["stores"]}
            assert [name for name, flag in running.items() if flag] == ["running"]

            await control.pause_all()
            paused = status_report(storage.stores, storage.runs, control, True, 24.0, now=NOW)
            assert set(next_runs(paused).values()) == {None}
            assert control.paused_all
    finally:
        storage.close()


async def statements_of_one_status(url: str, data_dir: Path, counted: CountedStatements) -> tuple[int, int]:
    """(jobs shown, statements run) for one status answer of an API server started on `url`."""
    answer, statements = await statements_of_one_answer(url, data_dir, counted, ControlClient.status)
    return sum(len(store["jobs"]) for store in answer["stores"]), statements


async def test_a_status_answer_costs_as_many_statements_for_30_jobs_as_for_3(
    database: str, tmp_path: Path
) -> None:
    counted = CountedStatements(database)
    storage = open_postgres_storage(database)  # holds the running runs while the server answers
    try:
        await add_fleet(storage, 3)
        few = await statements_of_one_status(database, tmp_path / "first", counted)
        await add_fleet(storage, 27, first=3)
        many = await statements_of_one_status(database, tmp_path / "second", counted)
    finally:
        storage.close()
    assert few[0] == 3 and many[0] == 30
    assert few[1] == many[1], f"3 jobs: {few[1]} statements, 30 jobs: {many[1]}"

"""A job's first run on a server: it counts its schedule from when it was added. `store add` asks for
the first sync itself, so a store added with `--no-first-sync`, or a job added to a store, waits for its
first slot instead of being run by the workers' next look at the schedules (a business-hours job added
at 2 a.m. ran at once); a job made before StoreSync kept when jobs were added still runs at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.job_defaults import default_schedule
from app.core.models import Job, JobKind, Trigger
from app.core.ports import JobHistory
from app.core.schedule import ScheduleSpec
from app.sandbox.simple import SimpleSimulator
from app.worker.due_runs import due_run
from tests.cli.process import json_store_args
from tests.integration.processes import cli
from tests.worker.harness import DEADLINE, api_server, poll, runs, wait_for_ticks, workers

ON_TIME = timedelta(minutes=2)
NOW = datetime(2026, 12, 7, 2, 19, tzinfo=UTC)


def business_hours(added: datetime | None) -> Job:
    schedule = ScheduleSpec.parse({"kind": "cron", "cron": "0 8-18 * * mon-fri", "timezone": "UTC"})
    return Job(JobKind.ORDERS_PULL, schedule, store_id=1, id=4, created_at=added)


def test_a_job_that_never_ran_waits_for_its_first_slot_after_it_was_added() -> None:
    def due(job: Job, now: datetime = NOW) -> tuple[Trigger, datetime | None] | None:
        found = due_run(job, JobHistory(), now, ON_TIME, catch_up_enabled=True)
        return None if found is None else (found.trigger, found.slot)

    assert due(business_hours(NOW - timedelta(minutes=1))) is None  # added at 02:18, first slot 08:00
    eight = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    assert due(business_hours(NOW - timedelta(minutes=1)), eight + timedelta(seconds=20)) == (
        Trigger.SCHEDULED,
        eight,
    )
    yesterday = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)  # a Friday: its 18:00 slot went by unrun
    assert due(business_hours(yesterday)) == (Trigger.CATCH_UP, datetime(2026, 12, 4, 18, 0, tzinfo=UTC))
    assert due(business_hours(None)) == (Trigger.INITIAL, None), "made before jobs kept their start"


@pytest.mark.postgres
@pytest.mark.timeout(240)
async def test_a_store_added_without_its_first_sync_is_not_synced_by_the_workers_at_once(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    data_dir = tmp_path / "serve"
    began = datetime.now(UTC)
    async with (
        api_server(database, data_dir, tmp_path / "serve.log") as served,
        workers(database, tmp_path, 1),
    ):
        remote = ("--server", f"127.0.0.1:{served.port}", "--token-file", str(data_dir / "control-token"))
        laptop = tmp_path / "laptop"
        code, _, err = await cli(
            laptop, "store", "add", "Later", "--platform", "generic_json", *json_store_args(store_server),
            "--no-first-sync", *remote,
        )  # fmt: skip
        assert code == 0, err
        code, out, err = await cli(
            laptop,
            "store",
            "add",
            "Now",
            "--platform",
            "generic_json",
            *json_store_args(store_server),
            *remote,
        )
        assert code == 0, err
        assert "First sync:" in out and "succeeded" in out
        await poll(lambda: len(runs(database)) == 1, seconds=DEADLINE, what="the asked-for first sync")
        await wait_for_ticks(database, 3)
    # The stores' stock jobs run every 15 minutes on the clock's quarter hours: one falling during the
    # test is their first slot, run as scheduled (not at once).
    schedule = default_schedule(JobKind.INVENTORY_PULL)
    assert schedule is not None
    slot_passed = bool(schedule.times_between(began, datetime.now(UTC)))
    triggers = [trigger for _, trigger, _ in runs(database) if not (slot_passed and trigger == "scheduled")]
    assert triggers == ["initial"], "only the store added with its sync"

"""The status of stores and jobs (what `storesync status --json` prints and GET /api/v1/status serves) reads
the same on SQLite and on PostgreSQL, each a real database, for jobs in every state: never run, succeeded
after a failure, failed, partly failed, running, a slot missed, paused, a disabled store's, a global job.
The expected answers are written out; they are what the status gave when it asked per job."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.models import Job, JobKind
from app.core.operations.status import status_report
from app.core.schedule import ScheduleSpec
from tests.storage.status_fleet import NOW, PAUSED_REASON, STATES, add_job_in_state


def run(
    status: str,
    started: str,
    *,
    trigger: str = "scheduled",
    fetched: int = 0,
    updated: int = 0,
    unchanged: int = 0,
    failed: int = 0,
    error: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """A run as the status shows it; an ended one took 30 s."""
    finished = None if status == "running" else started.replace(":00+", ":30+")
    return {
        "status": status,
        "trigger": trigger,
        "started_at": started,
        "finished_at": finished,
        "duration_seconds": None if finished is None else 30.0,
        "counts": {
            "fetched": fetched,
            "created": 0,
            "updated": updated,
            "unchanged": unchanged,
            "deleted": 0,
            "failed": failed,
            "skipped": 0,
        },
        "error_kind": None if error is None else error[0],
        "error_message": None if error is None else error[1],
    }


YESTERDAY = "2026-12-05T18:00:00+00:00"
DAY_BEFORE = "2026-12-04T18:00:00+00:00"
TONIGHT = "2026-12-06T18:00:00+00:00"
GOOD = {"fetched": 120, "updated": 4, "unchanged": 116}
HTTP_502 = ("http", "the store answered 502")
NEVER_READ = "never read successfully (added 5 days ago)"

# store name -> (stale, last run, next run, total runs, last error, running, paused reason)
EXPECTED: dict[str, tuple[Any, ...]] = {
    "never": (NEVER_READ, None, TONIGHT, 0, None, False, None),
    "succeeded": (
        None,
        run("succeeded", YESTERDAY, **GOOD),
        TONIGHT,
        2,
        {"at": DAY_BEFORE, "kind": "http", "message": "the store answered 502"},
        False,
        None,
    ),
    "failed": (
        NEVER_READ,
        run("failed", YESTERDAY, error=HTTP_502),
        TONIGHT,
        1,
        {"at": YESTERDAY, "kind": "http", "message": "the store answered 502"},
        False,
        None,
    ),
    "partial": (
        None,
        run("partial", YESTERDAY, fetched=120, failed=2, error=("items", "2 items could not be read")),
        TONIGHT,
        1,
        {"at": YESTERDAY, "kind": "items", "message": "2 items could not be read"},
        False,
        None,
    ),
    "running": (
        None,
        run("running", "2026-12-06T11:50:00+00:00", trigger="manual"),
        TONIGHT,
        2,
        None,
        True,
        None,
    ),
    "missed": (
        "last successful read 42 hours ago",
        run("succeeded", DAY_BEFORE, **GOOD),
        TONIGHT,
        1,
        None,
        False,
        None,
    ),
    "paused": (None, run("succeeded", YESTERDAY, **GOOD), None, 1, None, False, PAUSED_REASON),
    "disabled": (None, run("succeeded", YESTERDAY, **GOOD), TONIGHT, 1, None, False, None),
}


def shown(job: dict[str, Any]) -> tuple[Any, ...]:
    return (
        job["last_run"],
        job["next_run"],
        job["total_runs"],
        job["last_error"],
        job["running"],
        job["paused_reason"],
    )


async def test_the_status_of_jobs_in_every_state_reads_the_same_on_both_backends(
    backend: Callable[[], Any],
) -> None:
    async with backend() as storage:
        for state in STATES:
            await add_job_in_state(storage, state, state)
        cleanup = await storage.stores.save_job(
            Job(JobKind.CLEANUP, ScheduleSpec.daily("03:00", timezone="UTC"))
        )
        report = status_report(storage.stores, storage.runs, None, False, 24.0, now=NOW)

    assert report["generated_at"] == "2026-12-06T12:00:00+00:00"
    assert [store["name"] for store in report["stores"]] == sorted(STATES)
    for store in report["stores"]:
        stale, last_run, next_run, total, last_error, running, reason = EXPECTED[store["name"]]
        assert store["enabled"] is (store["name"] != "disabled")
        assert store["stale"] == stale, store["name"]
        [job] = store["jobs"]
        assert job["kind"] == "inventory_pull" and job["paused"] is (store["name"] == "paused")
        assert job["schedule_words"] == "Daily at 18:00, UTC", job["schedule_words"]
        assert shown(job) == (last_run, next_run, total, last_error, running, reason), store["name"]
    [global_job] = report["global_jobs"]
    assert global_job["id"] == cleanup.id
    assert shown(global_job) == (None, "2026-12-07T03:00:00+00:00", 0, None, False, None)

"""Following the runs a trigger asked for, from the instance's events: a job queued without a run id
yet is followed from its own start; a scheduled run of the same job, or another attempt turned away
because ours is in flight, is not taken for it; a stream that ends before the runs is one line."""

from __future__ import annotations

import json

import httpx
import pytest

from app.control.client import (
    LEFT_THE_QUEUE,
    STOPPED_SENDING,
    FollowedRuns,
    InstanceUnreachable,
    follow_to_the_end,
)
from app.core.errors import WORKER_STOPPED
from app.core.events import ALREADY_QUEUED, ALREADY_RUNNING

ANSWER = {
    "started": [
        {"job_id": 1, "run_id": 10, "store_id": 1, "kind": "inventory_pull"},
        {"job_id": 2, "run_id": None, "store_id": 2, "kind": "inventory_pull"},
    ],
    "skipped": [],
}


def started(job_id: int, run_id: int, trigger: str = "cli") -> dict[str, object]:
    return {"type": "sync_started", "job_id": job_id, "run_id": run_id, "trigger": trigger}


def skipped(job_id: int, reason: str, trigger: str = "cli") -> dict[str, object]:
    return {"type": "sync_skipped", "job_id": job_id, "run_id": None, "trigger": trigger, "reason": reason}


def ended(run_id: int) -> dict[str, object]:
    return {"type": "sync_finished", "run": {"id": run_id, "status": "succeeded"}}


def test_a_queued_job_is_followed_from_its_own_start_and_nothing_else() -> None:
    followed = FollowedRuns(ANSWER, "cli")
    assert followed.pending == {10} and set(followed.queued) == {2}

    assert not followed.take(started(2, 11, trigger="scheduled"))  # its scheduled slot, not ours
    assert not followed.take(skipped(2, ALREADY_QUEUED))  # another sync turned away: ours is queued
    assert not followed.take(skipped(2, ALREADY_RUNNING))
    assert not followed.take(ended(11))
    assert set(followed.queued) == {2}

    assert followed.take(ended(10))
    assert followed.take(started(2, 12))
    assert not followed.done
    assert followed.take(ended(12))
    assert followed.done
    assert [run["id"] for run in followed.runs()] == [10, 12]
    assert followed.skipped == []


def test_a_queued_job_skipped_for_its_own_reason_is_reported_skipped() -> None:
    followed = FollowedRuns(ANSWER, "cli")
    followed.take(ended(10))
    assert followed.take(skipped(2, "the store is disabled"))
    assert followed.done
    assert followed.skipped == [
        {
            "job_id": 2,
            "run_id": None,
            "store_id": 2,
            "kind": "inventory_pull",
            "reason": "the store is disabled",
        }
    ]


def test_a_queued_job_that_left_a_servers_queue_without_a_run_is_reported_skipped() -> None:
    """A worker dropped it (its job removed, or a run of it had just happened): followed for ever before."""
    followed = FollowedRuns(ANSWER, "cli")
    assert not followed.take({"type": "sync_left_queue", "job_id": 1, "store_id": 1})  # not one waiting
    assert followed.take({"type": "sync_left_queue", "job_id": 2, "store_id": 2})
    assert followed.take(ended(10))
    assert followed.done
    assert [entry["reason"] for entry in followed.skipped] == [LEFT_THE_QUEUE]


def cut_short(run_id: int, job_id: int) -> dict[str, object]:
    """A run whose worker died, as the history reads once the server has marked it."""
    run = {"id": run_id, "job_id": job_id, "store_id": job_id, "kind": "inventory_pull"}
    return {"type": "sync_finished", "run": {**run, "status": "interrupted", "error_kind": WORKER_STOPPED}}


def test_a_run_cut_short_by_its_workers_death_is_followed_into_the_queues_next_run() -> None:
    """Before, `sync` ended on the interrupted run with exit 1 while the queue ran the job again."""
    followed = FollowedRuns(ANSWER, "cli")
    followed.take(started(2, 12))
    assert followed.take(cut_short(10, 1))
    assert not followed.done and set(followed.queued) == {1}
    assert not followed.take(started(1, 10))  # a server telling of the cut-short run once more
    assert [run["id"] for run in followed.rerun] == [10]
    assert not followed.take(started(1, 13, trigger="scheduled"))
    assert followed.take(started(1, 14))
    assert followed.take(ended(12)) and followed.take(ended(14))
    assert followed.done
    assert [run["id"] for run in followed.runs()] == [10, 12, 14]


def test_a_run_the_queue_started_again_before_the_cut_short_one_was_seen_ending_is_followed() -> None:
    followed = FollowedRuns(ANSWER, "cli")
    followed.take(started(2, 12))
    assert not followed.take(started(1, 14))  # the queue's second run of job 1, told first
    assert followed.take(cut_short(10, 1))
    assert followed.pending == {12, 14} and not followed.queued
    followed.take(ended(12))
    followed.take(ended(14))
    assert followed.done


def test_a_run_interrupted_otherwise_ends_the_following() -> None:
    followed = FollowedRuns(ANSWER, "cli")
    followed.take(started(2, 12))
    followed.take(ended(12))
    stopped = {"id": 10, "job_id": 1, "status": "interrupted", "error_kind": "interrupted"}
    assert followed.take({"type": "sync_finished", "run": stopped})
    assert followed.done and followed.rerun == []


async def test_a_stream_that_ends_before_the_runs_is_one_line() -> None:
    body = "".join(f"data: {json.dumps(event)}\n\n" for event in (started(2, 12), ended(10))).encode()
    response = httpx.Response(200, content=body)
    followed = FollowedRuns(ANSWER, "cli")
    with pytest.raises(InstanceUnreachable) as stopped:
        await follow_to_the_end(response, followed, None)
    assert str(stopped.value) == STOPPED_SENDING
    assert followed.pending == {12}

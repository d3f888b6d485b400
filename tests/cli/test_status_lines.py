"""How `storesync status` words a job's state and its next run, from the report the API serves, and the
options a command suggested after one sent to a server carries."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from typing import Any

from app.cli.common import server_options
from app.cli.jobs import next_run_words
from app.cli.report import render_status


def report(job: dict[str, Any], workers: int | None) -> dict[str, Any]:
    scheduler = {"running": True, "paused": False, "pid": 7, "since": datetime.now(UTC).isoformat()}
    return {
        "scheduler": {**scheduler, "workers": workers},
        "stores": [
            {"id": 1, "name": "North", "platform": "shopify", "enabled": True, "demo": False, "jobs": [job]}
        ],
        "global_jobs": [],
    }


def job(**changes: Any) -> dict[str, Any]:
    base = {
        "id": 3,
        "kind": "inventory_pull",
        "schedule_words": "Every 15 minutes",
        "paused": False,
        "running": False,
        "queued": False,
        "last_run": None,
        "next_run": None,
        "total_runs": 0,
        "last_error": None,
    }
    return {**base, **changes}


def test_a_waiting_run_says_what_it_waits_for_and_a_paused_job_says_both() -> None:
    desktop = render_status(report(job(queued=True), workers=None))
    assert "Every 15 minutes [queued: starts when a run slot is free]" in desktop
    server = render_status(report(job(queued=True, paused=True), workers=1), server="sync.example:8443")
    assert "Every 15 minutes [paused; queued: starts when a worker is free]" in server
    running = render_status(report(job(queued=True, running=True), workers=None))
    assert "[running now]" in running and "queued" not in running


def test_a_next_run_due_already_reads_now_not_a_moment_ago() -> None:
    due = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
    assert "next run: now (due); runs so far: 0" in render_status(report(job(next_run=due), workers=1))
    later = (datetime.now(UTC) + timedelta(minutes=5, seconds=30)).isoformat()
    assert "(in 5 min)" in render_status(report(job(next_run=later), workers=1))


def test_an_error_a_later_good_run_fixed_reads_as_before_it() -> None:
    """It read "last error" under a run that succeeded after it, as if the job were still failing."""
    now = datetime.now(UTC)
    counts = dict.fromkeys(("fetched", "created", "updated", "unchanged", "deleted", "failed"), 0)
    failed = {"at": (now - timedelta(hours=1)).isoformat(), "kind": "auth", "message": "The key was refused."}

    def last_run(status: str) -> dict[str, Any]:
        return {"status": status, "started_at": now.isoformat(), "counts": counts}

    fixed = render_status(report(job(last_run=last_run("succeeded"), last_error=failed), workers=None))
    assert "last error, before the last good run (" in fixed and "The key was refused." in fixed
    still = render_status(report(job(last_run=last_run("failed"), last_error=failed), workers=None))
    assert "      last error (" in still


def test_a_command_suggested_after_one_sent_to_a_server_goes_to_that_server_too() -> None:
    """`config import --server ...` told to run `storesync store edit 'ERP' --secret secret`, which went
    to the data folder on this computer and found no such store."""
    sent = argparse.Namespace(
        server="sync.example:8443", token_file="/etc/storesync/my token", certificate=None
    )
    assert server_options(sent) == " --server sync.example:8443 --token-file '/etc/storesync/my token'"
    assert server_options(argparse.Namespace(server=None, token_file=None, certificate=None)) == ""
    assert server_options(argparse.Namespace()) == ""


def test_a_job_resumed_or_rescheduled_with_a_slot_passed_says_its_next_run_is_now() -> None:
    """`job resume` and `job set-schedule` on a server printed a next run minutes ago, then ran it."""
    passed = (datetime.now(UTC) - timedelta(minutes=3)).isoformat()
    assert next_run_words(job(next_run=passed)) == "next run now (due)"
    later = datetime.now(UTC) + timedelta(hours=2)
    assert next_run_words(job(next_run=later.isoformat())) == f"next run {later.astimezone():%Y-%m-%d %H:%M}"

"""The command line's reporting commands: status, backup and self-test."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from app.cli.common import EXIT_OK, CommandFailed, UsageError
from app.cli.local_instance import instance_or_local

# --- status ----------------------------------------------------------------------------------


def status(args: argparse.Namespace) -> int:
    report = asyncio.run(_status_report(args))
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(render_status(report, server=args.server))
    return EXIT_OK


async def _status_report(args: argparse.Namespace) -> dict[str, Any]:
    async with instance_or_local(args) as instance:
        report: dict[str, Any] = await instance.status()
    return report


def render_status(report: dict[str, Any], server: str | None = None) -> str:
    """`server`: the address the report came from (--server), named in its first line."""
    lines = [_instance_line(report["scheduler"], server)]
    if not report["stores"] and not report["global_jobs"]:
        add_one = f"`storesync store add NAME --platform P --server {server}`"
        lines.append(
            f"No stores on {server} yet. Add one with {add_one}."
            if server
            else "No stores yet. Add one with `storesync store add`, or try `storesync headless --demo`."
        )
        return "\n".join(lines)
    waits_for = "a run slot" if report["scheduler"].get("workers") is None else "a worker"
    for store in report["stores"]:
        state = "enabled" if store["enabled"] else "disabled"
        demo = ", demo" if store["demo"] else ""
        stale = f" - STALE: {store['stale']}" if store.get("stale") else ""
        lines.append(f"{store['name']} ({store['platform']}{demo}, {state}){stale}")
        lines.extend(_job_lines(store["jobs"], waits_for))
        if not store["jobs"]:
            lines.append("  no jobs")
    if report["global_jobs"]:
        lines.append("All stores")
        lines.extend(_job_lines(report["global_jobs"], waits_for))
    return "\n".join(lines)


def _instance_line(scheduler: dict[str, Any], server: str | None) -> str:
    paused = "; everything is paused (`storesync resume-all`)" if scheduler["paused"] else ""
    if scheduler["running"]:
        where = f"on {server} " if server else ""
        return (
            f"StoreSync {where}is running (process {scheduler['pid']}, since {when(scheduler['since'])})"
            f"{_workers(scheduler.get('workers'))}{paused}."
        )
    return (
        "StoreSync is not running: nothing runs on schedule until the window or `storesync headless` "
        f"starts{paused}."
    )


def _workers(count: int | None) -> str:
    """A server's workers (None: the instance runs its syncs itself)."""
    if count is None:
        return ""
    if count == 0:
        return "; no worker is running, so queued runs wait until one starts (`storesync worker`)"
    return f"; {count} worker{'s' if count != 1 else ''} running"


def _job_lines(jobs: list[dict[str, Any]], waits_for: str) -> list[str]:
    """`waits_for`: what a queued run waits for (a free run slot, or on a server a worker)."""
    lines = []
    for job in jobs:
        states = ["paused"] if job["paused"] else []
        if job["running"]:
            states.append("running now")
        elif job.get("queued"):  # a run asked for by name runs even while its job is paused
            states.append(f"queued: starts when {waits_for} is free")
        state = "; ".join(states)
        head = f"  {job['kind']:<16} {job['schedule_words']}" + (f" [{state}]" if state else "")
        lines.append(head)
        last = job["last_run"]
        if last is None:
            lines.append("      last run: never")
        else:
            c = last["counts"]
            lines.append(
                f"      last run: {last['status']} {when(last['started_at'])} - fetched {c['fetched']}, "
                f"created {c['created']}, updated {c['updated']}, unchanged {c['unchanged']}, "
                f"deleted {c['deleted']}, failed {c['failed']}"
                + (f", skipped {c['skipped']} (not stock)" if c.get("skipped") else "")
            )
        next_text = (
            _next_when(job["next_run"]) if job["next_run"] else ("none (paused)" if job["paused"] else "none")
        )
        lines.append(f"      next run: {next_text}; runs so far: {job['total_runs']}")
        if job.get("paused_reason"):
            lines.append(f"      {job['paused_reason']} (`storesync job resume {job['id']}`)")
        if job["last_error"]:
            error = job["last_error"]
            since_fixed = (
                last is not None
                and last["status"] == "succeeded"
                and datetime.fromisoformat(last["started_at"]) > datetime.fromisoformat(error["at"])
            )
            label = "last error, before the last good run" if since_fixed else "last error"
            lines.append(f"      {label} ({when(error['at'])}): {error['message']}")
    return lines


def when(iso: str) -> str:
    """A moment as the command line shows it: '13:10 (13 s ago)', or its date when far."""
    moment = datetime.fromisoformat(iso)
    local = moment.astimezone()
    delta = moment - datetime.now(UTC)
    if abs(delta) < timedelta(hours=20):
        amount = _amount(int(abs(delta).total_seconds()))
        relative = f"in {amount}" if delta.total_seconds() > 0 else f"{amount} ago"
        return f"{local:%H:%M} ({relative})"
    return f"{local:%Y-%m-%d %H:%M}"


def _next_when(iso: str) -> str:
    """A next run that is due already (a server's workers queue it at their next look) is "now", not
    a moment ago."""
    if datetime.fromisoformat(iso) <= datetime.now(UTC):
        return "now (due)"
    return when(iso)


def _amount(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 2 * 3600:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


# --- backup ----------------------------------------------------------------------------------


def backup(args: argparse.Namespace) -> int:
    """The instance writes the copy when one runs (it holds the database), else this process does; the
    path is made absolute here, where the user typed it. A server writes it on its own disk, so its
    path must be given whole."""
    whole = PurePosixPath(args.path).is_absolute() or PureWindowsPath(args.path).is_absolute()  # any server
    if args.server and not whole:
        raise UsageError(f"give the path on the server's computer whole, such as /var/backups/{args.path}")
    target = args.path if args.server else str(Path(args.path).expanduser().absolute())
    written = asyncio.run(_backup(args, target))
    where = f" on {args.server}" if args.server else ""
    print(f"Backup written to {written['path']}{where} ({written['size_bytes'] / 1_000_000:.1f} MB).")
    return EXIT_OK


async def _backup(args: argparse.Namespace, target: str) -> dict[str, Any]:
    async with instance_or_local(args) as instance:
        written: dict[str, Any] = await instance.backup(target)
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

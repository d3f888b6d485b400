"""`storesync history` and `storesync run show ID`: the History panel's runs and a run's detail (counts,
log lines, per-SKU changes), from the running instance or from the database in this process."""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from app.cli.common import EXIT_OK
from app.cli.listing import local_time, print_page
from app.cli.local_instance import instance_or_local
from app.cli.sync import counts_words
from app.core.models import RunStatus


def add_history_parsers(commands: Any) -> None:
    history = commands.add_parser("history", help="past runs, newest first, with their counts")
    history.add_argument("--store", metavar="NAME", help="only this store's runs")
    history.add_argument("--job", type=int, metavar="ID", help="only this job's runs")
    history.add_argument("--status", choices=[status.value for status in RunStatus])
    history.add_argument(
        "--since", metavar="WHEN", help="2026-05-01, 2026-05-01T08:00, or an age: 90m, 24h, 7d"
    )
    history.add_argument("--limit", type=int, default=20, metavar="N", help="how many runs (default 20)")
    history.add_argument("--json", action="store_true", help="machine-readable output")
    run = commands.add_parser("run", help="one run in detail")
    actions = run.add_subparsers(dest="action", metavar="action", required=True)
    show = actions.add_parser("show", help="a run's counts, log lines and per-SKU changes")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="machine-readable output")


def history(args: argparse.Namespace) -> int:
    page = asyncio.run(_history(args))
    print_page(page, "runs", "runs", _run_summary, args.json)
    return EXIT_OK


async def _history(args: argparse.Namespace) -> dict[str, Any]:
    filters = {"store": args.store, "job": args.job, "status": args.status, "since": args.since}
    async with instance_or_local(args) as instance:
        page: dict[str, Any] = await instance.history(**filters, limit=args.limit)
    return page


def run(args: argparse.Namespace) -> int:
    detail = asyncio.run(_run(args.id, args))
    print(json.dumps(detail, indent=2, ensure_ascii=False) if args.json else _run_text(detail))
    return EXIT_OK


async def _run(run_id: int, args: argparse.Namespace) -> dict[str, Any]:
    async with instance_or_local(args) as instance:
        detail: dict[str, Any] = await instance.run(run_id)
    return detail


def _run_summary(run: dict[str, Any]) -> str:
    where = run.get("store_name") or "all stores"
    error = f": {run['error_message']}" if run.get("error_message") else ""
    return (
        f"{run['id']:>6}  {local_time(run['started_at'])}  {where} · {run['kind']}  {run['status']} "
        f"({run['trigger']}) - {counts_words(run)}{error}"
    )


def _run_text(run: dict[str, Any]) -> str:
    duration = run.get("duration_seconds")
    lines = [
        f"Run {run['id']}: {run.get('kind')} of {run.get('store_name') or 'all stores'}, job {run['job_id']}",
        f"  {run['status']}, started {local_time(run['started_at'])} by {run['trigger']}"
        + (f", took {duration:.1f} s" if duration is not None else ""),
        f"  {counts_words(run)}",
    ]
    if run.get("error_message"):
        lines.append(f"  error ({run.get('error_kind')}): {run['error_message']}")
    lines.append(f"Log ({len(run['log'])} lines):")
    lines.extend(
        f"  {local_time(line['time'], seconds=True)} {line['level']:<7} {line['message']}"
        for line in run["log"]
    )
    lines.append(f"Stock changes ({len(run['changes'])}):")
    lines.extend(
        f"  {change['sku']}: {_quantity(change['old'])} -> {_quantity(change['new'])}"
        for change in run["changes"]
    )
    return "\n".join(lines)


def _quantity(value: int | None) -> str:
    return "none" if value is None else str(value)

"""Stock push on the command line: `sync --dry-run` prints the plan, `push unmatched STORE` lists
the SKUs a push cannot pair, `push approve STORE` passes one push the guard refused, and
`sku SKU` prints a SKU's quantity history across stores."""

from __future__ import annotations

import argparse
import asyncio
from datetime import datetime
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, CommandFailed, UsageError
from app.cli.local_instance import instance_or_local
from app.core.buffer_rules import RULE_ORDER
from app.core.models import JobKind, RunStatus
from app.core.operations.pushes import planned_from_document
from app.core.push_plan import Action, PlanRow, PushPlan

TABLE_LIMIT = 200


def add_push_parsers(commands: Any) -> None:
    push = commands.add_parser("push", help="stock push: unmatched SKUs, approve a refused push")
    actions = push.add_subparsers(dest="push_command", metavar="action", required=True)
    unmatched = actions.add_parser("unmatched", help="SKUs the push of STORE cannot pair with its source")
    unmatched.add_argument("store", help="the store the push writes to")
    unmatched.add_argument("--csv", metavar="FILE", help="write the lists to a CSV file")
    approve = actions.add_parser("approve", help="show the plan the guard refused, then push it once")
    approve.add_argument("store", help="the store the push writes to")
    approve.add_argument("--yes", action="store_true", help="push without asking")
    sku = commands.add_parser("sku", help="one SKU's quantity in every store over time")
    sku.add_argument("sku", help="the SKU")


def push(args: argparse.Namespace) -> int:
    if args.push_command == "unmatched":
        return asyncio.run(_unmatched(args))
    return asyncio.run(_approve(args))


def sku(args: argparse.Namespace) -> int:
    return asyncio.run(_sku(args))


async def dry_run(instance: Any, choice: dict[str, Any], csv: str | None) -> int:
    """The plan of every stock push among the chosen jobs, nothing written."""
    previews = (await instance.push_previews(**choice))["previews"]
    if not previews:
        raise UsageError("--dry-run previews stock pushes; the chosen stores have none")
    refused = False
    for preview in previews:
        planned = planned_from_document(preview["plan"])
        print(f"{preview['store_name'] or '?'} · stock_push (dry run, nothing written)")
        print(plan_table(planned.plan))
        for reason in planned.refusals:
            refused = True
            print(f"  refused: {reason}")
        if csv:
            await asyncio.to_thread(Path(csv).write_text, planned.plan.to_csv(), encoding="utf-8")
            print(f"  plan written to {csv}")
    return EXIT_PARTIAL if refused else EXIT_OK


def plan_table(plan: PushPlan) -> str:
    rows = [row for row in plan.rows if row.action is not Action.UNCHANGED]
    lines = [
        f"  {plan.count(Action.WRITE)} to write, {plan.count(Action.UNCHANGED)} unchanged, "
        f"{plan.count(Action.SKIPPED)} skipped; unmatched: {len(plan.unmatched.only_on_source)} only on "
        f"the source, {len(plan.unmatched.only_on_target)} only on the target, "
        f"{len(plan.unmatched.duplicated)} duplicated",
        f"  rules apply in this order: {' -> '.join(RULE_ORDER)}",
    ]
    if rows:
        lines.append(f"  {'SKU':<24} {'source':>8} {'now':>8} {'after':>8}  action   rule / reason")
        lines.extend(_line(row) for row in rows[:TABLE_LIMIT])
        if len(rows) > TABLE_LIMIT:
            lines.append(f"  ... and {len(rows) - TABLE_LIMIT} more (use --csv FILE for all)")
    return "\n".join(lines)


def _line(row: PlanRow) -> str:
    def cell(value: int | None) -> str:
        return "-" if value is None else str(value)

    detail = row.reason if row.action is Action.SKIPPED else row.rule
    return (
        f"  {row.sku:<24} {cell(row.source_quantity):>8} {cell(row.target_now):>8} "
        f"{cell(row.target_after):>8}  {row.action.value:<8} {detail}"
    )


async def _push_preview(instance: Any, store_name: str) -> dict[str, Any]:
    """The preview of the stock push that writes to `store_name`."""
    store = await instance.store(store_name)
    for job in await instance.jobs(store_name):
        if job["kind"] == JobKind.STOCK_PUSH.value:
            [preview] = (await instance.push_previews(jobs=[job["id"]]))["previews"]
            return dict(preview)
    raise UsageError(f"{store['name']} has no stock push job")


async def _unmatched(args: argparse.Namespace) -> int:
    async with instance_or_local(args, simulators=True) as instance:
        planned = planned_from_document((await _push_preview(instance, args.store))["plan"])
    unmatched = planned.plan.unmatched
    for title, skus in (
        ("only on the source", unmatched.only_on_source),
        ("only on the target", unmatched.only_on_target),
        ("duplicated", unmatched.duplicated),
    ):
        print(f"{title}: {len(skus)}")
        for value in skus[:TABLE_LIMIT]:
            print(f"  {value}")
        if len(skus) > TABLE_LIMIT:
            print(f"  ... and {len(skus) - TABLE_LIMIT} more (use --csv FILE for all)")
    if args.csv:
        await asyncio.to_thread(Path(args.csv).write_text, unmatched.to_csv(), encoding="utf-8")
        print(f"written to {args.csv}")
    return EXIT_OK


async def _approve(args: argparse.Namespace) -> int:
    """Show the plan, and on yes approve exactly it and run the push now: in the running instance
    (followed to its end) or in this process."""
    async with instance_or_local(args, simulators=True) as instance:
        preview = await _push_preview(instance, args.store)
        planned = planned_from_document(preview["plan"])
        print(plan_table(planned.plan))
        for reason in planned.refusals:
            print(f"  refused: {reason}")
        if not args.yes:
            answer = await asyncio.to_thread(input, "Push these changes? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                raise CommandFailed("nothing pushed")
        await instance.approve_push(preview["job_id"], preview["plan"])
        done = await instance.trigger_and_follow(jobs=[preview["job_id"]], force=True)
    if done["skipped"]:
        raise CommandFailed(f"the push did not start: {done['skipped'][0]['reason']}")
    [run] = done["runs"]
    c = run["counts"]
    print(f"{run['status']}: written {c['updated']}, unchanged {c['unchanged']}, failed {c['failed']}")
    if run["error_message"]:
        print(f"  {run['error_message']}")
    if run["status"] == RunStatus.SUCCEEDED.value:
        return EXIT_OK
    return EXIT_PARTIAL if run["status"] == RunStatus.PARTIAL.value else EXIT_FAILED


async def _sku(args: argparse.Namespace) -> int:
    async with instance_or_local(args) as instance:
        history = (await instance.sku_history(args.sku))["changes"]
    if not history:
        raise CommandFailed(f"no recorded change of SKU {args.sku!r}")
    print(f"{'time':<20} {'store':<20} {'old':>7} {'new':>7}  run   how")
    for entry in history:
        state = entry["write_state"]
        how = "read" if state is None else f"{state} push ({entry['rule']})"
        old = "-" if entry["old"] is None else str(entry["old"])
        new = "-" if entry["new"] is None else str(entry["new"])
        moment = datetime.fromisoformat(entry["time"]).astimezone()
        print(
            f"{moment:%Y-%m-%d %H:%M:%S} {entry['store'][:20]:<20} {old:>7} {new:>7}  "
            f"{entry['run_id']:<5} {how}"
        )
    return EXIT_OK

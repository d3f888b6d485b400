"""Stock push on the command line: `sync --dry-run` prints the plan, `push unmatched STORE` lists
the SKUs a push cannot pair, `push approve STORE` passes one push the guard refused, and
`sku SKU` prints a SKU's quantity history across stores."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    CommandFailed,
    UsageError,
    running_services,
    store_named,
)
from app.core.buffer_rules import RULE_ORDER
from app.core.models import Job, JobKind, RunStatus, Trigger
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


async def dry_run(runtime: Any, jobs: Sequence[Job], names: dict[int | None, str], csv: str | None) -> int:
    """The plan of every stock push among `jobs`, nothing written."""
    pushes = [job for job in jobs if job.kind is JobKind.STOCK_PUSH]
    if not pushes:
        raise UsageError("--dry-run previews stock pushes; the chosen stores have none")
    refused = False
    for job in pushes:
        planned = await runtime.engine.preview_push(job)
        print(f"{names.get(job.store_id, '?')} · stock_push (dry run, nothing written)")
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


def _push_job(runtime: Any, store_name: str) -> Job:
    store = store_named(runtime.storage.stores, store_name)
    for job in runtime.storage.stores.list_jobs(store.id):
        if job.kind is JobKind.STOCK_PUSH:
            return job  # type: ignore[no-any-return]
    raise UsageError(f"{store.name} has no stock push job")


async def _unmatched(args: argparse.Namespace) -> int:
    async with running_services(args, simulators=True) as runtime:
        planned = await runtime.engine.preview_push(_push_job(runtime, args.store))
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
    async with running_services(args, simulators=True) as runtime:
        job = _push_job(runtime, args.store)
        planned = await runtime.engine.preview_push(job)
        print(plan_table(planned.plan))
        for reason in planned.refusals:
            print(f"  refused: {reason}")
        if not args.yes:
            answer = await asyncio.to_thread(input, "Push these changes? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                raise CommandFailed("nothing pushed")
        await runtime.engine.approve_push(job, planned)
        run = await runtime.engine.run(job, Trigger.CLI)
    c = run.counts
    print(f"{run.status.value}: written {c.updated}, unchanged {c.unchanged}, failed {c.failed}")
    if run.error_message:
        print(f"  {run.error_message}")
    if run.status is RunStatus.SUCCEEDED:
        return EXIT_OK
    return EXIT_PARTIAL if run.status is RunStatus.PARTIAL else EXIT_FAILED


async def _sku(args: argparse.Namespace) -> int:
    async with running_services(args) as runtime:
        history = runtime.storage.inventory.sku_history(args.sku)
    if not history:
        raise CommandFailed(f"no recorded change of SKU {args.sku!r}")
    print(f"{'time':<20} {'store':<20} {'old':>7} {'new':>7}  run   how")
    for entry in history:
        how = "read" if entry.write_state is None else f"{entry.write_state.value} push ({entry.rule})"
        old = "-" if entry.old_quantity is None else str(entry.old_quantity)
        new = "-" if entry.new_quantity is None else str(entry.new_quantity)
        print(
            f"{entry.time.astimezone():%Y-%m-%d %H:%M:%S} {entry.store_name[:20]:<20} {old:>7} {new:>7}  "
            f"{entry.run_id:<5} {how}"
        )
    return EXIT_OK

"""`storesync job list|show|add|set-schedule|pause|resume|remove`, `pause-all` and `resume-all`:
through the running instance when there is one (the change takes effect in its scheduler at once),
otherwise in this process, in the words of the control API's operations."""

from __future__ import annotations

import argparse
import asyncio
import json
from datetime import UTC, datetime
from typing import Any

from app.cli.common import EXIT_OK, UsageError, mid_sentence
from app.cli.local_instance import instance_or_local
from app.cli.schedule_args import add_schedule_arguments, schedule_from
from app.cli.sync import counts_words
from app.core.job_defaults import default_schedule
from app.core.models import JobKind


def add_job_parsers(commands: Any) -> None:
    job = commands.add_parser("job", help="list, add, change, pause, resume or remove jobs")
    actions = job.add_subparsers(dest="action", metavar="action", required=True)
    listing = actions.add_parser("list", help="every job: id, store, kind, schedule, next run")
    listing.add_argument("--store", metavar="NAME", help="only this store's jobs")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    show = actions.add_parser("show", help="one job: schedule, options, last and next runs")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="machine-readable output")
    add = actions.add_parser(
        "add",
        help="add a job to a store (without a schedule option it gets the window's default)",
        description="Kinds: " + ", ".join(kind.value for kind in JobKind) + ". A stock push needs --source; "
        "a low-stock check may take --threshold; cleanup belongs to no store.",
    )
    add.add_argument("--kind", required=True, choices=[kind.value for kind in JobKind])
    add.add_argument("--store", metavar="NAME", help="the store the job belongs to (all but cleanup)")
    add.add_argument("--source", metavar="NAME", help="stock_push: the store whose stock is copied")
    add.add_argument("--threshold", type=int, metavar="N", help="low_stock_check: warn at or below N")
    add.add_argument(
        "--all-stores", action="store_true", help="low_stock_check: each SKU's stock summed over all stores"
    )
    add.add_argument("--paused", action="store_true", help="add it paused")
    add.add_argument("--options", metavar="JSON", type=_options_json, help=OPTIONS_HELP)
    add_schedule_arguments(add, required=False)
    options = actions.add_parser(
        "set-options",
        help="change a job's options: those given replace theirs, null removes one",
        description=OPTIONS_HELP,
    )
    options.add_argument("id", type=int)
    options.add_argument("options", metavar="JSON", type=_options_json)
    schedule = actions.add_parser("set-schedule", help="change a job's schedule; takes effect at once")
    schedule.add_argument("id", type=int)
    add_schedule_arguments(schedule, required=True)
    for name, words in (("pause", "stop running a job on its schedule"), ("resume", "schedule a job again")):
        action = actions.add_parser(name, help=words)
        action.add_argument("id", type=int)
    remove = actions.add_parser("remove", help="remove a job (its history stays)")
    remove.add_argument("id", type=int)
    commands.add_parser("pause-all", help="pause every schedule (runs already started finish)")
    commands.add_parser("resume-all", help="resume the schedules; missed slots are not replayed")


def job(args: argparse.Namespace) -> int:
    return asyncio.run(_job(args))


async def _job(args: argparse.Namespace) -> int:
    async with instance_or_local(args) as instance:
        if args.action == "list":
            jobs = await instance.jobs(args.store)
            print(json.dumps(jobs, indent=2, ensure_ascii=False) if args.json else _job_table(jobs))
        elif args.action == "show":
            found = await instance.job(args.id)
            print(json.dumps(found, indent=2, ensure_ascii=False) if args.json else _job_text(found))
        elif args.action == "add":
            added = await instance.add_job(_new_job(args))
            print(f"Added job {added['id']}: {_job_words(added)}{'; paused' if added.get('paused') else ''}.")
        elif args.action == "set-options":
            changed = await instance.change_job(args.id, {"options": args.options})
            print(f"Job {changed['id']} options: {json.dumps(changed['options'], ensure_ascii=False)}.")
        elif args.action == "set-schedule":
            changed = await instance.change_job(args.id, {"schedule": schedule_from(args)})
            print(f"Job {changed['id']} now runs: {changed['schedule_words']}; {next_run_words(changed)}.")
        elif args.action == "pause":
            paused = await instance.pause_job(args.id)
            print(f"Paused job {paused['id']} ({_job_words(paused)}).")
        elif args.action == "resume":
            resumed = await instance.resume_job(args.id)
            print(f"Resumed job {resumed['id']} ({_job_words(resumed)}); {next_run_words(resumed)}.")
        else:
            await instance.remove_job(args.id)
            print(f"Removed job {args.id}. Its runs stay in the history.")
    return EXIT_OK


def pause_all(args: argparse.Namespace) -> int:
    return asyncio.run(_everything(args, pause=True))


def resume_all(args: argparse.Namespace) -> int:
    return asyncio.run(_everything(args, pause=False))


async def _everything(args: argparse.Namespace, *, pause: bool) -> int:
    async with instance_or_local(args) as instance:
        state = await (instance.pause_all() if pause else instance.resume_all())
    where = "" if state.get("running") else " (takes effect when StoreSync starts)"
    print(("Everything is paused" if pause else "Schedules resumed") + where + ".")
    return EXIT_OK


def _new_job(args: argparse.Namespace) -> dict[str, Any]:
    kind = JobKind(args.kind)
    schedule = schedule_from(args)
    if schedule is None:
        spec = default_schedule(kind)
        if spec is None:
            raise UsageError(f"say when a {kind.value} job runs: --every, --daily, --weekly or --cron")
        schedule = spec.to_dict()
    options: dict[str, Any] = dict(args.options or {})
    if args.source is not None:
        options["source_store"] = args.source
    if args.threshold is not None:
        options["threshold"] = args.threshold
    if args.all_stores:
        options["all_stores"] = 1
    data: dict[str, Any] = {
        "kind": kind.value,
        "schedule": schedule,
        "options": options,
        "paused": args.paused,
    }
    if args.store is not None:
        data["store"] = args.store
    return data


OPTIONS_HELP = (
    "the job's options as JSON, e.g. a stock push's "
    '\'{"source_stores": ["ERP", "Outlet"], "combine": "min", "buffer": {"rule": {"keep_back": 2}}, '
    '"sku_map": {"add_prefix": "EU-"}}\' (README: Stock push)'
)


def _options_json(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise argparse.ArgumentTypeError(f"not JSON ({error.msg} at character {error.pos})") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError("the options are a JSON object of names and values")
    return value


def _job_words(entry: dict[str, Any]) -> str:
    where = entry.get("store_name") or "all stores"
    return f"{entry['kind']} of {where}, {mid_sentence(entry['schedule_words'])}"


def next_run_words(entry: dict[str, Any]) -> str:
    if entry.get("paused"):
        return "paused"
    if not entry.get("next_run"):
        return "no next run yet"
    if datetime.fromisoformat(entry["next_run"]) <= datetime.now(UTC):
        return "next run now (due)"  # a slot passed while it was paused: as `status` says it
    return f"next run {_local(entry['next_run'])}"


def _state_words(entry: dict[str, Any]) -> str:
    if entry.get("paused_reason"):
        return str(entry["paused_reason"])
    return "paused" if entry["paused"] else "scheduled"


def _local(iso: str) -> str:
    return f"{datetime.fromisoformat(iso).astimezone():%Y-%m-%d %H:%M}"


def _job_table(jobs: list[dict[str, Any]]) -> str:
    if not jobs:
        return "No jobs. Add one with `storesync job add --store NAME --kind K`."
    rows = [
        (
            str(entry["id"]),
            entry.get("store_name") or "all stores",
            entry["kind"],
            entry["schedule_words"] + (" [paused]" if entry["paused"] else ""),
            _local(entry["next_run"]) if entry.get("next_run") else "-",
        )
        for entry in jobs
    ]
    header = ("id", "store", "kind", "schedule", "next run")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)) + "  " + row[4]
        for row in [header, *rows]
    )


def _job_text(entry: dict[str, Any]) -> str:
    lines = [
        f"Job {entry['id']}: {_job_words(entry)}",
        f"  state: {_state_words(entry)}" + ("" if entry.get("paused") else f"; {next_run_words(entry)}"),
        f"  catch up missed runs: {'yes' if entry.get('catch_up') else 'no'}",
        f"  options: {json.dumps(entry.get('options') or {})}",
        f"  runs so far: {entry['total_runs']}",
    ]
    last = entry.get("last_run")
    if last:
        lines.append(f"  last run: {last['status']} at {_local(last['started_at'])} - {counts_words(last)}")
    if entry.get("last_error"):
        lines.append(f"  last error: {entry['last_error']['message']}")
    return "\n".join(lines)

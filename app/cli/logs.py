"""`storesync logs`: the log lines the Log panel shows (oldest first), and with --follow the new ones
as they are written. With an instance running, the lines come from it and --follow reads its event
stream; without one, from the database, polled for lines of any StoreSync process of the data folder."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
from datetime import datetime
from typing import Any

from app.cli.common import EXIT_OK, CommandFailed, UsageError
from app.cli.local_instance import LocalInstance, instance_or_local
from app.core.operations.logs import LEVELS, matches

FOLLOW_INTERVAL_SECONDS = 0.5
POLLED_LINES = 500


def add_logs_parser(commands: Any) -> None:
    logs = commands.add_parser("logs", help="the log lines, newest last; --follow keeps printing new ones")
    logs.add_argument("--follow", "-f", action="store_true", help="keep printing new lines until Ctrl-C")
    logs.add_argument("--level", choices=LEVELS, help="only lines of this level or above")
    logs.add_argument("--store", metavar="NAME", help="only lines about this store")
    logs.add_argument("--text", metavar="TEXT", help="only lines containing TEXT, in any letter case")
    logs.add_argument("--limit", type=int, default=50, metavar="N", help="how many past lines (default 50)")


def logs(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise UsageError(f"--limit must be 0 or more, not {args.limit}")
    return asyncio.run(_logs(args))


async def _logs(args: argparse.Namespace) -> int:
    async with instance_or_local(args, console_level=logging.CRITICAL) as instance:
        names = {store["id"]: store["name"] for store in await instance.stores()}
        # Only a store that exists logs new lines; a removed one's past lines are found by its name.
        store_id = (await instance.store(args.store))["id"] if args.store and args.follow else None
        if args.follow and not isinstance(instance, LocalInstance):
            await _follow_instance(instance, args, names, store_id)
            return EXIT_OK
        newest = await _print_past(instance, args, names)
        while args.follow:
            await asyncio.sleep(FOLLOW_INTERVAL_SECONDS)
            fresh = (
                await instance.logs(level=args.level, store=args.store, text=args.text, limit=POLLED_LINES)
            )["lines"]
            for line in fresh:
                if (line["id"] or 0) > newest:
                    print(log_line(line, names), flush=True)
                    newest = line["id"]
    return EXIT_OK


async def _print_past(instance: Any, args: argparse.Namespace, names: dict[int, str]) -> int:
    """Print the last --limit lines; the id of the newest line there is (0: none yet)."""
    past = (await instance.logs(level=args.level, store=args.store, text=args.text, limit=args.limit))[
        "lines"
    ]
    for line in past:
        print(log_line(line, names), flush=True)
    if past:
        return int(past[-1]["id"] or 0)
    latest = (await instance.logs(level=args.level, store=args.store, text=args.text, limit=1))["lines"]
    return int(latest[-1]["id"] or 0) if latest else 0


async def _follow_instance(
    client: Any, args: argparse.Namespace, names: dict[int, str], store_id: int | None
) -> None:
    """The instance's log_recorded events, listened to before the past lines are read, so no line
    falls between the two; a line already printed is not printed again."""
    opened = asyncio.Event()
    lines: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def forward() -> None:
        async for event in client.events(["log_recorded"], opened=opened):
            lines.put_nowait(event["entry"])

    listener = asyncio.create_task(forward())
    try:
        waiting = asyncio.create_task(opened.wait())
        await asyncio.wait([listener, waiting], return_when=asyncio.FIRST_COMPLETED)
        waiting.cancel()
        if not opened.is_set():
            listener.result()  # the stream was refused: say why
            return
        newest = await _print_past(client, args, names)
        while True:
            getting = asyncio.create_task(lines.get())
            await asyncio.wait([listener, getting], return_when=asyncio.FIRST_COMPLETED)
            if not getting.done():
                getting.cancel()
                listener.result()
                where = f"the server {args.server}" if args.server else "the running StoreSync"
                raise CommandFailed(f"{where} stopped sending its log (it was stopped or restarted)")
            line = getting.result()
            if (line["id"] or 0) > newest and matches(line, args.level, store_id, args.text):
                print(log_line(line, names), flush=True)
    finally:
        listener.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await listener


def log_line(line: dict[str, Any], names: dict[int, str]) -> str:
    store_id = line["store_id"]
    store = f" [{names.get(store_id, store_id)}]" if store_id is not None else ""
    run = f" (run {line['run_id']})" if line["run_id"] is not None else ""
    moment = datetime.fromisoformat(line["time"]).astimezone()
    return f"{moment:%Y-%m-%d %H:%M:%S} {line['level']:<7}{store}{run} {line['message']}"

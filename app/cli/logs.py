"""`storesync logs`: the log lines the Log panel shows (oldest first), and with --follow the new ones
as they are written, by this or any other StoreSync process of the data folder."""

from __future__ import annotations

import argparse
import asyncio
import logging
from typing import Any

from app.cli.common import EXIT_OK, UsageError, running_services, store_named
from app.core.models import LogEntry
from app.core.ports import LogQuery

LEVELS = ("debug", "info", "warning", "error")
FOLLOW_INTERVAL_SECONDS = 0.5


def add_logs_parser(commands: Any) -> None:
    logs = commands.add_parser("logs", help="the log lines, newest last; --follow keeps printing new ones")
    logs.add_argument("--follow", "-f", action="store_true", help="keep printing new lines until Ctrl-C")
    logs.add_argument("--level", choices=LEVELS, help="only lines of this level or above")
    logs.add_argument("--store", metavar="NAME", help="only lines about this store")
    logs.add_argument("--limit", type=int, default=50, metavar="N", help="how many past lines (default 50)")


def logs(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise UsageError(f"--limit must be 0 or more, not {args.limit}")
    return asyncio.run(_logs(args))


async def _logs(args: argparse.Namespace) -> int:
    async with running_services(args, console_level=logging.CRITICAL) as runtime:
        stores = runtime.storage.stores
        names = {store.id: store.name for store in stores.list_stores()}
        store_id = store_named(stores, args.store).id if args.store else None
        query = LogQuery(min_level=args.level, store_id=store_id)
        repository = runtime.storage.logs
        past = repository.list_logs(query, limit=args.limit) if args.limit else []
        newest = max((entry.id or 0 for entry in past), default=_newest_id(repository, query))
        for entry in reversed(past):
            print(log_line(entry, names), flush=True)
        while args.follow:
            await asyncio.sleep(FOLLOW_INTERVAL_SECONDS)
            fresh = [entry for entry in repository.list_logs(query, limit=500) if (entry.id or 0) > newest]
            for entry in reversed(fresh):
                print(log_line(entry, names), flush=True)
            newest = max((entry.id or 0 for entry in fresh), default=newest)
    return EXIT_OK


def _newest_id(repository: Any, query: LogQuery) -> int:
    latest: list[LogEntry] = repository.list_logs(query, limit=1)
    return (latest[0].id or 0) if latest else 0


def log_line(entry: LogEntry, names: dict[int | None, str]) -> str:
    store = f" [{names.get(entry.store_id, entry.store_id)}]" if entry.store_id is not None else ""
    run = f" (run {entry.run_id})" if entry.run_id is not None else ""
    return f"{entry.time.astimezone():%Y-%m-%d %H:%M:%S} {entry.level:<7}{store}{run} {entry.message}"

"""`storesync worker`: a process without a window that runs jobs from the server's shared queue; start as
many as wanted, on any machines (README, "Running StoreSync on a server")."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from typing import Any

from app.cli.common import EXIT_OK, UsageError
from app.cli.migrate import database_url
from app.core.errors import StoreSyncError
from app.core.redaction import REDACTOR
from app.storage.credentials_directory import credentials_directory


def add_worker_parser(commands: Any) -> None:
    worker = commands.add_parser(
        "worker",
        help="run jobs from a PostgreSQL server's shared queue (server mode); SIGTERM stops it cleanly",
        epilog="The server's URL comes from --database or STORESYNC_DATABASE_URL; secrets from "
        "--credentials-dir, STORESYNC_CREDENTIALS_DIR or systemd's $CREDENTIALS_DIRECTORY. "
        "Run `storesync migrate` first.",
    )
    worker.add_argument("--database", metavar="postgresql://...", help="the server's database")
    worker.add_argument("--credentials-dir", metavar="DIR", help="one owner-only file per store secret")
    worker.add_argument(
        "--concurrency", type=int, metavar="N", help="runs at once in this worker (default: the setting)"
    )
    worker.add_argument(
        "--tick-seconds",
        type=int,
        default=60,
        metavar="S",
        help="how often the schedules are looked at (default 60; a divisor of 60, or whole minutes)",
    )
    worker.add_argument(
        "--stalled-after",
        type=float,
        default=30.0,
        metavar="S",
        help="a worker silent this long is taken for dead and its runs are run again (default 30)",
    )
    worker.add_argument(
        "--graceful-seconds",
        type=float,
        default=30.0,
        metavar="S",
        help="on SIGTERM, how long running syncs get to finish before they are stopped (default 30)",
    )


def worker(args: argparse.Namespace) -> int:
    from app.worker.queue import QueueTiming
    from app.worker.service import WorkerOptions, WorkerProcess

    tick = args.tick_seconds
    if tick < 1 or (tick < 60 and 60 % tick) or (tick >= 60 and tick % 60):
        raise UsageError("--tick-seconds is a divisor of 60 (1, 2, 5, 10, 30, ...) or whole minutes")
    if args.concurrency is not None and args.concurrency < 1:
        raise UsageError("--concurrency is at least 1")
    options = WorkerOptions(
        url=database_url(args.database),
        credentials_dir=credentials_directory(args.credentials_dir),
        concurrency=args.concurrency,
        timing=QueueTiming(tick_seconds=tick, stalled_after_seconds=args.stalled_after),
        graceful_seconds=args.graceful_seconds,
    )
    if options.credentials_dir is not None and not options.credentials_dir.is_dir():
        raise UsageError(f"the credentials directory {options.credentials_dir} does not exist")
    log_to_stderr(debug=args.debug)

    async def main() -> None:
        process = WorkerProcess(options)
        process.stop_on_signals()
        await process.serve()

    asyncio.run(main())
    return EXIT_OK


def log_to_stderr(*, debug: bool) -> None:
    """A worker's log is its output (the journal under systemd), secrets redacted."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(REDACTOR)
    if not debug:
        handler.addFilter(errors_in_one_line)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    # procrastinate says every job's start and end at INFO, httpx every request: the runs' own lines
    # say what matters.
    logging.getLogger("procrastinate").setLevel(logging.DEBUG if debug else logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.DEBUG if debug else logging.WARNING)


def errors_in_one_line(record: logging.LogRecord) -> bool:
    """A line logged with its traceback (procrastinate's lost connection, a run whose start could not be
    recorded) says its error in one line; --debug keeps the tracebacks."""
    if record.exc_info and record.exc_info[1] is not None:
        error = record.exc_info[1]
        cause = error if isinstance(error, StoreSyncError) else (error.__cause__ or error)
        text = str(cause).strip()
        reason = text.splitlines()[-1] if text else type(cause).__name__
        record.msg = f"{record.getMessage().strip()} ({reason})"
        record.args = None
        record.exc_info = None
        record.exc_text = None
    return True

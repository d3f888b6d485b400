"""The command line: `storesync [--data-dir DIR] [--debug] [command]`; no command opens the window.

Every error ends as one plain line on stderr and a non-zero exit code (2: the request was wrong,
1: the work failed); the traceback goes to the log file, and to the terminal only with --debug.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

from app import __version__
from app.core.errors import InvalidRequest, StoreSyncError
from app.core.models import JobKind, Platform

log = logging.getLogger("app.cli")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """The request cannot be done as asked (unknown store, missing option); exit code 2."""


class CommandFailed(Exception):
    """The work ran and failed; the message has already said why, or says it now; exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storesync",
        description="Keeps the stock and orders of several online stores in step. "
        "Without a command it opens the window.",
        epilog="Exit codes: 0 done, 1 failed, 2 wrong request (unknown store, missing option), "
        "3 sync done but some items failed.",
    )
    parser.add_argument("--version", action="version", version=f"StoreSync {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="where the database and logs live")
    parser.add_argument("--debug", action="store_true", help="verbose logs; tracebacks on errors")
    parser.add_argument("--demo", action="store_true", help="add the demo stores (if absent) and start")
    parser.add_argument(
        "--demo-if-empty", action="store_true", help="add the demo stores when there is no store yet"
    )
    commands = parser.add_subparsers(dest="command", metavar="command")

    commands.add_parser("gui", help="open the window (the default)")
    headless = commands.add_parser("headless", help="run the schedules without a window; Ctrl-C stops")
    headless.add_argument("--demo", action="store_true", dest="sub_demo", help="add the demo stores first")

    status = commands.add_parser("status", help="stores and jobs: last run, next run, errors")
    status.add_argument("--json", action="store_true", help="machine-readable output")

    sync = commands.add_parser("sync", help="run jobs now and print the counts")
    sync.add_argument("--store", action="append", default=[], metavar="NAME", help="a store (repeatable)")
    sync.add_argument("--platform", choices=[p.value for p in Platform], help="every store of a platform")
    sync.add_argument("--all", action="store_true", help="every enabled store")
    sync.add_argument("--kind", choices=[k.value for k in JobKind], help="only jobs of this kind")

    from app.cli_config import add_config_parser
    from app.cli_stores import add_store_parser

    add_store_parser(commands)
    add_config_parser(commands)

    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("path", help="the file to write")
    commands.add_parser("self-test", help="check Qt, SQLite, the keychain, the scheduler and a sync")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Log lines outside a running command (none are expected) must not reach the terminal raw.
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        return _dispatch(args)
    except (UsageError, InvalidRequest) as error:
        _fail(str(error), args)
        return EXIT_USAGE
    except CommandFailed as error:
        if str(error):
            _fail(str(error), args)
        return EXIT_FAILED
    except StoreSyncError as error:
        log.debug("Command failed", exc_info=True)
        _fail(str(error), args, show_traceback=True)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `storesync status | head`: the reader left, which is not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:
        _fail(f"Unexpected error ({type(error).__name__}): {error}. Details are in the log file.", args)
        return EXIT_FAILED


def _fail(message: str, args: argparse.Namespace, show_traceback: bool = False) -> None:
    from app.core.redaction import REDACTOR

    if args.debug and (show_traceback or sys.exc_info()[0] is not None):
        import traceback

        print(REDACTOR.redact(traceback.format_exc()), file=sys.stderr, end="")
    print(f"storesync: {REDACTOR.redact(message)}", file=sys.stderr)


def _dispatch(args: argparse.Namespace) -> int:
    command = args.command or "gui"
    if command == "gui":
        return _gui(args)
    if command == "headless":
        return asyncio.run(_headless(args))
    if command == "self-test":
        from app.cli_report import self_test

        return self_test(args)
    from app import cli_config, cli_report, cli_stores

    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "status": cli_report.status,
        "sync": cli_report.sync,
        "backup": cli_report.backup,
        "store": cli_stores.store,
        "config": cli_config.config,
    }
    return commands[command](args)


def start_options(args: argparse.Namespace, **overrides: Any) -> Any:
    """StartOptions for a command: a short command neither owns the database (marks no runs
    interrupted, starts no schedules) nor starts the demo simulators unless it syncs."""
    from app.bootstrap import StartOptions

    values: dict[str, Any] = {
        "data_dir": args.data_dir,
        "debug": args.debug,
        "console_level": logging.DEBUG if args.debug else logging.WARNING,
        "owner": False,
        "scheduler": False,
        "simulators": False,
    }
    values.update(overrides)
    return StartOptions(**values)


@asynccontextmanager
async def running_services(args: argparse.Namespace, **overrides: Any) -> AsyncIterator[Any]:
    """The services for one command, stopped cleanly however the command ends."""
    from app.bootstrap import start_services, stop_services

    runtime = await start_services(start_options(args, **overrides))
    try:
        for notice in runtime.notices:
            print(f"storesync: {notice}", file=sys.stderr)
        yield runtime
    except (UsageError, InvalidRequest, CommandFailed, BrokenPipeError):
        raise
    except Exception:
        # Logged while the log file is still open; main() then prints one line.
        log.error("The %s command failed", args.command, exc_info=True)
        raise
    finally:
        await stop_services(runtime)


async def _headless(args: argparse.Namespace) -> int:
    demo = bool(args.demo or getattr(args, "sub_demo", False))
    options = {
        "owner": True,
        "scheduler": True,
        "simulators": True,
        "demo": demo,
        "demo_if_empty": args.demo_if_empty,
        "log_to_stdout": True,
        "console_level": logging.DEBUG if args.debug else logging.INFO,
    }
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows: Ctrl-C arrives as KeyboardInterrupt
            signal.signal(signum, lambda *_: loop.call_soon_threadsafe(stop.set))
    async with running_services(args, **options) as runtime:
        stores = runtime.storage.stores.list_stores()
        print(
            f"StoreSync {__version__} running without a window: {len(stores)} stores, "
            f"data in {runtime.data_dir}. Press Ctrl-C to stop.",
            flush=True,
        )
        await stop.wait()
        print("Stopping: letting running syncs reach a safe point...", flush=True)
    print("Stopped.", flush=True)
    return EXIT_OK


def _gui(args: argparse.Namespace) -> int:
    try:
        from app.ui.app import run_gui
    except ImportError as error:
        log.debug("The window could not be loaded", exc_info=True)
        raise CommandFailed(
            f"The window is not available in this installation ({error}); "
            "`storesync headless` runs the schedules without it."
        ) from None
    from app.bootstrap import add_demo_stores, start_services, stop_services

    if _no_display():
        raise CommandFailed(
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "`storesync headless` runs the schedules without a window"
        )

    options = start_options(
        args,
        owner=True,
        scheduler=True,
        simulators=True,
        demo=args.demo,
        demo_if_empty=args.demo_if_empty,
    )
    return int(run_gui(sys.argv[:1], start_services, stop_services, options, add_demo_stores))


def _no_display() -> bool:
    """Qt aborts the whole process when it cannot reach a display, so say it before trying."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))

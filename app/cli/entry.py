"""The command line: `storesync [--data-dir DIR] [--debug] [command]`; no command opens the window.

Every error ends as one plain line on stderr and a non-zero exit code (2: the request was wrong,
1: the work failed); the traceback goes to the log file, and to the terminal only with --debug.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from app.cli import (
    alerts,
    completion,
    config,
    history,
    instance,
    inventory,
    jobs,
    logs,
    migrate,
    orders,
    push,
    report,
    serve,
    stores,
    sync,
    thresholds,
    worker,
)
from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandFailed, UsageError, log
from app.cli.parser import ON_THIS_COMPUTER, build_parser
from app.core.errors import InvalidRequest, StoreSyncError

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": instance.gui,
    "headless": instance.headless,
    "self-test": report.self_test,
    "status": report.status,
    "sync": sync.sync,
    "backup": report.backup,
    "store": stores.store,
    "config": config.config,
    "completion": completion.completion,
    "inventory": inventory.inventory,
    "logs": logs.logs,
    "job": jobs.job,
    "pause-all": jobs.pause_all,
    "resume-all": jobs.resume_all,
    "history": history.history,
    "run": history.run,
    "orders": orders.orders,
    "order": orders.order,
    "push": push.push,
    "sku": push.sku,
    "migrate": migrate.migrate,
    "alerts": alerts.alerts,
    "thresholds": thresholds.thresholds,
    "worker": worker.worker,
    "serve": serve.serve,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Log lines outside a running command (none are expected) must not reach the terminal raw.
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        command = args.command or "gui"
        _check_server_options(args, command)
        return COMMANDS[command](args)
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


def _check_server_options(args: argparse.Namespace, command: str) -> None:
    """An empty --server (an unset variable in a script) must not quietly work on this computer."""
    if args.server is not None and not args.server.strip():
        raise UsageError("--server needs the server's address, such as https://sync.example:8443")
    if args.server and command in ON_THIS_COMPUTER:
        raise UsageError(f"`storesync {command}` runs on this computer; it takes no --server")
    if not args.server and (args.token_file or args.certificate):
        raise UsageError("--token-file and --certificate go with --server ADDRESS")


def _fail(message: str, args: argparse.Namespace, show_traceback: bool = False) -> None:
    from app.core.redaction import REDACTOR

    if args.debug and (show_traceback or sys.exc_info()[0] is not None):
        import traceback

        print(REDACTOR.redact(traceback.format_exc()), file=sys.stderr, end="")
    print(f"storesync: {REDACTOR.redact(message)}", file=sys.stderr)

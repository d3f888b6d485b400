"""The command line's grammar: global options and one sub-parser per command group."""

from __future__ import annotations

import argparse
from typing import Any

from app import __version__
from app.cli.alerts import add_alerts_parser
from app.cli.config import add_config_parser
from app.cli.history import add_history_parsers
from app.cli.inventory import add_inventory_parser
from app.cli.jobs import add_job_parsers
from app.cli.logs import add_logs_parser
from app.cli.migrate import add_migrate_parser
from app.cli.orders import add_orders_parsers
from app.cli.push import add_push_parsers
from app.cli.serve import add_serve_parser
from app.cli.stores import add_store_parser
from app.cli.thresholds import add_thresholds_parser
from app.cli.worker import add_worker_parser
from app.core.models import JobKind, Platform

DATA_DIR_HELP = "where the database and logs live"
# The server's commands keep their data in PostgreSQL: the folder holds serve's token, or nothing.
DATA_DIR_HELPS = {
    "serve": "where serve writes its token when systemd hands it none (the data is in PostgreSQL)",
    "worker": argparse.SUPPRESS,
    "migrate": argparse.SUPPRESS,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storesync",
        description="Keeps the stock and orders of several online stores in step. "
        "Without a command it opens the window.",
        epilog="Exit codes: 0 done, 1 failed, 2 wrong request (unknown store, missing option), "
        "3 sync done but some items failed.",
    )
    parser.add_argument("--version", action="version", version=f"StoreSync {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=DATA_DIR_HELP)
    parser.add_argument("--debug", action="store_true", help="verbose logs; tracebacks on errors")
    add_server_options(parser, default=None)
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
    sync.add_argument(
        "--dry-run", action="store_true", help="show what the stock pushes would write; write nothing"
    )
    sync.add_argument("--csv", metavar="FILE", help="with --dry-run: write the whole plan to a CSV file")
    add_push_parsers(commands)

    add_store_parser(commands)
    add_job_parsers(commands)
    add_history_parsers(commands)
    add_orders_parsers(commands)
    add_config_parser(commands)
    add_inventory_parser(commands)
    add_logs_parser(commands)
    add_alerts_parser(commands)
    add_thresholds_parser(commands)

    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("path", help="the file to write")
    commands.add_parser("self-test", help="check Qt, SQLite, the keychain, the scheduler and a sync")
    add_migrate_parser(commands)
    add_worker_parser(commands)
    add_serve_parser(commands)
    add_completion_parser(commands)
    _accept_after_the_command(parser)
    return parser


SHELLS = ("bash", "zsh")
SETUP = {
    "bash": 'eval "$(storesync completion bash)"   # in ~/.bashrc',
    "zsh": 'eval "$(storesync completion zsh)"    # in ~/.zshrc, after compinit',
}


def add_completion_parser(commands: Any) -> None:
    completion = commands.add_parser(
        "completion",
        help="print the shell completion script for bash or zsh",
        epilog="set-up: " + "; ".join(SETUP.values()),
    )
    completion.add_argument("shell", choices=SHELLS)


# Commands that are this computer's own work: --server cannot send them to a server.
ON_THIS_COMPUTER = frozenset({"gui", "headless", "self-test", "completion", "migrate", "worker", "serve"})


def _accept_after_the_command(parser: argparse.ArgumentParser, top: bool = True) -> None:
    """`storesync status --data-dir D` as well as `storesync --data-dir D status`: every sub-command
    takes --data-dir, and those that can go to a server the --server options, without a default of
    their own that would hide the one given before it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            first_names: dict[argparse.ArgumentParser, str] = {}
            for name, sub in action.choices.items():
                first_names.setdefault(sub, name)  # an alias names the same parser again
            for sub, name in first_names.items():
                data_dir_help = DATA_DIR_HELPS.get(name, DATA_DIR_HELP) if top else DATA_DIR_HELP
                sub.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help)
                # Taken by this computer's own commands too, unlisted, so that they refuse it in one line.
                add_server_options(
                    sub, default=argparse.SUPPRESS, listed=not (top and name in ON_THIS_COMPUTER)
                )
                _accept_after_the_command(sub, top=False)


def add_server_options(parser: argparse.ArgumentParser, default: Any, listed: bool = True) -> None:
    """--server and what reaching it needs; the commands of the control API then go to that server.
    `default`: none on the top parser, argparse.SUPPRESS on a sub-command (which would hide it).
    `listed`: False for a command that cannot go to a server (its help does not offer them)."""

    def shown(text: str) -> str:
        return text if listed else argparse.SUPPRESS

    parser.add_argument(
        "--server",
        metavar="ADDRESS",
        default=default,
        help=shown(
            "send the command to a StoreSync server's control API, such as https://sync.example:8443 "
            "(plain http only on this computer)"
        ),
    )
    parser.add_argument(
        "--token-file",
        metavar="FILE",
        default=default,
        help=shown("the server's token, alone or in its control-api.json (or STORESYNC_SERVER_TOKEN)"),
    )
    parser.add_argument(
        "--certificate",
        metavar="FILE",
        default=default,
        help=shown("with --server, for a server with a certificate of its own: that certificate"),
    )

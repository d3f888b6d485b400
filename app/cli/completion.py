"""`storesync completion bash|zsh`: a completion script generated from the parser itself (shtab), so
every command and option completes as soon as it exists, with nothing to keep in step by hand."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK

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


def completion(args: argparse.Namespace) -> int:
    import shtab

    from app.cli.parser import build_parser

    sys.stdout.write(shtab.complete(build_parser(), shell=args.shell))
    return EXIT_OK

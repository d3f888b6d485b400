"""`storesync completion bash|zsh`: a completion script generated from the parser itself (shtab), so
every command and option completes as soon as it exists, with nothing to keep in step by hand.
Its sub-parser lives in app/cli/parser.py, which this module imports."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import EXIT_OK


def completion(args: argparse.Namespace) -> int:
    import shtab

    from app.cli.parser import build_parser

    sys.stdout.write(shtab.complete(build_parser(), shell=args.shell))
    return EXIT_OK

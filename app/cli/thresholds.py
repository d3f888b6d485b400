"""`storesync thresholds list|set|remove|import|export`: low-stock thresholds per SKU. A SKU without
one uses the Settings' low-stock threshold; the low-stock checks and the Inventory panel read both.
With an instance running the change goes through it, so its window redraws at once."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, UsageError
from app.cli.local_instance import instance_or_local
from app.core.sku_thresholds import parse_thresholds_csv, thresholds_csv


def add_thresholds_parser(commands: Any) -> None:
    thresholds = commands.add_parser(
        "thresholds", help="low-stock thresholds per SKU (CSV import and export)"
    )
    actions = thresholds.add_subparsers(dest="action", metavar="action", required=True)
    listing = actions.add_parser("list", help="every SKU with its own threshold, and the default")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    one = actions.add_parser("set", help="set one SKU's threshold")
    one.add_argument("sku")
    one.add_argument("threshold", type=int)
    gone = actions.add_parser("remove", help="a SKU goes back to the default threshold")
    gone.add_argument("sku")
    load = actions.add_parser("import", help="read `sku,threshold` lines from a CSV file")
    load.add_argument("path")
    load.add_argument("--replace", action="store_true", help="remove the thresholds the file does not list")
    save = actions.add_parser("export", help="write every SKU's threshold to a CSV file")
    save.add_argument("path")


def thresholds(args: argparse.Namespace) -> int:
    return asyncio.run(_thresholds(args))


async def _thresholds(args: argparse.Namespace) -> int:
    values = parse_thresholds_csv(_read(args.path)) if args.action == "import" else None
    async with instance_or_local(args) as instance:
        if args.action == "list":
            found = await instance.thresholds()
            if args.json:
                print(json.dumps(found, indent=2, ensure_ascii=False))
            else:
                print(f"Default threshold: {found['default']} (Settings)")
                for sku in sorted(found["skus"]):
                    print(f"{sku}\t{found['skus'][sku]}")
        elif args.action == "set":
            await instance.change_thresholds({args.sku: args.threshold})
            print(f"{args.sku}: low stock at {args.threshold} or fewer.")
        elif args.action == "remove":
            await instance.change_thresholds({args.sku: None})
            print(f"{args.sku} uses the default threshold again.")
        elif args.action == "import":
            assert values is not None
            await instance.change_thresholds(values, replace=args.replace)
            print(f"Imported thresholds for {len(values)} SKUs.")
        else:
            skus = (await instance.thresholds())["skus"]
            _write(args.path, thresholds_csv(skus))
            print(f"Wrote {len(skus)} thresholds to {args.path}.")
    return EXIT_OK


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read {path}: {getattr(error, 'strerror', None) or error}") from None


def _write(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None

"""`storesync inventory`: the stored stock of every SKU across stores, as the Inventory panel shows it,
narrowed to one SKU, a search, one store or the SKUs at or below the low-stock threshold; from the running
instance when there is one, else from the database in this process."""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from app.cli.common import EXIT_OK
from app.cli.local_instance import instance_or_local


def add_inventory_parser(commands: Any) -> None:
    inventory = commands.add_parser("inventory", help="stored stock per SKU and store")
    inventory.add_argument("--sku", help="only this SKU (in every store)")
    inventory.add_argument(
        "--search", metavar="TEXT", help="only SKUs or names containing TEXT, in any letter case"
    )
    inventory.add_argument("--store", metavar="NAME", help="only this store")
    inventory.add_argument(
        "--low",
        action="store_true",
        help="only SKUs at or below their own low-stock threshold or Settings'",
    )
    inventory.add_argument("--json", action="store_true", help="machine-readable output")


def inventory(args: argparse.Namespace) -> int:
    rows = asyncio.run(_rows(args))
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif not rows:
        print(
            "No stock matches."
            if (args.sku or args.search or args.store or args.low)
            else "No stock stored yet."
        )
    else:
        print(_table(rows))
    return EXIT_OK


async def _rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    async with instance_or_local(args) as instance:
        found = await instance.inventory(sku=args.sku, search=args.search, store=args.store, low=args.low)
    rows: list[dict[str, Any]] = found["items"]
    return rows


def _table(rows: list[dict[str, Any]]) -> str:
    sku_width = max(3, *(len(row["sku"]) for row in rows))
    store_width = max(5, *(len(row["store"]) for row in rows))
    lines = [f"{'SKU':<{sku_width}}  {'store':<{store_width}}  {'quantity':>8}  {'price':>10}  name"]
    for row in rows:
        price = row["price"] or ""
        lines.append(
            f"{row['sku']:<{sku_width}}  {row['store']:<{store_width}}  {row['quantity']:>8}  {price:>10}  "
            f"{row['name']}"
        )
    return "\n".join(lines)

"""`storesync inventory`: the stored stock of every SKU across stores, as the Inventory panel shows it,
narrowed to one SKU, one store or the SKUs at or below the low-stock threshold."""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from app.cli.common import EXIT_OK, running_services, store_named
from app.core.models import InventoryItem
from app.core.settings import default

PAGE = 2000


def add_inventory_parser(commands: Any) -> None:
    inventory = commands.add_parser("inventory", help="stored stock per SKU and store")
    inventory.add_argument("--sku", help="only this SKU (in every store)")
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
        print("No stock matches." if (args.sku or args.store or args.low) else "No stock stored yet.")
    else:
        print(_table(rows))
    return EXIT_OK


async def _rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    async with running_services(args) as runtime:
        names = {store.id: store.name for store in runtime.storage.stores.list_stores()}
        store_id = store_named(runtime.storage.stores, args.store).id if args.store else None
        setting = runtime.storage.settings.get_setting("low_stock_threshold", default("low_stock_threshold"))
        threshold = int(setting)
        own = runtime.storage.inventory.sku_thresholds()
        items = [
            item
            for item in _items(runtime.storage.inventory, args.sku or "")
            if not item.deleted
            and (args.sku is None or item.sku == args.sku)
            and (store_id is None or item.store_id == store_id)
            and (not args.low or item.quantity <= own.get(item.sku, threshold))
        ]
        return [_row(item, names) for item in items]


def _items(repository: Any, text: str) -> list[InventoryItem]:
    found: list[InventoryItem] = []
    while True:
        page = repository.search_items(text, offset=len(found), limit=PAGE)
        found.extend(page)
        if len(page) < PAGE:
            return found


def _row(item: InventoryItem, names: dict[int | None, str]) -> dict[str, Any]:
    return {
        "sku": item.sku,
        "store": names.get(item.store_id, str(item.store_id)),
        "quantity": item.quantity,
        "price": None if item.price is None else str(item.price),
        "name": item.name,
        "updated_at": item.updated_at.isoformat(),
    }


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

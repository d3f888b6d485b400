"""The stored stock as the Inventory panel shows it (narrowed to a SKU, a store or the low ones), and
one SKU's quantity history across stores, as plain data for the command line and the control API."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.core.errors import InvalidRequest
from app.core.models import InventoryItem, SkuHistoryEntry, WriteState
from app.core.operations.lookup import find_store
from app.core.services import AppServices
from app.core.settings import default

PAGE = 2000


def inventory_rows(services: AppServices, filters: Mapping[str, Any]) -> dict[str, Any]:
    """Filters `sku` (exact), `search` (in the SKU or the name, as the Inventory panel searches),
    `store` (name or id) and `low` (at or below the SKU's own threshold, else the Settings' one):
    {"items": [{sku, store, store_id, quantity, price, name, updated_at}]}, by SKU, then store."""
    sku = _text(filters.get("sku"))
    search = _text(filters.get("search"))
    store_ref = _text(filters.get("store"))
    low = _flag(filters.get("low", False), "low")
    stores = services.stores
    names = {store.id: store.name for store in stores.list_stores()}
    store_id = find_store(stores, store_ref).id if store_ref else None
    threshold = int(services.settings.get_setting("low_stock_threshold", default("low_stock_threshold")))
    own = services.inventory.sku_thresholds() if low else {}
    items = [
        item
        for item in _items(services, search or sku or "")
        if not item.deleted
        and (sku is None or item.sku == sku)
        and (store_id is None or item.store_id == store_id)
        and (not low or item.quantity <= own.get(item.sku, threshold))
    ]
    return {"items": [_row(item, names) for item in items]}


def sku_history(services: AppServices, sku: str) -> dict[str, Any]:
    """Every recorded change of `sku` in every store, reads and pushes, oldest first (none: empty)."""
    entries = services.inventory.sku_history(sku)
    return {
        "sku": sku,
        "changes": [
            {
                "time": entry.time.isoformat(),
                "store_id": entry.store_id,
                "store": entry.store_name,
                "old": entry.old_quantity,
                "new": entry.new_quantity,
                "run_id": entry.run_id,
                "rule": entry.rule,
                "write_state": None if entry.write_state is None else entry.write_state.value,
            }
            for entry in entries
        ],
    }


def _items(services: AppServices, text: str) -> list[InventoryItem]:
    found: list[InventoryItem] = []
    while True:
        page = services.inventory.search_items(text, offset=len(found), limit=PAGE)
        found.extend(page)
        if len(page) < PAGE:
            return found


def _row(item: InventoryItem, names: Mapping[int | None, str]) -> dict[str, Any]:
    return {
        "sku": item.sku,
        "store": names.get(item.store_id, str(item.store_id)),
        "store_id": item.store_id,
        "quantity": item.quantity,
        "price": None if item.price is None else str(item.price),
        "name": item.name,
        "updated_at": item.updated_at.isoformat(),
    }


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidRequest(f"expected text, not {value!r}")
    return value


def _flag(value: object, what: str) -> bool:
    """true/false from JSON, or from a query string (true, false, 1, 0)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "1", "false", "0", ""):
        return value.lower() in ("true", "1")
    raise InvalidRequest(f"{what} must be true or false, not {value!r}")


def item_from_row(row: Mapping[str, Any]) -> InventoryItem:
    """The store item that a row of `inventory_rows` describes (a server's answer, read back by its
    console); the rows leave out removed items and the run that last saw them."""
    price = row.get("price")
    return InventoryItem(
        store_id=int(row["store_id"]),
        sku=str(row["sku"]),
        name=str(row.get("name") or ""),
        quantity=int(row["quantity"]),
        price=None if price is None else Decimal(str(price)),
        last_seen_run=None,
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def history_from_data(data: Mapping[str, Any]) -> list[SkuHistoryEntry]:
    """The changes that `sku_history` describes, oldest first."""
    return [
        SkuHistoryEntry(
            time=datetime.fromisoformat(change["time"]),
            run_id=int(change["run_id"]),
            store_id=change.get("store_id"),
            store_name=str(change.get("store") or ""),
            old_quantity=change.get("old"),
            new_quantity=change.get("new"),
            rule=change.get("rule"),
            write_state=None if change.get("write_state") is None else WriteState(change["write_state"]),
        )
        for change in data["changes"]
    ]

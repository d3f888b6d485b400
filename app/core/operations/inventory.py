"""The stored stock as the Inventory panel shows it (narrowed to a SKU, a store or the low ones), and
one SKU's quantity history across stores, as plain data for the command line and the control API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.core.errors import InvalidRequest
from app.core.models import InventoryItem
from app.core.operations.lookup import find_store
from app.core.services import AppServices
from app.core.settings import default

PAGE = 2000


def inventory_rows(services: AppServices, filters: Mapping[str, Any]) -> dict[str, Any]:
    """Filters `sku` (exact), `store` (name or id) and `low` (at or below the SKU's own threshold, else
    the Settings' one): {"items": [{sku, store, quantity, price, name, updated_at}]}."""
    sku = _text(filters.get("sku"))
    store_ref = _text(filters.get("store"))
    low = _flag(filters.get("low", False), "low")
    stores = services.stores
    names = {store.id: store.name for store in stores.list_stores()}
    store_id = find_store(stores, store_ref).id if store_ref else None
    threshold = int(services.settings.get_setting("low_stock_threshold", default("low_stock_threshold")))
    own = services.inventory.sku_thresholds() if low else {}
    items = [
        item
        for item in _items(services, sku or "")
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

"""How a job reads a store's whole stock: through the connector's bulk route where it has one (plain
records handed over as BulkRows, no record object built per item), the ordinary route otherwise.
Stock pulls, push previews and pushes read the same way, so they take and refuse the same records."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

from app.core.models import InventoryRecord
from app.core.ports import BulkInventory, Connector, Page


def whole_stock(connector: Connector) -> Callable[[], AsyncIterator[Page[InventoryRecord]]]:
    """Opens a read of every SKU of the connector's store (a retry opens it again)."""
    if isinstance(connector, BulkInventory):
        return connector.fetch_inventory_bulk
    return connector.fetch_inventory

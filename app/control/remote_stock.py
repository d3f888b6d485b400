"""A server's orders and stock as the Orders and Inventory panels read them (app.core.console's
OrderReader, InventoryReader and SettingReader), from its control API, the way RemoteRuns reads its
runs: a read returns at once what is here and asks the server for the rest, and the panel is told
when it is in (RemotePages).

A read the server refused raises its reason from the count (`count_matching`, `count_items`), so a
panel shows one line instead of an empty table that looks like "no orders"."""

from __future__ import annotations

from typing import Any

from app.control.client import ControlClient
from app.control.remote_pages import RemotePages
from app.core.models import InventoryItem, OrderStatusChange, SkuHistoryEntry, StoredOrder
from app.core.operations.inventory import history_from_data, item_from_row
from app.core.operations.orders import change_from_entry, order_from_entry
from app.core.operations.paging import LARGEST_PAGE
from app.core.ports import OrderQuery

FIRST_ORDERS = 200  # what the Orders panel reads first
WHOLE = 1_000_000  # answers that come whole (an order's history, the inventory): one request each
LOW_STOCK_THRESHOLD = "low_stock_threshold"


class RemoteOrders:
    """The server's orders (app.core.console.OrderReader)."""

    def __init__(self, client: ControlClient) -> None:
        self._client = client
        self.pages: RemotePages[OrderQuery, StoredOrder] = RemotePages(
            self._fetch, FIRST_ORDERS, LARGEST_PAGE, "orders"
        )
        self.histories: RemotePages[int, OrderStatusChange] = RemotePages(
            self._fetch_history, WHOLE, WHOLE, "order history"
        )

    def invalidate(self) -> None:
        self.pages.invalidate()
        self.histories.invalidate()

    def count_matching(self, query: OrderQuery) -> int:
        count = self.pages.count(query)
        refusal = self.pages.refusal(query)
        if refusal is not None:
            raise refusal
        return count

    def list_orders(self, query: OrderQuery, offset: int = 0, limit: int = 200) -> list[StoredOrder]:
        return self.pages.rows(query, offset, limit)

    def status_history(self, order_id: int) -> list[OrderStatusChange]:
        """Oldest change first; empty until the server's answer is in."""
        return self.histories.rows(order_id, 0, WHOLE)

    async def _fetch(
        self, query: OrderQuery, offset: int, limit: int
    ) -> tuple[list[StoredOrder], int | None]:
        answer = await self._client.orders(
            store=None if query.store_id is None else str(query.store_id),
            status=None if query.status is None else query.status.value,
            since=None if query.since is None else query.since.isoformat(),
            until=None if query.until is None else query.until.isoformat(),
            offset=offset,
            limit=limit,
        )
        return [order_from_entry(entry) for entry in answer["orders"]], int(answer["total"])

    async def _fetch_history(
        self, order_id: int, offset: int, limit: int
    ) -> tuple[list[OrderStatusChange], int | None]:
        history = [change_from_entry(step) for step in (await self._client.order(order_id))["history"]]
        return history[offset : offset + limit], len(history)

    async def aclose(self) -> None:
        await self.pages.aclose()
        await self.histories.aclose()


class RemoteInventory:
    """The server's stored stock (app.core.console.InventoryReader). The server answers a search with
    every matching item at once, by SKU and then store, as the local panel reads them page by page."""

    def __init__(self, client: ControlClient) -> None:
        self._client = client
        self.pages: RemotePages[str, InventoryItem] = RemotePages(self._fetch, WHOLE, WHOLE, "inventory")
        self.thresholds: RemotePages[str, dict[str, Any]] = RemotePages(
            self._fetch_thresholds, 1, 1, "low-stock thresholds"
        )
        self.histories: RemotePages[str, SkuHistoryEntry] = RemotePages(
            self._fetch_history, WHOLE, WHOLE, "SKU history"
        )

    def invalidate(self) -> None:
        for pages in (self.pages, self.thresholds, self.histories):
            pages.invalidate()

    def count_items(self, text: str = "") -> int:
        count = self.pages.count(text)
        refusal = self.pages.refusal(text)
        if refusal is not None:
            raise refusal
        return count

    def search_items(self, text: str = "", offset: int = 0, limit: int = 200) -> list[InventoryItem]:
        return self.pages.rows(text, offset, limit)

    def sku_thresholds(self) -> dict[str, int]:
        return {sku: int(value) for sku, value in self._thresholds().get("skus", {}).items()}

    def default_threshold(self) -> int | None:
        """The server's Settings threshold, once its answer is in."""
        value = self._thresholds().get("default")
        return None if value is None else int(value)

    def sku_history(self, sku: str, limit: int = 5000) -> list[SkuHistoryEntry]:
        """Oldest change first; empty until the server's answer is in."""
        entries = self.histories.rows(sku, 0, WHOLE)
        return entries[-limit:] if limit else []

    def _thresholds(self) -> dict[str, Any]:
        answer = self.thresholds.rows("", 0, 1)
        return answer[0] if answer else {}

    async def _fetch(self, text: str, offset: int, limit: int) -> tuple[list[InventoryItem], int | None]:
        answer = await self._client.inventory(search=text or None)
        items = [item_from_row(row) for row in answer["items"]]
        return items[offset : offset + limit], len(items)

    async def _fetch_thresholds(
        self, _key: str, _offset: int, _limit: int
    ) -> tuple[list[dict[str, Any]], int | None]:
        return [await self._client.thresholds()], 1

    async def _fetch_history(
        self, sku: str, offset: int, limit: int
    ) -> tuple[list[SkuHistoryEntry], int | None]:
        entries = history_from_data(await self._client.sku_history(sku))
        return entries[offset : offset + limit], len(entries)

    async def aclose(self) -> None:
        for pages in (self.pages, self.thresholds, self.histories):
            await pages.aclose()


class RemoteSettings:
    """The server's settings that the panels read (app.core.console.SettingReader): its low-stock
    threshold; any other key reads as its default, since the panels read no other."""

    def __init__(self, inventory: RemoteInventory) -> None:
        self._inventory = inventory

    def get_setting(self, key: str, default: Any = None) -> Any:
        if key == LOW_STOCK_THRESHOLD:
            value = self._inventory.default_threshold()
            return default if value is None else value
        return default

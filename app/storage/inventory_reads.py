"""The read side of the inventory repository on either backend (`?` placeholders through a RowReader):
the inventory panel's pages, a run's stock changes, a SKU's history and the per-SKU thresholds; and the
thresholds' one write, in the same words for both."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Protocol

from app.core.models import InventoryChange, InventoryItem, SkuHistoryEntry, WriteState
from app.storage import timestamps
from app.storage.order_queries import RowReader
from app.storage.text_search import SQLITE_SEARCH, TextSearch

ITEM_COLUMNS = "store_id, sku, name, quantity, price, last_seen_run, updated_at, deleted"


def _item(row: Any) -> InventoryItem:
    return InventoryItem(
        store_id=row[0],
        sku=row[1],
        name=row[2],
        quantity=row[3],
        price=None if row[4] is None else Decimal(row[4]),
        last_seen_run=row[5],
        updated_at=timestamps.required(row[6]),
        deleted=bool(row[7]),
    )


def _write_state(value: str | None) -> WriteState | None:
    return None if value is None else WriteState(value)


def _text_filter(text: str, search: TextSearch) -> tuple[str, list[Any]]:
    if not text:
        return "", []
    in_sku, sku_params = search.condition("sku", text)
    in_name, name_params = search.condition("name", text)
    return f" WHERE ({in_sku} OR {in_name})", [*sku_params, *name_params]


class InventoryReader:
    """`first_search_page_order`: how the first page of a text search is sorted (SQLite is told to
    sort the matches rather than walk the index, see `search_items`). `search`: how the backend finds
    a text whatever its letter case (app.storage.text_search)."""

    def __init__(
        self,
        reader: RowReader,
        *,
        first_search_page_order: str = "sku, store_id",
        search: TextSearch = SQLITE_SEARCH,
    ) -> None:
        self._reader = reader
        self._first_page_order = first_search_page_order
        self._search = search

    def count_items(self, text: str = "") -> int:
        where, params = _text_filter(text, self._search)
        return int(self._reader.read_value(f"SELECT COUNT(*) FROM inventory_item{where}", params))

    def search_items(self, text: str = "", offset: int = 0, limit: int = 200) -> list[InventoryItem]:
        """Items by SKU, then store (index inventory_item_sku_store): the stores of one SKU arrive
        together, so the inventory panel fills a SKU's row from one page.

        The first page of a text search sorts the matches of one table scan instead (`+sku`): walking
        the index would look up every row's name, which on 1M items costs 340 ms when few match, the
        sort 140 ms whatever matches. Later pages, reached only when many match, walk the index."""
        where, params = _text_filter(text, self._search)
        order = self._first_page_order if where and offset == 0 else "sku, store_id"
        rows = self._reader.read(
            f"SELECT {ITEM_COLUMNS} FROM inventory_item{where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_item(row) for row in rows]

    def changes_for_run(self, run_id: int) -> list[InventoryChange]:
        """The run's stock changes; store_id is 0 once the store was removed (the history keeps them)."""
        rows = self._reader.read(
            "SELECT run_id, COALESCE(store_id, 0), sku, old_quantity, new_quantity, rule, write_state "
            "FROM inventory_change WHERE run_id = ? ORDER BY id",
            (run_id,),
        )
        return [
            InventoryChange(row[0], row[1], row[2], row[3], row[4], row[5], _write_state(row[6]))
            for row in rows
        ]

    def sku_history(self, sku: str, limit: int = 5000) -> list[SkuHistoryEntry]:
        """Every recorded change of one SKU in any store, oldest first, with its run's time: reads
        and pushes alike, so a chart can draw each store's quantity over time."""
        rows = self._reader.read(
            "SELECT COALESCE(run.finished_at, run.started_at), change.run_id, change.store_id, "
            "COALESCE(store.name, run.store_name, ''), change.old_quantity, change.new_quantity, "
            "change.rule, change.write_state "
            "FROM inventory_change AS change JOIN sync_run AS run ON run.id = change.run_id "
            "LEFT JOIN store ON store.id = change.store_id "
            "WHERE change.sku = ? ORDER BY run.started_at, change.id LIMIT ?",
            (sku, limit),
        )
        return [
            SkuHistoryEntry(
                timestamps.required(row[0]),
                row[1],
                row[2],
                row[3],
                row[4],
                row[5],
                row[6],
                _write_state(row[7]),
            )
            for row in rows
        ]

    def sku_thresholds(self) -> dict[str, int]:
        return {row[0]: int(row[1]) for row in self._reader.read("SELECT sku, threshold FROM sku_threshold")}


class QmarkWriter(Protocol):
    """A writer connection taking `?` placeholders: sqlite3's, or app.storage.postgres_qmark's."""

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Any: ...
    def executemany(self, sql: str, rows: Any, /) -> Any: ...


def write_sku_thresholds(connection: QmarkWriter, values: Mapping[str, int | None], *, replace: bool) -> None:
    """Set each SKU's threshold (None removes it); `replace` drops every other one first. Call inside
    a transaction."""
    kept = [(sku, value) for sku, value in values.items() if value is not None]
    removed = [(sku,) for sku, value in values.items() if value is None]
    if replace:
        connection.execute("DELETE FROM sku_threshold")
    connection.executemany("DELETE FROM sku_threshold WHERE sku = ?", removed)
    connection.executemany(
        "INSERT INTO sku_threshold (sku, threshold) VALUES (?, ?) "
        "ON CONFLICT (sku) DO UPDATE SET threshold = excluded.threshold",
        kept,
    )

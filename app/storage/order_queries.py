"""Reading orders for the Orders panel, `storesync orders` and the control API: one set of filters,
one row shape, and an order's status history."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from app.core.models import OrderStatus, OrderStatusChange, StoredOrder
from app.core.ports import OrderQuery
from app.storage import timestamps

ORDER_COLUMNS = (
    "o.id, o.store_id, s.name, o.external_id, o.number, o.status, o.remote_status, o.total, o.currency, "
    "o.created_at, o.updated_at, o.customer_country, o.tracking, o.imported_at"
)
ORDER_FROM = " FROM orders AS o JOIN store AS s ON s.id = o.store_id"
# An order's date is when the store says it was placed, or when it was imported if the store says not.
ORDER_DATE = "COALESCE(o.created_at, o.imported_at)"


def where_clause(query: OrderQuery) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    if query.store_id is not None:
        parts.append("o.store_id = ?")
        params.append(query.store_id)
    if query.status is not None:
        parts.append("o.status = ?")
        params.append(query.status.value)
    if query.since is not None:
        parts.append(f"{ORDER_DATE} >= ?")
        params.append(timestamps.to_db(query.since))
    if query.until is not None:
        parts.append(f"{ORDER_DATE} < ?")
        params.append(timestamps.to_db(query.until))
    return (" WHERE " + " AND ".join(parts) if parts else ""), params


def _status(value: str | None) -> OrderStatus:
    if value is None:
        return OrderStatus.UNKNOWN
    try:
        return OrderStatus(value)
    except ValueError:
        return OrderStatus.UNKNOWN


def _money(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        return Decimal("0")


def order_from_row(row: tuple[Any, ...]) -> StoredOrder:
    return StoredOrder(
        id=row[0],
        store_id=row[1],
        store_name=row[2],
        external_id=row[3],
        number=row[4],
        status=_status(row[5]),
        remote_status=row[6],
        total=_money(row[7]),
        currency=row[8],
        created_at=timestamps.from_db(row[9]),
        updated_at=timestamps.from_db(row[10]),
        customer_country=row[11],
        tracking=row[12],
        imported_at=timestamps.required(row[13]),
    )


class RowReader(Protocol):
    """Reads with `?` placeholders: the SQLite Database, or app.storage.postgres_qmark.QmarkReader."""

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...
    def read_value(self, sql: str, params: Sequence[Any] = ()) -> Any: ...


class OrderReader:
    """The read side of the order repository (on the caller's thread, like every read)."""

    def __init__(self, database: RowReader) -> None:
        self._reader = database

    def count_matching(self, query: OrderQuery) -> int:
        where, params = where_clause(query)
        return int(self._reader.read_value(f"SELECT COUNT(*){ORDER_FROM}{where}", params))

    def list_orders(self, query: OrderQuery, offset: int = 0, limit: int = 200) -> list[StoredOrder]:
        where, params = where_clause(query)
        rows = self._reader.read(
            f"SELECT {ORDER_COLUMNS}{ORDER_FROM}{where} "
            f"ORDER BY {ORDER_DATE} DESC, o.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [order_from_row(row) for row in rows]

    def get_order(self, order_id: int) -> StoredOrder | None:
        rows = self._reader.read(f"SELECT {ORDER_COLUMNS}{ORDER_FROM} WHERE o.id = ?", [order_id])
        return order_from_row(rows[0]) if rows else None

    def status_history(self, order_id: int) -> list[OrderStatusChange]:
        rows = self._reader.read(
            "SELECT time, new_status, old_status, remote_status, source, tracking, run_id "
            "FROM order_status_change WHERE order_id = ? ORDER BY time, id",
            [order_id],
        )
        return [
            OrderStatusChange(
                time=timestamps.required(row[0]),
                status=_status(row[1]),
                previous=None if row[2] is None else _status(row[2]),
                remote_status=row[3],
                source=row[4],
                tracking=row[5],
                run_id=row[6],
            )
            for row in rows
        ]

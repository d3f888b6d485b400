"""A courier's shipments moving orders on: each shipment names its order (by number or by the store's
id for it); a matching order takes the shipment's status and tracking number, and a status change is
a row of the order's history naming the courier store. An unmapped courier status moves nothing but
the tracking number, so a status StoreSync cannot read never sets an order back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final, Protocol

from app.core.models import OrderStatus, OrderStatusUpdate, ShipmentRecord
from app.core.ports import ShipmentOutcome
from app.storage import timestamps

MATCH_COLUMNS: Final = {"number": "number", "external_id": "external_id"}
LOOKUP_CHUNK = 500
MOVE_ORDER = "UPDATE orders SET status = ?, tracking = ?, last_run = ? WHERE id = ?"
RECORD_MOVE = (
    "INSERT INTO order_status_change (order_id, run_id, time, old_status, new_status, remote_status, source, "
    "tracking) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


class Rows(Protocol):
    def fetchall(self) -> list[Any]: ...


class QmarkConnection(Protocol):
    """A connection taking `?` placeholders: sqlite3's, or app.storage.postgres_qmark's on PostgreSQL."""

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Rows: ...
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]], /) -> Any: ...


def apply_shipments(
    connection: QmarkConnection,
    store_id: int,
    run_id: int,
    source: str,
    match_by: str,
    shipments: Sequence[ShipmentRecord],
) -> ShipmentOutcome:
    """Inside the caller's transaction."""
    column = MATCH_COLUMNS.get(match_by)
    if column is None:
        raise ValueError(f"shipments match orders by number or external_id, not {match_by!r}")
    latest = {shipment.reference: shipment for shipment in shipments}  # a repeated one: last wins
    found = _orders_by_reference(connection, store_id, column, list(latest))
    now = timestamps.now_db()
    moved: list[OrderStatusUpdate] = []
    unmatched: list[str] = []
    unchanged = 0
    moves: list[tuple[Any, ...]] = []
    history: list[tuple[Any, ...]] = []
    for reference, shipment in latest.items():
        orders = found.get(reference)
        if not orders:
            unmatched.append(reference)
            continue
        for order_id, external_id, number, status, tracking in orders:
            new_status = status if shipment.status is OrderStatus.UNKNOWN else shipment.status.value
            new_tracking = shipment.tracking or tracking
            if (new_status, new_tracking) == (status, tracking):
                unchanged += 1
                continue
            moves.append((new_status, new_tracking, run_id, order_id))
            if new_status != status:
                history.append(
                    (order_id, run_id, now, status, new_status, shipment.remote_status, source, new_tracking)
                )
            moved.append(OrderStatusUpdate(external_id, number, OrderStatus(new_status), new_tracking))
    connection.executemany(MOVE_ORDER, moves)
    connection.executemany(RECORD_MOVE, history)
    return ShipmentOutcome(moved=moved, unchanged=unchanged, unmatched=unmatched)


def _orders_by_reference(
    connection: QmarkConnection, store_id: int, column: str, references: list[str]
) -> dict[str, list[tuple[int, str, str, str, str]]]:
    found: dict[str, list[tuple[int, str, str, str, str]]] = {}
    for start in range(0, len(references), LOOKUP_CHUNK):
        chunk = references[start : start + LOOKUP_CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = connection.execute(
            f"SELECT {column}, id, external_id, number, status, tracking FROM orders "
            f"WHERE store_id = ? AND {column} IN ({marks})",
            (store_id, *chunk),
        ).fetchall()
        for row in rows:
            found.setdefault(row[0], []).append(tuple(row[1:]))
    return found

"""The orders with filters and paging, and one order with its status history: what the Orders panel,
`storesync orders` and the control API's /orders show, in one set of words."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.core.errors import NotFound
from app.core.models import OrderStatus, OrderStatusChange, StoredOrder
from app.core.operations.history import parse_moment
from app.core.operations.lookup import find_store, parse_choice, parse_whole
from app.core.operations.paging import page_answer, page_window
from app.core.ports import OrderQuery, OrderRepository, StoreRepository

FILTERS = ("store", "status", "since", "until")


def order_query(stores: StoreRepository, filters: Mapping[str, Any]) -> OrderQuery:
    """Filters `store` (name or id), `status` (ours), `since`/`until` (the order's date; see
    parse_moment: 2026-05-01, 2026-05-01T08:00, 7d)."""
    present = {key: filters[key] for key in FILTERS if filters.get(key) not in (None, "")}
    store = find_store(stores, present["store"]) if "store" in present else None
    statuses = [status.value for status in OrderStatus]
    return OrderQuery(
        store_id=store.id if store is not None else None,
        status=OrderStatus(parse_choice(present["status"], "the status", statuses))
        if "status" in present
        else None,
        since=parse_moment(present["since"], "since") if "since" in present else None,
        until=parse_moment(present["until"], "until") if "until" in present else None,
    )


def orders_page(
    stores: StoreRepository, orders: OrderRepository, filters: Mapping[str, Any]
) -> dict[str, Any]:
    """One page of matching orders, newest first, with the total count and where the page starts."""
    query = order_query(stores, filters)
    offset, limit = page_window(filters)
    page = orders.list_orders(query, offset=offset, limit=limit)
    entries = [order_entry(order) for order in page]
    return page_answer("orders", entries, orders.count_matching(query), offset, limit)


def order_detail(orders: OrderRepository, order_id: object) -> dict[str, Any]:
    """One order with its status history, oldest change first."""
    number = parse_whole(order_id, "the order id")
    order = orders.get_order(number)
    if order is None:
        raise NotFound(f"no order with id {number}")
    return {**order_entry(order), "history": [history_entry(step) for step in orders.status_history(number)]}


def order_entry(order: StoredOrder) -> dict[str, Any]:
    return {
        "id": order.id,
        "store_id": order.store_id,
        "store_name": order.store_name,
        "external_id": order.external_id,
        "number": order.number,
        "status": order.status.value,
        "remote_status": order.remote_status,
        "total": str(order.total),
        "currency": order.currency,
        "created_at": None if order.created_at is None else order.created_at.isoformat(),
        "updated_at": None if order.updated_at is None else order.updated_at.isoformat(),
        "customer_country": order.customer_country,
        "tracking": order.tracking,
        "imported_at": order.imported_at.isoformat(),
    }


def history_entry(step: OrderStatusChange) -> dict[str, Any]:
    return {
        "time": step.time.isoformat(),
        "status": step.status.value,
        "previous": None if step.previous is None else step.previous.value,
        "remote_status": step.remote_status,
        "source": step.source,
        "tracking": step.tracking,
        "run_id": step.run_id,
    }


def order_from_entry(entry: Mapping[str, Any]) -> StoredOrder:
    """The order that `order_entry` describes (a server's answer, read back by its console)."""
    return StoredOrder(
        id=int(entry["id"]),
        store_id=int(entry["store_id"]),
        store_name=str(entry["store_name"]),
        external_id=str(entry["external_id"]),
        number=str(entry["number"]),
        status=OrderStatus(entry["status"]),
        remote_status=str(entry.get("remote_status") or ""),
        total=Decimal(str(entry["total"])),
        currency=str(entry.get("currency") or ""),
        created_at=_moment(entry.get("created_at")),
        updated_at=_moment(entry.get("updated_at")),
        customer_country=str(entry.get("customer_country") or ""),
        tracking=str(entry.get("tracking") or ""),
        imported_at=datetime.fromisoformat(entry["imported_at"]),
    )


def change_from_entry(entry: Mapping[str, Any]) -> OrderStatusChange:
    """The status change that `history_entry` describes."""
    previous = entry.get("previous")
    return OrderStatusChange(
        time=datetime.fromisoformat(entry["time"]),
        status=OrderStatus(entry["status"]),
        previous=None if previous is None else OrderStatus(previous),
        remote_status=str(entry.get("remote_status") or ""),
        source=str(entry.get("source") or ""),
        tracking=str(entry.get("tracking") or ""),
        run_id=entry.get("run_id"),
    )


def _moment(value: object) -> datetime | None:
    return None if not isinstance(value, str) or not value else datetime.fromisoformat(value)

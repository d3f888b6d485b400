"""`storesync orders` and `storesync order show ID`: the Orders panel's orders and one order's status
history, from the running instance or from the database in this process."""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from app.cli.common import EXIT_OK
from app.cli.listing import local_time, print_page
from app.cli.local_instance import instance_or_local
from app.core.models import OrderStatus


def add_orders_parsers(commands: Any) -> None:
    orders = commands.add_parser("orders", help="imported orders, newest first, with status and tracking")
    orders.add_argument("--store", metavar="NAME", help="only this store's orders")
    orders.add_argument("--status", choices=[status.value for status in OrderStatus])
    orders.add_argument(
        "--since", metavar="WHEN", help="orders placed from then: 2026-05-01, 2026-05-01T08:00, or 7d"
    )
    orders.add_argument("--until", metavar="WHEN", help="orders placed before then (same forms as --since)")
    orders.add_argument("--limit", type=int, default=50, metavar="N", help="how many orders (default 50)")
    orders.add_argument("--json", action="store_true", help="machine-readable output")
    order = commands.add_parser("order", help="one order in detail")
    actions = order.add_subparsers(dest="action", metavar="action", required=True)
    show = actions.add_parser("show", help="an order with its status history")
    show.add_argument("id", type=int, help="the order's id, as `storesync orders` lists it")
    show.add_argument("--json", action="store_true", help="machine-readable output")


def orders(args: argparse.Namespace) -> int:
    page = asyncio.run(_orders(args))
    print_page(page, "orders", "orders", _order_line, args.json)
    return EXIT_OK


async def _orders(args: argparse.Namespace) -> dict[str, Any]:
    filters = {"store": args.store, "status": args.status, "since": args.since, "until": args.until}
    async with instance_or_local(args) as instance:
        page: dict[str, Any] = await instance.orders(**filters, limit=args.limit)
    return page


def order(args: argparse.Namespace) -> int:
    detail = asyncio.run(_order(args))
    print(json.dumps(detail, indent=2, ensure_ascii=False) if args.json else _order_text(detail))
    return EXIT_OK


async def _order(args: argparse.Namespace) -> dict[str, Any]:
    async with instance_or_local(args) as instance:
        detail: dict[str, Any] = await instance.order(args.id)
    return detail


def _order_line(order: dict[str, Any]) -> str:
    tracking = f"  tracking {order['tracking']}" if order["tracking"] else ""
    country = f"  {order['customer_country']}" if order["customer_country"] else ""
    return (
        f"{order['id']:>6}  {_date(order)}  {order['store_name']} {order['number']}  {order['status']}  "
        f"{order['total']} {order['currency']}{country}{tracking}"
    )


def _order_text(order: dict[str, Any]) -> str:
    lines = [
        f"Order {order['number']} of {order['store_name']} (id {order['id']}, the store's id "
        f"{order['external_id']})",
        f"  {order['status']} (the store says {order['remote_status'] or 'nothing'}), placed {_date(order)}",
        f"  total {order['total']} {order['currency']}"
        + (f", to {order['customer_country']}" if order["customer_country"] else ""),
    ]
    if order["tracking"]:
        lines.append(f"  tracking {order['tracking']}")
    lines.append(f"Status history ({len(order['history'])}):")
    lines.extend(
        f"  {local_time(step['time'])}  {step['previous'] or 'new'} -> {step['status']}"
        f"  ({step['source']}: {step['remote_status'] or '-'})"
        for step in order["history"]
    )
    return "\n".join(lines)


def _date(order: dict[str, Any]) -> str:
    return local_time(order["created_at"] or order["imported_at"])

"""Orders: the imported orders with filters and paging, and one order with its status history."""

from __future__ import annotations

from aiohttp import web

from app.control.context import context_of
from app.control.responses import answer
from app.core.operations.orders import order_detail, orders_page

routes = web.RouteTableDef()


@routes.get("/api/v1/orders")
async def list_orders(request: web.Request) -> web.Response:
    services = context_of(request).services
    return answer(orders_page(services.stores, services.orders, request.query))


@routes.get("/api/v1/orders/{order_id}")
async def get_order(request: web.Request) -> web.Response:
    return answer(order_detail(context_of(request).services.orders, request.match_info["order_id"]))

"""Stock: the stored inventory (as the Inventory panel shows it), one SKU's history across stores,
and the low-stock thresholds per SKU."""

from __future__ import annotations

from aiohttp import web

from app.control.context import context_of
from app.control.responses import answer, read_object
from app.core.errors import InvalidRequest
from app.core.operations.inventory import inventory_rows, sku_history
from app.core.operations.thresholds import change_thresholds, thresholds_document

routes = web.RouteTableDef()


@routes.get("/api/v1/inventory")
async def list_inventory(request: web.Request) -> web.Response:
    return answer(inventory_rows(context_of(request).services, request.query))


@routes.get("/api/v1/sku-history")
async def get_sku_history(request: web.Request) -> web.Response:
    sku = request.query.get("sku", "")
    if not sku:
        raise InvalidRequest("say which SKU: ?sku=")
    return answer(sku_history(context_of(request).services, sku))


@routes.get("/api/v1/thresholds")
async def get_thresholds(request: web.Request) -> web.Response:
    return answer(thresholds_document(context_of(request).services))


@routes.patch("/api/v1/thresholds")
async def update_thresholds(request: web.Request) -> web.Response:
    """Takes effect at once: the next low-stock check and the window read them."""
    services = context_of(request).services
    return answer(await change_thresholds(services, await read_object(request)))

"""The Overview's figures, for a server's console."""

from __future__ import annotations

from datetime import UTC, datetime

from aiohttp import web

from app.control.context import context_of
from app.control.responses import answer
from app.core.operations.overview import overview_figures

routes = web.RouteTableDef()


@routes.get("/api/v1/overview")
async def get_overview(request: web.Request) -> web.Response:
    return answer(overview_figures(context_of(request).services, request.query, datetime.now(UTC)))

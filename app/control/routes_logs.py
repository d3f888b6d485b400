"""The log lines the Log panel shows (new ones arrive on /api/v1/events as log_recorded), and a
backup of the database written by the instance."""

from __future__ import annotations

from aiohttp import web

from app.control.context import context_of
from app.control.responses import answer, read_object
from app.core.operations.logs import log_lines
from app.core.operations.maintenance import backup_database

routes = web.RouteTableDef()


@routes.get("/api/v1/logs")
async def list_log_lines(request: web.Request) -> web.Response:
    return answer(log_lines(context_of(request).services, request.query))


@routes.post("/api/v1/backup")
async def write_backup(request: web.Request) -> web.Response:
    services = context_of(request).services
    return answer(await backup_database(services, await read_object(request)), status=201)

"""The configuration as one document: export it, or import one (stores, jobs, settings; secrets the
document carries go to the keychain), rescheduled at once."""

from __future__ import annotations

from aiohttp import web

from app.control.context import context_of
from app.control.responses import answer, read_object
from app.core.errors import InvalidRequest
from app.core.operations.config import export_config, import_config

routes = web.RouteTableDef()


@routes.get("/api/v1/config")
async def get_config(request: web.Request) -> web.Response:
    return answer(export_config(context_of(request).services))


@routes.post("/api/v1/config")
async def put_config(request: web.Request) -> web.Response:
    """{"document": an export, "replace": whether stores that exist follow it too}."""
    body = await read_object(request)
    replace = body.get("replace", False)
    if not isinstance(replace, bool):
        raise InvalidRequest(f"replace must be true or false, not {replace!r}")
    source = body.get("source", "the configuration")
    services = context_of(request).services
    return answer(await import_config(services, body.get("document"), replace=replace, source=str(source)))

"""Stock pushes: preview what the chosen pushes would write now, and approve one plan the guard
refused (the job's next run writes it)."""

from __future__ import annotations

from aiohttp import web

from app.control.context import context_of
from app.control.responses import answer, read_object
from app.core.operations.pushes import approve_push, preview_pushes

routes = web.RouteTableDef()


@routes.post("/api/v1/push-previews")
async def preview(request: web.Request) -> web.Response:
    services = context_of(request).services
    return answer(await preview_pushes(services, await read_object(request)))


@routes.post("/api/v1/jobs/{job_id}/approval")
async def approve(request: web.Request) -> web.Response:
    services = context_of(request).services
    body = await read_object(request)
    return answer(await approve_push(services, request.match_info["job_id"], body))

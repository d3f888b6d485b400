"""The instance itself: status of the scheduler, stores and jobs; pause or resume everything; reload;
the OpenAPI description."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from app.control.context import ControlContext, context_of
from app.control.openapi import openapi_document
from app.control.responses import answer
from app.core.events import StoresChanged
from app.core.operations.status import status_report
from app.core.staleness import stale_hours

routes = web.RouteTableDef()


def instance_status(context: ControlContext) -> dict[str, Any]:
    """The scheduler's state and every store and job, as `storesync status --json` prints them."""
    services = context.services
    report = status_report(
        services.stores, services.runs, services.scheduler, True, stale_hours(services.settings)
    )
    return {
        "scheduler": {
            "running": True,
            "paused": services.scheduler.paused_all,
            "since": context.started_at.isoformat(),
            "pid": context.pid,
            "version": services.version,
            "data_dir": str(services.data_dir),
            "workers": services.scheduler.workers(),
        },
        **report,
    }


def status_body(context: ControlContext) -> bytes:
    return json.dumps(instance_status(context), ensure_ascii=False).encode()


@routes.get("/api/v1/status")
async def get_status(request: web.Request) -> web.Response:
    context = context_of(request)
    # A `sync` command killed while this instance runs shows as interrupted at once.
    if await context.services.runs.interrupt_orphaned_runs() and context.status is not None:
        context.status.invalidate()
    body = await context.status.fresh_body() if context.status is not None else status_body(context)
    return web.Response(body=body, content_type="application/json")


@routes.post("/api/v1/scheduler/pause")
async def pause_everything(request: web.Request) -> web.Response:
    context = context_of(request)
    await context.services.scheduler.pause_all()
    return answer(instance_status(context)["scheduler"])


@routes.post("/api/v1/scheduler/resume")
async def resume_everything(request: web.Request) -> web.Response:
    context = context_of(request)
    await context.services.scheduler.resume_all()
    return answer(instance_status(context)["scheduler"])


@routes.post("/api/v1/reload")
async def reload_configuration(request: web.Request) -> web.Response:
    """Re-read stores and jobs from the database (after a change made without the API)."""
    context = context_of(request)
    context.services.scheduler.reload_all()
    context.services.bus.publish(StoresChanged())
    return answer(instance_status(context))


@routes.get("/api/v1/openapi.json")
async def get_openapi(request: web.Request) -> web.Response:
    return answer(openapi_document())

"""The instance itself: status of the scheduler, stores and jobs; pause or resume everything; reload;
the OpenAPI description."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web

from app.control.context import ControlContext, context_of
from app.control.openapi import openapi_document
from app.control.responses import answer
from app.core.errors import StoreSyncError
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
    await _mark_orphans(context)
    body = await context.status.fresh_body() if context.status is not None else status_body(context)
    return web.Response(body=body, content_type="application/json")


ORPHAN_SWEEP_SECONDS = 2.0


async def _mark_orphans(context: ControlContext) -> None:
    """A `sync` command killed while this instance runs shows as interrupted at once. For at most
    ORPHAN_SWEEP_SECONDS: a server's writer waits half a minute for a database that went away, and the
    status must say so sooner (its read fails at once); the sweep goes on meanwhile."""
    sweep = asyncio.ensure_future(context.services.runs.interrupt_orphaned_runs())
    sweep.add_done_callback(lambda done: done.cancelled() or done.exception())
    try:
        marked = await asyncio.wait_for(asyncio.shield(sweep), ORPHAN_SWEEP_SECONDS)
    except (TimeoutError, StoreSyncError):
        return
    if marked and context.status is not None:
        context.status.invalidate()


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

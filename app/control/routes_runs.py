"""Runs: the history with filters and paging, one run in detail, the upcoming run times, and
starting runs now."""

from __future__ import annotations

from aiohttp import web

from app.control.context import context_of
from app.control.responses import answer, read_object
from app.core.operations.history import history_page, run_detail
from app.core.operations.jobs import upcoming
from app.core.operations.triggering import trigger_runs

routes = web.RouteTableDef()


@routes.get("/api/v1/runs")
async def list_runs(request: web.Request) -> web.Response:
    services = context_of(request).services
    return answer(history_page(services.stores, services.runs, request.query))


@routes.get("/api/v1/runs/{run_id}")
async def get_run(request: web.Request) -> web.Response:
    services = context_of(request).services
    return answer(run_detail(services.runs, services.logs, services.inventory, request.match_info["run_id"]))


@routes.post("/api/v1/runs")
async def start_runs(request: web.Request) -> web.Response:
    """Start runs now; 202 with the run id of each started job (follow them on /api/v1/events)."""
    services = context_of(request).services
    return answer(await trigger_runs(services, await read_object(request)), status=202)


@routes.get("/api/v1/upcoming")
async def get_upcoming(request: web.Request) -> web.Response:
    return answer(upcoming(context_of(request).services, request.query))

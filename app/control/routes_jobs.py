"""Jobs: list, show, add, change (schedule, options, catch-up, paused), remove, pause and resume."""

from __future__ import annotations

from aiohttp import web

from app.control.context import context_of
from app.control.responses import answer, read_object
from app.core.operations.jobs import add_job, change_job, job_entry, remove_job
from app.core.operations.lookup import find_job, find_store

routes = web.RouteTableDef()


@routes.get("/api/v1/jobs")
async def list_jobs(request: web.Request) -> web.Response:
    services = context_of(request).services
    store = request.query.get("store")
    store_id = find_store(services.stores, store).id if store else None
    jobs = services.stores.list_jobs(store_id)
    return answer({"jobs": [job_entry(services, job) for job in jobs]})


@routes.post("/api/v1/jobs")
async def create_job(request: web.Request) -> web.Response:
    services = context_of(request).services
    job = await add_job(services, await read_object(request))
    return answer(job_entry(services, job), status=201)


@routes.get("/api/v1/jobs/{job_id}")
async def get_job(request: web.Request) -> web.Response:
    services = context_of(request).services
    return answer(job_entry(services, find_job(services.stores, request.match_info["job_id"])))


@routes.patch("/api/v1/jobs/{job_id}")
async def update_job(request: web.Request) -> web.Response:
    services = context_of(request).services
    job = find_job(services.stores, request.match_info["job_id"])
    changed = await change_job(services, job, await read_object(request))
    return answer(job_entry(services, changed))


@routes.delete("/api/v1/jobs/{job_id}")
async def delete_job(request: web.Request) -> web.Response:
    services = context_of(request).services
    job = find_job(services.stores, request.match_info["job_id"])
    await remove_job(services, job)
    return answer({"removed": job.id})


@routes.post("/api/v1/jobs/{job_id}/pause")
async def pause_job(request: web.Request) -> web.Response:
    services = context_of(request).services
    job = find_job(services.stores, request.match_info["job_id"])
    return answer(job_entry(services, await change_job(services, job, {"paused": True})))


@routes.post("/api/v1/jobs/{job_id}/resume")
async def resume_job(request: web.Request) -> web.Response:
    services = context_of(request).services
    job = find_job(services.stores, request.match_info["job_id"])
    return answer(job_entry(services, await change_job(services, job, {"paused": False})))

"""Stores: list, show, add, edit and remove; `{store}` is a store's id or its name."""

from __future__ import annotations

from aiohttp import web

from app.control.context import context_of
from app.control.responses import answer, read_object
from app.core.operations.lookup import find_store
from app.core.operations.stores import (
    add_store,
    check_connection,
    edit_store,
    preview_store,
    remove_store,
    removed_entry,
    store_entry,
    test_store,
)

routes = web.RouteTableDef()


@routes.get("/api/v1/stores")
async def list_stores(request: web.Request) -> web.Response:
    services = context_of(request).services
    return answer({"stores": [store_entry(store, services) for store in services.stores.list_stores()]})


@routes.post("/api/v1/stores")
async def create_store(request: web.Request) -> web.Response:
    services = context_of(request).services
    store = await add_store(services, await read_object(request))
    return answer(store_entry(store, services), status=201)


@routes.get("/api/v1/stores/{store}")
async def get_store(request: web.Request) -> web.Response:
    services = context_of(request).services
    return answer(store_entry(find_store(services.stores, request.match_info["store"]), services))


@routes.patch("/api/v1/stores/{store}")
async def update_store(request: web.Request) -> web.Response:
    services = context_of(request).services
    store = find_store(services.stores, request.match_info["store"])
    changed = await edit_store(services, store, await read_object(request))
    return answer(store_entry(changed, services))


@routes.delete("/api/v1/stores/{store}")
async def delete_store(request: web.Request) -> web.Response:
    services = context_of(request).services
    store = find_store(services.stores, request.match_info["store"])
    secrets_kept = await remove_store(services, store)
    return answer(removed_entry(services, store, secrets_kept))


@routes.post("/api/v1/stores/{store}/test")
async def check_store(request: web.Request) -> web.Response:
    """The editor's connection test with the saved settings; a refused connection is an answer
    ({"ok": false, "message"}), not an error of the request."""
    services = context_of(request).services
    store = find_store(services.stores, request.match_info["store"])
    return answer(await test_store(services, store))


@routes.post("/api/v1/stores/{store}/preview")
async def preview_saved_store(request: web.Request) -> web.Response:
    """The editor's preview of what a sync would store, skip and fail (`?limit=` items, default 5)."""
    services = context_of(request).services
    store = find_store(services.stores, request.match_info["store"])
    return answer(await preview_store(services, store, request.query.get("limit", 5)))


@routes.post("/api/v1/connection-test")
async def check_unsaved_store(request: web.Request) -> web.Response:
    """Test connection before saving: the store a POST to /api/v1/stores would add, tried with its
    secrets; nothing is saved."""
    services = context_of(request).services
    return answer(await check_connection(services, await read_object(request)))

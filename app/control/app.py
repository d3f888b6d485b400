"""The aiohttp application: middlewares (errors as JSON, the bearer token) and every route."""

from __future__ import annotations

import logging

from aiohttp import web

from app.control import (
    routes_alerts,
    routes_config,
    routes_events,
    routes_jobs,
    routes_logs,
    routes_meta,
    routes_orders,
    routes_overview,
    routes_pushes,
    routes_runs,
    routes_stock,
    routes_stores,
)
from app.control.auth import Handler, bearer_token_middleware
from app.control.context import context_of
from app.control.responses import MAX_BODY_BYTES, error_answer
from app.core.errors import InvalidRequest, KeychainUnavailable, StoreSyncError

log = logging.getLogger(__name__)

ROUTE_MODULES = (
    routes_meta,
    routes_runs,
    routes_orders,
    routes_jobs,
    routes_stores,
    routes_config,
    routes_events,
    routes_stock,
    routes_overview,
    routes_alerts,
    routes_logs,
    routes_pushes,
)


def build_app(token: str) -> web.Application:
    application = web.Application(
        middlewares=[errors_as_json, bearer_token_middleware(token), fresh_status_after_changes],
        client_max_size=MAX_BODY_BYTES,
    )
    for module in ROUTE_MODULES:
        application.add_routes(module.routes)
    return application


@web.middleware
async def fresh_status_after_changes(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Whatever a request changed shows in the next status answer, even when it published no event."""
    try:
        return await handler(request)
    finally:
        status = context_of(request).status
        if request.method != "GET" and status is not None:
            status.invalidate()


@web.middleware
async def errors_as_json(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every failure becomes {"error": {"kind", "message"}} with one plain sentence, never a traceback."""
    try:
        return await handler(request)
    except InvalidRequest as error:
        return error_answer(error.http_status, error.kind, str(error))
    except KeychainUnavailable as error:
        return error_answer(503, error.kind, str(error))
    except StoreSyncError as error:
        log.warning("Control API: %s %s failed: %s", request.method, request.path, error)
        return error_answer(500, error.kind, str(error))
    except web.HTTPException as error:
        if error.status < 400:
            raise
        message = {404: f"no such address: {request.path}", 405: f"{request.method} is not allowed here"}
        text = message.get(error.status, error.reason)
        if error.status == 413:
            text = f"the request body is larger than {MAX_BODY_BYTES // 1024} KB"
        return error_answer(error.status, "http", text)
    except Exception as error:
        log.exception("Control API: %s %s failed", request.method, request.path)
        return error_answer(
            500, "unexpected", f"Unexpected error ({type(error).__name__}). Details are in the log file."
        )

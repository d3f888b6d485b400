"""Every request proves it comes from someone who can read the token file: `Authorization: Bearer`."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

from app.control.responses import error_answer

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def bearer_token_middleware(token: str) -> Middleware:
    """Refuse (401) any request without the token; compared in constant time so its bytes cannot be
    guessed one at a time; the refusal is logged without what was sent."""
    expected = f"Bearer {token}".encode()

    @web.middleware
    async def require_token(request: web.Request, handler: Handler) -> web.StreamResponse:
        sent = request.headers.get("Authorization", "").encode("utf-8", "replace")
        if not hmac.compare_digest(sent, expected):
            log.warning(
                "Control API: refused %s %s from %s (%s)",
                request.method,
                request.path,
                request.remote,
                "wrong token" if sent else "no token",
            )
            return error_answer(
                401,
                "unauthorized",
                "the control API token is missing or wrong; read it from the token file in the data folder",
            )
        return await handler(request)

    return require_token

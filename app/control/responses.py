"""JSON answers of the control API: one shape for data, one for errors, and request bodies read safely."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from app.core.errors import InvalidRequest

MAX_BODY_BYTES = 1 << 20


def answer(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=_dumps)


def error_answer(status: int, kind: str, message: str) -> web.Response:
    """{"error": {"kind": ..., "message": ...}}: `message` is the sentence the command line prints."""
    return answer({"error": {"kind": kind, "message": message}}, status=status)


async def read_object(request: web.Request) -> dict[str, Any]:
    """The request's JSON object body; anything else is a 400 that says what was wrong."""
    if not request.can_read_body:
        return {}
    try:
        data = json.loads(await request.text())
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise InvalidRequest("the request body is not valid JSON") from None
    if not isinstance(data, dict):
        raise InvalidRequest("the request body must be a JSON object")
    return data


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)

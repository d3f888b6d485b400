"""Alerts: the settings of the Settings dialog's Alerts tab, a change to them (secrets to the keychain,
never sent back), and a test message."""

from __future__ import annotations

from aiohttp import web

from app.control.context import context_of
from app.control.responses import answer, read_object
from app.core.operations.alerts import alerts_document, change_alerts, send_test_alert

routes = web.RouteTableDef()


@routes.get("/api/v1/alerts")
async def get_alerts(request: web.Request) -> web.Response:
    return answer(await alerts_document(context_of(request).services))


@routes.patch("/api/v1/alerts")
async def update_alerts(request: web.Request) -> web.Response:
    services = context_of(request).services
    return answer(await change_alerts(services, await read_object(request)))


@routes.post("/api/v1/alerts/test")
async def test_alert(request: web.Request) -> web.Response:
    """{"channel": "email" | "webhook"}; a message that could not be sent is an answer
    ({"ok": false, "message"}), not an error of the request."""
    body = await read_object(request)
    return answer(await send_test_alert(context_of(request).services, body.get("channel")))

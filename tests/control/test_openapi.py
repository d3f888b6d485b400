"""The OpenAPI description: the committed file is what the server serves, and it describes every route."""

from __future__ import annotations

import json
from pathlib import Path

from app.control.app import build_app
from app.control.client import ControlClient

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "control-api.openapi.json"


async def test_the_committed_description_is_the_served_one(client: ControlClient) -> None:
    served = await client.openapi()
    assert json.loads(COMMITTED.read_text(encoding="utf-8")) == served, (
        "stale: python -m app.control.openapi > docs/control-api.openapi.json"
    )
    assert served["openapi"].startswith("3.1")


def test_every_route_is_described() -> None:
    described = json.loads(COMMITTED.read_text(encoding="utf-8"))["paths"]
    routes = {
        (route.resource.canonical, route.method.lower())
        for route in build_app("token").router.routes()
        if route.resource is not None and route.method != "HEAD"
    }
    documented = {(path, method) for path, methods in described.items() for method in methods}
    assert routes == documented

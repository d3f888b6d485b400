"""Each platform declares itself once (app/core/platforms/<platform>.py) and every reader follows that
declaration: the connector and simulator registries, the demo, the icons, the editor's platform list
and the stores panel's filter."""

from __future__ import annotations

from pathlib import Path

from app.connectors.registry import ConnectorRegistry
from app.core.models import JobKind, Platform
from app.core.platforms import DECLARATIONS, PLATFORM_LABELS, secret_fields
from app.sandbox.demo import demo_store_definitions, start_demo_simulators
from app.sandbox.registry import simulator_class

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def test_every_platform_declares_a_connector_a_simulator_and_an_icon() -> None:
    registry = ConnectorRegistry()
    for platform, declared in DECLARATIONS.items():
        connector = registry.connector_class(platform)
        assert connector.platform is platform
        assert connector.supported_jobs == declared.capabilities
        assert connector.rate_limit == declared.rate_limit
        assert simulator_class(platform.value).__module__ == declared.simulator_module
        assert (ICONS / declared.icon).is_file()
        assert declared.label == PLATFORM_LABELS[platform]


def test_declared_rate_limits_and_secrets_are_what_the_platforms_document() -> None:
    assert DECLARATIONS[Platform.BASELINKER].rate_limit == (1.5, 10)  # 100 requests a minute per token
    assert DECLARATIONS[Platform.AMAZON].rate_limit == (2.0, 2)  # getInventorySummaries
    assert secret_fields(Platform.SHOPIFY) == ("access_token",)
    assert JobKind.ORDERS_PULL not in DECLARATIONS[Platform.AMAZON].capabilities


def test_the_demo_creates_the_declared_store_of_every_platform() -> None:
    sandbox = start_demo_simulators(products=5, tick_seconds=None, base_port=None)
    try:
        stores = {store.platform: store for store in demo_store_definitions(sandbox)}
    finally:
        sandbox.stop()
    for platform, declared in DECLARATIONS.items():
        assert declared.demo is not None
        assert stores[platform].name == declared.demo.name
        assert stores[platform].schedules == declared.demo.schedules

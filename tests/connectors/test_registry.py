"""The registry that builds connectors by platform, tests connections and previews stock, and the
platform setting fields the store editor draws its forms from."""

from __future__ import annotations

import dataclasses

import httpx
import pytest
import respx

from app.connectors.generic_json import GenericJsonConnector
from app.connectors.http import HttpPolicy
from app.connectors.registry import ConnectorRegistry
from app.connectors.woocommerce import WooCommerceConnector
from app.core.errors import ConfigError
from app.core.models import OrderStatus, Platform, Store
from app.core.platforms import (
    DECLARATIONS,
    DEFAULT_ORDER_STATUS_MAP,
    PLATFORM_FIELDS,
    PLATFORM_LABELS,
    secret_fields,
    status_map,
)

BASE = "https://erp.example.com/api"


def generic_store() -> Store:
    return Store(
        "ERP",
        Platform.GENERIC_JSON,
        {
            "base_url": BASE,
            "endpoint": "stock",
            "paginator": "page",
            "auth": "bearer",
            "total_pages_header": "",
        },
    )


def test_platform_modules_load_lazily_by_name(policy: HttpPolicy) -> None:
    registry = ConnectorRegistry(policy)
    assert registry.connector_class(Platform.GENERIC_JSON) is GenericJsonConnector
    assert registry.connector_class(Platform.WOOCOMMERCE) is WooCommerceConnector


def test_a_platform_whose_module_is_missing_is_not_available(
    policy: HttpPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = dataclasses.replace(
        DECLARATIONS[Platform.AMAZON], connector_module="app.connectors.no_such_module"
    )
    monkeypatch.setitem(DECLARATIONS, Platform.AMAZON, missing)
    registry = ConnectorRegistry(policy)
    with pytest.raises(ConfigError, match=r"Amazon .* not available"):
        registry.create(Store("FBA", Platform.AMAZON, {}), {})


def test_register_replaces_a_platform_class(policy: HttpPolicy) -> None:
    registry = ConnectorRegistry(policy)
    registry.register(Platform.SHOPIFY, GenericJsonConnector)
    assert registry.connector_class(Platform.SHOPIFY) is GenericJsonConnector


@respx.mock
async def test_connection_test_and_preview_close_what_they_open(policy: HttpPolicy) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        first = (int(request.url.params["page"]) - 1) * 4
        return httpx.Response(
            200, json=[{"sku": f"S{i}", "quantity": i} for i in range(first, min(first + 4, 8))]
        )

    route = respx.get(f"{BASE}/stock").mock(side_effect=page)
    registry = ConnectorRegistry(policy)
    message = await registry.test_connection(generic_store(), {"secret": "tok"})
    assert message == "Connected to erp.example.com: the first page has 4 products: 4 items to store."
    assert route.call_count == 2  # the first page, then one far past the end: empty, so the end is seen
    preview = await registry.preview_inventory(generic_store(), {"secret": "tok"}, limit=6)
    assert [r.sku for r in preview.records] == ["S0", "S1", "S2", "S3", "S4", "S5"]
    assert (preview.items, preview.skipped, list(preview.failures)) == (8, 0, [])
    assert route.call_count == 4  # then two pages: the preview stopped at six records


def test_secret_fields_are_known_without_loading_a_connector() -> None:
    registry = ConnectorRegistry()
    assert registry.secret_fields(Platform.WOOCOMMERCE) == ("consumer_key", "consumer_secret")
    assert registry.secret_fields(Platform.BASELINKER) == ("api_token",)
    assert secret_fields(Platform.AMAZON) == ("client_secret", "refresh_token")


def test_every_platform_has_a_form_a_label_and_a_status_map() -> None:
    for platform in Platform:
        fields = PLATFORM_FIELDS[platform]
        assert fields and PLATFORM_LABELS[platform]
        assert platform in DEFAULT_ORDER_STATUS_MAP
        names = [f.name for f in fields]
        assert len(names) == len(set(names))
        for field in fields:
            assert field.label and field.help.endswith((".", ")"))
            assert field.kind != "choice" or field.default in field.choices or field.default is None


def test_store_status_map_overrides_defaults_and_ignores_nonsense() -> None:
    mapping = status_map(Platform.WOOCOMMERCE, {"completed": "delivered", "x": "not-a-status"})
    assert mapping["completed"] is OrderStatus.DELIVERED
    assert mapping["processing"] is OrderStatus.PROCESSING
    assert "x" not in mapping

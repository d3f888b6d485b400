"""What each platform needs to be set up: the store editor draws its form from these fields, the
credential store keeps the `secret` ones, and orders map remote statuses onto ours by default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

from app.core.models import OrderStatus, Platform

FieldKind = Literal["text", "url", "secret", "int", "choice", "mapping", "status_map"]


@dataclass(frozen=True, slots=True)
class SettingField:
    """One input of a store's settings form. `secret` fields go to the keychain, never to settings."""

    name: str
    label: str
    kind: FieldKind
    required: bool
    default: Any
    help: str
    choices: tuple[str, ...] = ()


def _text(name: str, label: str, help: str, *, required: bool = True, default: Any = None) -> SettingField:
    return SettingField(name, label, "text", required, default, help)


def _secret(name: str, label: str, help: str, *, required: bool = True) -> SettingField:
    return SettingField(name, label, "secret", required, None, help)


GENERIC_FIELD_MAP_DEFAULT: Final[dict[str, str]] = {
    "sku": "sku",
    "name": "name",
    "quantity": "quantity",
    "price": "price",
    "updated_at": "updated_at",
}

GENERIC_ORDER_FIELD_MAP_DEFAULT: Final[dict[str, str]] = {
    "id": "id",
    "number": "number",
    "status": "status",
    "total": "total",
    "currency": "currency",
    "created_at": "created_at",
    "updated_at": "updated_at",
}

PLATFORM_LABELS: Final[dict[Platform, str]] = {
    Platform.SHOPIFY: "Shopify",
    Platform.WOOCOMMERCE: "WooCommerce",
    Platform.BASELINKER: "BaseLinker",
    Platform.AMAZON: "Amazon (FBA inventory)",
    Platform.GENERIC_JSON: "Other JSON API (ERP, marketplace...)",
}

PLATFORM_FIELDS: Final[dict[Platform, tuple[SettingField, ...]]] = {
    Platform.SHOPIFY: (
        _text("shop_domain", "Shop address", "Your shop's myshopify address, e.g. my-shop.myshopify.com."),
        _text(
            "api_version",
            "API version",
            "The Shopify API version to use. Keep the default unless support tells you otherwise.",
            default="2026-04",
        ),
        _text(
            "location_id",
            "Location",
            "The Shopify location whose stock is synced. Leave empty to use every location.",
            required=False,
        ),
        _secret(
            "access_token",
            "Admin API access token",
            "From Settings > Apps > Develop apps > your app > API credentials (starts with shpat_).",
        ),
    ),
    Platform.WOOCOMMERCE: (
        SettingField(
            "site_url",
            "Shop address",
            "url",
            True,
            None,
            "The address of your WordPress site, e.g. https://shop.example.com.",
        ),
        _secret(
            "consumer_key",
            "Consumer key",
            "From WooCommerce > Settings > Advanced > REST API (starts with ck_). Needs Read/Write access.",
        ),
        _secret("consumer_secret", "Consumer secret", "Shown next to the consumer key (starts with cs_)."),
        SettingField(
            "auth_mode",
            "How to send the key",
            "choice",
            False,
            "basic",
            "Keep 'basic'. Choose 'query' only if the connection test says the consumer key is missing "
            "(some hosts strip the login header).",
            ("basic", "query"),
        ),
    ),
    Platform.BASELINKER: (
        SettingField(
            "inventory_id", "Catalog ID", "int", True, None, "The BaseLinker catalog (inventory) to sync."
        ),
        _text(
            "warehouse_id",
            "Warehouse",
            "The warehouse whose stock is synced, e.g. bl_123. Warehouses of external shops are read-only.",
        ),
        _secret("api_token", "API token", "From BaseLinker > My account > API."),
    ),
    Platform.AMAZON: (
        SettingField(
            "region",
            "Region",
            "choice",
            True,
            "eu",
            "Where your seller account lives: na (Americas), eu (Europe, Middle East, India), fe (Far East).",
            ("na", "eu", "fe"),
        ),
        _text(
            "marketplace_id", "Marketplace ID", "The marketplace to read, e.g. A1PA6795UKMFR9 for Germany."
        ),
        _text(
            "client_id",
            "LWA client ID",
            "From Seller Central > Apps > Develop apps (amzn1.application-oa2...).",
        ),
        _secret("client_secret", "LWA client secret", "Shown next to the client ID."),
        _secret(
            "refresh_token", "Refresh token", "Created when you authorise the app for your seller account."
        ),
    ),
    Platform.GENERIC_JSON: (
        SettingField(
            "base_url",
            "API address",
            "url",
            True,
            None,
            "The start of every address, e.g. https://erp.example.com/api.",
        ),
        SettingField(
            "auth",
            "Login method",
            "choice",
            True,
            "none",
            "How the API checks who you are: none, a bearer token, a custom header, a user name and "
            "password (basic), or a key in the address (query).",
            ("none", "bearer", "header", "basic", "query"),
        ),
        _text(
            "auth_header_name",
            "Header name",
            "For the 'header' login: the header's name, e.g. X-Api-Key.",
            required=False,
        ),
        _text(
            "auth_query_name",
            "Key parameter name",
            "For the 'query' login: the parameter's name, e.g. api_key.",
            required=False,
        ),
        _text("username", "User name", "For the 'basic' login.", required=False),
        _secret("secret", "Token, key or password", "The value the login method sends.", required=False),
        _text(
            "endpoint", "Stock endpoint", "The path that lists your products, e.g. /products or stock/list."
        ),
        _text(
            "record_path",
            "Where the list is",
            "Dotted path to the product list in the answer, e.g. data.items; empty if it is the list.",
            required=False,
            default="",
        ),
        SettingField(
            "paginator",
            "Pages",
            "choice",
            True,
            "page",
            "How the API splits long lists: none, page numbers, offset and limit, a cursor in the answer, "
            "a next-page address in the answer, or a Link header.",
            ("none", "page", "offset", "cursor_body", "next_url_body", "link_header"),
        ),
        _text(
            "page_param",
            "Page parameter",
            "Name of the page-number parameter.",
            required=False,
            default="page",
        ),
        _text(
            "page_size_param",
            "Page size parameter",
            "Name of the page-size parameter; empty to not send one.",
            required=False,
            default="per_page",
        ),
        SettingField("page_size", "Page size", "int", False, 100, "How many records to ask for per page."),
        _text(
            "total_pages_header",
            "Total pages header",
            "Header that tells how many pages there are.",
            required=False,
            default="X-Total-Pages",
        ),
        _text(
            "total_pages_path",
            "Total pages in the answer",
            "Optional: dotted path to the number of pages inside the answer, e.g. meta.total_pages.",
            required=False,
            default="",
        ),
        _text(
            "offset_param",
            "Offset parameter",
            "For offset pages: the offset parameter's name.",
            required=False,
            default="offset",
        ),
        _text(
            "limit_param",
            "Limit parameter",
            "For offset pages: the limit parameter's name.",
            required=False,
            default="limit",
        ),
        _text(
            "cursor_path",
            "Cursor in the answer",
            "For cursor pages: dotted path to the next cursor.",
            required=False,
            default="next_cursor",
        ),
        _text(
            "cursor_param",
            "Cursor parameter",
            "For cursor pages: the parameter that sends the cursor back.",
            required=False,
            default="cursor",
        ),
        _text(
            "next_url_path",
            "Next page address in the answer",
            "For next-address pages: dotted path to it.",
            required=False,
            default="next",
        ),
        SettingField(
            "field_map",
            "Field mapping",
            "mapping",
            True,
            GENERIC_FIELD_MAP_DEFAULT,
            "Where each value is inside a record (dotted paths): sku, name, quantity, price, updated_at.",
        ),
        _text(
            "since_param",
            "Changed-since parameter",
            "Optional: parameter that asks only for orders changed since the last sync.",
            required=False,
        ),
        SettingField(
            "since_format",
            "Changed-since format",
            "choice",
            False,
            "iso",
            "How the API wants that time: iso (2026-03-01T10:00:00+00:00), unix (seconds), unix_ms "
            "(milliseconds) or datetime (2026-03-01 10:00:00, UTC).",
            ("iso", "unix", "unix_ms", "datetime"),
        ),
        _text("orders_endpoint", "Orders endpoint", "Optional: the path that lists orders.", required=False),
        _text(
            "orders_record_path",
            "Where the order list is",
            "Dotted path to the order list in the answer, e.g. orders; empty if it is the list.",
            required=False,
            default="",
        ),
        SettingField(
            "order_field_map",
            "Order field mapping",
            "mapping",
            False,
            GENERIC_ORDER_FIELD_MAP_DEFAULT,
            "Where each order value is (dotted paths): id, number, status, total, currency, created_at, "
            "updated_at.",
        ),
        _text(
            "stock_endpoint",
            "Stock update endpoint",
            "Optional: the path stock is written to; per item it may hold {sku} or {id}, "
            "e.g. products/{id}/stock.",
            required=False,
        ),
        SettingField(
            "stock_write_mode",
            "Stock write style",
            "choice",
            False,
            "batch",
            "batch: one request carries many items; per_item: one request per SKU.",
            ("batch", "per_item"),
        ),
        SettingField(
            "stock_method",
            "Stock write method",
            "choice",
            False,
            "POST",
            "The HTTP method of a stock write.",
            ("POST", "PUT", "PATCH"),
        ),
        _text(
            "stock_body",
            "Stock write body",
            'JSON template of the body: in a batch "{items}" is where the list goes (default '
            '{"items": "{items}"}); per item e.g. {"quantity": "{quantity}"}.',
            required=False,
        ),
        _text(
            "stock_item",
            "Stock write item",
            'JSON template of one item of a batch (default {"sku": "{sku}", "quantity": "{quantity}"}).',
            required=False,
        ),
        _text(
            "stock_ok_status",
            "Accepted status codes",
            "The status codes that count as accepted, e.g. 200,201; empty: any 2xx.",
            required=False,
        ),
        _text(
            "stock_result_path",
            "Where the write result is",
            "Batch: path to the per-item results ({sku, ok, error}); per item: path to the quantity "
            "the answer shows. Empty: the answer says nothing per item, so StoreSync reads the SKUs back.",
            required=False,
            default="results",
        ),
    ),
}

DEFAULT_ORDER_STATUS_MAP: Final[dict[Platform, dict[str, OrderStatus]]] = {
    Platform.SHOPIFY: {
        "PENDING": OrderStatus.PENDING,
        "AUTHORIZED": OrderStatus.PENDING,
        "PAID": OrderStatus.PAID,
        "PARTIALLY_PAID": OrderStatus.PENDING,
        "PARTIALLY_REFUNDED": OrderStatus.PAID,
        "REFUNDED": OrderStatus.REFUNDED,
        "VOIDED": OrderStatus.CANCELLED,
        "FULFILLED": OrderStatus.SHIPPED,
        "CANCELLED": OrderStatus.CANCELLED,
    },
    Platform.WOOCOMMERCE: {
        "pending": OrderStatus.PENDING,
        "processing": OrderStatus.PROCESSING,
        "on-hold": OrderStatus.ON_HOLD,
        "completed": OrderStatus.SHIPPED,
        "cancelled": OrderStatus.CANCELLED,
        "refunded": OrderStatus.REFUNDED,
        "failed": OrderStatus.CANCELLED,
        "checkout-draft": OrderStatus.PENDING,
    },
    Platform.BASELINKER: {},
    Platform.AMAZON: {
        "Pending": OrderStatus.PENDING,
        "Unshipped": OrderStatus.PAID,
        "PartiallyShipped": OrderStatus.PROCESSING,
        "Shipped": OrderStatus.SHIPPED,
        "Canceled": OrderStatus.CANCELLED,
    },
    Platform.GENERIC_JSON: {
        "new": OrderStatus.PENDING,
        "pending": OrderStatus.PENDING,
        "paid": OrderStatus.PAID,
        "processing": OrderStatus.PROCESSING,
        "shipped": OrderStatus.SHIPPED,
        "delivered": OrderStatus.DELIVERED,
        "cancelled": OrderStatus.CANCELLED,
        "canceled": OrderStatus.CANCELLED,
        "refunded": OrderStatus.REFUNDED,
    },
}


ORDER_PLATFORMS: Final = (Platform.SHOPIFY, Platform.WOOCOMMERCE, Platform.BASELINKER, Platform.GENERIC_JSON)


def _status_map_field(platform: Platform) -> SettingField:
    return SettingField(
        "status_map",
        "Order statuses",
        "status_map",
        False,
        {remote: ours.value for remote, ours in DEFAULT_ORDER_STATUS_MAP[platform].items()},
        "How this store's order statuses read in StoreSync: one 'store status = ours' per line; ours is "
        "one of " + ", ".join(status.value for status in OrderStatus) + ".",
    )


# Every platform that imports orders gets an editable status mapping, prefilled with its defaults.
for _platform in ORDER_PLATFORMS:
    PLATFORM_FIELDS[_platform] = (*PLATFORM_FIELDS[_platform], _status_map_field(_platform))


def parse_status_lines(text: str) -> dict[str, str]:
    """`Sent = shipped` lines -> {"Sent": "shipped"}; raises ValueError naming the first bad line."""
    mapping: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        remote, equals, ours = (part.strip() for part in line.partition("="))
        if not equals or not remote or not ours:
            raise ValueError(f"Line {number} should read 'store status = our status', e.g. 'Sent = shipped'.")
        validate_status(ours)
        mapping[remote] = ours.lower()
    return mapping


def validate_status(ours: str) -> None:
    """Raises ValueError with the list of our statuses when `ours` is not one of them."""
    known = [status.value for status in OrderStatus]
    if ours.lower() not in known:
        raise ValueError(f"'{ours}' is not a StoreSync order status; use one of {', '.join(known)}.")


def format_status_lines(mapping: dict[str, str]) -> str:
    return "\n".join(f"{remote} = {ours}" for remote, ours in mapping.items())


def secret_fields(platform: Platform) -> tuple[str, ...]:
    """Names of `platform`'s settings that are kept in the keychain."""
    return tuple(f.name for f in PLATFORM_FIELDS[platform] if f.kind == "secret")


def field_default(platform: Platform, name: str) -> Any:
    """The default of one setting of `platform`; an unknown name is a bug, so it raises KeyError."""
    for item in PLATFORM_FIELDS[platform]:
        if item.name == name:
            return item.default
    raise KeyError(name)


def status_map(platform: Platform, overrides: dict[str, str] | None = None) -> dict[str, OrderStatus]:
    """The platform's default remote-status mapping with a store's own overrides on top."""
    mapping = dict(DEFAULT_ORDER_STATUS_MAP[platform])
    for remote, ours in (overrides or {}).items():
        try:
            mapping[str(remote)] = OrderStatus(ours)
        except ValueError:
            continue
    return mapping

"""Shopify, through the Admin GraphQL API (see app.connectors.shopify)."""

from app.core.models import JobKind, OrderStatus, Platform
from app.core.platforms.declaration import DemoStoreDeclaration, PlatformDeclaration, secret, text
from app.core.schedule import ScheduleSpec

PLATFORM = PlatformDeclaration(
    platform=Platform.SHOPIFY,
    label="Shopify",
    fields=(
        text("shop_domain", "Shop address", "Your shop's myshopify address, e.g. my-shop.myshopify.com."),
        text(
            "api_version",
            "API version",
            "The Shopify API version to use. Keep the default unless support tells you otherwise.",
            default="2026-04",
        ),
        text(
            "location_id",
            "Location",
            "The Shopify location whose stock is synced. Leave empty to use every location.",
            required=False,
        ),
        secret(
            "access_token",
            "Admin API access token",
            "From Settings > Apps > Develop apps > your app > API credentials (starts with shpat_).",
        ),
    ),
    capabilities=frozenset({JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL, JobKind.STOCK_PUSH}),
    order_statuses={
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
    demo=DemoStoreDeclaration(
        "Demo Shopify",
        (
            (JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=1)),
            (JobKind.ORDERS_PULL, ScheduleSpec.every(minutes=5)),
        ),
    ),
)

"""Amazon FBA inventory, through the Selling Partner API, read only (see app.connectors.amazon)."""

from app.core.models import JobKind, OrderStatus, Platform
from app.core.platforms.declaration import (
    DemoStoreDeclaration,
    PlatformDeclaration,
    SettingField,
    secret,
    text,
)
from app.core.schedule import ScheduleSpec

PLATFORM = PlatformDeclaration(
    platform=Platform.AMAZON,
    label="Amazon (FBA inventory)",
    fields=(
        SettingField(
            "region",
            "Region",
            "choice",
            True,
            "eu",
            "Where your seller account lives: na (Americas), eu (Europe, Middle East, India), fe (Far East).",
            ("na", "eu", "fe"),
        ),
        text("marketplace_id", "Marketplace ID", "The marketplace to read, e.g. A1PA6795UKMFR9 for Germany."),
        text(
            "client_id",
            "LWA client ID",
            "From Seller Central > Apps > Develop apps (amzn1.application-oa2...).",
        ),
        secret("client_secret", "LWA client secret", "Shown next to the client ID."),
        secret(
            "refresh_token", "Refresh token", "Created when you authorise the app for your seller account."
        ),
    ),
    capabilities=frozenset({JobKind.INVENTORY_PULL}),
    rate_limit=(2.0, 2),  # getInventorySummaries: 2 requests per second, burst 2
    order_statuses={
        "Pending": OrderStatus.PENDING,
        "Unshipped": OrderStatus.PAID,
        "PartiallyShipped": OrderStatus.PROCESSING,
        "Shipped": OrderStatus.SHIPPED,
        "Canceled": OrderStatus.CANCELLED,
    },
    demo=DemoStoreDeclaration("Demo Amazon FBA", ((JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=3)),)),
)

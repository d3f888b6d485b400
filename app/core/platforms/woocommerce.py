"""WooCommerce, through its REST API v3 (see app.connectors.woocommerce)."""

from app.core.models import JobKind, OrderStatus, Platform
from app.core.platforms.declaration import DemoStoreDeclaration, PlatformDeclaration, SettingField, secret
from app.core.schedule import ScheduleSpec

PLATFORM = PlatformDeclaration(
    platform=Platform.WOOCOMMERCE,
    label="WooCommerce",
    fields=(
        SettingField(
            "site_url",
            "Shop address",
            "url",
            True,
            None,
            "The address of your WordPress site, e.g. https://shop.example.com.",
        ),
        secret(
            "consumer_key",
            "Consumer key",
            "From WooCommerce > Settings > Advanced > REST API (starts with ck_). Needs Read/Write access.",
        ),
        secret("consumer_secret", "Consumer secret", "Shown next to the consumer key (starts with cs_)."),
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
    capabilities=frozenset({JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL, JobKind.STOCK_PUSH}),
    order_statuses={
        "pending": OrderStatus.PENDING,
        "processing": OrderStatus.PROCESSING,
        "on-hold": OrderStatus.ON_HOLD,
        "completed": OrderStatus.SHIPPED,
        "cancelled": OrderStatus.CANCELLED,
        "refunded": OrderStatus.REFUNDED,
        "failed": OrderStatus.CANCELLED,
        "checkout-draft": OrderStatus.PENDING,
    },
    demo=DemoStoreDeclaration(
        "Demo WooCommerce",
        (
            (JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=2)),
            (JobKind.ORDERS_PULL, ScheduleSpec.every(hours=1, window_start="08:00", window_end="20:00")),
        ),
    ),
)

"""BaseLinker, through its single RPC endpoint (see app.connectors.baselinker)."""

from app.core.models import JobKind, Platform
from app.core.platforms.declaration import (
    DemoStoreDeclaration,
    PlatformDeclaration,
    SettingField,
    secret,
    text,
)
from app.core.schedule import ScheduleSpec

PLATFORM = PlatformDeclaration(
    platform=Platform.BASELINKER,
    label="BaseLinker",
    fields=(
        SettingField(
            "inventory_id", "Catalog ID", "int", True, None, "The BaseLinker catalog (inventory) to sync."
        ),
        text(
            "warehouse_id",
            "Warehouse",
            "The warehouse whose stock is synced, e.g. bl_123. Warehouses of external shops are read-only.",
        ),
        secret("api_token", "API token", "From BaseLinker > My account > API."),
    ),
    capabilities=frozenset({JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL, JobKind.STOCK_PUSH}),
    # At most 100 requests in any minute: 90 a minute steady plus a burst of 10.
    rate_limit=(1.5, 10),
    demo=DemoStoreDeclaration(
        "Demo BaseLinker",
        (
            (JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=1)),
            (JobKind.ORDERS_PULL, ScheduleSpec.every(minutes=10)),
        ),
    ),
)

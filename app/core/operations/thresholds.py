"""Low-stock thresholds per SKU: read them with the Settings' default, and change them. A change is
published (SettingsChanged "sku_thresholds"), so a window open on the same instance redraws at once;
the low-stock checks read the thresholds afresh at each run."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.core.errors import InvalidRequest
from app.core.events import SettingsChanged
from app.core.services import AppServices
from app.core.settings import default

THRESHOLDS_KEY = "sku_thresholds"


def thresholds_document(services: AppServices) -> dict[str, Any]:
    """{"default": the Settings' threshold, "skus": {sku: its own threshold}}."""
    fallback = services.settings.get_setting("low_stock_threshold", default("low_stock_threshold"))
    return {"default": fallback, "skus": services.inventory.sku_thresholds()}


async def change_thresholds(services: AppServices, body: Mapping[str, Any]) -> dict[str, Any]:
    """{"skus": {sku: threshold, or null to use the default again}, "replace": remove every threshold
    not listed}; answers how many were set and removed."""
    values = body.get("skus")
    replace = body.get("replace", False)
    if not isinstance(values, dict):
        raise InvalidRequest("skus must be an object of SKU: threshold (null removes one)")
    if not isinstance(replace, bool):
        raise InvalidRequest(f"replace must be true or false, not {replace!r}")
    checked: dict[str, int | None] = {}
    for sku, value in values.items():
        if not sku.strip():
            raise InvalidRequest("a SKU cannot be empty")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise InvalidRequest(f"a threshold is 0 or more ({sku}: {value!r})")
        checked[sku] = value
    await services.inventory.set_sku_thresholds(checked, replace=replace)
    services.bus.publish(SettingsChanged((THRESHOLDS_KEY,)))
    kept = sum(1 for value in checked.values() if value is not None)
    return {"set": kept, "removed": len(checked) - kept, "replaced": replace}

"""Turns Shopify's GraphQL answers into our records, failures and typed errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.connectors.bulk import plain_price_text, stored_second
from app.connectors.record_fields import (
    MAX_QUANTITY,
    MIN_QUANTITY,
    RecordRejected,
    read_money,
    read_quantity,
    read_timestamp,
)
from app.core.errors import (
    AuthError,
    ConfigError,
    ConnectorError,
    InvalidResponse,
    RemoteError,
    TransientError,
)
from app.core.models import InventoryRecord, ItemFailure, OrderRecord, OrderStatus
from app.core.stock_rows import is_text

STALE_CODE = "CHANGE_FROM_QUANTITY_STALE"


class QueryTooExpensive(RemoteError):
    """MAX_COST_EXCEEDED: the same page must be asked again with fewer nodes."""


def graphql_error(errors: Sequence[Any], throttle_wait: float | None) -> ConnectorError:
    """The typed error for the first entry of a top-level `errors` array (they arrive with HTTP 200)."""
    first = errors[0] if errors and isinstance(errors[0], Mapping) else {}
    extensions = first.get("extensions")
    code = str(extensions.get("code", "")) if isinstance(extensions, Mapping) else ""
    message = str(first.get("message", "")).strip()[:300]
    if code == "THROTTLED":
        return TransientError("Shopify asked us to slow down for a moment.", retry_after=throttle_wait)
    if code == "ACCESS_DENIED":
        return AuthError(
            "Shopify refused access: the app's access token lacks a permission it needs "
            "(read_products, read_inventory, write_inventory, read_orders, read_locations). "
            f"Shopify said: {message}"
        )
    if code == "SHOP_INACTIVE":
        return ConfigError(
            "This Shopify shop is inactive (closed, paused or frozen), so it cannot be synced."
        )
    if code == "INTERNAL_SERVER_ERROR":
        return TransientError("Shopify had an internal error; the request will be tried again.")
    if code == "MAX_COST_EXCEEDED":
        return QueryTooExpensive("The query asks for too much at once for Shopify.", code=code)
    return RemoteError(f"Shopify answered with an error: {message or 'no message'}", code=code or None)


def _available(level: Any) -> tuple[str, Any] | None:
    """(location id, "available" quantity as sent) of one InventoryLevel; None when either is missing."""
    if type(level) is not dict:
        return None
    location = level.get("location")
    location_id = location.get("id") if type(location) is dict else None
    quantities = level.get("quantities")
    if type(location_id) is not str or type(quantities) is not list:
        return None
    for entry in quantities:
        if type(entry) is dict and entry.get("name") == "available":
            return (location_id, entry.get("quantity"))
    return None


def _level_quantity(level: Any) -> tuple[str, int] | None:
    """(location id, "available" quantity) of one InventoryLevel; None when either is missing."""
    found = _available(level)
    return None if found is None else (found[0], read_quantity(found[1], "available quantity"))


def variant_row(node: Any) -> tuple[Any, ...] | None:
    """One productVariants node as a BulkRows row, when each value already has the form variant_record
    and storage would give it; None when the node must be built by variant_record, which then also
    decides whether it fails. Spares a sync the Decimal, datetime and record of every variant."""
    if type(node) is not dict:
        return None
    sku, item = node.get("sku"), node.get("inventoryItem")
    if type(sku) is not str or not sku or sku != sku.strip() or not is_text(sku) or type(item) is not dict:
        return None
    if "inventoryLevels" in item:
        connection = item["inventoryLevels"]
        if type(connection) is not dict:
            return None
        levels = connection.get("nodes")
        info = connection.get("pageInfo")
        if type(levels) is not list or (type(info) is dict and info.get("hasNextPage")):
            return None
    else:
        single = item.get("inventoryLevel")
        levels = [single] if single is not None else []
    locations = []
    for level in levels:
        plain = _plain_level(level)
        if plain is None:
            return None
        locations.append(plain)
    name, price, updated, item_id = (
        node.get("displayName"),
        node.get("price"),
        node.get("updatedAt"),
        item.get("id"),
    )
    if name is not None and (type(name) is not str or not is_text(name)):
        return None
    if price is not None and (type(price) is not str or not plain_price_text(price)):
        return None
    stamp = None
    if updated is not None:
        stamp = stored_second(updated) if type(updated) is str else None
        if stamp is None:
            return None
    if item_id is not None and (type(item_id) is not str or not is_text(item_id)):
        return None
    quantity = sum(entry[1] for entry in locations)
    return (sku, quantity, name or "", price, stamp, item_id or None, locations or None)


def _plain_level(level: Any) -> tuple[str, int] | None:
    """_level_quantity for a level read_quantity would take as it is; None for any other."""
    found = _available(level)
    if found is None or not is_text(found[0]):
        return None
    location_id, quantity = found
    if type(quantity) is not int or not MIN_QUANTITY <= quantity <= MAX_QUANTITY:
        return None
    return (location_id, quantity)


def variant_record(node: dict[str, Any]) -> InventoryRecord | ItemFailure:
    """One productVariants node (as parsed from JSON); the quantity is the sum of "available" over
    the levels returned.

    One is built for every variant of a sync, so the checks test exact JSON types (dict, list, str)
    rather than abstract ones, which cost several times more per call.
    Raises RecordRejected for an absurd quantity or price (the record fails, the run goes on).
    """
    sku = node.get("sku")
    if type(sku) is not str or not sku.strip():
        variant_id = str(node.get("id", "?"))
        return ItemFailure(variant_id, "This Shopify variant has no SKU, so it cannot be matched.", "NO_SKU")
    item = node.get("inventoryItem")
    if type(item) is not dict:
        return ItemFailure(sku, "Shopify sent no inventory item for this variant.", "MALFORMED")
    levels: list[Any]
    if "inventoryLevels" in item:
        connection = item["inventoryLevels"]
        if type(connection) is dict:
            levels = connection.get("nodes") or []
            info = connection.get("pageInfo")
            if type(info) is dict and info.get("hasNextPage"):
                return ItemFailure(
                    sku, "This item is stocked at more locations than were read.", "TOO_MANY_LOCATIONS"
                )
        else:
            levels = []
    else:
        single = item.get("inventoryLevel")
        levels = [single] if single is not None else []
    locations: list[tuple[str, int]] = []
    quantity = 0
    for level in levels:
        parsed = _level_quantity(level)
        if parsed is None:
            return ItemFailure(sku, "Shopify sent a stock level without an available quantity.", "MALFORMED")
        locations.append(parsed)
        quantity += parsed[1]
    item_id = item.get("id")
    return InventoryRecord(
        sku.strip(),
        quantity,
        str(node.get("displayName") or ""),
        read_money(node.get("price")),
        str(item_id) if item_id else None,
        tuple(locations),
        read_timestamp(node.get("updatedAt")),
    )


def remote_order_status(node: Mapping[str, Any]) -> str:
    """One word for the order's state: cancelled, fulfilled, else the financial status."""
    if node.get("cancelledAt"):
        return "CANCELLED"
    if node.get("displayFulfillmentStatus") == "FULFILLED":
        return "FULFILLED"
    return str(node.get("displayFinancialStatus") or "PENDING")


def order_record(node: Mapping[str, Any], statuses: Mapping[str, OrderStatus]) -> OrderRecord | ItemFailure:
    order_id = node.get("id")
    if not isinstance(order_id, str):
        return ItemFailure("?", "Shopify sent an order without an id.", "MALFORMED")
    money = node.get("totalPriceSet")
    shop_money = money.get("shopMoney") if isinstance(money, Mapping) else None
    try:
        total = read_money(shop_money.get("amount"), "total") if isinstance(shop_money, Mapping) else None
        created, updated = read_timestamp(node.get("createdAt")), read_timestamp(node.get("updatedAt"))
    except RecordRejected as error:
        return ItemFailure(order_id, f"Shopify sent an unreadable order: {error}.", "invalid_record")
    if total is None or not isinstance(shop_money, Mapping):
        return ItemFailure(order_id, "Shopify sent an order without a readable total.", "MALFORMED")
    remote = remote_order_status(node)
    return OrderRecord(
        external_id=order_id,
        number=str(node.get("name") or order_id),
        status=statuses.get(remote, OrderStatus.UNKNOWN),
        remote_status=remote,
        total=total,
        currency=str(shop_money.get("currencyCode") or ""),
        created_at=created,
        updated_at=updated,
        raw=dict(node),
    )


def user_error_failures(
    user_errors: Sequence[Any], skus_by_index: Sequence[str], all_skus: Sequence[str]
) -> list[ItemFailure]:
    """userErrors of inventorySetQuantities as failed items.

    `field` is a path like ["input", "quantities", "3", "changeFromQuantity"]: the index names the
    SKU. An error without an index concerns the whole call, so every SKU of it failed.
    """
    failures: list[ItemFailure] = []
    for error in user_errors:
        if not isinstance(error, Mapping):
            continue
        code = str(error.get("code") or "") or None
        message = str(error.get("message") or "Shopify refused this change.")[:300]
        if code == STALE_CODE:
            message = "The stock in Shopify changed since it was read; it will be compared again next run."
        index = _quantity_index(error.get("field"))
        targets = [skus_by_index[index]] if index is not None and index < len(skus_by_index) else all_skus
        failures.extend(ItemFailure(sku, message, code) for sku in targets)
    return failures


def _quantity_index(field: Any) -> int | None:
    if not isinstance(field, list):
        return None
    for position, part in enumerate(field[:-1]):
        if part == "quantities":
            following = field[position + 1]
            if isinstance(following, str) and following.isdigit():
                return int(following)
            if isinstance(following, int):
                return following
    return None


def connection_of(data: Mapping[str, Any], field: str, *, paged: bool = True) -> dict[str, Any]:
    """`data[field]` as a Relay connection with `nodes` (and `pageInfo` when `paged`)."""
    connection = data.get(field)
    if not isinstance(connection, dict) or not isinstance(connection.get("nodes"), list):
        raise InvalidResponse(f"Shopify's answer has no {field} list.")
    if paged and not isinstance(connection.get("pageInfo"), dict):
        raise InvalidResponse(f"Shopify's answer has no page information for {field}.")
    return connection


def next_cursor(connection: Mapping[str, Any]) -> str | None:
    """The cursor of the next page, None after the last one."""
    info = connection["pageInfo"]
    if not info.get("hasNextPage"):
        return None
    cursor = info.get("endCursor")
    if not isinstance(cursor, str) or not cursor:
        raise InvalidResponse("Shopify said there are more pages but sent no cursor for the next one.")
    return cursor

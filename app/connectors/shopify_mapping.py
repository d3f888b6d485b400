"""Turns Shopify's GraphQL answers into our records, failures and typed errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

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
from app.core.models import ItemFailure, OrderRecord, OrderStatus
from app.core.stock_rows import (
    NOT_TEXT,
    StockRow,
    is_text,
    plain_price_text,
    printable,
    stored_second,
    stored_utc,
)

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
        return TransientError(
            "Shopify asked us to slow down for a moment.", retry_after=throttle_wait, throttled=True
        )
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


def variant_row(node: Any) -> StockRow | ItemFailure:
    """One productVariants node (as parsed from JSON) as the stock row storage merges (see
    app.core.stock_rows), or the failure that keeps it out; both stock routes read variants here. The
    quantity is the sum of "available" over the levels returned.

    Runs for every variant of a sync: values already in their stored form (the usual variant) pass
    with exact type tests; any other is read the long way (read_money, read_timestamp), which also
    raises RecordRejected for an absurd value (the variant fails, the run goes on)."""
    if type(node) is not dict:
        return ItemFailure("?", "Shopify sent a variant that is not an object.", "MALFORMED")
    sku = node.get("sku")
    if type(sku) is not str or not sku.strip():
        variant_id = str(node.get("id", "?"))
        return ItemFailure(variant_id, "This Shopify variant has no SKU, so it cannot be matched.", "NO_SKU")
    sku = sku.strip()
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
    texts_ok = is_text(sku)
    for level in levels:
        found = _available(level)
        if found is None:
            return ItemFailure(sku, "Shopify sent a stock level without an available quantity.", "MALFORMED")
        location_id, available = found
        if type(available) is not int or not MIN_QUANTITY <= available <= MAX_QUANTITY:
            available = read_quantity(available, "available quantity")
        texts_ok = texts_ok and is_text(location_id)
        locations.append((location_id, available))
        quantity += available
    name, price, updated, item_id = (
        node.get("displayName"),
        node.get("price"),
        node.get("updatedAt"),
        item.get("id"),
    )
    name = name if type(name) is str else str(name or "")
    if not (type(price) is str and plain_price_text(price)):
        amount = read_money(price)
        price = None if amount is None else str(amount)
    stamp = stored_second(updated) if type(updated) is str else None
    if stamp is None and updated is not None:
        moment = read_timestamp(updated)
        stamp = None if moment is None else stored_utc(moment)
    remote_id = (item_id if type(item_id) is str else str(item_id)) if item_id else None
    if not (texts_ok and is_text(name) and (remote_id is None or is_text(remote_id))):
        return ItemFailure(printable(sku), NOT_TEXT, "invalid_record")
    return (sku, quantity, name, price, stamp, remote_id, locations or None)


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

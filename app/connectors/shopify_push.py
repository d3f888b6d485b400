"""Stock writes to Shopify: inventorySetQuantities with changeFromQuantity (compare-and-swap) and the
@idempotent directive, as API version 2026-04 requires, 250 quantities per call."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from app.connectors import shopify_documents as docs
from app.connectors.shopify_mapping import connection_of, user_error_failures
from app.core.errors import InvalidResponse
from app.core.models import ItemFailure, StockUpdate
from app.core.ports import PushResult

SKU_LOOKUP_BATCH = 50
PUSH_REASON = "correction"

Query = Callable[[str, Mapping[str, Any], float], Awaitable[dict[str, Any]]]


class StockWriter:
    """Sets the "available" quantity of SKUs at one location; `query` runs a named document, paced."""

    def __init__(self, query: Query, location: str) -> None:
        self._query = query
        self.location = location

    async def push(self, updates: Sequence[StockUpdate]) -> PushResult:
        items, failures = await self._resolve_items(updates)
        written = 0
        for start in range(0, len(items), docs.MAX_PAGE_SIZE):
            chunk = items[start : start + docs.MAX_PAGE_SIZE]
            done, refused = await self._set_quantities(chunk, self.location)
            written += done
            failures.extend(refused)
        return PushResult(written, failures)

    async def _resolve_items(
        self, updates: Sequence[StockUpdate]
    ) -> tuple[list[tuple[StockUpdate, str]], list[ItemFailure]]:
        """Each update with its inventory item id; SKUs without a remote id are looked up by SKU."""
        known = [(u, u.remote_id) for u in updates if u.remote_id]
        missing = [u for u in updates if not u.remote_id]
        failures: list[ItemFailure] = []
        for start in range(0, len(missing), SKU_LOOKUP_BATCH):
            batch = missing[start : start + SKU_LOOKUP_BATCH]
            search = " OR ".join(f"sku:'{u.sku.replace(chr(39), '')}'" for u in batch)
            data = await self._query("VariantsBySku", {"first": docs.MAX_PAGE_SIZE, "query": search}, 502)
            found: dict[str, str] = {}
            for node in connection_of(data, "productVariants", paged=False)["nodes"]:
                item = node.get("inventoryItem") if isinstance(node, dict) else None
                if isinstance(item, dict) and isinstance(node.get("sku"), str) and item.get("id"):
                    found.setdefault(node["sku"], str(item["id"]))
            for update in batch:
                if update.sku in found:
                    known.append((update, found[update.sku]))
                else:
                    failures.append(ItemFailure(update.sku, "No Shopify variant has this SKU.", "NOT_FOUND"))
        return [(u, remote) for u, remote in known if remote], failures

    async def _set_quantities(
        self, chunk: Sequence[tuple[StockUpdate, str]], location: str
    ) -> tuple[int, list[ItemFailure]]:
        """One all-or-nothing mutation; when some items are refused, the others are sent again once."""
        failures: list[ItemFailure] = []
        pending = list(chunk)
        for _round in range(2):
            if not pending:
                break
            skus = [update.sku for update, _ in pending]
            key = str(uuid.uuid4())
            variables = {
                "idempotencyKey": key,
                "input": {
                    "name": "available",
                    "reason": PUSH_REASON,
                    "referenceDocumentUri": f"storesync://stock-push/{key}",
                    "quantities": [
                        {
                            "inventoryItemId": remote,
                            "locationId": location,
                            "quantity": update.quantity,
                            "changeFromQuantity": update.expected_quantity,
                        }
                        for update, remote in pending
                    ],
                },
            }
            data = await self._query("SetAvailableQuantities", variables, 10)
            payload = data.get("inventorySetQuantities")
            if not isinstance(payload, dict):
                raise InvalidResponse("Shopify sent no result for the stock update.")
            refused = user_error_failures(payload.get("userErrors") or [], skus, skus)
            if payload.get("inventoryAdjustmentGroup") is not None or not refused:
                return len(pending) - len({f.key for f in refused}), failures + refused
            failures.extend(refused)
            refused_skus = {f.key for f in refused}
            pending = [(u, r) for u, r in pending if u.sku not in refused_skus]
        return 0, failures + [
            ItemFailure(u.sku, "Shopify did not apply this change.", "NOT_APPLIED") for u, _ in pending
        ]

"""Stock writes of the generic JSON store, described by write templates in its settings:

- stock_write_mode  "batch" (one request carries many items) or "per_item" (one request per SKU)
- stock_endpoint    the path; per item it may hold {sku} or {id}: "products/{id}/stock"
- stock_method      POST, PUT or PATCH
- stock_body        the JSON body template; in a batch "{items}" stands for the list of items
- stock_item        a batch's item template
- stock_ok_status   the status codes that count as accepted ("200,201"; empty: any 2xx)
- stock_result_path batch: where the per-item results are ({sku, ok, error} each); per item:
                    where the answer shows the quantity now. Empty: the answer says nothing per item.

In a template a string that is exactly "{quantity}" becomes the number; "{sku}" and "{id}" are
replaced as text. An item the answer does not confirm is handed back as unconfirmed, and the push
reads it back: a 2xx alone never counts as written."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import quote

import httpx

from app.connectors.http import JsonResponse
from app.connectors.record_fields import compile_path
from app.core.errors import AuthError, ConfigError, InvalidResponse, RemoteError
from app.core.models import ItemFailure, StockUpdate
from app.core.ports import PushResult

STOCK_BATCH: Final = 100
DEFAULT_BATCH_BODY: Final = '{"items": "{items}"}'
DEFAULT_ITEM: Final = '{"sku": "{sku}", "quantity": "{quantity}"}'
DEFAULT_ITEM_BODY: Final = '{"quantity": "{quantity}"}'
METHODS: Final = ("POST", "PUT", "PATCH")
PATH_SEGMENT_SAFE: Final = "!$&'()*+,;=:@"  # RFC 3986 pchar besides unreserved ones

Send = Callable[[str, httpx.URL, Any], Awaitable[JsonResponse]]


@dataclass(frozen=True, slots=True)
class WriteTemplates:
    per_item: bool
    method: str
    endpoint: str
    body: Any
    item: Any
    ok_status: frozenset[int]
    result_path: str

    @classmethod
    def from_settings(cls, setting: Callable[[str], Any]) -> WriteTemplates:
        endpoint = setting("stock_endpoint")
        if not endpoint:
            raise ConfigError("This store has no stock update endpoint set, so stock cannot be written.")
        mode = str(setting("stock_write_mode") or "batch")
        if mode not in ("batch", "per_item"):
            raise ConfigError(f"The stock write mode must be batch or per_item, not “{mode}”.")
        per_item = mode == "per_item"
        method = str(setting("stock_method") or "POST").upper()
        if method not in METHODS:
            raise ConfigError(f"Stock is written with POST, PUT or PATCH, not {method}.")
        default_body = DEFAULT_ITEM_BODY if per_item else DEFAULT_BATCH_BODY
        body = _template(setting("stock_body") or default_body, "body")
        if not per_item and not _holds(body, "{items}"):
            raise ConfigError('The batch body template must hold "{items}" where the list of items goes.')
        result_path = setting("stock_result_path")
        return cls(
            per_item,
            method,
            str(endpoint),
            body,
            _template(setting("stock_item") or DEFAULT_ITEM, "item"),
            accepted_statuses(setting("stock_ok_status")),
            "results" if result_path is None else str(result_path),
        )


class StockWriter:
    def __init__(self, templates: WriteTemplates, send: Send, url: Callable[[str], httpx.URL]) -> None:
        self._t = templates
        self._send = send
        self._url = url

    async def push(self, updates: Sequence[StockUpdate]) -> PushResult:
        if self._t.per_item:
            return await self._per_item(updates)
        return await self._batches(updates)

    async def _batches(self, updates: Sequence[StockUpdate]) -> PushResult:
        written = 0
        failures: list[ItemFailure] = []
        unconfirmed: list[str] = []
        get_results = compile_path(self._t.result_path) if self._t.result_path else None
        for start in range(0, len(updates), STOCK_BATCH):
            chunk = updates[start : start + STOCK_BATCH]
            items = [_fill(self._t.item, update) for update in chunk]
            body = _fill(self._t.body, chunk[0], items)
            response = await self._send(self._t.method, self._url(self._t.endpoint), body)
            if not self._accepted(response):
                failures.extend(self._refused(update.sku, response) for update in chunk)
                continue
            results = get_results(response.body) if get_results is not None else None
            if not isinstance(results, list):
                unconfirmed.extend(update.sku for update in chunk)
                continue
            answered: set[str] = set()
            for result in results:
                if not isinstance(result, Mapping) or "sku" not in result:
                    continue
                sku = str(result["sku"])
                answered.add(sku)
                if result.get("ok") is False or result.get("error"):
                    failures.append(ItemFailure(sku, str(result.get("error") or "refused")[:200], "refused"))
                else:
                    written += 1
            unconfirmed.extend(update.sku for update in chunk if update.sku not in answered)
        return PushResult(written, failures, unconfirmed)

    async def _per_item(self, updates: Sequence[StockUpdate]) -> PushResult:
        written = 0
        failures: list[ItemFailure] = []
        unconfirmed: list[str] = []
        get_quantity = compile_path(self._t.result_path) if self._t.result_path else None
        for update in updates:
            if "{id}" in self._t.endpoint and not update.remote_id:
                failures.append(ItemFailure(update.sku, "The store listed no id for this SKU.", "no_id"))
                continue
            path = self._t.endpoint.replace("{sku}", quoted_path_part(update.sku)).replace(
                "{id}", quoted_path_part(update.remote_id or "")
            )
            try:
                response = await self._send(self._t.method, self._url(path), _fill(self._t.body, update))
            except AuthError:
                raise
            except (RemoteError, InvalidResponse, ConfigError) as error:
                failures.append(ItemFailure(update.sku, str(error)[:200], "refused"))
                continue
            if not self._accepted(response):
                failures.append(self._refused(update.sku, response))
                continue
            shown = get_quantity(response.body) if get_quantity is not None else None
            if shown is None or isinstance(shown, bool):
                unconfirmed.append(update.sku)
            elif shown == update.quantity:
                written += 1
            else:
                failures.append(
                    ItemFailure(update.sku, f"the store answered {shown} after {update.quantity} was written")
                )
        return PushResult(written, failures, unconfirmed)

    def _accepted(self, response: JsonResponse) -> bool:
        return not self._t.ok_status or response.status in self._t.ok_status

    def _refused(self, sku: str, response: JsonResponse) -> ItemFailure:
        return ItemFailure(
            sku, f"the store answered {response.status}, which its settings do not count as written"
        )


def _template(value: Any, what: str) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise ConfigError(f"The stock {what} template is not valid JSON.") from None
    return value


def _holds(template: Any, marker: str) -> bool:
    if isinstance(template, str):
        return template == marker
    if isinstance(template, Mapping):
        return any(_holds(value, marker) for value in template.values())
    if isinstance(template, list):
        return any(_holds(value, marker) for value in template)
    return False


def _fill(template: Any, update: StockUpdate, items: list[Any] | None = None) -> Any:
    if isinstance(template, str):
        if template == "{quantity}":
            return update.quantity
        if template == "{items}" and items is not None:
            return items
        return template.replace("{sku}", update.sku).replace("{id}", update.remote_id or "")
    if isinstance(template, Mapping):
        return {key: _fill(value, update, items) for key, value in template.items()}
    if isinstance(template, list):
        return [_fill(value, update, items) for value in template]
    return template


def accepted_statuses(value: Any) -> frozenset[int]:
    """The status codes a write setting counts as written ("200,201"); empty: any 2xx."""
    if not value:
        return frozenset()
    try:
        codes = frozenset(int(part) for part in str(value).replace(" ", "").split(",") if part)
    except ValueError:
        raise ConfigError(f"The accepted status codes must be numbers like 200,201, not “{value}”.") from None
    if any(not 200 <= code < 300 for code in codes):
        raise ConfigError("Only 2xx status codes can count as written.")
    return codes


def quoted_path_part(text: str) -> str:
    """`text` as one segment of an address's path: percent-encoded, a slash, "#", "?" and "%"
    included (an order number "#1007" would otherwise end the path)."""
    return quote(text, safe=PATH_SEGMENT_SAFE)

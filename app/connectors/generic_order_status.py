"""Order status writes of the generic JSON store: when a courier store moves one of its orders on,
the new status can be written back to the store that owns the order.

- order_status_endpoint  the path; it may hold {id} (the store's id for the order) or {number}
- order_status_method    POST, PUT or PATCH
- order_status_body      the JSON body template; a string "{status}" is the store's own name for the
                         new status (the first of its order statuses that reads as ours), "{tracking}",
                         "{number}" and "{id}" are the order's

One request per order; a refused one is a failure of that order alone."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import httpx

from app.connectors.generic_json_write import quoted_path_part
from app.connectors.http import JsonResponse
from app.core.errors import AuthError, ConfigError, InvalidResponse, RemoteError
from app.core.models import ItemFailure, OrderStatus, OrderStatusUpdate
from app.core.ports import PushResult

METHODS: Final = ("POST", "PUT", "PATCH")
DEFAULT_BODY: Final = {"status": "{status}", "tracking_number": "{tracking}"}

Send = Callable[[str, httpx.URL, Any], Any]


class OrderStatusWrite:
    def __init__(
        self,
        setting: Callable[[str], Any],
        remote_names: Mapping[str, OrderStatus],
        send: Send,
        url: Callable[[str], httpx.URL],
    ) -> None:
        endpoint = setting("order_status_endpoint")
        if not endpoint:
            raise ConfigError(
                "This store has no order status write endpoint set, so statuses cannot be written."
            )
        method = str(setting("order_status_method") or "PUT").upper()
        if method not in METHODS:
            raise ConfigError(f"Order statuses are written with POST, PUT or PATCH, not {method}.")
        body = setting("order_status_body") or DEFAULT_BODY
        if not isinstance(body, Mapping):
            raise ConfigError("The order status write body must be a JSON object.")
        self._endpoint = str(endpoint)
        self._method = method
        self._body = dict(body)
        self._names = _names_by_status(remote_names)
        self._send = send
        self._url = url

    async def write(self, updates: Sequence[OrderStatusUpdate]) -> PushResult:
        written = 0
        failures: list[ItemFailure] = []
        for update in updates:
            values = {
                "{status}": self._names.get(update.status, update.status.value),
                "{tracking}": update.tracking,
                "{number}": update.number,
                "{id}": update.external_id,
            }
            path = self._endpoint.replace("{id}", quoted_path_part(update.external_id)).replace(
                "{number}", quoted_path_part(update.number)
            )
            try:
                response: JsonResponse = await self._send(
                    self._method, self._url(path), _filled(self._body, values)
                )
            except AuthError:
                raise
            except (RemoteError, InvalidResponse, ConfigError) as error:
                failures.append(ItemFailure(update.number, str(error)[:200], "refused"))
                continue
            if 200 <= response.status < 300:
                written += 1
            else:
                failures.append(
                    ItemFailure(update.number, f"the store answered {response.status}", "refused")
                )
        return PushResult(written, failures)


def _names_by_status(remote_names: Mapping[str, OrderStatus]) -> dict[OrderStatus, str]:
    """Our status -> the store's first name for it (the store's own mapping comes first)."""
    names: dict[OrderStatus, str] = {}
    for remote, ours in remote_names.items():
        names.setdefault(ours, remote)
    return names


def _filled(template: Any, values: Mapping[str, str]) -> Any:
    if isinstance(template, str):
        for marker, value in values.items():
            template = template.replace(marker, value)
        return template
    if isinstance(template, Mapping):
        return {key: _filled(value, values) for key, value in template.items()}
    if isinstance(template, list):
        return [_filled(value, values) for value in template]
    return template

"""Order status writes of the generic JSON store: when a courier store moves one of its orders on,
the new status can be written back to the store that owns the order.

- order_status_endpoint     the path; it may hold {id} (the store's id for the order) or {number}
- order_status_method       POST, PUT or PATCH
- order_status_body         the JSON body template; a string "{status}" is the store's own name for
                            the new status (the first of its order statuses that reads as ours),
                            "{tracking}", "{number}" and "{id}" are the order's
- order_status_ok_status    the status codes that count as written ("200,204"; empty: any 2xx)
- order_status_result_path  where the answer shows the order's status now; empty: the answer says
                            nothing, and an accepted status code counts as written

One request per order; a refused one is a failure of that order alone. A refusal that concerns the
whole store (credentials refused, the store down or too slow) stops the writes: the rest fail with
the same reason instead of each being sent in vain."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Final

import httpx

from app.connectors.generic_json_write import accepted_statuses, quoted_path_part
from app.connectors.http import JsonResponse
from app.connectors.record_fields import compile_path
from app.core.errors import AuthError, ConfigError, InvalidResponse, RemoteError, TooSlow, TransientError
from app.core.models import ItemFailure, OrderStatus, OrderStatusUpdate
from app.core.ports import PushResult

METHODS: Final = ("POST", "PUT", "PATCH")
DEFAULT_BODY: Final = {"status": "{status}", "tracking_number": "{tracking}"}

Send = Callable[[str, httpx.URL, Any], Awaitable[JsonResponse]]


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
        self._ok_status = accepted_statuses(setting("order_status_ok_status"))
        result_path = str(setting("order_status_result_path") or "")
        self._shown_status = compile_path(result_path) if result_path else None
        self._names = _names_by_status(remote_names)
        self._send = send
        self._url = url

    async def write(self, updates: Sequence[OrderStatusUpdate]) -> PushResult:
        written = 0
        failures: list[ItemFailure] = []
        for position, update in enumerate(updates):
            try:
                refusal = await self._write_one(update)
            except (AuthError, TransientError, TooSlow) as error:
                failures.extend(self._not_written(left, str(error)) for left in updates[position:])
                break
            except (RemoteError, InvalidResponse, ConfigError) as error:
                refusal = str(error)
            if refusal:
                failures.append(self._not_written(update, refusal))
            else:
                written += 1
        return PushResult(written, failures)

    async def _write_one(self, update: OrderStatusUpdate) -> str:
        """Sends one order's new status; the reason it was not written, or "" once it was."""
        name = self._names.get(update.status, update.status.value)
        values = {
            "{status}": name,
            "{tracking}": update.tracking,
            "{number}": update.number,
            "{id}": update.external_id,
        }
        path = self._endpoint.replace("{id}", quoted_path_part(update.external_id)).replace(
            "{number}", quoted_path_part(update.number)
        )
        response = await self._send(self._method, self._url(path), _filled(self._body, values))
        if self._ok_status and response.status not in self._ok_status:
            return f"the store answered {response.status}, which its settings do not count as written"
        if self._shown_status is None:
            return ""
        shown = self._shown_status(response.body)
        if shown is None:
            return "the store's answer does not show the order's status"
        if str(shown) != name:
            return f"the store shows “{shown}” after “{name}” was written"
        return ""

    def _not_written(self, update: OrderStatusUpdate, reason: str) -> ItemFailure:
        name = self._names.get(update.status, update.status.value)
        return ItemFailure(
            update.number, f"the status “{name}” was not written back: {reason[:200]}", "refused"
        )


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

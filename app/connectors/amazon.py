"""Amazon Selling Partner API, FBA inventory (read only): a Login with Amazon access token from the
refresh token (cached until shortly before it expires, renewed once when refused), then inventory
summaries page by page with nextToken, at most 2 requests a second."""

from __future__ import annotations

import hashlib
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import httpx

from app.connectors.base import HttpConnector
from app.connectors.http import HttpSession, JsonResponse, require_safe_url
from app.connectors.policy import retry_after_seconds
from app.connectors.record_fields import RecordRejected, read_quantity, read_text, read_timestamp
from app.core.errors import AuthError, ConfigError, ConnectorError, InvalidResponse, TransientError
from app.core.models import InventoryRecord, ItemFailure, Platform, StockUpdate
from app.core.ports import Page, PushResult
from app.core.redaction import REDACTOR

TOKEN_URL = "https://api.amazon.com/auth/o2/token"
REGION_HOSTS = {
    "na": "https://sellingpartnerapi-na.amazon.com",
    "eu": "https://sellingpartnerapi-eu.amazon.com",
    "fe": "https://sellingpartnerapi-fe.amazon.com",
}
SUMMARIES_PATH = "/fba/inventory/v1/summaries"
TOKEN_MARGIN_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class AccessToken:
    value: str
    expires_at: float  # time.monotonic()


class AccessTokenCache:
    """Process-wide: one access token per app and refresh token, reused by every job until it expires."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._tokens: dict[str, AccessToken] = {}

    @staticmethod
    def key(*parts: str) -> str:
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def get(self, key: str) -> str | None:
        token = self._tokens.get(key)
        if token is None or token.expires_at - TOKEN_MARGIN_SECONDS <= self.clock():
            return None
        return token.value

    def put(self, key: str, value: str, lifetime: float) -> None:
        self._tokens[key] = AccessToken(value, self.clock() + lifetime)

    def forget(self, key: str) -> None:
        self._tokens.pop(key, None)


ACCESS_TOKENS = AccessTokenCache()


class AccessTokenRefused(AuthError):
    """SP-API refused the access token (expired or revoked): worth one fresh token."""


class AmazonConnector(HttpConnector):
    platform: ClassVar[Platform] = Platform.AMAZON

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.token_url = require_safe_url(
            str(self.settings.get("token_url") or TOKEN_URL), "The Amazon login address"
        )
        self._token_session = HttpSession(
            self.session.policy, error_mapper=self._token_error, scrub=self.secrets
        )
        self._token_key = ACCESS_TOKENS.key(
            str(self.token_url), str(self.required_setting("client_id")), self.secret("refresh_token")
        )

    def base_url(self) -> str:
        endpoint = self.settings.get("endpoint")
        if endpoint:
            return str(endpoint)
        region = str(self.setting("region") or "")
        if region not in REGION_HOSTS:
            raise ConfigError(f"The Amazon region must be na, eu or fe, not “{region}”.")
        return REGION_HOSTS[region]

    def rate_limit_credential(self) -> str:
        return self._token_key

    # --- Login with Amazon -----------------------------------------------------------------

    def _token_error(
        self, status: int, body: Any, headers: httpx.Headers, where: str
    ) -> ConnectorError | None:
        code = str(body.get("error", "")) if isinstance(body, dict) else ""
        if code == "invalid_client" or status == 401:
            return AuthError(
                "Amazon refused the LWA client ID or client secret: copy them again from Seller Central."
            )
        if code in ("invalid_grant", "unauthorized_client"):
            return AuthError(
                "Amazon refused the refresh token (revoked or expired): authorise the app for your seller "
                "account again and paste the new refresh token."
            )
        return None

    async def access_token(self) -> str:
        cached = ACCESS_TOKENS.get(self._token_key)
        if cached is not None:
            return cached
        form = {
            "grant_type": "refresh_token",
            "refresh_token": self.secret("refresh_token"),
            "client_id": str(self.required_setting("client_id")),
            "client_secret": self.secret("client_secret"),
        }
        response = await self._token_session.request("POST", self.token_url, data=form)
        body = response.body
        token = body.get("access_token") if isinstance(body, dict) else None
        lifetime = body.get("expires_in") if isinstance(body, dict) else None
        if (
            not isinstance(token, str)
            or not token
            or isinstance(lifetime, bool)
            or not isinstance(lifetime, int)
        ):
            raise InvalidResponse("Amazon's login service sent no access token.")
        REDACTOR.add_secret(token)
        ACCESS_TOKENS.put(self._token_key, token, float(lifetime))
        return token

    # --- SP-API ----------------------------------------------------------------------------

    def map_error(self, status: int, body: Any, headers: httpx.Headers, where: str) -> ConnectorError | None:
        errors = body.get("errors") if isinstance(body, dict) else None
        first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
        code, message = str(first.get("code", "")), str(first.get("message", ""))[:200]
        if (status in (401, 403) and code in ("Unauthorized", "InvalidAccessToken", "")) or status == 401:
            return AccessTokenRefused(
                "Amazon refused access to FBA inventory: the app needs the Amazon Fulfillment role for this "
                f"seller account ({message or code or status})."
            )
        if status == 429:
            wait = retry_after_seconds(headers.get("Retry-After"))
            limit = headers.get("x-amzn-RateLimit-Limit", "")
            if wait is None and _positive(limit):
                wait = 1.0 / float(limit)
            return TransientError(
                "Amazon asked us to slow down (request quota exceeded).", retry_after=wait, throttled=True
            )
        if status == 400:
            return ConfigError(f"Amazon refused the request: {message or code} — check the marketplace ID.")
        return None

    async def summaries(self, params: Mapping[str, Any]) -> JsonResponse:
        """One summaries page; a refused access token is replaced once."""
        for attempt in range(2):
            headers = {"x-amz-access-token": await self.access_token()}
            try:
                return await self.session.request(
                    "GET", self.url(SUMMARIES_PATH), params=params, headers=headers
                )
            except AccessTokenRefused:
                ACCESS_TOKENS.forget(self._token_key)
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def _params(self, start: str | None) -> dict[str, Any]:
        marketplace = str(self.required_setting("marketplace_id")).strip()
        params = {
            "details": "true",
            "granularityType": "Marketplace",
            "granularityId": marketplace,
            "marketplaceIds": marketplace,
        }
        if start:
            params["startDateTime"] = start
        return params

    async def _pages(self, start: str | None) -> AsyncIterator[Page[InventoryRecord]]:
        params = self._params(start)
        newest = start
        guard = self.page_guard()
        while True:
            response = await self.summaries(params)
            body = response.body if isinstance(response.body, dict) else {}
            payload = body.get("payload")
            summaries = payload.get("inventorySummaries") if isinstance(payload, dict) else None
            if not isinstance(summaries, list):
                raise InvalidResponse("Amazon sent no inventory summaries.")
            pagination = body.get("pagination")
            token = pagination.get("nextToken") if isinstance(pagination, dict) else None
            guard.page(summaries, response.where)
            page = self._page(summaries)
            for record in page.records:
                stamp = record.updated_at.isoformat().replace("+00:00", "Z") if record.updated_at else None
                if stamp is not None and (newest is None or stamp > newest):
                    newest = stamp
            yield Page(page.records, page.failures, cursor=newest)
            if not token:
                return
            params = {**self._params(start), "nextToken": token}

    def _page(self, summaries: Sequence[Any]) -> Page[InventoryRecord]:
        records: list[InventoryRecord] = []
        failures: list[ItemFailure] = []
        for raw in summaries:
            try:
                records.append(_summary_record(raw))
            except RecordRejected as error:
                key = str(raw.get("sellerSku") or "?") if isinstance(raw, dict) else "?"
                failures.append(ItemFailure(key, str(error), "invalid_record"))
        return Page(records, failures)

    # --- app.core.ports.Connector ----------------------------------------------------------

    async def test_connection(self) -> str:
        response = await self.summaries(self._params(None))
        payload = response.body.get("payload") if isinstance(response.body, dict) else None
        count = len(payload.get("inventorySummaries") or []) if isinstance(payload, dict) else 0
        return (
            f"Connected to Amazon ({self.setting('region')}), marketplace {self.setting('marketplace_id')}: "
            f"{count} FBA items on the first page."
        )

    def fetch_inventory(self) -> AsyncIterator[Page[InventoryRecord]]:
        return self._pages(None)

    def fetch_inventory_changes(self, since: str) -> AsyncIterator[Page[InventoryRecord]]:
        """Only the summaries changed since `since` (ISO 8601, startDateTime); cursor: newest change seen."""
        return self._pages(since)

    async def push_stock(self, updates: Sequence[StockUpdate]) -> PushResult:
        raise ConfigError("Amazon keeps FBA stock in its own warehouses; StoreSync can only read it.")

    async def aclose(self) -> None:
        await self._token_session.aclose()
        await super().aclose()


def _positive(text: str) -> bool:
    try:
        return float(text) > 0
    except ValueError:
        return False


def _summary_record(raw: Any) -> InventoryRecord:
    if not isinstance(raw, dict):
        raise RecordRejected("summary is not an object")
    details = raw.get("inventoryDetails")
    if isinstance(details, dict) and "fulfillableQuantity" in details:
        quantity = read_quantity(details.get("fulfillableQuantity"), "fulfillableQuantity")
    else:
        quantity = read_quantity(raw.get("totalQuantity"), "totalQuantity")
    return InventoryRecord(
        sku=read_text(raw.get("sellerSku"), "sellerSku", required=True).strip(),
        quantity=quantity,
        name=read_text(raw.get("productName"), "productName"),
        remote_id=read_text(raw.get("asin"), "asin") or None,
        updated_at=read_timestamp(raw.get("lastUpdatedTime"), "lastUpdatedTime"),
    )


CONNECTOR = AmazonConnector

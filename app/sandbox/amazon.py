"""Amazon SP-API simulator: Login with Amazon token exchange and FBA inventory summaries.

    POST /auth/o2/token  grant_type=refresh_token&refresh_token=..&client_id=..&client_secret=..
         -> {"access_token", "token_type": "bearer", "expires_in": 3600, "refresh_token"}
    GET  /fba/inventory/v1/summaries?details=true&granularityType=Marketplace&granularityId=MP
         &marketplaceIds=MP[&startDateTime=ISO][&nextToken=T]      header x-amz-access-token
         -> {"payload": {"granularity", "inventorySummaries": [...]}, "pagination": {"nextToken"}}

Summary requests beyond a token bucket of `rate_per_second` (burst `burst`, default as large) get
429 QuotaExceeded. An expired
or unknown access token gets 403 Unauthorized, as SP-API answers it. `expire_tokens()` ends every
access token issued so far, to test the refresh.
"""

from __future__ import annotations

import base64
import secrets
import threading
import time
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import parse_qs

from app.sandbox.catalog import Product
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.messages import Request, Response, json_response
from app.sandbox.server import SimulatorServer

PAGE_SIZE = 50
MARKETPLACE = "A1PA6795UKMFR9"


def _errors(code: str, message: str, status: int, details: str = "", **headers: str) -> Response:
    return json_response(
        {"errors": [{"code": code, "message": message, "details": details}]}, status, headers
    )


class AmazonSimulator(SimulatorServer):
    platform: ClassVar[str] = "amazon"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {
        "client_secret": "amzn1.oa2-cs.v1.demo0000000000000000000000000000",
        "refresh_token": "Atzr|IwEBIDemoRefreshToken0000000000000000",
    }
    CLIENT_ID = "amzn1.application-oa2-client.demo00000000000000000000"

    def __init__(
        self,
        *args: Any,
        rate_per_second: int = 2,
        burst: int | None = None,
        token_lifetime: int = 3600,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.rate_per_second = rate_per_second
        self.token_lifetime = token_lifetime
        self.tokens_issued = 0
        self._tokens: dict[str, float] = {}  # access token -> expiry (monotonic)
        self.throttled = 0  # 429 answers given
        self.burst = burst if burst is not None else rate_per_second  # SP-API: rate 2, burst 2
        self._tokens_left = float(self.burst)
        self._stamp = time.monotonic()
        self._state = threading.Lock()
        self.route("POST", "/auth/o2/token", self._token)
        self.route("GET", "/fba/inventory/v1/summaries", self._summaries)

    def store_settings(self) -> dict[str, Any]:
        return {
            "region": "eu",
            "marketplace_id": MARKETPLACE,
            "client_id": self.CLIENT_ID,
            "endpoint": self.url,
            "token_url": f"{self.url}/auth/o2/token",
        }

    def expire_tokens(self) -> None:
        with self._state:
            self._tokens = dict.fromkeys(self._tokens, 0.0)

    def fault_response(self, fault: Fault, request: Request) -> Response:
        if fault.kind is FaultKind.RATE_LIMIT:
            return _errors("QuotaExceeded", "You exceeded your quota for the requested resource.", 429,
                           **{"x-amzn-RateLimit-Limit": f"{self.rate_per_second:.1f}",
                              "Retry-After": f"{fault.retry_after:g}"})  # fmt: skip
        if fault.kind is FaultKind.UNAUTHORIZED:
            return _errors("Unauthorized", "Access to requested resource is denied.", 403,
                           "The access token you provided has expired.")  # fmt: skip
        return super().fault_response(fault, request)

    def _token(self, request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs(request.body.decode("utf-8")).items()}
        if form.get("grant_type") != "refresh_token":
            return json_response({"error": "unsupported_grant_type",
                                  "error_description": "The grant type is not supported"}, 400)  # fmt: skip
        if form.get("client_id") != self.CLIENT_ID or form.get("client_secret") != self.credentials.get(
            "client_secret"
        ):
            return json_response({"error": "invalid_client",
                                  "error_description": "Client authentication failed"}, 401)  # fmt: skip
        if form.get("refresh_token") != self.credentials.get("refresh_token"):
            message = "The request has an invalid grant parameter : refresh_token"
            return json_response({"error": "invalid_grant", "error_description": message}, 400)
        token = "Atza|" + base64.urlsafe_b64encode(secrets.token_bytes(24)).decode().rstrip("=")
        with self._state:
            self._tokens[token] = time.monotonic() + self.token_lifetime
            self.tokens_issued += 1
        return json_response({"access_token": token, "refresh_token": form["refresh_token"],
                              "token_type": "bearer", "expires_in": self.token_lifetime})  # fmt: skip

    def _summaries(self, request: Request) -> Response:
        token = request.headers.get("x-amz-access-token", "")
        now = time.monotonic()
        with self._state:
            expiry = self._tokens.get(token)
            if expiry is None or expiry <= now:
                detail = "The access token you provided has expired." if expiry else "Invalid access token."
                return _errors("Unauthorized", "Access to requested resource is denied.", 403, detail)
            refill = (now - self._stamp) * self.rate_per_second
            self._tokens_left = min(float(self.burst), self._tokens_left + refill)
            self._stamp = now
            if self._tokens_left < 1.0:
                self.throttled += 1
                return _errors("QuotaExceeded", "You exceeded your quota for the requested resource.", 429,
                               **{"x-amzn-RateLimit-Limit": f"{self.rate_per_second:.1f}"})  # fmt: skip
            self._tokens_left -= 1.0
        marketplace = request.arg("marketplaceIds")
        if request.arg("granularityType") != "Marketplace" or request.arg("granularityId") != marketplace:
            return _errors("InvalidInput", "granularityType and granularityId are required.", 400)
        if marketplace != MARKETPLACE:
            return _errors("InvalidInput", f"Invalid marketplaceId: {marketplace}", 400)
        start = self._start_of(request.arg("nextToken"))
        if start is None:
            return _errors("InvalidInput", "Invalid nextToken.", 400)
        since = request.arg("startDateTime")
        products = self._changed(since) if since else self.catalog.slice(start, start + PAGE_SIZE)
        if since:
            products = products[start : start + PAGE_SIZE]
            total = len(self._changed(since))
        else:
            total = len(self.catalog)
        details = request.arg("details") == "true"
        payload = {"granularity": {"granularityType": "Marketplace", "granularityId": marketplace},
                   "inventorySummaries": [_summary(p, details) for p in products]}  # fmt: skip
        body: dict[str, Any] = {"payload": payload}
        if start + len(products) < total:
            body["pagination"] = {"nextToken": _token_for(start + len(products))}
        return json_response(body, headers={"x-amzn-RateLimit-Limit": f"{self.rate_per_second:.1f}"})

    def _changed(self, since: str) -> list[Product]:
        moment = datetime.fromisoformat(since.replace("Z", "+00:00"))
        return [p for p in self.catalog.slice(0, len(self.catalog)) if p.updated_at >= moment]

    @staticmethod
    def _start_of(token: str | None) -> int | None:
        if token is None:
            return 0
        try:
            return int(base64.urlsafe_b64decode(token.encode()).decode().removeprefix("offset="))
        except ValueError:
            return None


def _token_for(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset={offset}".encode()).decode()


def _summary(product: Product, details: bool) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "asin": f"B0{product.id:08d}", "fnSku": f"X00{product.id:07d}", "sellerSku": product.sku,
        "condition": "NewItem", "lastUpdatedTime": product.updated_at, "productName": product.name,
        "totalQuantity": product.quantity,
    }  # fmt: skip
    if details:
        summary["inventoryDetails"] = {
            "fulfillableQuantity": product.quantity, "inboundWorkingQuantity": 0, "inboundShippedQuantity": 0,
            "inboundReceivingQuantity": 0,
            "reservedQuantity": {"totalReservedQuantity": 0, "pendingCustomerOrderQuantity": 0,
                                 "pendingTransshipmentQuantity": 0, "fcProcessingQuantity": 0},
            "unfulfillableQuantity": {"totalUnfulfillableQuantity": 0},
        }  # fmt: skip
    return summary


SIMULATOR = AmazonSimulator

"""Loopback JSON APIs in the styles the generic JSON connector meets in the wild (API_FACTS.md,
"Conventions of REST APIs met in the wild"), each over a catalog:

- DrfStockApi: Django REST framework pages, {"count", "next", "previous", "results"}, 404
  {"detail": "Invalid page."} past the last page; or (cursor=True) cursor pages, whose "next" is a
  whole URL with an opaque ?cursor= inside and no count.
- RepeatingStockApi: ?page=N answers a page past the end with the last page again, never an empty
  one; the body says {"items", "total"} (the number of records).
- NestedStockApi: products that nest one stock record per partner (warehouse), each with its own
  SKU and quantity, beside parent products that hold no stock and no SKU (DRF pages).
- LoginRpcApi: an RPC-style ERP read by POST with a JSON body: a login step (username, password,
  user token -> a token and its lifetime; refused tokens answer 401), or OAuth2 client credentials,
  or an API key in the body; stock and product names on two endpoints joined by product id.
- FormCredentialsApi: a marketplace that takes user name, password and user token as form fields
  posted with every request, the paging in the address; or (errors_in_body=True) one that answers
  HTTP 200 whatever happened and says in the body whether the call worked, as Ovoko documents for
  its API: {"msg", "status_code": "R200"} on success, another status_code and message on failure.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from typing import Any, ClassVar
from urllib.parse import parse_qs

from app.sandbox.catalog import Product
from app.sandbox.messages import Request, Response, json_response
from app.sandbox.server import SimulatorServer

PARTNERS = ("Warehouse A", "Warehouse B")


def _page_number(request: Request) -> int:
    return max(1, request.int_arg("page", 1))


class DrfStockApi(SimulatorServer):
    platform: ClassVar[str] = "drf"
    PATH: ClassVar[str] = "/api/stock/"

    def __init__(self, *args: Any, cursor: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cursor = cursor
        self.route("GET", self.PATH, self._list)

    def record(self, product: Product) -> dict[str, Any]:
        return {
            "id": product.id,
            "sku": product.sku,
            "title": product.name,
            "stock": product.quantity,
            "price": product.price,
        }

    def store_settings(self) -> dict[str, Any]:
        settings: dict[str, Any] = {
            "base_url": self.url,
            "auth": "none",
            "endpoint": self.PATH,
            "record_path": "results",
            "field_map": {
                "sku": "sku",
                "name": "title",
                "quantity": "stock",
                "price": "price",
                "updated_at": "",
                "id": "id",
            },
        }
        if self.cursor:
            return {**settings, "paginator": "cursor_body", "cursor_path": "next", "cursor_param": "cursor"}
        return {
            **settings,
            "paginator": "page",
            "page_param": "page",
            "page_size_param": "page_size",
            "page_size": 50,
            "total_pages_header": "",
            "total_count_path": "count",
        }

    def _list(self, request: Request) -> Response:
        size = min(100, max(1, request.int_arg("page_size", 50)))
        total = len(self.catalog)
        if self.cursor:
            start = _decode_cursor(request.arg("cursor"))
            stop = min(total, start + size)
            following = f"{self.url}{self.PATH}?cursor={_encode_cursor(stop)}" if stop < total else None
            return json_response(
                {
                    "next": following,
                    "previous": None,
                    "results": [self.record(p) for p in self.catalog.slice(start, stop)],
                }
            )
        page = _page_number(request)
        start = (page - 1) * size
        if start >= total and page > 1:
            return json_response({"detail": "Invalid page."}, 404)
        stop = min(total, start + size)

        def link(number: int) -> str:
            return f"{self.url}{self.PATH}?page={number}&page_size={size}"

        return json_response(
            {
                "count": total,
                "next": link(page + 1) if stop < total else None,
                "previous": link(page - 1) if page > 1 else None,
                "results": [self.record(p) for p in self.catalog.slice(start, stop)],
            }
        )


def _encode_cursor(position: int) -> str:
    return base64.urlsafe_b64encode(f"p={position}".encode()).decode()


def _decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        return int(base64.urlsafe_b64decode(cursor.encode()).decode().partition("=")[2])
    except ValueError:
        return 0


class RepeatingStockApi(SimulatorServer):
    platform: ClassVar[str] = "repeating"
    PATH: ClassVar[str] = "/stock"
    SIZE: ClassVar[int] = 40

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.route("GET", self.PATH, self._list)

    def store_settings(self) -> dict[str, Any]:
        return {
            "base_url": self.url,
            "auth": "none",
            "endpoint": self.PATH,
            "record_path": "items",
            "paginator": "page",
            "page_param": "page",
            "page_size_param": "",
            "total_pages_header": "",
            "total_count_path": "total",
            "field_map": {
                "sku": "sku",
                "name": "name",
                "quantity": "qty",
                "price": "",
                "updated_at": "",
                "id": "",
            },
        }

    def _list(self, request: Request) -> Response:
        total = len(self.catalog)
        last = max(1, -(-total // self.SIZE))
        page = min(_page_number(request), last)  # past the end: the last page again
        products = self.catalog.slice((page - 1) * self.SIZE, page * self.SIZE)
        items = [{"sku": p.sku, "name": p.name, "qty": p.quantity} for p in products]
        return json_response({"items": items, "total": total})


class NestedStockApi(DrfStockApi):
    """Every fifth product is a parent (no SKU, no stock); the others nest one stock record per partner."""

    platform: ClassVar[str] = "nested"
    PATH: ClassVar[str] = "/api/products/"

    def record(self, product: Product) -> dict[str, Any]:
        if product.id % 5 == 0:
            return {
                "id": product.id,
                "title": product.name,
                "structure": "parent",
                "upc": None,
                "stockrecords": [],
            }
        return {
            "id": product.id,
            "title": product.name,
            "structure": "standalone",
            "upc": product.sku,
            "stockrecords": [
                {
                    "partner": partner,
                    "partner_sku": f"{product.sku}-{index}",
                    "num_in_stock": self.partner_quantity(product, index),
                    "price": product.price,
                }
                for index, partner in enumerate(PARTNERS)
            ],
        }

    @staticmethod
    def partner_quantity(product: Product, index: int) -> int:
        return product.quantity if index == 0 else product.id % 7

    def store_settings(self) -> dict[str, Any]:
        return {
            **super().store_settings(),
            "items_path": "stockrecords",
            "skip_if": {"structure": "parent"},
            "field_map": {
                "sku": "partner_sku",
                "name": "title",
                "quantity": "num_in_stock",
                "price": "price",
                "updated_at": "",
                "id": "",
            },
        }


class LoginRpcApi(SimulatorServer):
    """POST /auth/login {"username", "password", "user_token"} -> {"token", "expires_in"};
    POST /oauth/token (form grant_type=client_credentials, HTTP Basic client id:secret) ->
    {"access_token", "token_type", "expires_in"}; POST /rpc/stock.list and /rpc/products.list with
    {"page", "per_page"} in the JSON body -> {"result": {"items", "pages"}}. `auth` is "login",
    "oauth2" or "body" (an "api_key" in each request's body)."""

    platform: ClassVar[str] = "login_rpc"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {
        "password": "demo-rpc-password",
        "user_token": "demo-rpc-user-token",
        "oauth_client_id": "demo-client",
        "client_secret": "demo-rpc-client-secret",
        "secret": "demo-rpc-api-key",
    }
    USERNAME: ClassVar[str] = "demo"
    SIZE: ClassVar[int] = 50

    def __init__(self, *args: Any, auth: str = "login", token_lifetime: int = 3600, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.auth = auth
        self.token_lifetime = token_lifetime
        self.logins = 0
        self._tokens: dict[str, float] = {}
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        self.route("POST", "/auth/login", self._login)
        self.route("POST", "/oauth/token", self._oauth)
        self.route("POST", "/rpc/stock.list", self._stock)
        self.route("POST", "/rpc/products.list", self._products)

    def store_settings(self) -> dict[str, Any]:
        settings: dict[str, Any] = {
            "base_url": self.url,
            "auth": self.auth,
            "username": self.USERNAME,
            "method": "POST",
            "endpoint": "/rpc/stock.list",
            "record_path": "result.items",
            "request_body": {"warehouse": "all"},
            "paginator": "page",
            "page_param": "page",
            "page_size_param": "per_page",
            "page_size": self.SIZE,
            "total_pages_header": "",
            "total_pages_path": "result.pages",
            "field_map": {
                "sku": "code",
                "name": "join.name",
                "quantity": "qty_shop + qty_depot",
                "price": "join.price",
                "updated_at": "",
                "id": "product_id",
            },
            "join_endpoint": "/rpc/products.list",
            "join_record_path": "result.items",
            "join_key": "product_id",
            "join_on": "product_id",
        }
        if self.auth == "login":
            settings.update(
                login_endpoint="/auth/login",
                login_token_path="token",
                login_expires_path="expires_in",
                login_body={"username": "{username}", "password": "{password}", "user_token": "{user_token}"},
            )
        elif self.auth == "oauth2":
            settings.update(login_endpoint="/oauth/token", login_token_path="access_token")
        return settings

    def revoke_tokens(self) -> None:
        """Forget every token given out, as a server does when it restarts or a session times out."""
        with self._lock:
            self._tokens.clear()

    def _issue(self) -> str:
        with self._lock:
            token = f"tok-{next(self._counter)}-{int(time.time())}"
            self._tokens[token] = time.monotonic() + self.token_lifetime
            self.logins += 1
            return token

    def _login(self, request: Request) -> Response:
        body = request.json() or {}
        expected = {
            "username": self.USERNAME,
            "password": self.credentials.get("password"),
            "user_token": self.credentials.get("user_token"),
        }
        if any(body.get(key) != value for key, value in expected.items()):
            return json_response({"error": "invalid_credentials"}, 401)
        return json_response({"token": self._issue(), "expires_in": self.token_lifetime})

    def _oauth(self, request: Request) -> Response:
        form = parse_qs(request.body.decode())
        client = base64.b64encode(
            f"{self.credentials.get('oauth_client_id')}:{self.credentials.get('client_secret')}".encode()
        ).decode()
        if (
            form.get("grant_type") != ["client_credentials"]
            or request.headers.get("authorization") != f"Basic {client}"
        ):
            return json_response({"error": "invalid_client"}, 401)
        return json_response(
            {"access_token": self._issue(), "token_type": "bearer", "expires_in": self.token_lifetime}
        )

    def _authorised(self, request: Request, body: dict[str, Any]) -> bool:
        if self.auth == "body":
            return body.get("api_key") == self.credentials.get("secret")
        header = request.headers.get("authorization", "")
        token = header.removeprefix("Bearer ")
        with self._lock:
            expires = self._tokens.get(token)
        return expires is not None and time.monotonic() < expires

    def _rpc_page(self, request: Request, render: Any) -> Response:
        body = request.json() or {}
        if not isinstance(body, dict) or not self._authorised(request, body):
            return json_response({"error": "unauthorized"}, 401)
        size = min(500, max(1, int(body.get("per_page") or self.SIZE)))
        page = max(1, int(body.get("page") or 1))
        total = len(self.catalog)
        items = [render(p) for p in self.catalog.slice((page - 1) * size, page * size)]
        return json_response({"result": {"items": items, "pages": max(1, -(-total // size))}})

    def _stock(self, request: Request) -> Response:
        return self._rpc_page(
            request,
            lambda p: {"product_id": p.id, "code": p.sku, "qty_shop": p.quantity, "qty_depot": p.id % 3},
        )

    def _products(self, request: Request) -> Response:
        return self._rpc_page(request, lambda p: {"product_id": p.id, "name": p.name, "price": p.price})


class FormCredentialsApi(SimulatorServer):
    """A marketplace that takes its user name, password and user token as form fields posted with
    every request (no login step, no token), the paging in the address: POST /parts?page=N&limit=L
    answers {"list": [...], "pagination": {"total_count": N}}; wrong credentials answer 401.

    With `errors_in_body` every answer is HTTP 200: a success carries "msg" and "status_code" R200
    beside the list, wrong credentials answer {"msg": ..., "status_code": REFUSED} with no list.
    (The failure code is this simulator's own; the vendor documents only R200 as success.)"""

    platform: ClassVar[str] = "form_credentials"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {"password": "demo-form-password", "user_token": "demo-ut"}
    USERNAME: ClassVar[str] = "demo"
    PATH: ClassVar[str] = "/parts"
    OK: ClassVar[str] = "R200"
    REFUSED: ClassVar[str] = "R401"
    REFUSED_MESSAGE: ClassVar[str] = "Wrong username, password or user token"

    def __init__(self, *args: Any, errors_in_body: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.errors_in_body = errors_in_body
        self.route("POST", self.PATH, self._parts)

    def store_settings(self) -> dict[str, Any]:
        return {
            **self._answer_settings(),
            "base_url": self.url,
            "auth": "form",
            "username": self.USERNAME,
            "method": "POST",
            "endpoint": self.PATH,
            "record_path": "list",
            "paginator": "page",
            "page_param": "page",
            "page_size_param": "limit",
            "page_size": 50,
            "total_pages_header": "",
            "total_count_path": "pagination.total_count",
            "field_map": {
                "sku": "code",
                "name": "name",
                "quantity": "quantity",
                "price": "price",
                "updated_at": "",
                "id": "id",
            },
        }

    def _parts(self, request: Request) -> Response:
        form = {key: values[0] for key, values in parse_qs(request.body.decode()).items()}
        expected = {"username": self.USERNAME, **self.credentials}
        as_form = request.headers.get("content-type", "").split(";")[0] == "application/x-www-form-urlencoded"
        if not as_form or any(form.get(key) != value for key, value in expected.items()):
            if self.errors_in_body:
                return json_response({"msg": self.REFUSED_MESSAGE, "status_code": self.REFUSED})
            return json_response({"msg": self.REFUSED_MESSAGE}, 401)
        page, limit = _page_number(request), max(1, request.int_arg("limit", 50))
        products = self.catalog.slice((page - 1) * limit, page * limit)
        rows = [
            {"id": p.id, "code": p.sku, "name": p.name, "quantity": p.quantity, "price": p.price}
            for p in products
        ]
        answer: dict[str, Any] = {"list": rows, "pagination": {"total_count": len(self.catalog)}}
        if self.errors_in_body:
            answer.update(msg="OK", status_code=self.OK)
        return json_response(answer)

    def _answer_settings(self) -> dict[str, Any]:
        """Where this API says whether a call worked, when it says so in the body."""
        if not self.errors_in_body:
            return {}
        return {
            "ok_path": "status_code",
            "ok_value": self.OK,
            "error_message_path": "msg",
            "auth_error_values": self.REFUSED,
        }


def request_bodies(server: SimulatorServer, path: str) -> list[Any]:
    """The JSON bodies `server` received at `path`, in order (for tests)."""
    return [json.loads(r.body or b"null") for r in server.recorded_requests() if r.path == path]

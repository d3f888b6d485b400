"""Any JSON REST API, described by the store's settings (see app.connectors.generic_json): the way
ERPs, marketplaces and couriers without a connector of their own are connected."""

from typing import Final

from app.core.models import JobKind, OrderStatus, Platform
from app.core.platforms.declaration import (
    DemoStoreDeclaration,
    PlatformDeclaration,
    SettingField,
    secret,
    text,
)
from app.core.schedule import ScheduleSpec

GENERIC_FIELD_MAP_DEFAULT: Final[dict[str, str]] = {
    "sku": "sku",
    "name": "name",
    "quantity": "quantity",
    "price": "price",
    "updated_at": "updated_at",
    "location": "",
}

GENERIC_ORDER_FIELD_MAP_DEFAULT: Final[dict[str, str]] = {
    "id": "id",
    "number": "number",
    "status": "status",
    "total": "total",
    "currency": "currency",
    "created_at": "created_at",
    "updated_at": "updated_at",
    "customer_country": "customer_country",
    "tracking": "tracking_number",
}

# A courier's shipment list: which value names the order a shipment carries, and what it says.
GENERIC_SHIPMENT_FIELD_MAP_DEFAULT: Final[dict[str, str]] = {
    "reference": "order_number",
    "status": "status",
    "tracking": "tracking_number",
    "updated_at": "updated_at",
}

# The secrets each login method uses, so only those are asked for; a user token is optional.
SECRETS_BY_AUTH: Final[dict[str, tuple[str, ...]]] = {
    "none": (),
    "bearer": ("secret",),
    "header": ("secret",),
    "basic": ("secret",),
    "query": ("secret",),
    "body": ("secret",),
    "login": ("password", "user_token"),
    "form": ("password", "user_token"),
    "oauth2": ("oauth_client_id", "client_secret"),
}
OPTIONAL_SECRETS: Final = frozenset({"user_token"})

PLATFORM = PlatformDeclaration(
    platform=Platform.GENERIC_JSON,
    label="Other JSON API (ERP, marketplace...)",
    fields=(
        SettingField(
            "base_url",
            "API address",
            "url",
            True,
            None,
            "The start of every address, e.g. https://erp.example.com/api.",
        ),
        SettingField(
            "auth",
            "Login method",
            "choice",
            True,
            "none",
            "How the API checks who you are: none, a bearer token, a custom header, a user name and "
            "password (basic), a key in the address (query) or in the request body (body), a login "
            "request that returns a token (login), OAuth2 client credentials (oauth2), or the user name, "
            "password and user token posted as a form with every request (form).",
            ("none", "bearer", "header", "basic", "query", "body", "login", "oauth2", "form"),
        ),
        text(
            "auth_body_field",
            "Key field in the body",
            "For the 'body' login, or a token sent in the body: the field's (dotted) name, e.g. api_key.",
            required=False,
            default="api_key",
        ),
        text(
            "auth_header_name",
            "Header name",
            "For the 'header' login: the header's name, e.g. X-Api-Key.",
            required=False,
        ),
        text(
            "auth_query_name",
            "Key parameter name",
            "For the 'query' login: the parameter's name, e.g. api_key.",
            required=False,
        ),
        text("username", "User name", "For the 'basic', 'login' and 'form' logins.", required=False),
        secret("secret", "Token, key or password", "The value the login method sends.", required=False),
        secret(
            "password",
            "Password",
            "For the 'login' step or the 'form' login: the account's password.",
            required=False,
        ),
        secret(
            "user_token",
            "User token",
            "For the 'login' step or the 'form' login: a token the vendor issues to your account, if it asks "
            "for one.",
            required=False,
        ),
        secret(
            "oauth_client_id",
            "OAuth2 client ID",
            "For 'oauth2': the client ID the vendor gave you.",
            required=False,
        ),
        secret("client_secret", "Client secret", "For 'oauth2': the client secret.", required=False),
        text(
            "login_endpoint",
            "Login address",
            "For 'login' and 'oauth2': the path (or address) that gives a token, e.g. /auth/token.",
            required=False,
        ),
        SettingField(
            "login_body",
            "Login request",
            "json",
            False,
            {"username": "{username}", "password": "{password}"},
            "For 'login': the JSON sent; {username}, {password}, {user_token} and {secret} are filled in "
            "from the store's settings and keychain.",
        ),
        text(
            "login_token_path",
            "Token in the login answer",
            "For 'login' and 'oauth2': dotted path to the token, e.g. access_token.",
            required=False,
            default="access_token",
        ),
        text(
            "login_expires_path",
            "Token lifetime in the answer",
            "Dotted path to the token's lifetime in seconds, e.g. expires_in; empty: kept until refused.",
            required=False,
            default="expires_in",
        ),
        SettingField(
            "token_placement",
            "How to send the token",
            "choice",
            False,
            "bearer",
            "For 'login' and 'oauth2': as a bearer token, in the header named above, in the address "
            "parameter named above, or in the request body field named above.",
            ("bearer", "header", "query", "body"),
        ),
        text(
            "oauth_scope",
            "OAuth2 scope",
            "For 'oauth2': the scope to ask for, if the API wants one.",
            required=False,
        ),
        SettingField(
            "method",
            "Request method",
            "choice",
            False,
            "GET",
            "GET for most APIs; POST for APIs that take the request as a JSON body (RPC-style ERPs).",
            ("GET", "POST"),
        ),
        SettingField(
            "request_body",
            "Request body",
            "json",
            False,
            None,
            "For POST: the JSON sent with every list request; page, cursor and changed-since values are "
            "placed in it under their parameter names (a dotted name places them inside an object).",
        ),
        SettingField(
            "headers",
            "Extra headers",
            "json",
            False,
            None,
            'Optional: headers sent with every request, as a JSON object, e.g. {"Accept-Language": "en"}.',
        ),
        text(
            "rate_limit",
            "Request rate",
            "Optional: the most requests StoreSync sends, e.g. 5/s or 100/min.",
            required=False,
        ),
        SettingField(
            "concurrency",
            "Requests at once",
            "int",
            False,
            2,
            "The most requests on the wire at once, for all this store's jobs together. 2: the next "
            "page is asked for while this one is stored; 1: one request at a time.",
        ),
        text(
            "ok_path",
            "Success in the answer",
            "Optional, for APIs that answer 200 even when a call fails and say so in the body: dotted "
            "path to the value that tells, e.g. status_code or isError. Every answer is checked: reads, "
            "the login and writes.",
            required=False,
        ),
        text(
            "ok_value",
            "Success value",
            "The value at that path that means success, e.g. R200, or false for an isError flag; "
            "several separated by commas. Any other value fails the call.",
            required=False,
        ),
        text(
            "error_message_path",
            "API's error message",
            "Dotted path to the API's own message in a failing answer, e.g. msg or messages; it is "
            "shown with the store's name.",
            required=False,
        ),
        text(
            "auth_error_values",
            "Values for refused credentials",
            "Optional: values at the success path that mean the credentials were refused, e.g. R401; "
            "reported as a credentials problem (a login token is renewed once first).",
            required=False,
        ),
        text(
            "endpoint", "Stock endpoint", "The path that lists your products, e.g. /products or stock/list."
        ),
        text(
            "record_path",
            "Where the list is",
            "Dotted path to the product list in the answer, e.g. data.items; empty if it is the list.",
            required=False,
            default="",
        ),
        SettingField(
            "paginator",
            "Pages",
            "choice",
            True,
            "page",
            "How the API splits long lists: none, page numbers, offset and limit, a cursor in the answer "
            "(a token, or a whole address), a next-page address in the answer, the next page's number "
            "in the answer, or a Link header.",
            ("none", "page", "offset", "cursor_body", "next_url_body", "next_page_body", "link_header"),
        ),
        text(
            "page_param",
            "Page parameter",
            "Name of the page-number parameter.",
            required=False,
            default="page",
        ),
        text(
            "page_size_param",
            "Page size parameter",
            "Name of the page-size parameter; empty to not send one.",
            required=False,
            default="per_page",
        ),
        SettingField("page_size", "Page size", "int", False, 100, "How many records to ask for per page."),
        text(
            "total_pages_header",
            "Total pages header",
            "Header that tells how many pages there are.",
            required=False,
            default="X-Total-Pages",
        ),
        text(
            "total_pages_path",
            "Total pages in the answer",
            "Optional: dotted path to the number of pages inside the answer, e.g. meta.total_pages.",
            required=False,
            default="",
        ),
        text(
            "total_count_path",
            "Total records in the answer",
            "Optional: dotted path to the number of records in the whole list, e.g. count or meta.total; "
            "pages stop once that many are read.",
            required=False,
            default="",
        ),
        text(
            "total_count_header",
            "Total records header",
            "Optional: header that tells how many records the whole list has, e.g. X-Total-Count.",
            required=False,
            default="",
        ),
        text(
            "next_page_path",
            "Next page number in the answer",
            "For next-page-number pages: dotted path to it, e.g. meta.next_page; the list ends when it is "
            "empty.",
            required=False,
            default="next_page",
        ),
        text(
            "offset_param",
            "Offset parameter",
            "For offset pages: the offset parameter's name.",
            required=False,
            default="offset",
        ),
        text(
            "limit_param",
            "Limit parameter",
            "For offset pages: the limit parameter's name.",
            required=False,
            default="limit",
        ),
        text(
            "cursor_path",
            "Cursor in the answer",
            "For cursor pages: dotted path to the next cursor.",
            required=False,
            default="next_cursor",
        ),
        text(
            "cursor_param",
            "Cursor parameter",
            "For cursor pages: the parameter that sends the cursor back.",
            required=False,
            default="cursor",
        ),
        text(
            "next_url_path",
            "Next page address in the answer",
            "For next-address pages: dotted path to it.",
            required=False,
            default="next",
        ),
        SettingField(
            "field_map",
            "Field mapping",
            "mapping",
            True,
            GENERIC_FIELD_MAP_DEFAULT,
            "Where each value is inside a record (dotted paths): sku, name, quantity, price, updated_at, "
            "and optionally location. Quantity may add several fields: stock.shop + stock.depot.",
        ),
        SettingField(
            "skip_if",
            "Records to skip",
            "json",
            False,
            None,
            'Optional: records that are not stock, skipped (not failed), e.g. {"sku": "", "type": '
            '"bundle"}: "" skips a missing or empty value, "!product" anything but product.',
        ),
        text(
            "items_path",
            "Nested stock records",
            "Optional: dotted path to a list inside each record with one stock record per element "
            "(e.g. per warehouse); values missing from an element come from its record (or parent.x).",
            required=False,
        ),
        SettingField(
            "location_quantities",
            "Quantity per location",
            "json",
            False,
            None,
            'Optional: one quantity field per location, e.g. {"Shop": "stock.shop", "Depot": '
            '"stock.depot"}; the item\'s quantity is their sum.',
        ),
        text(
            "join_endpoint",
            "Second endpoint",
            "Optional: a path whose records are joined to the stock records by a key; their values are "
            "read as join.x in the field mapping.",
            required=False,
        ),
        text(
            "join_record_path",
            "Where its list is",
            "Dotted path to the second endpoint's list in its answer; empty if it is the list.",
            required=False,
        ),
        text(
            "join_key",
            "Its key",
            "The key in the second endpoint's records, e.g. product_id.",
            required=False,
        ),
        text("join_on", "Matched with", "The key in the stock records it matches, e.g. id.", required=False),
        text(
            "since_param",
            "Changed-since parameter",
            "Optional: parameter that asks only for orders changed since the last sync.",
            required=False,
        ),
        SettingField(
            "since_format",
            "Changed-since format",
            "choice",
            False,
            "iso",
            "How the API wants that time: iso (2026-03-01T10:00:00+00:00), unix (seconds), unix_ms "
            "(milliseconds) or datetime (2026-03-01 10:00:00, UTC).",
            ("iso", "unix", "unix_ms", "datetime"),
        ),
        text("orders_endpoint", "Orders endpoint", "Optional: the path that lists orders.", required=False),
        text(
            "orders_record_path",
            "Where the order list is",
            "Dotted path to the order list in the answer, e.g. orders; empty if it is the list.",
            required=False,
            default="",
        ),
        SettingField(
            "order_field_map",
            "Order field mapping",
            "mapping",
            False,
            GENERIC_ORDER_FIELD_MAP_DEFAULT,
            "Where each order value is (dotted paths): id, number, status, total, currency, created_at, "
            "updated_at, customer_country (e.g. shipping.country) and tracking.",
        ),
        text(
            "shipments_endpoint",
            "Shipments endpoint",
            "For a courier: the path that lists shipments, e.g. /parcels. Its statuses move the orders of "
            "the store named below on (the Shipments job).",
            required=False,
        ),
        text(
            "shipments_record_path",
            "Where the shipment list is",
            "Dotted path to the shipment list in the answer, e.g. parcels; empty if it is the list.",
            required=False,
            default="",
        ),
        SettingField(
            "shipment_field_map",
            "Shipment field mapping",
            "mapping",
            False,
            GENERIC_SHIPMENT_FIELD_MAP_DEFAULT,
            "Where each shipment value is (dotted paths): reference (the order it carries), status, "
            "tracking and updated_at. Its statuses read as ours through the order statuses below.",
        ),
        text(
            "orders_store",
            "Orders it follows",
            "For a courier: the name of the store whose orders its shipments move on.",
            required=False,
        ),
        SettingField(
            "match_by",
            "Matched with the order's",
            "choice",
            False,
            "number",
            "What a shipment's reference is in that store: the order number, or the store's id for it.",
            ("number", "external_id"),
        ),
        SettingField(
            "write_back",
            "Write statuses back",
            "choice",
            False,
            "no",
            "yes: each status a shipment moves an order to is also written to the order's own store, "
            "through that store's order status write below.",
            ("no", "yes"),
        ),
        text(
            "order_status_endpoint",
            "Order status write endpoint",
            "Optional: the path an order's new status is written to; it may hold {id} or {number}, "
            "e.g. orders/{id}/status.",
            required=False,
        ),
        SettingField(
            "order_status_method",
            "Order status write method",
            "choice",
            False,
            "PUT",
            "The HTTP method of an order status write.",
            ("POST", "PUT", "PATCH"),
        ),
        SettingField(
            "order_status_body",
            "Order status write body",
            "json",
            False,
            {"status": "{status}", "tracking_number": "{tracking}"},
            "JSON template of the body: {status} is the store's own name for the status (from the "
            "order statuses below), {tracking}, {number} and {id} are the order's.",
        ),
        text(
            "order_status_ok_status",
            "Order status write accepted codes",
            "The status codes that count as written, e.g. 200,204; empty: any 2xx.",
            required=False,
        ),
        text(
            "order_status_result_path",
            "Where the written status is",
            "Optional: path to the order's status in the answer, e.g. order.status; it must read as "
            "the status sent. Empty: an accepted status code counts as written.",
            required=False,
        ),
        text(
            "stock_endpoint",
            "Stock update endpoint",
            "Optional: the path stock is written to; per item it may hold {sku} or {id}, "
            "e.g. products/{id}/stock.",
            required=False,
        ),
        SettingField(
            "stock_write_mode",
            "Stock write style",
            "choice",
            False,
            "batch",
            "batch: one request carries many items; per_item: one request per SKU.",
            ("batch", "per_item"),
        ),
        SettingField(
            "stock_method",
            "Stock write method",
            "choice",
            False,
            "POST",
            "The HTTP method of a stock write.",
            ("POST", "PUT", "PATCH"),
        ),
        text(
            "stock_body",
            "Stock write body",
            'JSON template of the body: in a batch "{items}" is where the list goes (default '
            '{"items": "{items}"}); per item e.g. {"quantity": "{quantity}"}.',
            required=False,
        ),
        text(
            "stock_item",
            "Stock write item",
            'JSON template of one item of a batch (default {"sku": "{sku}", "quantity": "{quantity}"}).',
            required=False,
        ),
        text(
            "stock_ok_status",
            "Accepted status codes",
            "The status codes that count as accepted, e.g. 200,201; empty: any 2xx.",
            required=False,
        ),
        text(
            "stock_result_path",
            "Where the write result is",
            "Batch: path to the per-item results ({sku, ok, error}); per item: path to the quantity "
            "the answer shows. Empty: the answer says nothing per item, so StoreSync reads the SKUs back.",
            required=False,
            default="results",
        ),
    ),
    capabilities=frozenset(
        {JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL, JobKind.STOCK_PUSH, JobKind.SHIPMENT_PULL}
    ),
    preview=True,
    order_statuses={
        "new": OrderStatus.PENDING,
        "pending": OrderStatus.PENDING,
        "paid": OrderStatus.PAID,
        "processing": OrderStatus.PROCESSING,
        "shipped": OrderStatus.SHIPPED,
        "delivered": OrderStatus.DELIVERED,
        "cancelled": OrderStatus.CANCELLED,
        "canceled": OrderStatus.CANCELLED,
        "refunded": OrderStatus.REFUNDED,
    },
    demo=DemoStoreDeclaration(
        "Demo ERP (JSON API)",
        (
            (JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=1)),
            (JobKind.LOW_STOCK_CHECK, ScheduleSpec.every(minutes=15)),
        ),
    ),
)

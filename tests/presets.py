"""A JSON API store preset as a merchant's ERP would have it, shared by the command line and the store
editor tests."""

from __future__ import annotations

from typing import Any

ERP_PRESET: dict[str, Any] = {
    "format": "storesync-generic-json-preset",
    "version": 1,
    "name": "ERP",
    "settings": {
        "base_url": "https://erp.example.com/api/v1",
        "auth": "header",
        "auth_header_name": "X-Api-Key",
        "endpoint": "stock",
        "record_path": "data.items",
        "paginator": "page",
        "page_size": 100,
        "field_map": {
            "sku": "code",
            "name": "title",
            "quantity": "stock.available",
            "price": "price.gross",
            "updated_at": "modified",
        },
    },
}
SECRET = "tok-SECRET-123"  # in tests/known_secrets.py, so the final scan looks for it too

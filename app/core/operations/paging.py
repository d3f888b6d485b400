"""Paging of the listing operations (history, orders): one reading of `offset`/`limit` and one answer
shape, so every list pages alike in the CLI, the control API and its clients."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.core.operations.lookup import parse_whole

DEFAULT_PAGE = 50
LARGEST_PAGE = 1000


def page_window(filters: Mapping[str, Any]) -> tuple[int, int]:
    """(offset, limit) from the filters, refused in the CLI's words when out of range."""
    offset = parse_whole(filters.get("offset", 0), "offset", minimum=0)
    limit = parse_whole(filters.get("limit", DEFAULT_PAGE), "limit", minimum=1, maximum=LARGEST_PAGE)
    return offset, limit


def page_answer(
    key: str, entries: Sequence[dict[str, Any]], total: int, offset: int, limit: int
) -> dict[str, Any]:
    """A page with the total count, where it starts and where the next one would (None at the end)."""
    end = offset + len(entries)
    return {
        "total": total,
        "offset": offset,
        "limit": limit,
        "next_offset": end if end < total else None,
        key: list(entries),
    }

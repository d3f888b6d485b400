"""Paging of the listing operations (history, orders): one reading of `offset`/`limit` and one answer
shape, so every list pages alike in the CLI, the control API and its clients."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

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


class _WithId(Protocol):
    @property
    def id(self) -> int | None: ...


Item = TypeVar("Item", bound=_WithId)


async def every_page(read: Callable[[int, int], Awaitable[list[Item]]], page_size: int) -> list[Item]:
    """Every item `read(offset, limit)` gives, newest first, page after page until an empty one (a
    server may answer less than asked), each once: an item added meanwhile moves the pages on by one,
    so its neighbour comes again. The loop yields between pages, so a window stays live."""
    found: list[Item] = []
    seen: set[int] = set()
    offset = 0
    while page := await read(offset, page_size):
        offset += len(page)
        for item in page:
            if item.id is None or item.id not in seen:
                if item.id is not None:
                    seen.add(item.id)
                found.append(item)
        await asyncio.sleep(0)
    return found

"""The stops every walk through pages shares, whatever its paginator says: some APIs answer a page
past the end with the last page again, never an empty one, so a walk waiting for the end would read
for ever. A page holding the very records of the page before ends the walk with an error, and so
does a walk longer than the page cap (a setting)."""

from __future__ import annotations

from collections.abc import Sized
from typing import Any

from app.core.errors import InvalidResponse


class PageGuard:
    """Made fresh for each walk; `page(records, where)` is called once per page read.

    Records are compared with the previous page's as parsed (a page number, time or request id
    elsewhere in the answer may change while the list repeats); an empty page is never taken for a
    repeat, as two empty pages in a row add nothing and APIs do send them."""

    def __init__(self, max_pages: int) -> None:
        self.max_pages = max_pages
        self.pages = 0
        self._previous: Any = None

    def page(self, records: Sized, where: str, *, may_repeat: bool = False) -> None:
        """Count a page of `records` from `where` (host and path); `may_repeat`: it was asked for
        knowing it may repeat the one before (see Paginator.rereads). Raises InvalidResponse when the
        page repeats the one before, or lies past the cap (the pages before it were handed on)."""
        self.pages += 1
        if self.pages > self.max_pages:
            raise InvalidResponse(
                f"Reading stopped after {self.max_pages:,} pages from {where}: a list that long is "
                "taken for one that never ends. If the store really has more, raise “Pages per read, "
                "at most” in Settings."
            )
        if not may_repeat and len(records) and records == self._previous:
            raise InvalidResponse(
                f"{where} answered page {self.pages} with the same records as page {self.pages - 1}: "
                "its list would never end, so reading stopped."
            )
        self._previous = records

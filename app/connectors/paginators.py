"""How a stream walks its pages. A paginator is made fresh for each walk: `first()` gives the first
request, `next(response, count)` the following one or None when the list is complete. Next-page
addresses taken from an answer must stay on the same host and port, so credentials never go
elsewhere. The stops every walk shares (a repeated page, the page cap) are in page_guard."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

from app.connectors.http import JsonResponse, host_and_port
from app.connectors.record_fields import RecordRejected, dig, read_timestamp
from app.core.errors import InvalidResponse


@dataclass(frozen=True, slots=True)
class PageRequest:
    """Extra query parameters for the next page, or a whole next URL (whose own query replaces ours)."""

    params: Mapping[str, Any] = field(default_factory=dict)
    url: httpx.URL | None = None


class Paginator(ABC):
    # Whether the request `next` last gave may legitimately answer the very records of the page
    # before (a window moved back by an overlap); the page guard then lets that one repeat pass.
    rereads: bool = False

    @abstractmethod
    def first(self) -> PageRequest: ...

    @abstractmethod
    def next(self, response: JsonResponse, count: int) -> PageRequest | None:
        """The request after `response`, which held `count` records; None when there are no more."""

    def past_the_end(self, first: JsonResponse, count: int, max_pages: int) -> PageRequest | None:
        """For a connection test: a request for a page beyond any a walk of at most `max_pages` would
        read, when this list can end only with an empty page (`first`, the first answer holding `count`
        records, tells no total); None when its end is told some other way."""
        return None


class SinglePage(Paginator):
    def first(self) -> PageRequest:
        return PageRequest()

    def next(self, response: JsonResponse, count: int) -> PageRequest | None:
        return None


class PageNumberPaginator(Paginator):
    """?page=N[&per_page=S]; stops at the total-pages header (or `total_pages_path` in the body), at
    the total record count (`total_count_path` in the body or `total_count_header`) divided by the page
    size; else at an empty page."""

    def __init__(
        self,
        page_param: str = "page",
        size_param: str | None = "per_page",
        size: int = 100,
        *,
        start: int = 1,
        total_pages_header: str | None = "X-Total-Pages",
        total_pages_path: str = "",
        total_count_path: str = "",
        total_count_header: str | None = None,
    ) -> None:
        self.page_param = page_param
        self.size_param = size_param
        self.size = size
        self.start = start
        self.page = start
        self.total_pages_header = total_pages_header
        self.total_pages_path = total_pages_path
        self.total_count_path = total_count_path
        self.total_count_header = total_count_header
        self._seen_records = 0

    def _params(self) -> dict[str, Any]:
        params: dict[str, Any] = {self.page_param: self.page}
        if self.size_param:
            params[self.size_param] = self.size
        return params

    def first(self) -> PageRequest:
        return PageRequest(self._params())

    def next(self, response: JsonResponse, count: int) -> PageRequest | None:
        if count == 0:
            return None
        self._seen_records += count
        pages, records = self._totals(response)
        if pages is not None and self.page >= pages:
            return None
        if records is not None and self._seen_records >= records:
            return None
        self.page += 1
        return PageRequest(self._params())

    def past_the_end(self, first: JsonResponse, count: int, max_pages: int) -> PageRequest | None:
        if count == 0 or self._totals(first) != (None, None):
            return None
        start = self.start + max_pages
        return PageNumberPaginator(self.page_param, self.size_param, self.size, start=start).first()

    def _totals(self, response: JsonResponse) -> tuple[int | None, int | None]:
        """The number of pages and of records the answer tells, where it does."""
        pages = _whole_number(
            response.headers.get(self.total_pages_header) if self.total_pages_header else None,
            self.total_pages_path and dig(response.body, self.total_pages_path),
        )
        records = _whole_number(
            response.headers.get(self.total_count_header) if self.total_count_header else None,
            self.total_count_path and dig(response.body, self.total_count_path),
        )
        return pages, records


def _whole_number(*candidates: Any) -> int | None:
    """The first candidate that is a whole number (or its digits as text); None when none is."""
    for value in candidates:
        if isinstance(value, str) and value.strip().isdigit():
            return int(value.strip())
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


class NextPageNumberPaginator(PageNumberPaginator):
    """The answer names the next page's number at `next_page_path`; the list ends when it is null,
    absent or not a whole number."""

    def __init__(
        self, next_page_path: str, page_param: str = "page", size_param: str | None = None, size: int = 100
    ) -> None:
        super().__init__(page_param, size_param, size, total_pages_header=None)
        self.next_page_path = next_page_path

    def next(self, response: JsonResponse, count: int) -> PageRequest | None:
        following = _whole_number(dig(response.body, self.next_page_path))
        if following is None:
            return None
        if following <= self.page:
            raise InvalidResponse(
                f"{response.where} named page {following} as the next one after page {self.page}; "
                "the list would never end."
            )
        self.page = following
        return PageRequest(self._params())

    def past_the_end(self, first: JsonResponse, count: int, max_pages: int) -> PageRequest | None:
        return None  # the answer names the next page, or that there is none


class OffsetPaginator(Paginator):
    """?offset=O&limit=L; stops at an empty page, or when a `total_path` in the body is reached."""

    def __init__(
        self,
        offset_param: str = "offset",
        limit_param: str = "limit",
        limit: int = 100,
        *,
        total_path: str = "",
    ) -> None:
        self.offset_param = offset_param
        self.limit_param = limit_param
        self.limit = limit
        self.total_path = total_path
        self.offset = 0

    def first(self) -> PageRequest:
        return PageRequest({self.offset_param: self.offset, self.limit_param: self.limit})

    def next(self, response: JsonResponse, count: int) -> PageRequest | None:
        if count == 0:
            return None
        self.offset += count
        total = self._total(response)
        if total is not None and self.offset >= total:
            return None
        return PageRequest({self.offset_param: self.offset, self.limit_param: self.limit})

    def past_the_end(self, first: JsonResponse, count: int, max_pages: int) -> PageRequest | None:
        if count == 0 or self._total(first) is not None:
            return None
        return PageRequest({self.offset_param: max_pages * self.limit, self.limit_param: self.limit})

    def _total(self, response: JsonResponse) -> int | None:
        total = dig(response.body, self.total_path) if self.total_path else None
        return total if isinstance(total, int) and not isinstance(total, bool) else None


class BodyCursorPaginator(Paginator):
    """The answer names the next cursor at `cursor_path`; we send it back as `cursor_param`. A cursor
    that is a whole address (Django REST framework's cursor pages put the next page's URL there) is
    followed as it is, on the same host only."""

    def __init__(self, cursor_path: str = "next_cursor", cursor_param: str = "cursor") -> None:
        self.cursor_path = cursor_path
        self.cursor_param = cursor_param
        self._seen: set[str] = set()

    def first(self) -> PageRequest:
        return PageRequest()

    def next(self, response: JsonResponse, count: int) -> PageRequest | None:
        cursor = dig(response.body, self.cursor_path)
        if cursor in (None, "", False) or isinstance(cursor, dict | list):
            return None
        text = str(cursor)
        if text in self._seen:
            raise InvalidResponse(
                f"{response.where} sent the same page cursor twice; the list would never end."
            )
        self._seen.add(text)
        if text.startswith(("https://", "http://", "/")):
            return PageRequest(url=_same_host_url(response, text))
        return PageRequest({self.cursor_param: text})


class ModifiedAfterPaginator(Paginator):
    """Keyset walk of a list sorted by modification time, oldest first: each next window starts at
    the newest time seen (minus `overlap_seconds`, so records sharing that second are not skipped;
    the caller drops the repeats). Unlike page numbers, a record modified during the walk cannot
    shift the list under us and be skipped. A window full of one second falls back to `page`."""

    def __init__(
        self,
        time_path: str,
        after_param: str,
        *,
        page_param: str = "page",
        size_param: str = "per_page",
        size: int = 100,
        record_path: str = "",
        overlap_seconds: float = 1.0,
    ) -> None:
        self.time_path = time_path
        self.after_param = after_param
        self.page_param = page_param
        self.size_param = size_param
        self.size = size
        self.record_path = record_path
        self.overlap = timedelta(seconds=overlap_seconds)
        self.page = 1
        self._after: str | None = None
        self._newest: datetime | None = None

    def _request(self) -> PageRequest:
        params: dict[str, Any] = {self.page_param: self.page, self.size_param: self.size}
        if self._after is not None:
            params[self.after_param] = self._after
        return PageRequest(params)

    def first(self) -> PageRequest:
        return self._request()

    def next(self, response: JsonResponse, count: int) -> PageRequest | None:
        if count < self.size:
            return None
        records = dig(response.body, self.record_path)
        newest = None
        for record in records if isinstance(records, list) else ():
            try:
                moment = read_timestamp(dig(record, self.time_path), self.time_path)
            except RecordRejected:
                continue
            if moment is not None and (newest is None or moment > newest):
                newest = moment
        if newest is None or (self._newest is not None and newest <= self._newest):
            self.page += 1
            self.rereads = False
        else:
            self._newest = newest
            self._after = (newest - self.overlap).isoformat()
            self.page = 1
            self.rereads = True
        return self._request()


def _same_host_url(response: JsonResponse, link: str) -> httpx.URL:
    target = response.url.join(link)
    here = response.url
    if (target.host, target.port, target.scheme) != (here.host, here.port, here.scheme):
        raise InvalidResponse(
            f"{response.where} pointed the next page to {host_and_port(target)}; credentials are only "
            f"sent to {host_and_port(here)}."
        )
    return target


class _UrlPaginator(Paginator):
    def __init__(self) -> None:
        self._seen: set[str] = set()

    def first(self) -> PageRequest:
        return PageRequest()

    def _follow(self, response: JsonResponse, link: Any) -> PageRequest | None:
        if not isinstance(link, str) or not link.strip():
            return None
        target = _same_host_url(response, link.strip())
        key = str(target)
        if key in self._seen or target == response.url:
            raise InvalidResponse(
                f"{response.where} sent the same next page twice; the list would never end."
            )
        self._seen.add(key)
        return PageRequest(url=target)


class NextUrlPaginator(_UrlPaginator):
    """The answer holds the next page's address at `next_path` (absolute or relative; same host only)."""

    def __init__(self, next_path: str = "next") -> None:
        super().__init__()
        self.next_path = next_path

    def next(self, response: JsonResponse, count: int) -> PageRequest | None:
        return self._follow(response, dig(response.body, self.next_path))


class LinkHeaderPaginator(_UrlPaginator):
    """RFC 8288 `Link: <...>; rel="next"` (same host only)."""

    def next(self, response: JsonResponse, count: int) -> PageRequest | None:
        header = response.headers.get("Link")
        if not header:
            return None
        for link in httpx.Response(200, headers={"Link": header}).links.values():
            if "next" in str(link.get("rel", "")).split():
                return self._follow(response, link.get("url"))
        return None

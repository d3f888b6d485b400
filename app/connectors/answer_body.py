"""An answer's body, from the wire to a trusted JSON document: read under the size cap (a compressed
body counts the bytes it inflates to, and inflating stops at the cap rather than after it: 10 MB of
gzip can be 10 GB of text), then parsed as JSON that must not be a firewall's web page, nested too
deeply, hold NaN/Infinity, or lose money's exactness (fractions are Decimal)."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import chain
from typing import Any, Final, NoReturn

import httpx
import orjson

from app.core.errors import InvalidResponse

MAX_BODY_BYTES: Final = 32 * 1024 * 1024
MAX_DEPTH: Final = 64

_CONTAINER_TYPES: Final = frozenset({dict, list})
_DICT_ONLY: Final = {dict}
_LIST_ONLY: Final = {list}

WEB_PAGE_MESSAGE: Final = (
    "The store answered with a web page, not API data — a security plugin, firewall or login page?"
)

# The most a compressed body is inflated by in one go: a 64 KB chunk of gzip can hold 64 MB.
INFLATE_STEP: Final = 1024 * 1024
# What every client asks for (httpx would add br and zstd whenever their packages are installed).
ACCEPT_ENCODING: Final = "gzip, deflate"
_GZIP: Final = frozenset({"gzip", "x-gzip"})


class Inflater:
    """Inflates a gzip or deflate body chunk by chunk, at most INFLATE_STEP bytes at a time."""

    def __init__(self, encoding: str, place: str) -> None:
        self._gzip = encoding in _GZIP
        self._place = place
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)
        self._started = False

    def inflate(self, data: bytes) -> Iterator[bytes]:
        try:
            if not self._started and not self._gzip:
                data = self._choose_deflate(data)
            self._started = True
            while True:
                piece = self._zlib.decompress(data, INFLATE_STEP)
                if piece:
                    yield piece
                data = self._zlib.unconsumed_tail
                if not data and len(piece) < INFLATE_STEP:
                    return
        except zlib.error:
            raise self._damaged() from None

    def finish(self) -> bytes:
        try:
            return self._zlib.flush()
        except zlib.error:
            raise self._damaged() from None

    def _choose_deflate(self, data: bytes) -> bytes:
        """The "deflate" coding is meant zlib-wrapped; some servers send it raw, as browsers accept."""
        probe = self._zlib.copy()
        try:
            probe.decompress(data[:64])
        except zlib.error:
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        return data

    def _damaged(self) -> InvalidResponse:
        return InvalidResponse(f"The answer from {self._place} is damaged: its compression cannot be read.")


def inflater_for(content_encoding: str, place: str) -> Inflater | None:
    """The inflater of a Content-Encoding header, None for an uncompressed body."""
    codings = [c.strip().lower() for c in content_encoding.split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return None
    if len(codings) == 1 and (codings[0] in _GZIP or codings[0] == "deflate"):
        return Inflater(codings[0], place)
    raise InvalidResponse(
        f"The answer from {place} is compressed in a way StoreSync cannot read ({content_encoding[:40]})."
    )


async def read_capped(response: httpx.Response, cap: int, place: str) -> bytes:
    """The body of a streamed `response`, inflated; InvalidResponse once it grows past `cap` bytes."""
    too_large = f"The answer from {place} is larger than {cap // (1024 * 1024)} MB."
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise InvalidResponse(too_large)
    inflater = inflater_for(response.headers.get("Content-Encoding", ""), place)
    chunks: list[bytes] = []
    size = 0
    async for raw in response.aiter_raw():
        for piece in (raw,) if inflater is None else inflater.inflate(raw):
            size += len(piece)
            if size > cap:
                raise InvalidResponse(too_large)
            chunks.append(piece)
    if inflater is not None:
        tail = inflater.finish()
        if size + len(tail) > cap:
            raise InvalidResponse(too_large)
        chunks.append(tail)
    return b"".join(chunks)


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number")


def is_json_content_type(content_type: str | None) -> bool:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media in ("application/json", "text/json") or media.endswith("+json")


def _looks_like_html(body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<?xml", b"<"))


def check_depth(value: Any, where: str, max_depth: int = MAX_DEPTH) -> bool:
    """Refuse documents nested deeper than `max_depth`: only a broken or hostile server sends them.
    Returns whether the document holds a float anywhere.

    Walks level by level and looks only at containers, so a page of flat records costs one pass."""
    level = [value]
    depth = 1
    floats = False
    while level:
        if depth > max_depth:
            raise InvalidResponse(f"The answer from {where} is nested too deeply to be store data.")
        # One C-level pass over the level's values finds out whether anything is nested deeper;
        # a page of flat records is thus checked without a Python loop per record.
        kinds = set(map(type, level))
        if kinds == _DICT_ONLY:
            children: Iterable[Any] = chain.from_iterable(map(dict.values, level))
        elif kinds == _LIST_ONLY:
            children = chain.from_iterable(level)
        else:
            children = [child for node in level for child in (node.values() if type(node) is dict else node)]
        child_kinds = set(map(type, children))
        floats = floats or float in child_kinds
        if child_kinds.isdisjoint(_CONTAINER_TYPES):
            return floats
        if child_kinds in (_DICT_ONLY, _LIST_ONLY) and kinds in (_DICT_ONLY, _LIST_ONLY):
            # Every child is a container (a page's list of records): the next level at C speed.
            values = map(dict.values, level) if kinds == _DICT_ONLY else level
            level = list(chain.from_iterable(values))
        else:
            level = [
                child
                for node in level
                for child in (node.values() if type(node) is dict else node)
                if type(child) is dict or type(child) is list
            ]
        depth += 1
    return floats


_ONLY_BRACKETS: Final = bytes(range(256)).translate(None, b"[]{}")


def _shallow(body: bytes, max_depth: int = MAX_DEPTH) -> bool:
    """Whether `body` surely nests no deeper than `max_depth`, told from its brackets alone: pairs of
    brackets are taken away from the inside out, one level per pass, C speed for a page of GraphQL
    nodes where walking the parsed levels costs 1 ms. Brackets inside strings can only make this say
    no; the caller then walks the document (check_depth), which decides."""
    brackets = body.translate(None, _ONLY_BRACKETS)
    for _ in range(max_depth):
        if not brackets:
            return True
        brackets = brackets.replace(b"{}", b"").replace(b"[]", b"")
    return not brackets


def _fast_loads(body: bytes) -> Any:
    """orjson's reading of `body` (twice as fast as the standard parser on a page of products), or
    None when it refuses the text: invalid UTF-8, a lone surrogate, a whole number beyond 64 bits,
    NaN, a byte order mark. The standard parser then decides, as it would have alone."""
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return None


def parse_json_body(
    body: bytes,
    content_type: str | None,
    where: str,
    *,
    max_bytes: int = MAX_BODY_BYTES,
    exact_numbers: bool = True,
) -> Any:
    """The JSON document of an answer, or InvalidResponse saying plainly what came instead.

    `where` is host and path only (never a query string, which may carry a key). With
    `exact_numbers` (the default) every number with a fraction is a Decimal; a platform that never
    writes money as a JSON number (GraphQL's Money is text) may take floats instead.
    """
    if len(body) > max_bytes:
        raise InvalidResponse(f"The answer from {where} is larger than {max_bytes // (1024 * 1024)} MB.")
    if not is_json_content_type(content_type):
        stripped = body.lstrip()
        if not stripped:
            raise InvalidResponse(f"The store sent an empty answer from {where}.")
        if "html" in (content_type or "").lower() or _looks_like_html(stripped):
            raise InvalidResponse(WEB_PAGE_MESSAGE)
        if content_type and not stripped.startswith((b"{", b"[")):
            raise InvalidResponse(f"The answer from {where} is not JSON ({content_type.split(';')[0]}).")
    document = _fast_loads(body)
    depth_checked = isinstance(document, dict | list)
    if depth_checked:
        if not exact_numbers:
            if not _shallow(body):
                check_depth(document, where)
            return document
        # Money must stay exact: an answer holding a float anywhere is read again with Decimal numbers
        # (its nesting is the same, so its depth is not checked twice).
        if not check_depth(document, where):
            return document
    try:
        document = _exact_loads(body)
    except RecursionError:
        raise InvalidResponse(f"The answer from {where} is nested too deeply to be store data.") from None
    except (ValueError, UnicodeDecodeError) as error:
        if _looks_like_html(body.lstrip()):
            raise InvalidResponse(WEB_PAGE_MESSAGE) from None
        raise InvalidResponse(f"The answer from {where} is not valid JSON ({_short(error)}).") from None
    if not depth_checked and isinstance(document, dict | list):
        check_depth(document, where)
    return document


def _exact_loads(body: bytes) -> Any:
    """The standard parser's reading, fractions as Decimal. A whole number too long for Python's int
    (4,300 digits) is read as a Decimal on a second pass, so that it fails its record alone (every
    check refuses it as absurd) instead of the whole page."""
    try:
        return json.loads(body, parse_float=Decimal, parse_constant=_reject_constant)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise
    except ValueError:
        return json.loads(body, parse_float=Decimal, parse_int=_whole_number, parse_constant=_reject_constant)


def _whole_number(text: str) -> int | Decimal:
    try:
        return int(text)
    except ValueError:
        return Decimal(text)


def _short(error: Exception) -> str:
    return str(error).split(":", 1)[0][:80]

"""Checks every answer before it is trusted: it must be JSON (not a firewall's web page), of bounded
size and depth, without NaN/Infinity, with money as Decimal; single records with absurd values are
rejected on their own (`RecordRejected` -> ItemFailure) so the rest of the run goes on."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from itertools import chain
from typing import Any, Final, NoReturn

import orjson

from app.core.errors import InvalidResponse
from app.core.models import MAX_MONEY, MAX_QUANTITY, MIN_QUANTITY

__all__ = ["MAX_MONEY", "MAX_QUANTITY", "MIN_QUANTITY"]  # re-exported: the connectors check with them

MAX_BODY_BYTES: Final = 32 * 1024 * 1024
MAX_DEPTH: Final = 64

_CONTAINER_TYPES: Final = frozenset({dict, list})
_DICT_ONLY: Final = {dict}
_LIST_ONLY: Final = {list}

WEB_PAGE_MESSAGE: Final = (
    "The store answered with a web page, not API data — a security plugin, firewall or login page?"
)


_from_iso: Final = datetime.fromisoformat


class RecordRejected(ValueError):
    """One record carries a value we refuse to store; the message says which and why."""


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


def dig(record: Any, path: str) -> Any:
    """The value at a dotted path ("data.items", "stock.0.qty"); None when any step is missing."""
    if not path:
        return record
    node = record
    for step in path.split("."):
        if isinstance(node, dict):
            node = node.get(step)
        elif isinstance(node, list) and step.lstrip("-").isdigit():
            index = int(step)
            node = node[index] if -len(node) <= index < len(node) else None
        else:
            return None
        if node is None:
            return None
    return node


def compile_path(path: str) -> Callable[[Any], Any]:
    """A getter for a dotted path, for mapping many records with the same path quickly."""
    if not path:
        return lambda record: record
    if "." not in path:
        return lambda record: record.get(path) if isinstance(record, dict) else None
    return lambda record: dig(record, path)


def read_quantity(value: Any, field: str = "quantity") -> int:
    """A stock quantity as int; fractions, text that is not a number and absurd values are refused."""
    if type(value) is int and MIN_QUANTITY <= value <= MAX_QUANTITY:
        return value
    if isinstance(value, bool) or value is None:
        raise RecordRejected(f"{field} is missing or not a number")
    number: Decimal
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, Decimal):
        number = value
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise RecordRejected(f"{field} {value[:20]!r} is not a number") from None
    else:
        raise RecordRejected(f"{field} is not a number")
    if not number.is_finite():
        raise RecordRejected(f"{field} is not a finite number")
    if number != number.to_integral_value():
        raise RecordRejected(f"{field} {_shown(number)} is not a whole number")
    if number > MAX_QUANTITY or number < MIN_QUANTITY:
        raise RecordRejected(f"{field} {_shown(number)} is beyond any real stock level")
    return int(number)


def _shown(number: Decimal) -> str:
    """A number for a message: a very long one is cut, with its length said."""
    text = str(number)
    return text if len(text) <= 24 else f"{text[:20]}... ({len(text.lstrip('-'))} digits)"


def read_money(value: Any, field: str = "price") -> Decimal | None:
    """A money amount as Decimal (None when absent or empty); refuses non-numbers and absurd amounts."""
    if value is None or value == "":
        return None
    try:
        if type(value) is str:
            amount = Decimal(value)  # surrounding whitespace is allowed by Decimal itself
        elif type(value) is Decimal:
            amount = value
        elif type(value) is int:
            amount = Decimal(value)
        elif type(value) is float:
            amount = Decimal(repr(value))
        else:
            raise RecordRejected(f"{field} is not an amount")
    except InvalidOperation:
        raise RecordRejected(f"{field} {str(value)[:20]!r} is not an amount") from None
    if not amount.is_finite() or not -MAX_MONEY < amount < MAX_MONEY:
        raise RecordRejected(f"{field} {str(value)[:20]} is not a plausible amount")
    return amount


def read_text(value: Any, field: str, *, required: bool = False, max_length: int = 1000) -> str:
    """A text value (numbers become their text); missing required text rejects the record."""
    if type(value) is str and value:
        return value if len(value) <= max_length else value[:max_length]
    if value is None or value == "":
        if required:
            raise RecordRejected(f"{field} is missing")
        return ""
    if isinstance(value, dict | list | bool):
        raise RecordRejected(f"{field} is not text")
    return str(value)[:max_length]


def read_timestamp(value: Any, field: str = "updated_at") -> datetime | None:
    """An ISO-8601 time (or Unix seconds) as an aware UTC datetime; naive times are taken as UTC."""
    if type(value) is str:
        # The usual shape ("...Z" or "+00:00") parses as UTC at once; anything else takes the long way.
        try:
            parsed = _from_iso(value)
        except ValueError:
            pass
        else:
            if parsed.tzinfo is UTC:
                return parsed
    if value is None or value == "":
        return None
    try:
        if type(value) is str:
            text = value.strip()
            if text.endswith(("Z", "z")):
                text = text[:-1] + "+00:00"
            parsed = datetime.fromisoformat(text)
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
        if type(value) is int or type(value) is Decimal:
            return datetime.fromtimestamp(float(value), UTC)
    except (ValueError, OverflowError, OSError):
        pass
    raise RecordRejected(f"{field} {str(value)[:30]!r} is not a date and time")

"""Plain stock records handed over in bulk (app.core.ports.BulkRows) instead of built one by one.

A record qualifies when each value already has exactly the form the connector's mapping would
store (text SKU, whole quantity in range, text name, plain decimal price, a UTC time to the second,
text or whole-number id); checking that is a few type tests per record, where building an
InventoryRecord costs a Decimal, a datetime and a tuple. Every other record goes the ordinary way,
so both routes store the same rows and reject the same records for the same reasons.

Most pages are uniform (every record plain), and those are checked a column at a time with
C-level passes (map, set, min, max) before any per-record Python runs."""

from __future__ import annotations

import re
from calendar import isleap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from typing import Any, Final

import orjson

from app.core.models import MAX_MONEY, MAX_QUANTITY, MIN_QUANTITY
from app.core.ports import BulkRows
from app.core.stock_rows import is_text

Row = tuple[str, int, str, str | int | None, str | None, str | int | None]

# What str(Decimal(text)) gives back unchanged: no sign, exponent or leading zero, under MAX_MONEY,
# and not so small that Decimal would write it with an exponent (0.0000001 -> 1E-7). Digits are ASCII
# only (re.ASCII): Decimal reads other scripts' digits as numbers ("1٣" -> 13), datetime refuses them.
_MONEY_DIGITS: Final = len(str(int(MAX_MONEY))) - 1
_PRICE_PATTERN: Final = rf"(?!0\.000000)(?:[1-9]\d{{0,{_MONEY_DIGITS - 1}}}|0)(?:\.\d+)?"
# A UTC time to the second ("Z" or "+00:00") on a day its month has; a 29th of February is checked
# against its year. Storage turns either ending into the stored form.
_UTC_SECOND_PATTERN: Final = (
    r"[1-9]\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)"
    r"|02-(?:0[1-9]|1\d|2[0-8]))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:Z|\+00:00)"
)
_PLAIN_PRICE: Final = re.compile(_PRICE_PATTERN, re.ASCII).fullmatch
_UTC_SECOND: Final = re.compile(_UTC_SECOND_PATTERN, re.ASCII).fullmatch
# The same for a whole column at once: its texts joined by newlines, one regex pass (see _all_match).
_PLAIN_PRICES: Final = re.compile(rf"(?:{_PRICE_PATTERN}\n)*", re.ASCII).fullmatch
_UTC_SECONDS: Final = re.compile(rf"(?:{_UTC_SECOND_PATTERN}\n)*", re.ASCII).fullmatch
_LEAP_DAY: Final = re.compile(
    r"[1-9]\d{3}-02-29T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:Z|\+00:00)", re.ASCII
).fullmatch
_INT64: Final = range(-(2**63), 2**63)  # what SQLite reads back as the same whole number


@dataclass(frozen=True, slots=True)
class PlainKeys:
    """The record keys holding (sku, quantity, name, price, updated_at, remote_id), for a store whose
    records carry each at the top level (an absent key reads as None): a page is then read a column
    at a time at C speed. `utc_without_offset`: its times are UTC written without an offset
    (WooCommerce's date_modified_gmt)."""

    keys: tuple[str, str, str, str, str, str]
    utc_without_offset: bool = False


def split_plain(
    raws: Sequence[Any],
    values: Callable[[dict[str, Any]], Sequence[Any]],
    plain_keys: PlainKeys | None = None,
) -> tuple[BulkRows, list[int]]:
    """The records of `raws` that qualify, as BulkRows, and the positions of the others.

    `values(raw)` reads (sku, quantity, name, price, updated_at, remote_id) from one record, as
    `plain_keys` does for a whole page where the store allows. This runs for every record of a
    large sync, so the checks are inline and the verdicts on price texts, which repeat across a
    catalogue, are cached."""
    uniform = _uniform_rows(raws, values, plain_keys)
    if uniform is not None:
        return BulkRows(uniform, len(raws)), []
    rows: list[Row] = []
    others: list[int] = []
    keep, other = rows.append, others.append
    # The SKUs (as to_inventory writes them, or near enough) of records that go the ordinary way: a
    # later plain record listing one again goes that way too. Storage merges bulk rows before built
    # records and keeps a SKU's first listing, so in bulk it would win where the ordinary route keeps
    # the earlier one.
    built_skus: set[str] = set()
    for index, raw in enumerate(raws):
        if type(raw) is dict:
            sku, quantity, name, price, updated_at, remote_id = values(raw)
            if (
                type(sku) is str
                and 0 < len(sku) <= 200
                and (sku.isascii() or is_text(sku))
                and type(quantity) is int
                and MIN_QUANTITY <= quantity <= MAX_QUANTITY
                and (name is None or (type(name) is str and len(name) <= 1000 and is_text(name)))
                and (remote_id is None or _plain_id(remote_id))
                and (price is None or _plain_price(price))
                and (updated_at is None or (type(updated_at) is str and _utc_second(updated_at)))
                and sku not in built_skus
            ):
                stamp = None if updated_at is None else _as_stored(updated_at)
                keep((sku, quantity, name or "", _price_text(price), stamp, remote_id))
                continue
            built_skus.add(str(sku)[:200])
        other(index)
    return BulkRows(encode_plain(rows), len(rows)), others


def _uniform_rows(
    raws: Sequence[Any], values: Callable[[dict[str, Any]], Sequence[Any]], plain_keys: PlainKeys | None
) -> str | None:
    """The JSON rows of a page whose every record is plain, checked a column at a time; None when
    any record is not, or the page is too unusual to tell that way (it then goes record by record)."""
    if not raws or set(map(type, raws)) != {dict}:
        return None
    without_offset = plain_keys is not None and plain_keys.utc_without_offset
    read: list[Sequence[Any]]
    if plain_keys is not None:
        read = [_column(raws, key) for key in plain_keys.keys]
    else:
        try:
            read = list(zip(*map(values, raws), strict=True))
        except KeyError:
            return None
    skus, quantities, names, prices, times, ids = read
    price_kinds, time_kinds = set(map(type, prices)), set(map(type, times))
    if not (
        set(map(type, skus)) == {str}
        and min(map(len, skus)) > 0
        and max(map(len, skus)) <= 200
        and set(map(type, quantities)) == {int}
        and min(quantities) >= MIN_QUANTITY
        and max(quantities) <= MAX_QUANTITY
        and set(map(type, names)) <= {str, type(None)}
        and max(map(len, filter(None, names)), default=0) <= 1000
        and set(map(type, ids)) <= {str, int, type(None)}
        and price_kinds <= {str, int, type(None)}
        and time_kinds <= {str, type(None)}
    ):
        return None
    texts = prices if price_kinds == {str} else [price for price in prices if type(price) is str]
    if texts and not _all_match("\n".join(texts), len(texts), _PLAIN_PRICES):
        return None
    whole = [price for price in prices if type(price) is int] if int in price_kinds else []
    if whole and not -MAX_MONEY < min(whole) <= max(whole) < MAX_MONEY:
        return None
    stamps = times if time_kinds == {str} else [stamp for stamp in times if stamp is not None]
    if stamps:
        joined = _joined_stamps(stamps, without_offset)
        if joined.count("\n") != len(stamps) - 1:
            return None
        if _UTC_SECONDS(joined + "\n") is None and not all(map(_utc_second, joined.split("\n"))):
            return None  # (a 29th of February is checked against its year record by record)
        # To storage's form (see BulkRows) in three passes over the column, not three per record.
        stored = joined.replace("T", " ").replace("Z", ".000000").replace("+00:00", ".000000").split("\n")
        if len(stored) == len(times):
            times = stored
        else:  # some records have no time
            in_turn = iter(stored)
            times = [stamp and next(in_turn) for stamp in times]
    whole_ids = [remote_id for remote_id in ids if type(remote_id) is int]
    if whole_ids and (min(whole_ids) not in _INT64 or max(whole_ids) not in _INT64):
        return None
    try:
        return encode_plain(list(zip(skus, quantities, names, prices, times, ids, strict=True)))
    except TypeError:  # text that cannot be stored: the records go one by one, and fail on their own
        return None


def _column(raws: Sequence[dict[str, Any]], key: str) -> list[Any]:
    """`key` of every record, None where a record lacks it; itemgetter is twice as fast as dict.get
    and serves the usual page, where every record has every key."""
    try:
        return list(map(itemgetter(key), raws))
    except KeyError:
        return list(map(dict.get, raws, repeat(key)))


def encode_plain(rows: Sequence[Sequence[Any]]) -> str:
    """The rows as BulkRows' JSON text, as app.core.stock_rows.encode_rows writes them but with
    orjson, which takes a sixth of the standard encoder's time: the event loop thread encodes every
    page of a large stock sync. Raises TypeError for text that is not valid Unicode."""
    return orjson.dumps(rows).decode()


def _plain_id(remote_id: Any) -> bool:
    if type(remote_id) is str:
        return is_text(remote_id)
    return type(remote_id) is int and remote_id in _INT64


@lru_cache(maxsize=50_000)
def plain_price_text(price: str) -> bool:
    """Whether a price given as text is stored as it is (see _PRICE_PATTERN)."""
    return _PLAIN_PRICE(price) is not None


def _plain_price(price: Any) -> bool:
    """A price the mapping stores as it is: plain decimal text, a whole number or a finite Decimal
    (a JSON number, parsed as Decimal) under MAX_MONEY."""
    if type(price) is str:
        return plain_price_text(price)
    if type(price) is int or (type(price) is Decimal and price.is_finite()):
        return bool(-MAX_MONEY < price < MAX_MONEY)
    return False


def _price_text(price: Any) -> str | int | None:
    """A plain price as a row carries it: text as sent, a Decimal as Decimal writes it."""
    return str(price) if type(price) is Decimal else price


def _all_match(joined: str, count: int, column_match: Callable[[str], re.Match[str] | None]) -> bool:
    """Whether each of the `count` texts joined by newlines matches: one regex pass over the column
    (a page of 1000 prices in a tenth of the time of 1000 matches), which no text may break with a
    newline of its own."""
    return joined.count("\n") == count - 1 and column_match(joined + "\n") is not None


def _joined_stamps(stamps: Sequence[str], without_offset: bool) -> str:
    """The times joined by newlines; a UTC time written without an offset gets its "Z"."""
    if not without_offset:
        return "\n".join(stamps)
    if set(map(len, stamps)) == {19}:
        return "Z\n".join(stamps) + "Z"
    return "\n".join(stamp + "Z" if len(stamp) == 19 else stamp for stamp in stamps)


def stored_second(stamp: str) -> str | None:
    """A UTC time to the second ("...Z" or "+00:00") in storage's form, None for any other time."""
    return _as_stored(stamp) if _utc_second(stamp) else None


def _as_stored(stamp: str) -> str:
    return f"{stamp[:10]} {stamp[11:19]}.000000"


def _utc_second(text: str) -> bool:
    return _UTC_SECOND(text) is not None or (_LEAP_DAY(text) is not None and isleap(int(text[:4])))

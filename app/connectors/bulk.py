"""The stock route: a page of stock records read as stock rows (app.core.stock_rows) in the order the
store listed them, handed over in bulk (app.core.ports.BulkRows) instead of built one by one.

A record whose values already have their stored form (text SKU, whole quantity in range, text name,
plain decimal price, a UTC time to the second, text or whole-number id) becomes its row after a few
type tests, where building an InventoryRecord costs a Decimal, a datetime and a tuple; any other is
built by the connector's mapping (which may reject it) and made a row as every built record is
(stock_rows.row_of_record). Readers of records (a push's plan, a preview) take the same rows back as
records (records_page), so every reader sees what storage stores.

Most pages are uniform (every record plain), and those are checked a column at a time with C-level
passes (map, set, min, max) before any per-record Python runs."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import repeat
from operator import itemgetter
from typing import Any, Final

import orjson

from app.core.models import MAX_MONEY, MAX_QUANTITY, MIN_QUANTITY, InventoryRecord, ItemFailure
from app.core.ports import BulkRows, Page
from app.core.stock_rows import (
    INT64,
    PRICE_PATTERN,
    UTC_SECOND_PATTERN,
    is_text,
    is_utc_second,
    plain_price_text,
    record_of_row,
    row_of_record,
    stored_from_utc_second,
)

# A whole column at once: its texts joined by newlines, one regex pass (see _all_match).
_PLAIN_PRICES: Final = re.compile(rf"(?:{PRICE_PATTERN}\n)*", re.ASCII).fullmatch
_UTC_SECONDS: Final = re.compile(rf"(?:{UTC_SECOND_PATTERN}\n)*", re.ASCII).fullmatch

# The connector's mapping of one record that is not plain: its records (one, or none when rejected)
# and failures; the int is the record's place in its page, which names a record without a key.
Build = Callable[[Any, int], tuple[list[InventoryRecord], list[ItemFailure]]]


@dataclass(frozen=True, slots=True)
class PlainKeys:
    """The record keys holding (sku, quantity, name, price, updated_at, remote_id), for a store whose
    records carry each at the top level (an absent key reads as None): a page is then read a column
    at a time at C speed. `utc_without_offset`: its times are UTC written without an offset
    (WooCommerce's date_modified_gmt)."""

    keys: tuple[str, str, str, str, str, str]
    utc_without_offset: bool = False


def page_rows(
    raws: Sequence[Any],
    values: Callable[[dict[str, Any]], Sequence[Any]],
    build: Build,
    plain_keys: PlainKeys | None = None,
    built: Sequence[InventoryRecord] = (),
) -> tuple[BulkRows, list[ItemFailure]]:
    """Every record of `raws` as a stock row, in the order listed, then the records `built` elsewhere
    (WooCommerce's variations); and the failures of those refused.

    `values(raw)` reads (sku, quantity, name, price, updated_at, remote_id) from one record, as
    `plain_keys` does for a whole page where the store allows. This runs for every record of a
    large sync, so the checks are inline."""
    rows: list[Sequence[Any]] = []
    failures: list[ItemFailure] = []
    keep = rows.append

    def add_built(records: Sequence[InventoryRecord]) -> None:
        for record in records:
            row = row_of_record(record)
            if type(row) is ItemFailure:
                failures.append(row)
            else:
                keep(row)  # type: ignore[arg-type]

    uniform = _uniform_rows(raws, values, plain_keys)
    if uniform is not None:
        add_built(built)
        try:
            return BulkRows(rows_text(uniform + rows), len(uniform) + len(rows)), failures
        except TypeError:  # text that cannot be stored: the records go one by one, and fail on their own
            rows.clear()
            failures.clear()
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
                and (updated_at is None or (type(updated_at) is str and is_utc_second(updated_at)))
            ):
                stamp = None if updated_at is None else stored_from_utc_second(updated_at)
                keep((sku, quantity, name or "", _price_text(price), stamp, remote_id))
                continue
        records, rejected = build(raw, index)
        failures += rejected
        add_built(records)
    add_built(built)
    return BulkRows(rows_text(rows), len(rows)), failures


def records_page(page: Page[InventoryRecord]) -> Page[InventoryRecord]:
    """A page of the stock route with its rows as records, for the readers of records."""
    if page.bulk is None:
        return page
    rows = orjson.loads(page.bulk.text)
    return dataclasses.replace(page, records=[*map(record_of_row, rows), *page.records], bulk=None)


def _uniform_rows(
    raws: Sequence[Any], values: Callable[[dict[str, Any]], Sequence[Any]], plain_keys: PlainKeys | None
) -> list[Sequence[Any]] | None:
    """The rows of a page whose every record is plain, checked a column at a time; None when
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
        if _UTC_SECONDS(joined + "\n") is None and not all(map(is_utc_second, joined.split("\n"))):
            return None  # (a 29th of February is checked against its year record by record)
        # To the stored form in three passes over the column, not three per record.
        stored = joined.replace("T", " ").replace("Z", ".000000").replace("+00:00", ".000000").split("\n")
        if len(stored) == len(times):
            times = stored
        else:  # some records have no time
            in_turn = iter(stored)
            times = [stamp and next(in_turn) for stamp in times]
    whole_ids = [remote_id for remote_id in ids if type(remote_id) is int]
    if whole_ids and (min(whole_ids) not in INT64 or max(whole_ids) not in INT64):
        return None
    return list(zip(skus, quantities, names, prices, times, ids, strict=True))


def _column(raws: Sequence[dict[str, Any]], key: str) -> list[Any]:
    """`key` of every record, None where a record lacks it; itemgetter is twice as fast as dict.get
    and serves the usual page, where every record has every key."""
    try:
        return list(map(itemgetter(key), raws))
    except KeyError:
        return list(map(dict.get, raws, repeat(key)))


def rows_text(rows: Sequence[Sequence[Any]]) -> str:
    """Stock rows as BulkRows' JSON text, written with orjson, which takes a sixth of the standard
    encoder's time: the event loop thread encodes every page of a large stock sync. Raises
    TypeError for text that is not valid Unicode."""
    return orjson.dumps(rows).decode()


def _plain_id(remote_id: Any) -> bool:
    if type(remote_id) is str:
        return is_text(remote_id)
    return type(remote_id) is int and remote_id in INT64


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

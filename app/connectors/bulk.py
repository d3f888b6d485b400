"""Plain stock records handed over in bulk (app.core.ports.BulkRows) instead of built one by one.

A record qualifies when each value already has exactly the form the connector's mapping would
store (text SKU, whole quantity in range, text name, plain decimal price, a UTC time to the second,
text or whole-number id); checking that is a few type tests per record, where building an
InventoryRecord costs a Decimal, a datetime and a tuple. Every other record goes the ordinary way,
so both routes store the same rows and reject the same records for the same reasons.

Most pages are uniform (every record plain), and those are checked a column at a time with
C-level passes (map, set, min, max) before any per-record Python runs."""

from __future__ import annotations

import json
import re
from calendar import isleap, monthrange
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Final

from app.core.models import MAX_MONEY, MAX_QUANTITY, MIN_QUANTITY
from app.core.ports import BulkRows
from app.core.stock_rows import is_text

Row = tuple[str, int, str, str | None, str | None, str | int | None]

# What str(Decimal(text)) gives back unchanged: no sign, exponent or leading zero, under MAX_MONEY,
# and not so small that Decimal would write it with an exponent (0.0000001 -> 1E-7). Digits are ASCII
# only (re.ASCII): Decimal reads other scripts' digits as numbers ("1٣" -> 13), datetime refuses them.
_MONEY_DIGITS: Final = len(str(int(MAX_MONEY))) - 1
_PLAIN_PRICE: Final = re.compile(rf"(?:[1-9]\d{{0,{_MONEY_DIGITS - 1}}}|0)(?:\.\d+)?", re.ASCII).fullmatch
_TINY_PRICE: Final = "0.000000"
_UTC_SECOND: Final = re.compile(
    r"[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:Z|\+00:00)",
    re.ASCII,
).fullmatch
# The same, with each month's own days (a 29th of February is checked one by one, against its year).
_UTC_SECOND_REAL_DAY: Final = re.compile(
    r"[1-9]\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)"
    r"|02-(?:0[1-9]|1\d|2[0-8]))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:Z|\+00:00)",
    re.ASCII,
).fullmatch
_INT64: Final = range(-(2**63), 2**63)  # what SQLite reads back as the same whole number
# Verdicts on price texts kept at once; past this the memory starts over.
_REMEMBERED: Final = 50_000
_PRICES: dict[str, Any] = {}
# The last day of each month as text (February's 29th is checked against the year).
_LAST_DAY: Final = {f"{month:02d}": str(monthrange(2000, month)[1]) for month in range(1, 13)}
_UNKNOWN: Final = object()
_REFUSED: Final = object()
_encode: Final = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def split_plain(
    raws: Sequence[Any], values: Callable[[dict[str, Any]], Sequence[Any]]
) -> tuple[BulkRows, list[int]]:
    """The records of `raws` that qualify, as BulkRows, and the positions of the others.

    `values(raw)` reads (sku, quantity, name, price, updated_at, remote_id) from one record. This
    runs for every record of a large sync, so the checks are inline and the verdicts on price
    texts, which repeat across a catalogue, are remembered."""
    uniform = _uniform_rows(raws, values)
    if uniform is not None:
        return BulkRows(uniform, len(raws)), []
    rows: list[Row] = []
    others: list[int] = []
    keep, other = rows.append, others.append
    known_price = _PRICES.get
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
            ):
                stored_price = stored_time = None
                if price is not None:
                    if type(price) is str:
                        stored_price = known_price(price, _UNKNOWN)
                        if stored_price is _UNKNOWN:
                            stored_price = _remember(_PRICES, price, _plain_price(price))
                    else:
                        stored_price = _plain_number(price)
                if updated_at is not None:
                    stored_time = _utc_second(updated_at) if type(updated_at) is str else _REFUSED
                if stored_price is not _REFUSED and stored_time is not _REFUSED and sku not in built_skus:
                    keep((sku, quantity, name or "", stored_price, stored_time, remote_id))  # type: ignore[arg-type]
                    continue
            built_skus.add(str(sku)[:200])
        other(index)
    return BulkRows(_encode(rows), len(rows)), others


def _uniform_rows(raws: Sequence[Any], values: Callable[[dict[str, Any]], Sequence[Any]]) -> str | None:
    """The JSON rows of a page whose every record is plain, checked a column at a time; None when
    any record is not, or the page is too unusual to tell that way (it then goes record by record)."""
    if not raws or set(map(type, raws)) != {dict}:
        return None
    try:
        rows = list(map(values, raws))
    except KeyError:
        return None
    skus, quantities, names, prices, times, ids = zip(*rows, strict=True)
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
        and _plain_prices(prices)
        and _utc_seconds(times)
    ):
        return None
    whole_ids = [remote_id for remote_id in ids if type(remote_id) is int]
    if whole_ids and (min(whole_ids) not in _INT64 or max(whole_ids) not in _INT64):
        return None
    text = _encode(rows)
    return text if is_text(text) else None


def _plain_prices(prices: Sequence[Any]) -> bool:
    kinds = set(map(type, prices))
    if not kinds <= {str, int, type(None)}:
        return False
    if int in kinds:
        whole = [price for price in prices if type(price) is int]
        if not (min(whole) > -MAX_MONEY and max(whole) < MAX_MONEY):
            return False
    known = _PRICES.get
    return all(
        (known(price) or _remember(_PRICES, price, _plain_price(price))) is not _REFUSED
        for price in set(prices)
        if type(price) is str
    )


def _utc_seconds(times: Sequence[Any]) -> bool:
    kinds = set(map(type, times))
    if kinds == {type(None)}:
        return True
    if not kinds <= {str, type(None)}:
        return False
    stamps = [stamp for stamp in times if stamp is not None]
    return all(map(_UTC_SECOND_REAL_DAY, stamps)) or all(
        _utc_second(stamp) is not _REFUSED for stamp in stamps
    )


def _plain_id(remote_id: Any) -> bool:
    if type(remote_id) is str:
        return is_text(remote_id)
    return type(remote_id) is int and remote_id in _INT64


def _remember(verdicts: dict[str, Any], text: str, verdict: Any) -> Any:
    if len(verdicts) >= _REMEMBERED:
        verdicts.clear()
    verdicts[text] = verdict
    return verdict


def _plain_price(price: str) -> str | object:
    return price if _PLAIN_PRICE(price) and not price.startswith(_TINY_PRICE) else _REFUSED


def _plain_number(price: Any) -> str | object:
    """A price sent as a JSON number: its text as Decimal writes it (the parse made it a Decimal)."""
    if type(price) is int or (type(price) is Decimal and price.is_finite()):
        return str(price) if -MAX_MONEY < price < MAX_MONEY else _REFUSED
    return _REFUSED


def _utc_second(text: str) -> str | object:
    """ "2026-01-31T08:00:00Z" (or "+00:00") as "2026-01-31T08:00:00.000000"; refused for anything
    else, including days the calendar does not have."""
    if not _UTC_SECOND(text) or text[8:10] > _LAST_DAY[text[5:7]]:
        return _REFUSED
    if text[5:10] == "02-29" and not isleap(int(text[:4])):
        return _REFUSED
    return text[:19] + ".000000"

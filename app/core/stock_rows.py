"""The stock row: the one form in which every stock record reaches storage (app.core.ports.BulkRows).
This module owns its contract: the column order, each value's stored form (text SKU and name, whole
quantity, price as Decimal text or a whole number, updated_at in UTC as "YYYY-MM-DD HH:MM:SS.ffffff",
null for absent) and the checks that tell whether a value already has that form. The connectors'
page reader (app.connectors.bulk), records built one by one and storage all go through it."""

from __future__ import annotations

import json
import re
from calendar import isleap
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any, Final, TypeAlias

from app.core.models import MAX_MONEY, InventoryRecord, ItemFailure
from app.core.ports import BulkRows

# sku, quantity, name, price, updated_at, remote_id and, optionally, the quantities per location as
# [location, quantity] pairs.
StockRow: TypeAlias = tuple[
    str, int, str, str | int | None, str | None, str | int | None, Sequence[tuple[str, int]] | None
]

NOT_TEXT: Final = (
    "the SKU, name, id or a location holds characters that are not text (a broken escape sequence)"
)
# JSON text of rows built from records: the C encoder, without ASCII escapes or cycle checks.
encode_rows: Final = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode

# A price text stored as it is: what str(Decimal(text)) gives back unchanged (no sign, exponent or
# leading zero, under MAX_MONEY, and not so small that Decimal would write it with an exponent:
# 0.0000001 -> 1E-7). Digits are ASCII only (re.ASCII): Decimal reads other scripts' digits as
# numbers ("1٣" -> 13), datetime refuses them.
_MONEY_DIGITS: Final = len(str(int(MAX_MONEY))) - 1
PRICE_PATTERN: Final = rf"(?!0\.000000)(?:[1-9]\d{{0,{_MONEY_DIGITS - 1}}}|0)(?:\.\d+)?"
# A UTC time to the second ("Z" or "+00:00") on a day its month has; a 29th of February is checked
# against its year (is_utc_second).
UTC_SECOND_PATTERN: Final = (
    r"[1-9]\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)"
    r"|02-(?:0[1-9]|1\d|2[0-8]))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:Z|\+00:00)"
)
_PLAIN_PRICE: Final = re.compile(PRICE_PATTERN, re.ASCII).fullmatch
_UTC_SECOND: Final = re.compile(UTC_SECOND_PATTERN, re.ASCII).fullmatch
_LEAP_DAY: Final = re.compile(
    r"[1-9]\d{3}-02-29T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:Z|\+00:00)", re.ASCII
).fullmatch
INT64: Final = range(-(2**63), 2**63)  # what SQLite reads back as the same whole number


def is_text(value: str) -> bool:
    """False for a string holding a lone surrogate ("\\ud800" in JSON parses to one), which SQLite
    cannot store; such a record is refused on its own instead of failing the run."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable(value: str) -> str:
    """`value` with anything that cannot be stored replaced, for naming a refused record."""
    return value if is_text(value) else value.encode("utf-8", "replace").decode("utf-8")


@lru_cache(maxsize=50_000)
def plain_price_text(price: str) -> bool:
    """Whether a price given as text is stored as it is (see PRICE_PATTERN); the verdicts are cached,
    as prices repeat across a catalogue."""
    return _PLAIN_PRICE(price) is not None


def is_utc_second(text: str) -> bool:
    """Whether `text` is a UTC time to the second (see UTC_SECOND_PATTERN)."""
    return _UTC_SECOND(text) is not None or (_LEAP_DAY(text) is not None and isleap(int(text[:4])))


def stored_second(stamp: str) -> str | None:
    """A UTC time to the second ("...Z" or "+00:00") in the stored form, None for any other time."""
    return stored_from_utc_second(stamp) if is_utc_second(stamp) else None


def stored_from_utc_second(stamp: str) -> str:
    """The stored form of a text is_utc_second accepts."""
    return f"{stamp[:10]} {stamp[11:19]}.000000"


def stored_utc(moment: datetime) -> str:
    """A time in the stored form (in UTC); a UTC time, what connectors hand over, is formatted at once."""
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.isoformat(" ", "microseconds")[:26]


def row_of_record(record: InventoryRecord) -> StockRow | ItemFailure:
    """A record built one by one as a stock row, or its failure when its text cannot be stored."""
    sku, name, remote_id = record.sku, record.name, record.remote_id
    texts_ok = is_text(sku) and is_text(name) and (remote_id is None or is_text(remote_id))
    if not (texts_ok and all(is_text(location) for location, _quantity in record.locations)):
        return ItemFailure(printable(sku), NOT_TEXT, "invalid_record")
    price, updated_at = record.price, record.updated_at
    return (
        sku,
        record.quantity,
        name,
        None if price is None else str(price),
        None if updated_at is None else stored_utc(updated_at),
        remote_id,
        record.locations or None,  # nested in the row: encoded once with it, not per record
    )


def records_as_bulk(records: Sequence[InventoryRecord]) -> tuple[BulkRows, list[ItemFailure]]:
    """The records as BulkRows, and a failure for each record whose text cannot be stored."""
    rows: list[StockRow] = []
    failures: list[ItemFailure] = []
    for record in records:
        row = row_of_record(record)
        (failures if type(row) is ItemFailure else rows).append(row)  # type: ignore[arg-type]
    return BulkRows(encode_rows(rows), len(rows)), failures


def decode_rows(bulk: BulkRows) -> list[list[Any]]:
    """The rows of `bulk` as lists, for a reader that needs a few of their values in Python (a push
    plan reads the target's SKUs, quantities and ids)."""
    rows: list[list[Any]] = json.loads(bulk.text)
    return rows


def record_of_row(row: Sequence[Any]) -> InventoryRecord:
    """The record a stock row stands for (as built, or as read back from BulkRows' JSON text), for
    readers of records (a push's plan, a preview) of a connector that reads its answers as rows."""
    sku, quantity, name, price, updated_at, remote_id = row[:6]
    locations = row[6] if len(row) > 6 else None
    return InventoryRecord(
        sku,
        quantity,
        name or "",
        None if price is None else Decimal(price),
        None if remote_id is None else str(remote_id),
        tuple((location, amount) for location, amount in locations or ()),
        None if updated_at is None else datetime.fromisoformat(updated_at).replace(tzinfo=UTC),
    )

"""Built stock records as BulkRows (app.core.ports), the one form storage merges, so the records
and bulk rows of a run reach storage in the order the store listed them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Final, TypeAlias

from app.core.models import InventoryRecord, ItemFailure
from app.core.ports import BulkRows

# One stock record as BulkRows carries it: sku, quantity, name, price, updated_at, remote_id and the
# quantities per location, each in its stored form (see BulkRows).
StockRow: TypeAlias = tuple[
    str, int, str, str | int | None, str | None, str | int | None, Sequence[tuple[str, int]] | None
]

NOT_TEXT: Final = (
    "the SKU, name, id or a location holds characters that are not text (a broken escape sequence)"
)
# JSON text of rows as BulkRows carries them: the C encoder, without ASCII escapes or cycle checks.
encode_rows: Final = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


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


def records_as_bulk(records: Sequence[InventoryRecord]) -> tuple[BulkRows, list[ItemFailure]]:
    """The records as rows [sku, quantity, name, price, updated_at, remote_id, locations], and a
    failure for each record whose text cannot be stored."""
    rows: list[tuple[Any, ...]] = []
    failures: list[ItemFailure] = []
    for record in records:
        sku, name, remote_id = record.sku, record.name, record.remote_id
        texts_ok = is_text(sku) and is_text(name) and (remote_id is None or is_text(remote_id))
        if not (texts_ok and all(is_text(location) for location, _quantity in record.locations)):
            failures.append(ItemFailure(printable(sku), NOT_TEXT, "invalid_record"))
            continue
        price, updated_at = record.price, record.updated_at
        rows.append(
            (
                sku,
                record.quantity,
                name,
                None if price is None else str(price),
                None if updated_at is None else stored_utc(updated_at),
                remote_id,
                record.locations or None,  # nested in the row: encoded once with it, not per record
            )
        )
    return BulkRows(encode_rows(rows), len(rows)), failures


def decode_rows(bulk: BulkRows) -> list[list[Any]]:
    """The rows of `bulk` as lists, for a reader that needs a few of their values in Python (a push
    plan reads the target's SKUs, quantities and ids)."""
    rows: list[list[Any]] = json.loads(bulk.text)
    return rows


def stored_utc(moment: datetime) -> str:
    """A time as BulkRows carries it (storage's form, in UTC); a UTC time, what connectors hand over,
    is formatted at once."""
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.isoformat(" ", "microseconds")[:26]


def record_of_row(row: StockRow) -> InventoryRecord:
    """The record a stock row stands for, for readers of records (a push's plan, a preview) of a
    connector that maps its answers straight to rows."""
    sku, quantity, name, price, updated_at, remote_id, locations = row
    return InventoryRecord(
        sku,
        quantity,
        name,
        None if price is None else Decimal(price),
        None if remote_id is None else str(remote_id),
        tuple(locations or ()),
        None if updated_at is None else datetime.fromisoformat(updated_at).replace(tzinfo=UTC),
    )

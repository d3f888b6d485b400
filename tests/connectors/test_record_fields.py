"""A record's fields: which single values are read, and which fail just their record."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.connectors.record_fields import RecordRejected, dig, read_money, read_quantity, read_timestamp


@pytest.mark.parametrize(
    ("value", "expected"), [(5, 5), ("12", 12), (Decimal("7.0"), 7), (-3, -3), (0, 0), ("1e3", 1000)]
)
def test_plausible_quantities_are_read(value: object, expected: int) -> None:
    assert read_quantity(value) == expected


@pytest.mark.parametrize(
    "value", [2.5, Decimal("1.5"), "ten", None, True, 10**10, -2_000_000, [], Decimal("NaN"), "Infinity"]
)
def test_absurd_quantities_reject_the_record(value: object) -> None:
    with pytest.raises(RecordRejected):
        read_quantity(value)


def test_money_reading() -> None:
    assert read_money("19.99") == Decimal("19.99")
    assert read_money(Decimal("5")) == Decimal("5")
    assert read_money("") is None
    assert read_money(None) is None
    for bad in ("free", "1e40", True, {"amount": 1}):
        with pytest.raises(RecordRejected):
            read_money(bad)


def test_timestamps_become_aware_utc() -> None:
    assert read_timestamp("2026-03-01T10:00:00Z") == datetime(2026, 3, 1, 10, tzinfo=UTC)
    assert read_timestamp("2026-03-01T12:00:00+02:00") == datetime(2026, 3, 1, 10, tzinfo=UTC)
    assert read_timestamp("2026-03-01T10:00:00") == datetime(2026, 3, 1, 10, tzinfo=UTC)
    with pytest.raises(RecordRejected):
        read_timestamp("yesterday")


def test_dotted_paths() -> None:
    record = {"data": {"items": [{"qty": 3}]}}
    assert dig(record, "data.items.0.qty") == 3
    assert dig(record, "data.missing.qty") is None
    assert dig(record, "") is record

"""Reading one record's fields (SKU and other text, quantities, money, times, dotted paths): a value
we refuse to store rejects its record alone (`RecordRejected` -> ItemFailure), so the rest of the
run goes on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from app.core.models import MAX_MONEY, MAX_QUANTITY, MIN_QUANTITY

__all__ = [  # the limits are re-exported: the connectors check with them
    "MAX_MONEY",
    "MAX_QUANTITY",
    "MIN_QUANTITY",
    "RecordRejected",
    "compile_path",
    "dig",
    "read_money",
    "read_quantity",
    "read_text",
    "read_timestamp",
]

_from_iso: Final = datetime.fromisoformat


class RecordRejected(ValueError):
    """One record carries a value we refuse to store; the message says which and why."""


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

"""Shaping a generic JSON API's records into stock items, for APIs whose records are not one SKU each:
a filter that skips what is not stock (counted as skipped, never as failed), nested lists expanded
into one item per element (fields missing from the element are inherited from its record, which is
also reachable as "parent."), a second endpoint's record joined by a key (reachable as "join."),
several quantity fields summed ("a + b") or kept one per location."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from app.connectors.record_fields import (
    RecordRejected,
    compile_path,
    read_money,
    read_quantity,
    read_text,
    read_timestamp,
)
from app.core.models import InventoryRecord

PARENT_KEY: Final = "parent"
JOIN_KEY: Final = "join"
_EMPTY: Final[tuple[Any, ...]] = (None, "", [], {})


@dataclass(frozen=True, slots=True)
class SkipRule:
    """Skip a record when the value at `path` is `value` ("" : missing or empty; "!x": anything but x).
    JSON false counts as empty: APIs such as Odoo's write an empty text field as false."""

    path: str
    value: str

    def matches(self, record: Any) -> bool:
        found = compile_path(self.path)(record)
        empty = found is False or found in _EMPTY
        if self.value == "":
            return empty
        if self.value.startswith("!"):
            return empty or str(found) != self.value[1:]
        return not empty and str(found) == self.value

    @property
    def reason(self) -> str:
        """Why a record it matches is skipped, in the merchant's own field names."""
        if self.value == "":
            return f"{self.path} is empty"
        if self.value.startswith("!"):
            return f"{self.path} is not {self.value[1:]}"
        return f"{self.path} is {self.value}"


def skip_rules(setting: Any) -> tuple[SkipRule, ...]:
    """The rules of a `skip_if` setting ({"path": "value"}); anything else means no rule."""
    if not isinstance(setting, Mapping):
        return ()
    return tuple(
        SkipRule(str(path), "" if value is None else str(value)) for path, value in setting.items() if path
    )


@dataclass(frozen=True, slots=True)
class Shaped:
    """What one API record became: the items to map, and the skipped ones by reason."""

    items: list[Any]
    skips: dict[str, int]


class RecordShaper:
    """Turns each API record into the items to map (see the module docstring)."""

    def __init__(self, rules: Sequence[SkipRule], items_path: str, join_on: str) -> None:
        self.rules = tuple(rules)
        self.items_path = items_path
        self._items = compile_path(items_path) if items_path else None
        self._join_on = compile_path(join_on) if join_on else None
        self._nothing_nested = f"nothing listed at {items_path}"

    def shape(self, raw: Any, joined: Mapping[str, Any] | None = None) -> Shaped:
        if not isinstance(raw, dict):
            return Shaped([raw], {})
        if joined is not None and self._join_on is not None:
            key = _key_text(self._join_on(raw))
            partner = joined.get(key) if key is not None else None
            if partner is not None:
                raw = {**raw, JOIN_KEY: partner}
        if self._items is None:
            items: list[Any] = [raw]
        else:
            nested = self._items(raw)
            if not isinstance(nested, list) or not nested:  # a record with nothing nested holds no stock
                rule = self._matching_rule(raw)
                return Shaped([], {self._nothing_nested if rule is None else rule.reason: 1})
            items = [
                {**raw, **element, PARENT_KEY: raw} if isinstance(element, dict) else element
                for element in nested
            ]
        if not self.rules:
            return Shaped(items, {})
        kept: list[Any] = []
        skips: dict[str, int] = {}
        for item in items:
            rule = self._matching_rule(item)
            if rule is None:
                kept.append(item)
            else:
                skips[rule.reason] = skips.get(rule.reason, 0) + 1
        return Shaped(kept, skips)

    def _matching_rule(self, item: Any) -> SkipRule | None:
        return next((rule for rule in self.rules if rule.matches(item)), None)


def join_index(records: Iterable[Any], key_path: str) -> dict[str, Any]:
    """The second endpoint's records by their key (the first of a key listed twice wins)."""
    get = compile_path(key_path)
    index: dict[str, Any] = {}
    for record in records:
        key = _key_text(get(record)) if isinstance(record, dict) else None
        if key is not None:
            index.setdefault(key, record)
    return index


def _key_text(value: Any) -> str | None:
    if value in _EMPTY or isinstance(value, dict | list | bool):
        return None
    return str(value)


class ItemMapper:
    """Maps a shaped item to an InventoryRecord through the store's field map; `quantity` may sum
    several paths ("stock.a + stock.b"), `location_quantities` ({"Warehouse A": "stock.a"}) keeps one
    quantity per location, and a mapped `location` names the location of a nested element."""

    def __init__(self, field_map: Mapping[str, str], location_quantities: Mapping[str, str]) -> None:
        def getter(name: str) -> Callable[[Any], Any]:
            path = field_map.get(name, "")
            return compile_path(path) if path else _nothing

        self._sku, self._name, self._price = getter("sku"), getter("name"), getter("price")
        self._updated, self._id, self._location = getter("updated_at"), getter("id"), getter("location")
        self._maps_location = bool(field_map.get("location"))
        parts = [part.strip() for part in field_map.get("quantity", "").split("+") if part.strip()]
        self._quantities = [(part, compile_path(part)) for part in parts]
        self._per_location = [
            (str(label), compile_path(str(path))) for label, path in location_quantities.items()
        ]

    def __call__(self, item: Any) -> InventoryRecord:
        if not isinstance(item, dict):
            raise RecordRejected("the record is not an object")
        locations: tuple[tuple[str, int], ...] = ()
        if self._per_location:
            locations = tuple(
                (label, read_quantity(get(item), label))
                for label, get in self._per_location
                if get(item) is not None
            )
            quantity = sum(amount for _label, amount in locations)
            if not locations:
                raise RecordRejected("no location quantity is present")
        else:
            quantity = self._summed(item)
        if self._maps_location:
            place = read_text(self._location(item), "location", required=True, max_length=200)
            locations = ((place, quantity),)
        remote_id = self._id(item)
        return InventoryRecord(
            read_text(self._sku(item), "sku", required=True, max_length=200),
            quantity,
            read_text(self._name(item), "name"),
            read_money(self._price(item)),
            None if remote_id in _EMPTY else str(remote_id),
            locations,
            read_timestamp(self._updated(item)),
        )

    def _summed(self, item: Any) -> int:
        found = [(path, get(item)) for path, get in self._quantities]
        present = [(path, value) for path, value in found if value is not None]
        if len(found) == 1 or not present:
            path, value = found[0] if found else ("quantity", None)
            return read_quantity(value, "quantity" if len(found) < 2 else path)
        return sum(read_quantity(value, path) for path, value in present)


def merged_by_sku(records: Sequence[InventoryRecord]) -> list[InventoryRecord]:
    """The items of one API record that share a SKU (one per location) as one item, its quantity the
    sum over its locations."""
    if len(records) < 2:
        return list(records)
    by_sku: dict[str, InventoryRecord] = {}
    for record in records:
        first = by_sku.get(record.sku)
        if first is None:
            by_sku[record.sku] = record
            continue
        by_sku[record.sku] = first._replace(
            quantity=first.quantity + record.quantity, locations=(*first.locations, *record.locations)
        )
    return list(by_sku.values())


def _nothing(_item: Any) -> None:
    return None

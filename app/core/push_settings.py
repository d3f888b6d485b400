"""What a stock push job is set to do, read from its options: where the quantities come from, how
the target names SKUs, the buffer rules, and the guard that stops a push from a broken source.

Options (all optional but the source):
  source_store_id / source_store_ids   one store, or several combined
  combine          "sum" (default) or "min" over the source stores; a SKU a store lacks counts 0
  locations        chosen locations/warehouses of the one source store (default: all)
  sku_map          see SkuMap.from_options
  buffer           {"rule": {...}, "overrides": {SKU: {...}}}, see BufferRules
  guard            {"max_age_minutes", "max_zero_share", "max_change_share"}
  previewed        false on a new job: its first push waits for a preview and the merchant's go
  approved_push    the fingerprint of a plan the merchant approved despite the guard"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from app.core.buffer_rules import BufferRules
from app.core.errors import ConfigError
from app.core.sku_map import IDENTITY, SkuMap

# A push from a source that answered with an empty or half catalogue must stop: these shares of the
# target's SKUs are more than an ordinary day's sales or restock would change.
DEFAULT_MAX_ZERO_SHARE: Final = 0.2
DEFAULT_MAX_CHANGE_SHARE: Final = 0.5
APPROVAL_OPTION: Final = "approved_push"
PREVIEWED_OPTION: Final = "previewed"


class Combine(enum.StrEnum):
    SUM = "sum"
    MIN = "min"


@dataclass(frozen=True, slots=True)
class GuardLimits:
    max_age_minutes: float | None = None  # None: twice the source's read interval
    max_zero_share: float = DEFAULT_MAX_ZERO_SHARE
    max_change_share: float = DEFAULT_MAX_CHANGE_SHARE

    @classmethod
    def from_options(cls, options: Any) -> GuardLimits:
        if options is None:
            return cls()
        if not isinstance(options, Mapping):
            raise ConfigError("A push guard must be a set of named values (max_age_minutes, ...).")
        return cls(
            _number(options.get("max_age_minutes"), "maximum age", None),
            _share(options.get("max_zero_share"), DEFAULT_MAX_ZERO_SHARE),
            _share(options.get("max_change_share"), DEFAULT_MAX_CHANGE_SHARE),
        )


@dataclass(frozen=True, slots=True)
class PushSettings:
    sources: tuple[int, ...]
    combine: Combine = Combine.SUM
    locations: tuple[str, ...] = ()
    sku_map: SkuMap = IDENTITY
    rules: BufferRules = field(default_factory=BufferRules)
    guard: GuardLimits = field(default_factory=GuardLimits)
    previewed: bool = True
    approved: str | None = None

    @classmethod
    def from_options(cls, options: Mapping[str, Any], target_store_id: int | None) -> PushSettings:
        sources = _sources(options)
        if not sources:
            raise ConfigError("This stock push has no source store; edit the job and choose one.")
        if target_store_id is not None and target_store_id in sources:
            raise ConfigError("A stock push cannot use its own store as the source; choose another store.")
        combine = str(options.get("combine") or Combine.SUM)
        if combine not in Combine.__members__.values():
            raise ConfigError(f"A stock push combines its sources by sum or min, not “{combine}”.")
        locations = options.get("locations") or ()
        if not isinstance(locations, Sequence) or isinstance(locations, str):
            raise ConfigError("A stock push's locations must be a list of location names.")
        if locations and len(sources) > 1:
            raise ConfigError("Locations can be chosen when the push takes its stock from one store.")
        buffer = options.get("buffer") or {}
        if not isinstance(buffer, Mapping):
            raise ConfigError("A stock push's buffer must be a rule with optional per-SKU overrides.")
        approved = options.get(APPROVAL_OPTION)
        return cls(
            sources,
            Combine(combine),
            tuple(str(location) for location in locations),
            SkuMap.from_options(options.get("sku_map")),
            BufferRules.from_options(buffer),
            GuardLimits.from_options(options.get("guard")),
            options.get(PREVIEWED_OPTION) is not False,
            str(approved) if approved else None,
        )


def combine_levels(levels: Sequence[Mapping[str, int]], combine: Combine) -> dict[str, int]:
    """One quantity per SKU from several stores: their sum, or their minimum where a store that
    lacks the SKU counts as 0 (it cannot sell what it does not have)."""
    if len(levels) == 1:
        return dict(levels[0])
    skus: set[str] = set()
    for level in levels:
        skus.update(level)
    if combine is Combine.SUM:
        return {sku: sum(level.get(sku, 0) for level in levels) for sku in skus}
    return {sku: min(level.get(sku, 0) for level in levels) for sku in skus}


def _sources(options: Mapping[str, Any]) -> tuple[int, ...]:
    many = options.get("source_store_ids")
    if many is not None:
        if not isinstance(many, Sequence) or isinstance(many, str):
            raise ConfigError("A stock push's sources must be a list of stores.")
        ids = [value for value in many if isinstance(value, int) and not isinstance(value, bool)]
        if len(ids) != len(many):
            raise ConfigError("A stock push names a source store that does not exist; edit the job.")
        return tuple(dict.fromkeys(ids))
    one = options.get("source_store_id")
    return (one,) if isinstance(one, int) and not isinstance(one, bool) else ()


def _number(value: Any, what: str, default: float | None) -> float | None:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigError(f"A push guard's {what} must be a positive number, not {value!r}.")
    return float(value)


def _share(value: Any, default: float) -> float:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ConfigError(f"A push guard's share must be between 0 and 1, not {value!r}.")
    return float(value)

"""How a target names the source's SKUs: explicit pairs (imported from CSV) and prefix/suffix rules.

A source SKU is looked up in the explicit pairs first; otherwise the rules turn it into the target's
SKU in this order: remove the source prefix, remove the source suffix, add the target prefix, add
the target suffix. A SKU the rules do not fit (it lacks a prefix that must be removed) has no target
SKU, and the push lists it as unmatched rather than guess."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from app.core.csv_rows import data_rows
from app.core.errors import ConfigError

CSV_HEADER: Final = ("source_sku", "target_sku")
MAX_SKU_LENGTH: Final = 255


@dataclass(frozen=True, slots=True)
class SkuMap:
    pairs: Mapping[str, str] = field(default_factory=dict)
    remove_prefix: str = ""
    remove_suffix: str = ""
    add_prefix: str = ""
    add_suffix: str = ""

    @property
    def is_identity(self) -> bool:
        return not (
            self.pairs or self.remove_prefix or self.remove_suffix or self.add_prefix or self.add_suffix
        )

    def target_sku(self, source_sku: str) -> str | None:
        """The target's SKU for `source_sku`, or None when the rules do not fit it."""
        paired = self.pairs.get(source_sku) if self.pairs else None
        if paired is not None:
            return paired
        sku = source_sku
        if self.remove_prefix:
            if not sku.startswith(self.remove_prefix):
                return None
            sku = sku[len(self.remove_prefix) :]
        if self.remove_suffix:
            if not sku.endswith(self.remove_suffix):
                return None
            sku = sku[: -len(self.remove_suffix)]
        if not sku:
            return None
        return f"{self.add_prefix}{sku}{self.add_suffix}"

    def to_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {}
        if self.pairs:
            options["pairs"] = dict(self.pairs)
        for name in ("remove_prefix", "remove_suffix", "add_prefix", "add_suffix"):
            if value := getattr(self, name):
                options[name] = value
        return options

    @classmethod
    def from_options(cls, options: Any) -> SkuMap:
        if options is None:
            return IDENTITY
        if not isinstance(options, Mapping):
            raise ConfigError("A SKU map must be a set of named values (pairs, add_prefix, ...).")
        pairs = options.get("pairs") or {}
        if not isinstance(pairs, Mapping):
            raise ConfigError("A SKU map's pairs must map each source SKU to the target's SKU.")
        return cls(
            {str(source): str(target) for source, target in pairs.items()},
            **{
                name: str(options.get(name) or "")
                for name in ("remove_prefix", "remove_suffix", "add_prefix", "add_suffix")
            },
        )


IDENTITY: Final = SkuMap()


def read_pairs_csv(text: str) -> dict[str, str]:
    """Pairs from a CSV of `source_sku,target_sku` (a header row is optional). A bad file raises a
    ConfigError naming the line, and nothing of it is taken."""
    pairs: dict[str, str] = {}
    for number, cells in data_rows(text, CSV_HEADER):
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise ConfigError(f"Line {number} of the SKU map needs a source SKU and a target SKU.")
        if len(cells[0]) > MAX_SKU_LENGTH or len(cells[1]) > MAX_SKU_LENGTH:
            raise ConfigError(
                f"Line {number} of the SKU map has a SKU longer than {MAX_SKU_LENGTH} characters."
            )
        if cells[0] in pairs and pairs[cells[0]] != cells[1]:
            raise ConfigError(
                f"Line {number} of the SKU map pairs {cells[0]} with {cells[1]}, but an earlier line "
                f"already pairs it with {pairs[cells[0]]}."
            )
        pairs[cells[0]] = cells[1]
    return pairs


def write_pairs_csv(pairs: Iterable[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(pairs)
    return out.getvalue()

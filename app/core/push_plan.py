"""The plan of a stock push: for every SKU, what the source has, the rule, what the target has now
and what it will have. One function computes it; the preview shows it and the push writes it, so
the two cannot disagree.

Inputs are plain values: the source quantities (already combined, see push_source) and the target's
listing as (sku, quantity, remote_id) rows, in the target's order. A SKU the target lists twice, or
that two source SKUs map to, is skipped and reported, never guessed at."""

from __future__ import annotations

import collections
import csv
import enum
import hashlib
import io
import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from app.core.buffer_rules import BufferRules
from app.core.sku_map import SkuMap, write_pairs_csv


class Action(enum.StrEnum):
    WRITE = "write"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"


class TargetListing(NamedTuple):
    sku: str
    quantity: int
    remote_id: str | None = None


class PlanRow(NamedTuple):
    """One SKU of a plan. `sku` is the target's SKU; the source's SKU is beside it when they differ."""

    sku: str
    source_sku: str
    source_quantity: int | None
    rule: str
    target_now: int | None
    target_after: int | None
    action: Action
    reason: str = ""
    remote_id: str | None = None


@dataclass(frozen=True, slots=True)
class Unmatched:
    """SKUs a push cannot pair, for one source/target pair."""

    only_on_source: list[str] = field(default_factory=list)
    only_on_target: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.only_on_source) + len(self.only_on_target) + len(self.duplicated)

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("sku", "problem"))
        writer.writerows((sku, "only on the source") for sku in self.only_on_source)
        writer.writerows((sku, "only on the target") for sku in self.only_on_target)
        writer.writerows((sku, "duplicated") for sku in self.duplicated)
        return out.getvalue()

    def pairs_to_fill_in(self) -> str:
        """The SKUs only on the source as a SKU-pairs file (`source_sku,target_sku`) with the target left
        empty: the merchant fills it in and imports it as the push's SKU pairs."""
        return write_pairs_csv((sku, "") for sku in self.only_on_source)


@dataclass(frozen=True, slots=True)
class PushPlan:
    rows: list[PlanRow]
    unmatched: Unmatched
    target_skus: int

    @property
    def writes(self) -> list[PlanRow]:
        return [row for row in self.rows if row.action is Action.WRITE]

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action is action)

    def fingerprint(self) -> str:
        """Identifies the writes of this plan: an approval is for exactly these changes."""
        digest = hashlib.sha256()
        for row in self.writes:
            digest.update(f"{row.sku}\0{row.target_now}\0{row.target_after}\n".encode())
        return digest.hexdigest()[:16]

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            ("sku", "source_sku", "source_quantity", "rule", "target_now", "target_after", "action", "reason")
        )
        for row in self.rows:
            writer.writerow(
                (
                    row.sku,
                    row.source_sku,
                    _cell(row.source_quantity),
                    row.rule,
                    _cell(row.target_now),
                    _cell(row.target_after),
                    row.action.value,
                    row.reason,
                )
            )
        return out.getvalue()


@dataclass(frozen=True, slots=True)
class PlannedPush:
    """A plan with the guard's reasons to refuse it (empty: it may run) and how many target SKUs
    were read for it."""

    plan: PushPlan
    refusals: list[str]
    fetched: int


def compute_plan(
    source: Mapping[str, int],
    target: Iterable[TargetListing],
    sku_map: SkuMap,
    rules: BufferRules,
) -> PushPlan:
    """The plan of pushing `source` to `target` (see the module docstring). It runs once per SKU of a
    catalogue (100k in a preview the merchant waits for), so the common steps are C-level passes."""
    items = target if isinstance(target, list) else list(target)
    # A SKU's first listing is the one kept: the listing is read backwards into the dict, a slice at
    # a time, so the thread running the plan lets the event loop's thread take the GIL in between.
    listed: dict[str, TargetListing] = {}
    for end in range(len(items), 0, -_SLICE):
        part = items[max(0, end - _SLICE) : end][::-1]
        listed.update(zip(map(_by_sku, part), part, strict=True))
    listed_twice: set[str] = set()
    if len(listed) < len(items):
        listed_twice = {sku for sku, times in collections.Counter(map(_by_sku, items)).items() if times > 1}

    pairs: dict[str, str] = {}  # target SKU -> the one source SKU mapped to it
    collided: dict[str, list[str]] = {}  # target SKU -> every source SKU mapped to it, when several
    unfit: list[str] = []
    if sku_map.is_identity:
        pairs = dict(zip(source, source, strict=True))
    else:
        for source_sku in source:
            target_sku = sku_map.target_sku(source_sku)
            if target_sku is None:
                unfit.append(source_sku)
            elif target_sku in pairs:
                collided.setdefault(target_sku, [pairs[target_sku]]).append(source_sku)
            else:
                pairs[target_sku] = source_sku

    rows: list[PlanRow] = []
    append = rows.append
    only_on_source = list(unfit)
    duplicated = sorted(listed_twice)
    overrides = rules.overrides or {}
    default_text = rules.default.describe()
    # The default rule's answer per source quantity: quantities repeat across a catalogue.
    shown_for = {quantity: rules.default.apply(quantity) for quantity in set(source.values())}
    write, unchanged = Action.WRITE, Action.UNCHANGED
    for target_sku, source_sku in pairs.items():
        found = listed.get(target_sku)
        if collided and target_sku in collided:
            duplicated.append(target_sku)
            append(
                _skipped(target_sku, ", ".join(collided[target_sku]), found, "several source SKUs map to it")
            )
            continue
        if found is None:
            only_on_source.append(source_sku)
            continue
        if listed_twice and target_sku in listed_twice:
            append(_skipped(target_sku, source_sku, found, "the target lists this SKU more than once"))
            continue
        quantity = source[source_sku]
        override = overrides.get(source_sku) if overrides else None
        if override is None:
            after, text = shown_for[quantity], default_text
        else:
            after, text = override.apply(quantity), "override: " + override.describe()
        now = found[1]
        # Made as the tuple it is, without the keyword handling of PlanRow's constructor.
        append(
            _new_row(
                PlanRow,
                (
                    target_sku,
                    source_sku,
                    quantity,
                    text,
                    now,
                    after,
                    unchanged if after == now else write,
                    "",
                    found[2],
                ),
            )
        )
    only_on_target = [sku for sku in listed if sku not in pairs]
    rows.sort(key=_by_sku)
    return PushPlan(
        rows,
        Unmatched(sorted(only_on_source), sorted(only_on_target), sorted(set(duplicated))),
        len(listed),
    )


def _skipped(sku: str, source_sku: str, item: TargetListing | None, reason: str) -> PlanRow:
    now = item.quantity if item is not None else None
    remote_id = item.remote_id if item is not None else None
    return PlanRow(sku, source_sku, None, "", now, None, Action.SKIPPED, reason, remote_id)


_by_sku: Final = operator.itemgetter(0)
_new_row: Final = tuple.__new__
_SLICE: Final = 10_000  # a C-level pass over this many SKUs holds the GIL about 1.5 ms


def _cell(value: int | None) -> str:
    return "" if value is None else str(value)


def skip_rows(plan: PushPlan, reasons: Mapping[str, str]) -> PushPlan:
    """The plan with the writes named in `reasons` turned into skipped rows with that reason."""
    if not reasons:
        return plan
    rows: Sequence[PlanRow] = [
        row._replace(action=Action.SKIPPED, reason=reasons[row.sku])
        if row.action is Action.WRITE and row.sku in reasons
        else row
        for row in plan.rows
    ]
    return PushPlan(list(rows), plan.unmatched, plan.target_skus)

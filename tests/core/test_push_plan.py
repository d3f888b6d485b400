"""The plan of a stock push: rules, SKU map, sources combined, unmatched SKUs, CSV, and the guard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.buffer_rules import BufferRule, BufferRules
from app.core.errors import ConfigError
from app.core.models import RunStatus
from app.core.push_guard import SourceRead, guard_reasons
from app.core.push_plan import Action, TargetListing, Unmatched, compute_plan
from app.core.push_settings import Combine, GuardLimits, PushSettings, combine_levels
from app.core.sku_map import SkuMap, read_pairs_csv, write_pairs_csv


def test_rule_steps_apply_in_the_documented_order() -> None:
    rule = BufferRule(keep_back=2, percent=50, zero_below=3, maximum=10)
    # 29 - 2 = 27, 50% -> 13 (rounded down), not below 3, capped at 10
    assert rule.apply(29) == 10
    # 9 - 2 = 7, 50% -> 3, 3 is not below 3
    assert rule.apply(9) == 3
    # 8 - 2 = 6, 50% -> 3
    assert rule.apply(8) == 3
    # 7 - 2 = 5, 50% -> 2, below 3 -> 0
    assert rule.apply(7) == 0
    assert rule.describe() == "keep back 2, 50% rounded down, 0 below 3, at most 10"


@pytest.mark.parametrize("quantity", [-5, 0, 1, 2, 3, 7, 99, 10_001])
def test_a_rule_never_yields_a_negative_quantity(quantity: int) -> None:
    for rule in (BufferRule(keep_back=3), BufferRule(percent=33), BufferRule(keep_back=1, percent=0)):
        shown = rule.apply(quantity)
        assert isinstance(shown, int) and shown >= 0


def test_a_rule_with_a_fraction_or_a_negative_is_refused() -> None:
    with pytest.raises(ConfigError, match="whole number"):
        BufferRule.from_options({"keep_back": 1.5})
    with pytest.raises(ConfigError, match="negative"):
        BufferRule.from_options({"keep_back": -1})
    with pytest.raises(ConfigError, match="between 0 and 100"):
        BufferRule.from_options({"percent": 150})


def test_plan_applies_rule_override_and_sku_map() -> None:
    rules = BufferRules(BufferRule(keep_back=2), {"B": BufferRule(maximum=1)})
    sku_map = SkuMap({"C": "shop-c-special"}, add_prefix="shop-")
    plan = compute_plan(
        {"A": 10, "B": 10, "C": 1},
        [
            TargetListing("shop-A", 8, "1"),
            TargetListing("shop-B", 4, "2"),
            TargetListing("shop-c-special", 7, "3"),
        ],
        sku_map,
        rules,
    )
    rows = {row.sku: row for row in plan.rows}
    assert rows["shop-A"].action is Action.UNCHANGED and rows["shop-A"].target_after == 8
    assert rows["shop-B"].target_after == 1 and rows["shop-B"].rule == "override: at most 1"
    assert rows["shop-c-special"].source_sku == "C"
    assert rows["shop-c-special"].target_after == 0 and rows["shop-c-special"].action is Action.WRITE
    assert [row.sku for row in plan.writes] == ["shop-B", "shop-c-special"]


def test_unmatched_skus_are_listed_and_never_written() -> None:
    plan = compute_plan(
        {"A": 1, "B": 2, "X-1": 3, "x-1": 4},
        [TargetListing("A", 0), TargetListing("A", 5), TargetListing("T", 1), TargetListing("X-1", 9)],
        SkuMap({"x-1": "X-1"}),
        BufferRules(),
    )
    assert plan.unmatched.only_on_source == ["B"]
    assert plan.unmatched.only_on_target == ["T"]
    assert plan.unmatched.duplicated == ["A", "X-1"]
    assert plan.writes == []
    reasons = {row.sku: row.reason for row in plan.rows if row.action is Action.SKIPPED}
    assert "more than once" in reasons["A"] and "several source SKUs" in reasons["X-1"]
    assert "B,only on the source" in plan.unmatched.to_csv()


def test_sku_rules_that_do_not_fit_leave_the_sku_unmatched() -> None:
    sku_map = SkuMap(remove_prefix="ERP-", add_suffix="-EU")
    assert sku_map.target_sku("ERP-100") == "100-EU"
    assert sku_map.target_sku("100") is None


def test_sku_map_csv_round_trip_and_bad_line() -> None:
    text = write_pairs_csv([("A", "a-1"), ("B", "b,2")])
    assert read_pairs_csv(text) == {"A": "a-1", "B": "b,2"}
    with pytest.raises(ConfigError, match="Line 2"):
        read_pairs_csv("A,a\nB,\n")


def test_sources_combine_by_sum_or_min() -> None:
    levels = [{"A": 3, "B": 1}, {"A": 5, "C": 2}]
    assert combine_levels(levels, Combine.SUM) == {"A": 8, "B": 1, "C": 2}
    assert combine_levels(levels, Combine.MIN) == {"A": 3, "B": 0, "C": 0}


def test_settings_refuse_the_target_as_its_own_source() -> None:
    with pytest.raises(ConfigError, match="own store"):
        PushSettings.from_options({"source_store_ids": [1, 2]}, 2)
    with pytest.raises(ConfigError, match="no source"):
        PushSettings.from_options({}, 2)
    assert PushSettings.from_options({"source_store_id": 1}, 2).sources == (1,)


def test_plan_csv_has_every_column() -> None:
    plan = compute_plan({"A": 4}, [TargetListing("A", 1)], SkuMap(), BufferRules(BufferRule(keep_back=1)))
    assert plan.to_csv().splitlines() == [
        "sku,source_sku,source_quantity,rule,target_now,target_after,action,reason",
        "A,A,4,keep back 1,1,3,write,",
    ]


NOW = datetime(2026, 12, 5, 12, tzinfo=UTC)


def test_guard_stops_an_empty_source_and_an_old_or_failed_read() -> None:
    target = [TargetListing(f"S{i}", 5) for i in range(10)]
    empty = compute_plan({f"S{i}": 0 for i in range(10)}, target, SkuMap(), BufferRules())
    fresh = SourceRead("ERP", RunStatus.SUCCEEDED, NOW - timedelta(minutes=10), timedelta(minutes=15))
    reasons = guard_reasons(empty, [fresh], GuardLimits(), NOW)
    assert any("set 10 of the target's 10 SKUs to 0" in reason for reason in reasons)

    calm = compute_plan({f"S{i}": 5 for i in range(10)}, target, SkuMap(), BufferRules())
    assert guard_reasons(calm, [fresh], GuardLimits(), NOW) == []
    old = SourceRead("ERP", RunStatus.SUCCEEDED, NOW - timedelta(minutes=31), timedelta(minutes=15))
    assert "31 minutes old" in guard_reasons(calm, [old], GuardLimits(), NOW)[0]
    partial = SourceRead("ERP", RunStatus.PARTIAL, NOW, timedelta(minutes=15))
    assert "did not finish complete" in guard_reasons(calm, [partial], GuardLimits(), NOW)[0]
    never = SourceRead("ERP", None, None, None)
    assert "not been read" in guard_reasons(calm, [never], GuardLimits(), NOW)[0]


def test_plan_fingerprint_changes_with_the_writes() -> None:
    target = [TargetListing("A", 1)]
    one = compute_plan({"A": 4}, target, SkuMap(), BufferRules())
    same = compute_plan({"A": 4}, target, SkuMap(), BufferRules())
    other = compute_plan({"A": 5}, target, SkuMap(), BufferRules())
    assert one.fingerprint() == same.fingerprint() != other.fingerprint()


def test_the_skus_only_on_the_source_export_as_pairs_to_fill_in_and_import_back() -> None:
    unmatched = Unmatched(only_on_source=["MUG-1", "TEE-2"], only_on_target=["shop-mug"], duplicated=["X"])
    template = unmatched.pairs_to_fill_in()
    assert template == "source_sku,target_sku\nMUG-1,\nTEE-2,\n"
    filled = template.replace("MUG-1,", "MUG-1,shop-mug").replace("TEE-2,", "TEE-2,shop-tee")
    assert read_pairs_csv(filled) == {"MUG-1": "shop-mug", "TEE-2": "shop-tee"}

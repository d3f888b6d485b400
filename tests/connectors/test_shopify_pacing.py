"""Shopify's cost bucket as the connector models it, and how userErrors become failed items."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.connectors.shopify_cost import CostPacer, CostPacerRegistry, read_cost
from app.connectors.shopify_mapping import user_error_failures


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def answer(available: float, rate: float = 100.0, requested: int = 50) -> dict[str, object]:
    status = {"maximumAvailable": Decimal("1000.0"), "currentlyAvailable": available, "restoreRate": rate}
    return {
        "extensions": {
            "cost": {"requestedQueryCost": requested, "actualQueryCost": 12, "throttleStatus": status}
        }
    }


def test_wait_is_the_missing_points_over_the_restore_rate() -> None:
    clock = Clock()
    pacer = CostPacer(clock)
    assert pacer.wait_for(900) == 0.0  # nothing known yet: send and learn
    pacer.observe(read_cost(answer(available=100, rate=200)))
    assert pacer.wait_for(500) == pytest.approx((500 - 100) / 200)
    clock.now += 1.0  # the bucket refilled 200 points meanwhile
    assert pacer.wait_for(500) == pytest.approx((500 - 300) / 200)
    clock.now += 10.0
    assert pacer.wait_for(500) == 0.0


def test_spent_points_count_before_the_next_answer_arrives() -> None:
    pacer = CostPacer(Clock())
    pacer.observe(read_cost(answer(available=600)))
    pacer.spend(500)
    assert pacer.wait_for(500) == pytest.approx((500 - 100) / 100)


def test_a_query_larger_than_the_bucket_waits_only_for_a_full_bucket() -> None:
    pacer = CostPacer(Clock())
    pacer.observe(read_cost(answer(available=0)))
    assert pacer.wait_for(5000) == pytest.approx(1000 / 100)


@pytest.mark.parametrize(
    "broken",
    [{}, {"extensions": {"cost": "x"}}, answer(available=float("nan")), answer(available=10, rate=0)],
)
def test_missing_or_odd_cost_data_is_ignored(broken: dict[str, object]) -> None:
    pacer = CostPacer(Clock())
    pacer.observe(read_cost(broken))
    assert pacer.status is None and pacer.wait_for(900) == 0.0


def test_one_bucket_per_shop_and_token() -> None:
    registry = CostPacerRegistry()
    assert registry.pacer("a.myshopify.com:443", "t1") is registry.pacer("A.myshopify.com:443", "t1")
    assert registry.pacer("a.myshopify.com:443", "t1") is not registry.pacer("b.myshopify.com:443", "t1")


def test_user_errors_name_their_item_or_fail_the_whole_call() -> None:
    skus = ["A", "B", "C"]
    errors = [
        {
            "field": ["input", "quantities", "2", "locationId"],
            "message": "bad location",
            "code": "INVALID_LOCATION",
        },
        {"field": ["input", "reason"], "message": "The reason is invalid", "code": "INVALID_REASON"},
    ]
    failures = user_error_failures(errors, skus, skus)
    assert [(f.key, f.code) for f in failures] == [
        ("C", "INVALID_LOCATION"),
        ("A", "INVALID_REASON"),
        ("B", "INVALID_REASON"),
        ("C", "INVALID_REASON"),
    ]

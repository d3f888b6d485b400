"""The catalog: the same seed gives the same shop, and stock changes exactly as asked."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.sandbox import Catalog


def test_same_seed_gives_the_same_products_and_another_seed_does_not() -> None:
    first, again, other = Catalog(500, seed=3), Catalog(500, seed=3), Catalog(500, seed=4)
    assert first.slice(0, 500) == again.slice(0, 500)
    assert first.quantities() != other.quantities()
    assert [p.name for p in first.slice(0, 50)] != [p.name for p in other.slice(0, 50)]


def test_products_have_unique_skus_money_prices_and_stock() -> None:
    products = Catalog(1000, seed=1).slice(0, 1000)
    assert len({p.sku for p in products}) == 1000
    assert products[0].sku == "SKU-0000001" and products[-1].id == 1000
    for product in products:
        price = Decimal(product.price)
        assert price > 0 and price == price.quantize(Decimal("0.01"))
        assert 0 <= product.quantity < 1000
        assert product.name


def test_mutate_changes_exactly_the_asked_share_and_nothing_else() -> None:
    catalog = Catalog(10_000, seed=2)
    before = catalog.quantities()
    changed = catalog.mutate(0.01)
    after = catalog.quantities()
    assert len(changed) == 100 == len(set(changed))
    assert {sku for sku in before if before[sku] != after[sku]} == set(changed)
    assert min(after.values()) >= 0
    assert all(catalog.get(sku).updated_at > datetime(2026, 1, 1, tzinfo=UTC) for sku in changed)


def test_mutations_repeat_for_the_same_seed() -> None:
    one, two = Catalog(2000, seed=9), Catalog(2000, seed=9)
    assert one.mutate(0.05) == two.mutate(0.05)
    assert one.quantities() == two.quantities()


def test_page_past_the_end_is_empty_and_total_pages_rounds_up() -> None:
    catalog = Catalog(250)
    assert catalog.page(3, 100).total_pages == 3
    assert len(catalog.page(3, 100).products) == 50
    assert catalog.page(4, 100).products == []
    with pytest.raises(ValueError):
        catalog.page(0, 100)


def test_stock_write_changes_one_sku_and_rejects_unknown_ones() -> None:
    catalog = Catalog(10)
    version = catalog.version
    product = catalog.set_quantity("SKU-0000004", 77)
    assert product is not None and product.quantity == 77
    assert catalog.get("SKU-0000004").quantity == 77
    assert catalog.version > version
    assert catalog.set_quantity("SKU-0000011", 1) is None
    assert catalog.set_quantity("nonsense", 1) is None


def test_tick_brings_new_orders_that_an_incremental_read_sees() -> None:
    catalog = Catalog(100, seed=5, orders=3)
    assert len(catalog.orders_since(None)) == 3
    newest = max(o.updated_at for o in catalog.all_orders())
    catalog.tick(order_chance=1.0)
    fresh = catalog.orders_since(newest)
    assert fresh, "a tick adds an order after the last seen change"
    assert all(o.updated_at > newest for o in fresh)
    assert [o.updated_at for o in fresh] == sorted(o.updated_at for o in fresh)
    for order in catalog.all_orders():
        assert Decimal(order.total) == sum(Decimal(line.price) * line.quantity for line in order.lines)

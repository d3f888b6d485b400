"""A deterministic product catalog with orders, whose stock changes over time.

Column storage (arrays, not one object per product) keeps a million products cheap; products are
built on demand. The same `products` and `seed` always give the same SKUs, names, prices and
starting quantities; `mutate` and `tick` draw from a seeded generator, so their changes repeat too.
SKUs are `SKU-0000001`... (index + 1, seven digits at least), product ids are index + 1.
"""

from __future__ import annotations

import random
import threading
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
SKU_PREFIX = "SKU-"

_ADJECTIVES = (
    "Classic",
    "Organic",
    "Compact",
    "Deluxe",
    "Rugged",
    "Vintage",
    "Smart",
    "Bright",
    "Soft",
    "Large",
    "Mini",
    "Eco",
    "Premium",
    "Travel",
    "Kids",
    "Pro",
)
_NOUNS = (
    "Mug",
    "T-Shirt",
    "Backpack",
    "Lamp",
    "Notebook",
    "Candle",
    "Bottle",
    "Scarf",
    "Headphones",
    "Chair",
    "Teapot",
    "Wallet",
    "Blanket",
    "Sneakers",
    "Puzzle",
    "Plant Pot",
    "Cable",
    "Watch",
)
_COLOURS = ("Black", "White", "Red", "Blue", "Green", "Oak", "Grey", "Yellow", "Navy", "Sand")
_ORDER_STATUSES = ("pending", "paid", "processing", "shipped", "delivered", "cancelled")
_COUNTRIES = ("FR", "DE", "LT", "PL", "NL")


class StatusRefused(Exception):
    """An order status write the store refuses, with its reason."""


@dataclass(frozen=True, slots=True)
class Product:
    id: int
    sku: str
    name: str
    quantity: int
    price: str  # Decimal as text, two places
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class OrderLine:
    sku: str
    quantity: int
    price: str


@dataclass(frozen=True, slots=True)
class Order:
    id: int
    number: str
    status: str
    total: str
    currency: str
    created_at: datetime
    updated_at: datetime
    lines: tuple[OrderLine, ...] = ()
    country: str = ""


@dataclass(frozen=True, slots=True)
class CatalogPage:
    products: list[Product]
    page: int
    per_page: int
    total: int

    @property
    def total_pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _mix(index: int, seed: int, salt: int) -> int:
    """A cheap deterministic hash of (index, seed) so that product attributes need no generator."""
    value = (index + 1) * 0x9E3779B1 ^ (seed + 1) * 0x85EBCA77 ^ salt * 0xC2B2AE3D
    value ^= value >> 15
    value = (value * 0x2C1B3C6D) & 0xFFFFFFFF
    return value ^ (value >> 12)


@dataclass(slots=True)
class Catalog:
    """`products` SKUs and `orders` orders, reproducible from `seed`. Thread-safe."""

    products: int
    seed: int = 0
    orders: int = 0
    currency: str = "EUR"
    version: int = 0  # bumped by every change, so servers can cache rendered pages
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _quantities: array[int] = field(init=False, repr=False)
    _updated: array[float] = field(init=False, repr=False)
    _rng: random.Random = field(init=False, repr=False)
    _orders: list[Order] = field(init=False, repr=False)
    _clock: datetime = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.products < 0:
            raise ValueError("a catalog cannot have a negative number of products")
        self._rng = random.Random(self.seed)
        self._quantities = array("i", (_mix(i, self.seed, 1) % 120 for i in range(self.products)))
        base = EPOCH.timestamp()
        self._updated = array("d", (base - (i % 86_400) for i in range(self.products)))
        self._clock = EPOCH
        self._orders = []
        for number in range(self.orders):
            self._new_order(EPOCH - timedelta(hours=self.orders - number))
        self.version = 0

    def __len__(self) -> int:
        return self.products

    # --- products ---------------------------------------------------------------------------

    def sku(self, index: int) -> str:
        return f"{SKU_PREFIX}{index + 1:07d}"

    def index_of(self, sku: str) -> int | None:
        if not sku.startswith(SKU_PREFIX) or not sku[len(SKU_PREFIX) :].isdigit():
            return None
        index = int(sku[len(SKU_PREFIX) :]) - 1
        return index if 0 <= index < self.products and self.sku(index) == sku else None

    def name(self, index: int) -> str:
        h = _mix(index, self.seed, 2)
        return (
            f"{_ADJECTIVES[h % len(_ADJECTIVES)]} {_NOUNS[(h >> 4) % len(_NOUNS)]}"
            f" {_COLOURS[(h >> 9) % len(_COLOURS)]}"
        )

    def price(self, index: int) -> str:
        cents = 199 + _mix(index, self.seed, 3) % 24_800
        return f"{cents // 100}.{cents % 100:02d}"

    def product(self, index: int) -> Product:
        with self._lock:
            return Product(
                index + 1,
                self.sku(index),
                self.name(index),
                self._quantities[index],
                self.price(index),
                datetime.fromtimestamp(self._updated[index], UTC),
            )

    def get(self, sku: str) -> Product | None:
        index = self.index_of(sku)
        return None if index is None else self.product(index)

    def slice(self, start: int, stop: int) -> list[Product]:
        """Products `start` to `stop` (exclusive), clamped to the catalog, as one consistent read."""
        with self._lock:
            return [self.product(i) for i in range(max(0, start), min(stop, self.products))]

    def page(self, page: int, per_page: int) -> CatalogPage:
        """Page `page` (from 1) of `per_page` products; past the end the list is empty."""
        if page < 1 or per_page < 1:
            raise ValueError("page and per_page start at 1")
        start = (page - 1) * per_page
        return CatalogPage(self.slice(start, start + per_page), page, per_page, self.products)

    def quantities(self) -> dict[str, int]:
        with self._lock:
            return {self.sku(i): q for i, q in enumerate(self._quantities)}

    def quantity_total(self) -> int:
        """The sum of every quantity: a cheap fingerprint of the stock, to compare two catalogs."""
        with self._lock:
            return sum(self._quantities)

    def set_quantity(self, sku: str, quantity: int) -> Product | None:
        """A stock write from a client; None when the SKU is unknown."""
        index = self.index_of(sku)
        if index is None:
            return None
        with self._lock:
            if self._quantities[index] != quantity:
                self._quantities[index] = quantity
                self._updated[index] = self._advance().timestamp()
                self.version += 1
            return self.product(index)

    def write_stock_items(self, items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Stock writes as the JSON simulators take them ({"sku", "quantity"} items): one result per
        item, a refused quantity or an unknown SKU named in it."""
        results: list[dict[str, Any]] = []
        for item in items:
            sku = str(item.get("sku", ""))
            quantity = item.get("quantity")
            if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 0:
                results.append({"sku": sku, "ok": False, "error": "quantity must be a whole number >= 0"})
            elif self.set_quantity(sku, quantity) is None:
                results.append({"sku": sku, "ok": False, "error": "unknown sku"})
            else:
                results.append({"sku": sku, "ok": True})
        return results

    def mutate(self, fraction: float) -> list[str]:
        """Changes the quantity of exactly round(fraction * products) distinct SKUs; returns them."""
        return self.mutate_count(round(fraction * self.products))

    def mutate_count(self, count: int) -> list[str]:
        """Changes the quantity of `count` distinct SKUs (at most all of them); returns them."""
        with self._lock:
            count = max(0, min(self.products, count))
            indices = sorted(self._rng.sample(range(self.products), count))
            now = self._advance().timestamp()
            for index in indices:
                old = self._quantities[index]
                delta = self._rng.randint(1, 15)
                self._quantities[index] = (
                    old - delta if old >= delta and self._rng.random() < 0.5 else old + delta
                )
                self._updated[index] = now
            if indices:
                self.version += 1
            return [self.sku(i) for i in indices]

    def tick(self, fraction: float = 0.02, order_chance: float = 0.5) -> list[str]:
        """One step of a living shop: some stock moves, maybe an order comes in, one order progresses."""
        with self._lock:
            changed = self.mutate_count(max(1, round(fraction * self.products)))
            if self._rng.random() < order_chance:
                self._new_order(self._advance())
            if self._orders:
                self._progress_order(self._orders[self._rng.randrange(len(self._orders))])
            return changed

    # --- orders -----------------------------------------------------------------------------

    def all_orders(self) -> list[Order]:
        with self._lock:
            return list(self._orders)

    def orders_since(self, since: datetime | None) -> list[Order]:
        """Orders updated strictly after `since` (None: all), oldest change first."""
        with self._lock:
            found = [o for o in self._orders if since is None or o.updated_at > since]
        return sorted(found, key=lambda o: (o.updated_at, o.id))

    def _advance(self) -> datetime:
        self._clock = max(self._clock + timedelta(seconds=1), datetime.now(UTC).replace(microsecond=0))
        return self._clock

    def _new_order(self, created: datetime) -> Order:
        order_id = len(self._orders) + 1
        lines = []
        for _ in range(self._rng.randint(1, 3)):
            if not self.products:
                break
            index = self._rng.randrange(self.products)
            lines.append(OrderLine(self.sku(index), self._rng.randint(1, 3), self.price(index)))
        total = sum((Decimal(line.price) * line.quantity for line in lines), Decimal("0.00"))
        order = Order(
            order_id,
            f"#{1000 + order_id}",
            self._rng.choice(_ORDER_STATUSES[:3]),
            f"{total:.2f}",
            self.currency,
            created,
            created,
            tuple(lines),
            _COUNTRIES[order_id % len(_COUNTRIES)],
        )
        self._orders.append(order)
        self.version += 1
        return order

    def set_order_status(self, order_id: int, status: str) -> bool:
        """An order status written by a client (a courier's news written back); False: no such order.
        A cancelled order stays cancelled, as stores refuse to ship one (StatusRefused)."""
        with self._lock:
            if not 1 <= order_id <= len(self._orders):
                return False
            current = self._orders[order_id - 1]
            if current.status == "cancelled" and status != "cancelled":
                raise StatusRefused(f"order {current.number} is cancelled and cannot become {status}")
            self._orders[order_id - 1] = replace(
                self._orders[order_id - 1], status=status, updated_at=self._advance()
            )
            self.version += 1
            return True

    def _progress_order(self, order: Order) -> None:
        position = _ORDER_STATUSES.index(order.status)
        if position >= 4:
            return
        updated = Order(
            order.id,
            order.number,
            _ORDER_STATUSES[position + 1],
            order.total,
            order.currency,
            order.created_at,
            self._advance(),
            order.lines,
            order.country,
        )
        self._orders[order.id - 1] = updated
        self.version += 1

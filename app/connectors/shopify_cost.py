"""Shopify's cost-based throttling: read the live bucket from every answer and wait before a query
that would not fit, instead of hitting THROTTLED. Rates differ by plan, so nothing is hard-coded."""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


@dataclass(frozen=True, slots=True)
class ThrottleStatus:
    maximum_available: float
    currently_available: float
    restore_rate: float


@dataclass(frozen=True, slots=True)
class QueryCost:
    requested: float | None
    actual: float | None
    throttle: ThrottleStatus | None


def read_cost(body: Mapping[str, Any]) -> QueryCost:
    """`extensions.cost` of a GraphQL answer; missing or malformed parts come back as None."""
    extensions = body.get("extensions")
    cost = extensions.get("cost") if isinstance(extensions, Mapping) else None
    if not isinstance(cost, Mapping):
        return QueryCost(None, None, None)
    throttle = None
    status = cost.get("throttleStatus")
    if isinstance(status, Mapping):
        values = [_number(status.get(k)) for k in ("maximumAvailable", "currentlyAvailable", "restoreRate")]
        if all(v is not None for v in values) and (values[2] or 0) > 0:
            throttle = ThrottleStatus(*values)  # type: ignore[arg-type]
    return QueryCost(_number(cost.get("requestedQueryCost")), _number(cost.get("actualQueryCost")), throttle)


def _number(value: Any) -> float | None:
    """Numbers arrive as int or float (or Decimal, where a guard reads fractions exactly)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


class CostPacer:
    """One shop's bucket as last reported, refilled by the clock between answers."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._status: ThrottleStatus | None = None
        self._stamp = 0.0

    @property
    def status(self) -> ThrottleStatus | None:
        return self._status

    def observe(self, cost: QueryCost) -> None:
        if cost.throttle is not None:
            self._status = cost.throttle
            self._stamp = self._clock()

    def available_now(self) -> float | None:
        if self._status is None:
            return None
        refilled = (self._clock() - self._stamp) * self._status.restore_rate
        return min(self._status.maximum_available, self._status.currently_available + refilled)

    def wait_for(self, cost: float) -> float:
        """Seconds to wait before a query of worst-case `cost`: (cost - available) / restoreRate."""
        available = self.available_now()
        if available is None or self._status is None:
            return 0.0
        needed = min(cost, self._status.maximum_available)
        if needed <= available:
            return 0.0
        return (needed - available) / self._status.restore_rate

    def spend(self, cost: float) -> None:
        """Counts a query as sent, so two queries in a row do not both rely on the same points."""
        if self._status is None:
            return
        available = self.available_now() or 0.0
        self._status = ThrottleStatus(
            self._status.maximum_available, max(0.0, available - cost), self._status.restore_rate
        )
        self._stamp = self._clock()


class CostPacerRegistry:
    """Every connector of one shop and token shares one bucket, as Shopify counts it (per app and shop)."""

    def __init__(self) -> None:
        self._pacers: dict[str, CostPacer] = {}

    def pacer(self, shop: str, token: str) -> CostPacer:
        key = hashlib.sha256(f"{shop.lower()}\n{token}".encode()).hexdigest()
        return self._pacers.setdefault(key, CostPacer())


COST_PACERS = CostPacerRegistry()

"""One module per job kind; HANDLERS maps each JobKind to the coroutine that does its work."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.core.models import JobKind
from app.sync.context import RunContext
from app.sync.jobs import cleanup, inventory_pull, low_stock_check, orders_pull, shipment_pull, stock_push


@dataclass(frozen=True, slots=True)
class JobHandler:
    execute: Callable[[RunContext], Awaitable[None]]
    needs_store: bool


HANDLERS: dict[JobKind, JobHandler] = {
    JobKind.INVENTORY_PULL: JobHandler(inventory_pull.execute, needs_store=True),
    JobKind.ORDERS_PULL: JobHandler(orders_pull.execute, needs_store=True),
    JobKind.STOCK_PUSH: JobHandler(stock_push.execute, needs_store=True),
    JobKind.LOW_STOCK_CHECK: JobHandler(low_stock_check.execute, needs_store=True),
    JobKind.CLEANUP: JobHandler(cleanup.execute, needs_store=False),
    JobKind.SHIPMENT_PULL: JobHandler(shipment_pull.execute, needs_store=True),
}

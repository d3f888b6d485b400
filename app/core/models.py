"""The domain records every layer passes around; storage maps them to tables, the UI shows them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Final, NamedTuple

from app.core.schedule import ScheduleSpec


class Platform(enum.StrEnum):
    SHOPIFY = "shopify"
    WOOCOMMERCE = "woocommerce"
    BASELINKER = "baselinker"
    AMAZON = "amazon"
    GENERIC_JSON = "generic_json"


class JobKind(enum.StrEnum):
    INVENTORY_PULL = "inventory_pull"
    ORDERS_PULL = "orders_pull"
    STOCK_PUSH = "stock_push"
    LOW_STOCK_CHECK = "low_stock_check"
    CLEANUP = "cleanup"
    SHIPMENT_PULL = "shipment_pull"


class Trigger(enum.StrEnum):
    SCHEDULED = "scheduled"
    MANUAL = "manual"
    CATCH_UP = "catch-up"
    INITIAL = "initial"
    CLI = "cli"


class RunStatus(enum.StrEnum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    PARTIAL = "partial"
    FAILED = "failed"
    INTERRUPTED = "interrupted"
    SKIPPED = "skipped"

    @property
    def finished(self) -> bool:
        return self is not RunStatus.RUNNING


class OrderStatus(enum.StrEnum):
    """Our own order states; each platform's remote states map onto these (editable per store)."""

    PENDING = "pending"
    PAID = "paid"
    PROCESSING = "processing"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"
    ON_HOLD = "on_hold"
    UNKNOWN = "unknown"


@dataclass(slots=True)
class Store:
    """A connected shop. `settings` holds only non-secret values; secrets live in the keychain."""

    name: str
    platform: Platform
    settings: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True
    id: int | None = None
    created_at: datetime | None = None


@dataclass(slots=True)
class Job:
    """A kind of sync for one store (or a global job such as cleanup) on a schedule."""

    kind: JobKind
    schedule: ScheduleSpec
    store_id: int | None = None
    paused: bool = False
    catch_up: bool = True
    options: dict[str, Any] = field(default_factory=dict)
    id: int | None = None
    # Why the job paused itself ("paused after 10 failed runs: ..."); None when the merchant paused it.
    paused_reason: str | None = None
    # When it was added (set by storage); None for a job made before StoreSync kept it.
    created_at: datetime | None = None
    # When the merchant last resumed it: its failed runs before then no longer count (failure_streak).
    resumed_at: datetime | None = None


@dataclass(slots=True)
class RunCounts:
    fetched: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: int = 0
    skipped: int = 0  # records the store's filter set aside as not stock: neither stored nor failed

    def add(self, other: RunCounts) -> None:
        self.fetched += other.fetched
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.deleted += other.deleted
        self.failed += other.failed
        self.skipped += other.skipped


# SyncRun.job_id of a run whose job was removed (its history stays; stored as NULL, real ids start at 1).
REMOVED_JOB_ID = 0


@dataclass(slots=True)
class SyncRun:
    """One execution of a job, as the history shows it."""

    job_id: int
    trigger: Trigger
    started_at: datetime
    status: RunStatus = RunStatus.RUNNING
    finished_at: datetime | None = None
    counts: RunCounts = field(default_factory=RunCounts)
    error_kind: str | None = None
    error_message: str | None = None
    attempt: int = 1
    late_by_seconds: float | None = None
    id: int | None = None
    # Copied from the job and its store when the run starts, so the history still says what the run was
    # for after the store or job is removed (the stored run then has no store_id and job_id 0).
    store_id: int | None = None
    store_name: str | None = None
    kind: JobKind | None = None

    @property
    def duration_seconds(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


# The plausible range of what a store reports: a record beyond it is refused on its own (the run goes on).
MIN_QUANTITY: Final = -1_000_000
MAX_QUANTITY: Final = 1_000_000_000
MAX_MONEY: Final = Decimal("1e12")


class InventoryRecord(NamedTuple):
    """One SKU as a store reports it. `quantity` is the total across `locations` when there are several.

    A named tuple, not a frozen dataclass: one is built per SKU of every sync, and a frozen dataclass
    sets each field through object.__setattr__, which costs twice as much."""

    sku: str
    quantity: int
    name: str = ""
    price: Decimal | None = None
    remote_id: str | None = None
    locations: tuple[tuple[str, int], ...] = ()
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class QueuedRun:
    """A run of a job in a server's queue: waiting for a worker, or `taken` by one and not done with."""

    job_id: int
    store_id: int | None
    trigger: Trigger
    taken: bool = False


@dataclass(frozen=True, slots=True)
class InventoryItem:
    """A stored SKU with the time it was last seen, for the inventory panel."""

    store_id: int
    sku: str
    name: str
    quantity: int
    price: Decimal | None
    last_seen_run: int | None
    updated_at: datetime
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class LowStockLine:
    """A SKU at or below its low-stock threshold: in one store, or (store_id None) over all stores."""

    sku: str
    quantity: int
    threshold: int
    store_id: int | None


class WriteState(enum.StrEnum):
    """How far a pushed quantity got: the store confirmed the item, or it went out unconfirmed."""

    CONFIRMED = "confirmed"
    PUSHED = "pushed"


@dataclass(frozen=True, slots=True)
class InventoryChange:
    """A quantity change of one SKU in one store: read by a sync, or written by a push (then with
    the rule that produced it and how far the write got)."""

    run_id: int
    store_id: int
    sku: str
    old_quantity: int | None
    new_quantity: int | None
    rule: str | None = None
    write_state: WriteState | None = None


@dataclass(frozen=True, slots=True)
class SkuHistoryEntry:
    """One change in a SKU's history across stores, with when its run happened."""

    time: datetime
    run_id: int
    store_id: int | None
    store_name: str
    old_quantity: int | None
    new_quantity: int | None
    rule: str | None = None
    write_state: WriteState | None = None


@dataclass(frozen=True, slots=True)
class OrderRecord:
    """An order as a store reports it; `status` is already mapped to ours, `remote_status` is theirs."""

    external_id: str
    number: str
    status: OrderStatus
    remote_status: str
    total: Decimal
    currency: str
    created_at: datetime | None
    updated_at: datetime | None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    customer_country: str = ""
    tracking: str = ""


@dataclass(frozen=True, slots=True)
class StoredOrder:
    """An order as the Orders panel, the CLI and the control API show it: the store's own status
    name (`remote_status`) beside ours, which a courier store may have moved on since."""

    id: int
    store_id: int
    store_name: str
    external_id: str
    number: str
    status: OrderStatus
    remote_status: str
    total: Decimal
    currency: str
    created_at: datetime | None
    updated_at: datetime | None
    customer_country: str
    tracking: str
    imported_at: datetime


@dataclass(frozen=True, slots=True)
class OrderStatusChange:
    """One step of an order's status history: who reported it (the order's store, or a courier
    store), their name for it, and the tracking number known then."""

    time: datetime
    status: OrderStatus
    previous: OrderStatus | None
    remote_status: str
    source: str
    tracking: str = ""
    run_id: int | None = None


@dataclass(frozen=True, slots=True)
class ShipmentRecord:
    """A shipment as a courier store reports it: `reference` names the order it carries (its number
    or id in the orders' store), `status` is already mapped to ours, `remote_status` is theirs."""

    reference: str
    status: OrderStatus
    remote_status: str
    tracking: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class OrderStatusUpdate:
    """A status a courier moved an order to, to be written back to the order's own store."""

    external_id: str
    number: str
    status: OrderStatus
    tracking: str = ""


@dataclass(frozen=True, slots=True)
class StockUpdate:
    """A quantity to write to a store (stock_push)."""

    sku: str
    quantity: int
    remote_id: str | None = None
    expected_quantity: int | None = None


@dataclass(frozen=True, slots=True)
class ItemFailure:
    """One record or item a store refused or sent malformed; the run goes on and ends partial."""

    key: str
    message: str
    code: str | None = None


@dataclass(frozen=True, slots=True)
class LogEntry:
    time: datetime
    level: str
    message: str
    store_id: int | None = None
    run_id: int | None = None
    logger: str = ""
    id: int | None = None

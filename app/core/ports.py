"""The seams between layers. Storage, connectors and the scheduler implement these; the engine, CLI
and window depend only on them, so each side can be tested with real parts of the other."""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from app.core.models import (
    InventoryChange,
    InventoryItem,
    InventoryRecord,
    ItemFailure,
    Job,
    JobKind,
    LogEntry,
    LowStockLine,
    OrderRecord,
    OrderStatus,
    OrderStatusChange,
    OrderStatusUpdate,
    Platform,
    QueuedRun,
    RunCounts,
    RunStatus,
    ShipmentRecord,
    SkuHistoryEntry,
    StockUpdate,
    Store,
    StoredOrder,
    SyncRun,
    Trigger,
    WriteState,
)
from app.core.push_plan import PlannedPush
from app.core.request_meter import RequestProfile

T = TypeVar("T")


# --- connectors -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a stream. `cursor` is the stream position once this page is stored (None: none)."""

    records: Sequence[T]
    failures: Sequence[ItemFailure] = ()
    cursor: str | None = None
    # More of the page's records, handed over in bulk (see BulkRows); `records` holds the others.
    bulk: BulkRows | None = None
    # Records the store's filter set aside as not stock, by reason: neither stored nor failed.
    skips: Mapping[str, int] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return sum(self.skips.values())


@dataclass(frozen=True, slots=True)
class BulkRows:
    """Stock records as one JSON text of [sku, quantity, name, price, updated_at, remote_id] arrays
    (a seventh value, the quantities per location as [location, quantity] pairs, is optional), each
    value already in the form it is stored in (text SKU and name, whole quantity, price as Decimal
    text or a whole number, updated_at in UTC as "YYYY-MM-DD HH:MM:SS.ffffff", null for absent):
    storage reads them with SQLite's JSON functions outside the GIL, so a large page costs the event
    loop thread no record object per item."""

    text: str
    count: int


@dataclass(frozen=True, slots=True)
class PushResult:
    """What a store made of a push: items it confirmed (`written`), items it refused (`failures`),
    and SKUs it took without saying what became of each; the push reads those back."""

    written: int
    failures: Sequence[ItemFailure] = ()
    unconfirmed: Sequence[str] = ()


class Connector(Protocol):
    """A live connection to one store. Raises app.core.errors.ConnectorError subclasses."""

    @property
    def platform(self) -> Platform: ...

    @property
    def supported_jobs(self) -> frozenset[JobKind]: ...

    async def test_connection(self) -> str:
        """One cheap authenticated call; returns a sentence for the merchant ("Connected to ...")."""
        ...

    def fetch_inventory(self) -> AsyncIterator[Page[InventoryRecord]]:
        """Every SKU of the store, page by page (a complete fetch, so missing SKUs can be marked deleted)."""
        ...

    def fetch_orders(self, since: str | None) -> AsyncIterator[Page[OrderRecord]]:
        """Orders changed after the cursor `since` (None: all), oldest change first."""
        ...

    async def push_stock(self, updates: Sequence[StockUpdate]) -> PushResult: ...

    async def aclose(self) -> None: ...


@runtime_checkable
class BulkInventory(Protocol):
    """A connector that can hand plain stock records over in bulk (Page.bulk); inventory_pull uses it
    when offered, everything else reads the records of fetch_inventory."""

    def fetch_inventory_bulk(self) -> AsyncIterator[Page[InventoryRecord]]:
        """fetch_inventory, with the records that need no mapping in Page.bulk instead of built."""
        ...


@runtime_checkable
class InventoryChanges(Protocol):
    """A connector that can list only the stock changed since a time; each page's cursor is the
    newest change seen so far (ISO 8601), where the next such read starts."""

    def fetch_inventory_changes(self, since: str) -> AsyncIterator[Page[InventoryRecord]]: ...


@runtime_checkable
class ShipmentSource(Protocol):
    """A courier store: it lists shipments changed since the cursor `since` (None: all), each
    naming the order it carries; each page's cursor is the newest change seen so far."""

    def fetch_shipments(self, since: str | None) -> AsyncIterator[Page[ShipmentRecord]]: ...


@runtime_checkable
class OrderStatusWriter(Protocol):
    """A store whose orders' statuses StoreSync may write (a courier's news, written back)."""

    def writes_order_status(self) -> bool:
        """The store has a status write set up."""
        ...

    async def write_order_status(self, updates: Sequence[OrderStatusUpdate]) -> PushResult: ...


@dataclass(frozen=True, slots=True)
class RecordPreview:
    """What a sync would make of the first pages: the first items as they would be stored, and over
    the pages read, how many items would be stored, which records would be skipped (by reason) and
    which would fail (each with its reason)."""

    records: Sequence[InventoryRecord]
    items: int = 0
    skips: Mapping[str, int] = field(default_factory=dict)
    failures: Sequence[ItemFailure] = ()

    @property
    def skipped(self) -> int:
        return sum(self.skips.values())


def skip_words(skips: Mapping[str, int]) -> str:
    """The reasons records were skipped, most frequent first: "structure is parent: 8; sku is empty: 2"
    (one reason alone goes without its count)."""
    ranked = sorted(skips.items(), key=lambda pair: (-pair[1], pair[0]))
    if len(ranked) == 1:
        return ranked[0][0]
    return "; ".join(f"{reason}: {count}" for reason, count in ranked)


class ConnectorFactory(Protocol):
    def create(self, store: Store, secrets: Mapping[str, str]) -> Connector: ...

    def secret_fields(self, platform: Platform) -> tuple[str, ...]:
        """Names of the settings of `platform` that are secrets (kept in the keychain)."""
        ...

    def load(self, platform: Platform) -> None:
        """Import `platform`'s connector now rather than at its first run; never raises."""
        ...


# --- storage --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CursorUpdate:
    job_id: int
    stream: str
    value: str


@dataclass(slots=True)
class InventoryBatch:
    """Pages of one inventory run, merged in one transaction together with the stream cursor: bulk
    rows (in the order the store listed them), records built in Python (merged after them), and the
    SKUs of refused records (listed by the store, so not gone, but not stored either). Storage
    compares each SKU with its stored row, writes only new and changed rows with a change row per
    quantity change, and remembers every SKU the run met, so a SKU listed twice counts once and the
    run's end can tell which SKUs vanished."""

    store_id: int
    run_id: int
    records: list[InventoryRecord] = field(default_factory=list)
    bulk: list[BulkRows] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    cursor: CursorUpdate | None = None


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did: SKUs new to the store, changed, and equal to their stored rows (a SKU met
    earlier in the run is in none of them)."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    # Built records storage could not take (text it cannot store); their SKUs count as refused.
    failures: Sequence[ItemFailure] = ()

    @property
    def taken(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass(frozen=True, slots=True)
class RunQuery:
    """Filters for the history; None means any."""

    store_id: int | None = None
    job_id: int | None = None
    kind: JobKind | None = None
    status: RunStatus | None = None
    since: datetime | None = None
    until: datetime | None = None
    removed_store: str | None = None
    """The runs of a store removed since, by the name they kept."""


@dataclass(frozen=True, slots=True)
class OrderQuery:
    """Filters for the Orders panel and `storesync orders`; None means any. `since`/`until` bound
    the order's date (when the store says it was placed; when it was imported, if the store says not)."""

    store_id: int | None = None
    status: OrderStatus | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True, slots=True)
class ShipmentOutcome:
    """What a page of shipments did to the orders: orders whose status or tracking moved (to write
    back), shipments that matched an order already up to date, and references no order has."""

    moved: Sequence[OrderStatusUpdate] = ()
    unchanged: int = 0
    unmatched: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class LogQuery:
    min_level: str | None = None
    store_id: int | None = None
    run_id: int | None = None
    text: str | None = None
    removed_store: str | None = None
    """The lines of the runs of a store removed since, by the name its runs kept."""


class StoreRepository(Protocol):
    def list_stores(self) -> list[Store]: ...
    def get_store(self, store_id: int) -> Store | None: ...
    def find_store(self, name: str) -> Store | None: ...
    async def save_store(self, store: Store) -> Store: ...
    async def delete_store(self, store_id: int) -> None: ...
    def list_jobs(self, store_id: int | None = None) -> list[Job]: ...
    def get_job(self, job_id: int) -> Job | None: ...
    async def save_job(self, job: Job) -> Job: ...
    async def delete_job(self, job_id: int) -> None: ...


@dataclass(frozen=True, slots=True)
class JobHistory:
    """What the status and the due-runs decision read of one job's runs; a job that never ran has the
    defaults."""

    total_runs: int = 0
    last_run: SyncRun | None = None
    last_failed: SyncRun | None = None
    last_partial: SyncRun | None = None
    last_scheduled_slot: datetime | None = None
    """When the job last started for its schedule (any trigger but manual/cli), for catch-up."""


class RunRepository(Protocol):
    async def start_run(self, run: SyncRun) -> SyncRun: ...
    async def finish_run(self, run: SyncRun, requests: RequestProfile | None = None) -> None:
        """Record how the run ended, with the requests it made per time bucket when it made any."""
        ...

    def request_profile(self, run_id: int) -> RequestProfile | None:
        """The requests, 429s and rate-limit waits of a run per time bucket; None when it recorded
        none (it made no request, or ran before StoreSync kept them). Raises StorageError."""
        ...

    async def interrupt_orphaned_runs(self) -> int:
        """Runs still 'running' whose owning process is gone are marked interrupted (a live run of any
        process is left alone); returns how many."""
        ...

    def get_run(self, run_id: int) -> SyncRun | None: ...
    def last_run(self, job_id: int) -> SyncRun | None: ...
    def last_finished_run(self, job_id: int) -> SyncRun | None:
        """The job's last run that ran and ended (not running, not skipped)."""
        ...

    def last_scheduled_slot(self, job_id: int) -> datetime | None:
        """When the job last started for its schedule (any trigger but manual/cli), for catch-up."""
        ...

    def count_runs(self, query: RunQuery) -> int: ...
    def list_runs(self, query: RunQuery, offset: int = 0, limit: int = 100) -> list[SyncRun]: ...
    def job_histories(self, job_ids: Collection[int]) -> dict[int, JobHistory]:
        """The history of each of these jobs that still exists, in the same few queries however many
        jobs there are (the status of a fleet must not ask per job)."""
        ...

    def last_good_reads(self, store_ids: Collection[int]) -> dict[int, datetime]:
        """When each store's data was last read successfully: the latest end (or start) among the newest
        succeeded and partly succeeded inventory and orders pulls; stores never read are left out. In
        one query however many stores there are."""
        ...


@dataclass(frozen=True, slots=True)
class PushedChange:
    """One quantity a push wrote, for the audit trail."""

    sku: str
    old_quantity: int | None
    new_quantity: int
    rule: str
    state: WriteState


class RunInventory(Protocol):
    """The inventory a run reads and writes (the engine's whole need, on either backend)."""

    async def merge_inventory(self, batch: InventoryBatch) -> MergeResult: ...
    async def stock_levels(self, store_id: int) -> dict[str, int]:
        """SKU -> quantity of every item the store still lists."""
        ...

    async def stock_levels_at(self, store_id: int, locations: Sequence[str]) -> dict[str, int]:
        """SKU -> the sum of its quantities at the chosen locations of the store."""
        ...

    async def record_push(self, store_id: int, run_id: int, changes: Sequence[PushedChange]) -> None: ...
    async def finish_inventory_run(self, store_id: int, run_id: int, *, complete: bool) -> int:
        """End a run's merges: after a complete fetch, SKUs stored for the store and not met in the run
        are marked deleted (the count is returned); either way the run's record of SKUs met is dropped."""
        ...

    def low_stock(self, store_id: int | None, threshold: int) -> list[LowStockLine]:
        """SKUs at or below their own threshold, else `threshold`, lowest first; in one store, or
        with `store_id` None over the sum of every store's stock."""
        ...


class InventoryRepository(RunInventory, Protocol):
    """RunInventory plus what the window and the command line read and set."""

    def sku_history(self, sku: str, limit: int = 5000) -> list[SkuHistoryEntry]: ...
    def count_items(self, text: str = "") -> int: ...
    def search_items(self, text: str = "", offset: int = 0, limit: int = 200) -> list[InventoryItem]: ...
    def changes_for_run(self, run_id: int) -> list[InventoryChange]: ...
    def sku_thresholds(self) -> dict[str, int]: ...

    async def set_sku_thresholds(self, values: Mapping[str, int | None], *, replace: bool = False) -> None:
        """Set each SKU's threshold (None removes it); `replace` removes every other SKU's first."""
        ...


@dataclass(frozen=True, slots=True)
class StoreFigures:
    """One store's figures for the Overview, read in a few aggregate queries for every store at once."""

    store_id: int
    items: int = 0
    low_stock: int = 0
    failures: int = 0  # failed runs since the time asked for (the last 24 hours on the Overview)
    durations: tuple[float, ...] = ()  # of the latest ended runs, in the order they ended


@dataclass(frozen=True, slots=True)
class DayTotals:
    """Since a time (local midnight on the Overview): runs that ran, stock items created, changed or
    removed by them, and orders imported for the first time."""

    runs: int = 0
    items_changed: int = 0
    orders_imported: int = 0


class OverviewQueries(Protocol):
    def store_figures(
        self,
        failures_since: datetime,
        thresholds: Mapping[int, int],
        default_threshold: int,
        recent: int = 20,
    ) -> dict[int, StoreFigures]:
        """Every store's figures; low stock: items at or below the store's threshold (or the default)."""
        ...

    def day_totals(self, since: datetime) -> DayTotals: ...

    def ended_run_ids(self, since: datetime) -> set[int]:
        """The runs started since then that have ended: what the figures just read already count."""
        ...

    def store_stock(
        self, store_id: int, thresholds: Mapping[int, int], default_threshold: int
    ) -> tuple[int, int]:
        """One store's (items, low stock) as store_figures counts them: read again when a run that was
        under way at the last reading ends (the reading held part of its items)."""
        ...


class OrderRepository(Protocol):
    async def upsert_orders(
        self, store_id: int, run_id: int, orders: Sequence[OrderRecord], cursor: CursorUpdate | None
    ) -> RunCounts:
        """Insert new orders, update changed ones (by external_id); counts created/updated/unchanged."""
        ...

    def count_orders(self, store_id: int | None = None) -> int: ...
    def count_matching(self, query: OrderQuery) -> int: ...
    def list_orders(self, query: OrderQuery, offset: int = 0, limit: int = 200) -> list[StoredOrder]:
        """Matching orders, newest first."""
        ...

    def get_order(self, order_id: int) -> StoredOrder | None: ...
    def status_history(self, order_id: int) -> list[OrderStatusChange]:
        """The order's status changes, oldest first."""
        ...

    async def apply_shipments(
        self,
        store_id: int,
        run_id: int,
        source: str,
        match_by: str,
        shipments: Sequence[ShipmentRecord],
        cursor: CursorUpdate | None,
    ) -> ShipmentOutcome:
        """Move the matching orders of `store_id` (matched on `match_by`: "number" or "external_id")
        to each shipment's status and tracking, with a history row naming `source`; the cursor (the
        courier job's) commits with them."""
        ...


class CursorRepository(Protocol):
    def get_cursor(self, job_id: int, stream: str) -> str | None: ...


class LogRepository(Protocol):
    def count_logs(self, query: LogQuery) -> int: ...
    def list_logs(self, query: LogQuery, offset: int = 0, limit: int = 500) -> list[LogEntry]: ...


class Retention(Protocol):
    async def purge_before(self, cutoff: datetime) -> int:
        """Delete runs, inventory changes and log records older than `cutoff`; returns rows removed."""
        ...


class SettingsRepository(Protocol):
    def get_setting(self, key: str, default: Any = None) -> Any: ...
    async def set_setting(self, key: str, value: Any) -> None: ...


class CredentialStore(Protocol):
    """Secrets in the OS keychain, one entry per store and field. Raises KeychainUnavailable."""

    def backend_name(self) -> str: ...
    def set_secret(self, store_id: int, field: str, value: str) -> None: ...
    def get_secret(self, store_id: int, field: str) -> str | None: ...
    def delete_secrets(self, store_id: int, fields: Collection[str]) -> None: ...


# --- scheduling -----------------------------------------------------------------------------


class SchedulerControl(Protocol):
    """What the window and CLI ask of the running scheduler."""

    def next_run_time(self, job_id: int) -> datetime | None: ...
    def next_run_times(
        self, jobs: Sequence[Job], histories: Mapping[int, JobHistory] | None = None
    ) -> dict[int, datetime | None]:
        """next_run_time of each of these jobs, in the same few reads however many there are;
        `histories` are the jobs' runs when the caller has read them already, so they are not read twice."""
        ...

    def run_now(self, job_id: int, trigger: Trigger = Trigger.MANUAL) -> bool:
        """Start the job now; False (and nothing started) when it is already running."""
        ...

    def is_running(self, job_id: int) -> bool: ...
    def queued_jobs(self) -> frozenset[int]:
        """Jobs whose run waits to start: for a free run slot in this process, or on a server for a
        worker to take it from the queue."""
        ...

    async def pause_job(self, job_id: int, reason: str | None = None) -> None: ...
    async def resume_job(self, job_id: int) -> None: ...
    async def pause_all(self) -> None: ...
    async def resume_all(self) -> None: ...
    def reload_job(self, job_id: int) -> None:
        """Re-read a job after its schedule or options changed; takes effect at once."""
        ...

    def remove_job(self, job_id: int) -> None: ...
    @property
    def paused_all(self) -> bool:
        """Everything is paused (pause_all) until resume_all."""
        ...

    def reload_all(self) -> None:
        """Re-read every job and store (after a change made outside this process); takes effect at once."""
        ...

    def workers(self) -> int | None:
        """How many worker processes run the queued runs now; None where this process runs them."""
        ...


class ServerQueue(Protocol):
    """What a server's queue tells of itself: the workers it heard from lately (their heartbeats) and
    the runs it holds."""

    def alive(self, within_seconds: float) -> int | None:
        """How many sent a heartbeat within that many seconds; None when it cannot be told."""
        ...

    def waiting(self) -> list[QueuedRun] | None:
        """The runs in the queue, oldest first: not taken by a worker yet, or taken by one and not done
        with (whether it starts a run or drops it as a duplicate); None when it cannot be told."""
        ...


# --- services for the window and the command line ------------------------------------------


class ConnectionTester(Protocol):
    """Lets the store editor test settings before they are saved, without importing connectors."""

    def secret_fields(self, platform: Platform) -> tuple[str, ...]: ...

    async def test_connection(self, store: Store, secrets: Mapping[str, str]) -> str:
        """A sentence for the merchant on success; raises ConnectorError with one on failure."""
        ...

    async def supported_jobs(self, store: Store, secrets: Mapping[str, str]) -> frozenset[JobKind]:
        """The job kinds the store's connector can run with these settings."""
        ...

    async def preview_inventory(
        self, store: Store, secrets: Mapping[str, str], limit: int = 5
    ) -> RecordPreview:
        """The first `limit` items a store would sync, with what the pages read would skip and fail
        (the generic JSON editor and `storesync store test --preview` show them)."""
        ...


class PushPreviews(Protocol):
    """The preview of a stock push and the merchant's go for one plan (the engine does both)."""

    async def preview_push(self, job: Job) -> PlannedPush: ...

    async def approve_push(self, job: Job, planned: PlannedPush) -> None: ...


class Maintenance(Protocol):
    async def backup(self, target: str) -> str:
        """A consistent copy of the database at `target` (VACUUM INTO), even while syncs run."""
        ...

    def database_path(self) -> str: ...

    def database_size_bytes(self) -> int: ...

    async def export_history_csv(self, target: str, query: RunQuery) -> int:
        """Writes the matching runs as CSV; returns how many rows."""
        ...


class AlertChannels(Protocol):
    """Email and webhook alerts as the Settings dialog and the command line reach them."""

    async def send_test(self, channel: str) -> None:
        """Send a test now; raises StoreSyncError with what went wrong."""
        ...

    def check_secret(self, field: str, value: str) -> None:
        """Raise ConfigError when `value` cannot serve as `field` (a webhook URL that is not https)."""
        ...

    async def save_secret(self, field: str, value: str) -> None: ...

    def has_secret(self, field: str) -> bool:
        """Blocking keychain read: call it off the event loop."""
        ...

    def secrets_place(self) -> str:
        """Where the secrets are kept, for messages: "keychain", "credentials directory /…"."""
        ...

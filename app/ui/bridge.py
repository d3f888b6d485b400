"""The one place core events become Qt signals, so no widget subscribes to the bus itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance, Slot

from app.core.bus import EventBus
from app.core.events import (
    AttentionCleared,
    DatabaseReplaced,
    Event,
    LogRecorded,
    LowStock,
    NeedsAttention,
    PausedAllChanged,
    RateLimitedUntil,
    ScheduleChanged,
    SettingsChanged,
    StoreFresh,
    StoresChanged,
    StoreStale,
    SyncFailed,
    SyncFinished,
    SyncLeftQueue,
    SyncProgress,
    SyncQueued,
    SyncSkipped,
    SyncStarted,
    WallClockJumped,
)


class EventBridge(QObject):
    """Subscribes to every core event and re-emits it, queued, as a typed Qt signal.

    Delivery always goes through the Qt event queue: a publisher on another thread is safe, and a
    slot never runs inside the engine's publish call (no re-entrancy into the engine).
    """

    any_event = Signal(object)
    sync_queued = Signal(object)
    sync_left_queue = Signal(object)
    sync_started = Signal(object)
    sync_progress = Signal(object)
    sync_finished = Signal(object)
    sync_failed = Signal(object)
    sync_skipped = Signal(object)
    rate_limited = Signal(object)
    needs_attention = Signal(object)
    attention_cleared = Signal(object)
    schedule_changed = Signal(object)
    paused_all_changed = Signal(object)
    stores_changed = Signal(object)
    settings_changed = Signal(object)
    log_recorded = Signal(object)
    low_stock = Signal(object)
    store_stale = Signal(object)
    store_fresh = Signal(object)
    database_replaced = Signal(object)
    wall_clock_jumped = Signal(object)

    _relay = Signal(object)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routes: dict[type[Event], SignalInstance] = {
            SyncQueued: self.sync_queued,
            SyncLeftQueue: self.sync_left_queue,
            SyncStarted: self.sync_started,
            SyncProgress: self.sync_progress,
            SyncFinished: self.sync_finished,
            SyncFailed: self.sync_failed,
            SyncSkipped: self.sync_skipped,
            RateLimitedUntil: self.rate_limited,
            NeedsAttention: self.needs_attention,
            AttentionCleared: self.attention_cleared,
            ScheduleChanged: self.schedule_changed,
            PausedAllChanged: self.paused_all_changed,
            StoresChanged: self.stores_changed,
            SettingsChanged: self.settings_changed,
            LogRecorded: self.log_recorded,
            LowStock: self.low_stock,
            StoreStale: self.store_stale,
            StoreFresh: self.store_fresh,
            DatabaseReplaced: self.database_replaced,
            WallClockJumped: self.wall_clock_jumped,
        }
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(Event, self._relay.emit)

    @Slot(object)
    def _deliver(self, event: Event) -> None:
        route = self._routes.get(type(event))
        if route is not None:
            route.emit(event)
        self.any_event.emit(event)

    def close(self) -> None:
        """Stop listening; called before the services stop."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

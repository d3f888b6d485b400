"""Tells when a store's data turns stale and when it is fresh again (StoreStale / StoreFresh on the
bus), checked with the scheduler's heartbeat and after every read, so the window, the tray and the
alerts follow without asking."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from app.core import settings as setting_defaults
from app.core.bus import EventBus
from app.core.events import StoreFresh, StoreStale, SyncFinished
from app.core.ports import RunRepository, SettingsRepository, StoreRepository
from app.core.staleness import stale_reason, stale_stores

log = logging.getLogger(__name__)

SETTING = "stale_after_hours"


class StaleWatch:
    def __init__(
        self,
        stores: StoreRepository,
        runs: RunRepository,
        settings: SettingsRepository,
        bus: EventBus,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._stores = stores
        self._runs = runs
        self._settings = settings
        self._bus = bus
        self._clock = clock
        self._stale: dict[int, str] = {}
        self._unsubscribe: Callable[[], None] | None = None

    def attach(self) -> None:
        self._unsubscribe = self._bus.subscribe(SyncFinished, self._on_finished)
        self.check()

    def _on_finished(self, event: SyncFinished) -> None:
        """A read can only make its own store fresh: checking every store after every run (five
        queries each) made a fleet's runs cost the square of its size. A run without a store (the
        cleanup, which trims history) checks them all; time makes stores stale on the heartbeat."""
        if event.store_id is None:
            self.check()
            return
        store = self._stores.get_store(event.store_id)
        try:
            reason = (
                stale_reason(store, self._stores, self._runs, self._clock(), self._max_age())
                if store
                else None
            )
        except Exception:
            log.exception("Could not check whether store %s has stale data", event.store_id)
            return
        now_stale = dict(self._stale)
        now_stale.pop(event.store_id, None)
        if reason is not None:
            now_stale[event.store_id] = reason
        self.tell(now_stale)

    def _max_age(self) -> float:
        return float(self._settings.get_setting(SETTING, setting_defaults.default(SETTING)) or 0)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def check(self) -> None:
        found = self.look()
        if found is not None:
            self.tell(found)

    def look(self) -> dict[int, str] | None:
        """The stale stores now, with why (a read of the history: it may run off the event loop);
        None when the history cannot be read."""
        try:
            return stale_stores(self._stores, self._runs, self._clock(), self._max_age())
        except Exception:
            log.exception("Could not check which stores have stale data")
            return None

    def tell(self, now_stale: dict[int, str]) -> None:
        """Publish what turned stale and what turned fresh since last time; on the event loop, where
        the alerts and the window listen."""
        for store_id, reason in now_stale.items():
            if store_id not in self._stale:
                store = self._stores.get_store(store_id)
                name = store.name if store is not None else f"Store {store_id}"
                log.warning("%s has stale data: %s", name, reason, extra={"store_id": store_id})
                self._bus.publish(StoreStale(store_id, reason))
        for store_id in set(self._stale) - set(now_stale):
            self._bus.publish(StoreFresh(store_id))
        self._stale = now_stale

"""The bundle of services bootstrap hands to the window and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.bus import EventBus
from app.core.ports import (
    AlertChannels,
    ConnectionTester,
    CredentialStore,
    InventoryRepository,
    LogRepository,
    Maintenance,
    OrderRepository,
    OverviewQueries,
    PushPreviews,
    Retention,
    RunRepository,
    SchedulerControl,
    SettingsRepository,
    StoreRepository,
)


@dataclass(slots=True)
class AppServices:
    bus: EventBus
    stores: StoreRepository
    runs: RunRepository
    inventory: InventoryRepository
    orders: OrderRepository
    logs: LogRepository
    settings: SettingsRepository
    credentials: CredentialStore
    scheduler: SchedulerControl
    connections: ConnectionTester
    maintenance: Maintenance
    pushes: PushPreviews
    retention: Retention
    overview: OverviewQueries
    data_dir: Path
    log_dir: Path
    version: str
    alerts: AlertChannels | None = None  # the process that owns the data folder sends alerts

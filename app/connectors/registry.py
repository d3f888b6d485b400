"""Builds the connector for a store. Platform modules are imported lazily by name, so a platform
whose module is missing or broken only makes its own stores fail, with a ConfigError that says so."""

from __future__ import annotations

import collections
import contextlib
import importlib
import logging
from collections.abc import AsyncGenerator, Mapping

from app.connectors.base import HttpConnector
from app.connectors.http import HttpPolicy, load_transport
from app.core.errors import ConfigError, StoreSyncError
from app.core.models import InventoryRecord, ItemFailure, JobKind, Platform, Store
from app.core.platforms import DECLARATIONS, secret_fields
from app.core.ports import RecordPreview

log = logging.getLogger(__name__)


class ConnectorRegistry:
    """Implements app.core.ports.ConnectorFactory and app.core.ports.ConnectionTester.

    `register(platform, cls)` adds or replaces a connector class; otherwise the class named
    `CONNECTOR` in the platform's module (its declaration's `connector_module`) is used on first need.
    """

    def __init__(self, policy: HttpPolicy | None = None) -> None:
        self.policy = policy or HttpPolicy()
        self._classes: dict[Platform, type[HttpConnector]] = {}

    def register(self, platform: Platform, cls: type[HttpConnector]) -> None:
        self._classes[platform] = cls

    def connector_class(self, platform: Platform) -> type[HttpConnector]:
        found = self._classes.get(platform)
        if found is not None:
            return found
        declared = DECLARATIONS.get(platform)
        if declared is None:
            raise ConfigError(f"{platform} connections are not available in this version.")
        label, module_name = declared.label, declared.connector_module
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            log.warning("connector module %s could not be loaded", module_name, exc_info=True)
            raise ConfigError(f"{label} connections are not available in this version.") from None
        cls = getattr(module, "CONNECTOR", None)
        if not (isinstance(cls, type) and issubclass(cls, HttpConnector)):
            raise ConfigError(f"{label} connections are not available in this version.")
        self._classes[platform] = cls
        return cls

    # --- ConnectorFactory ------------------------------------------------------------------

    def load(self, platform: Platform) -> None:
        load_transport()
        with contextlib.suppress(StoreSyncError):  # its runs say why, in their own words
            self.connector_class(platform)

    def create(self, store: Store, secrets: Mapping[str, str]) -> HttpConnector:
        return self.connector_class(store.platform)(store, secrets, policy=self.policy)

    def secret_fields(self, platform: Platform) -> tuple[str, ...]:
        return secret_fields(platform)

    # --- ConnectionTester ------------------------------------------------------------------

    async def test_connection(self, store: Store, secrets: Mapping[str, str]) -> str:
        connector = self.create(store, secrets)
        try:
            return await connector.test_connection()
        finally:
            await connector.aclose()

    async def supported_jobs(self, store: Store, secrets: Mapping[str, str]) -> frozenset[JobKind]:
        """What the store's connector can run with these settings (a generic JSON store without an
        orders endpoint cannot pull orders). A store whose connector cannot be built yet gets only
        the stock pull, which every platform has."""
        try:
            connector = self.create(store, secrets)
        except StoreSyncError:
            return frozenset({JobKind.INVENTORY_PULL})
        try:
            return frozenset(connector.supported_jobs)
        finally:
            await connector.aclose()

    async def preview_inventory(
        self, store: Store, secrets: Mapping[str, str], limit: int = 5
    ) -> RecordPreview:
        """Reads pages until `limit` items are found (or the list ends), as a sync reads them."""
        connector = self.create(store, secrets)
        found: list[InventoryRecord] = []
        items = 0
        skips: collections.Counter[str] = collections.Counter()
        failures: list[ItemFailure] = []
        pages = connector.fetch_inventory()
        try:
            async for page in pages:
                items += len(page.records)
                skips.update(page.skips)
                failures += page.failures
                found.extend(page.records[: limit - len(found)])
                if len(found) >= limit:
                    break
        finally:
            if isinstance(pages, AsyncGenerator):
                await pages.aclose()
            await connector.aclose()
        return RecordPreview(found, items, dict(skips), failures)

"""Setting stores up: the global cleanup job and the demo stores.

Demo stores carry settings {"demo": true}. Their simulators run on loopback inside this process and
may get other ports at each start, so their settings are rewritten whenever the simulators start.
Their secrets are public constants of the sandbox, served from memory (DemoAwareCredentials) so the
demo works even where no keychain does.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable

from app.core.models import Job, JobKind, Store
from app.core.ports import CredentialStore, StoreRepository
from app.core.schedule import ScheduleSpec
from app.sandbox.demo import DemoSandbox, demo_store_definitions, start_demo_simulators

log = logging.getLogger(__name__)

CLEANUP_SCHEDULE = ScheduleSpec.daily("02:00")


async def ensure_cleanup_job(stores: StoreRepository) -> Job | None:
    """The one global retention job (daily at 02:00); created when missing, returned when created."""
    if any(job.kind is JobKind.CLEANUP for job in stores.list_jobs() if job.store_id is None):
        return None
    return await stores.save_job(Job(kind=JobKind.CLEANUP, schedule=CLEANUP_SCHEDULE, store_id=None))


class DemoAwareCredentials:
    """The keychain, except for demo stores, whose public demo secrets are kept in memory."""

    def __init__(self, keychain: CredentialStore) -> None:
        self.keychain = keychain
        self.demo_secrets: dict[int, dict[str, str]] = {}

    def backend_name(self) -> str:
        return self.keychain.backend_name()

    def set_secret(self, store_id: int, field: str, value: str) -> None:
        if store_id in self.demo_secrets:
            self.demo_secrets[store_id][field] = value
            return
        self.keychain.set_secret(store_id, field, value)

    def get_secret(self, store_id: int, field: str) -> str | None:
        if store_id in self.demo_secrets:
            return self.demo_secrets[store_id].get(field)
        return self.keychain.get_secret(store_id, field)

    def delete_secrets(self, store_id: int, fields: Collection[str]) -> None:
        if self.demo_secrets.pop(store_id, None) is not None:
            return
        self.keychain.delete_secrets(store_id, fields)


class DemoStores:
    """Starts the demo simulators, creates the demo stores, and keeps their addresses current."""

    def __init__(
        self, stores: StoreRepository, credentials: DemoAwareCredentials, *, owner: bool = True
    ) -> None:
        """`owner=False` (a short command beside a running app) never rewrites stored addresses: when
        the app's simulators hold the usual ports, its demo stores keep pointing at them."""
        self._stores = stores
        self._credentials = credentials
        self._owner = owner
        self.sandbox: DemoSandbox | None = None

    def demo_stores(self) -> list[Store]:
        return [store for store in self._stores.list_stores() if store.settings.get("demo")]

    async def create_if_absent(self) -> list[Job]:
        """Create the demo stores that do not exist yet (with their jobs); returns the new jobs."""
        sandbox = self._start()
        new_jobs: list[Job] = []
        for definition in demo_store_definitions(sandbox):
            if self._stores.find_store(definition.name) is not None:
                continue
            store = await self._stores.save_store(
                Store(definition.name, definition.platform, {**definition.settings, "demo": True})
            )
            assert store.id is not None
            for kind, schedule in definition.schedules:
                new_jobs.append(await self._stores.save_job(Job(kind, schedule, store_id=store.id)))
            log.info("Added the demo store %s", store.name)
        await self.refresh_addresses()
        return new_jobs

    async def start_if_needed(self) -> None:
        """Start the simulators when demo stores exist, and point those stores at them."""
        if self.demo_stores():
            self._start()
            await self.refresh_addresses()

    async def refresh_addresses(self) -> None:
        if self.sandbox is None:
            return
        definitions = {d.name: d for d in demo_store_definitions(self.sandbox)}
        for store in self.demo_stores():
            definition = definitions.get(store.name)
            if definition is None or store.id is None:
                continue
            self._credentials.demo_secrets[store.id] = dict(definition.secrets)
            settings = {**store.settings, **definition.settings, "demo": True}
            if settings != store.settings and self._owner:
                store.settings = settings
                await self._stores.save_store(store)

    def stop(self) -> None:
        if self.sandbox is not None:
            sandbox, self.sandbox = self.sandbox, None
            sandbox.stop()

    def _start(self) -> DemoSandbox:
        if self.sandbox is None:
            self.sandbox = start_demo_simulators()
            log.info("Demo simulators running: %s", ", ".join(_describe(self.sandbox.items())))
        return self.sandbox


def _describe(endpoints: Iterable[tuple[str, object]]) -> list[str]:
    return [f"{platform} at {getattr(endpoint, 'url', endpoint)}" for platform, endpoint in endpoints]

"""Everything a stock push knows before it writes: the source's quantities (one store, several
combined, or chosen locations), the target's live listing, the plan, and the guard's reasons.
The preview and the push both come through here, so they show and write the same plan."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.core.errors import ConfigError, StoreSyncError
from app.core.models import InventoryRecord, Job, JobKind
from app.core.ports import Page, RunInventory, RunRepository, SettingsRepository, StoreRepository
from app.core.push_guard import SourceRead, guard_reasons
from app.core.push_plan import PlannedPush, PlanRow, PushPlan, TargetListing, compute_plan
from app.core.push_settings import PushSettings, combine_levels
from app.core.stock_rows import decode_rows

APPROVAL_SETTING = "push_approval.{job_id}"
SOURCE_REMOVED = "A source store of this stock push was removed; edit the job."
NOT_PREVIEWED = "This push is new: preview it and choose “Push these changes” before it writes."


class PushRefused(StoreSyncError):
    """The guard stopped a push; the merchant can approve this one plan (window or CLI)."""

    kind = "push_refused"


@dataclass(frozen=True, slots=True)
class Approval:
    """The writes a merchant approved in a preview: SKU -> (target now, target after)."""

    writes: dict[str, tuple[int | None, int | None]]

    def to_setting(self) -> dict[str, Any]:
        return {"writes": [[sku, now, after] for sku, (now, after) in self.writes.items()]}

    @classmethod
    def of_plan(cls, plan: PushPlan) -> Approval:
        return cls({row.sku: (row.target_now, row.target_after) for row in plan.writes})

    @classmethod
    def from_setting(cls, value: Any) -> Approval | None:
        if not isinstance(value, dict) or not isinstance(value.get("writes"), list):
            return None
        return cls({str(row[0]): (row[1], row[2]) for row in value["writes"] if len(row) == 3})

    def reason_to_skip(self, row: PlanRow) -> str | None:
        """Why a write of today's plan is not the one approved (None: it is)."""
        approved = self.writes.get(row.sku)
        if approved is None:
            return "not in the approved preview"
        now, after = approved
        if now != row.target_now:
            return f"changed on the target since the preview (was {now}, now {row.target_now})"
        if after != row.target_after:
            return f"the source changed since the preview (would write {row.target_after}, not {after})"
        return None


class PushPlanner:
    """Builds a job's plan from storage and the target's connector pages."""

    def __init__(
        self,
        stores: StoreRepository,
        runs: RunRepository,
        inventory: RunInventory,
        settings: SettingsRepository,
    ) -> None:
        self._stores = stores
        self._runs = runs
        self._inventory = inventory
        self._settings = settings

    async def plan(
        self,
        job: Job,
        target_pages: AsyncIterator[Page[InventoryRecord]],
        on_page: Callable[[Page[InventoryRecord]], None] | None = None,
    ) -> PlannedPush:
        settings = PushSettings.from_options(job.options, job.store_id)
        self._check_sources(settings)
        # The source's stored levels are read on storage's thread while the target's pages arrive.
        source_read = asyncio.ensure_future(self._source_levels(settings))
        try:
            listing: list[TargetListing] = []
            async for page in target_pages:
                listing += target_listing(page)
                if on_page is not None:
                    on_page(page)
            source = await source_read
        finally:
            source_read.cancel()
            await asyncio.wait([source_read])
            if not source_read.cancelled():
                source_read.exception()  # seen here: a failed read of the target is the error to report
        reads = self.source_reads(settings)

        def decide() -> tuple[PushPlan, list[str]]:
            plan = compute_plan(source, listing, settings.sku_map, settings.rules)
            return plan, guard_reasons(plan, reads, settings.guard, datetime.now(UTC))

        # A worker thread, so the loop keeps its turns (at the GIL's switch interval) while 100k SKUs
        # are planned and weighed by the guard: on the loop itself the plan stalled it for 0.3-0.7 s.
        plan, refusals = await asyncio.to_thread(decide)
        if not settings.previewed:
            refusals.insert(0, NOT_PREVIEWED)
        return PlannedPush(plan, refusals, len(listing))

    def _check_sources(self, settings: PushSettings) -> None:
        if any(self._stores.get_store(store_id) is None for store_id in settings.sources):
            raise ConfigError(SOURCE_REMOVED)

    async def _source_levels(self, settings: PushSettings) -> dict[str, int]:
        levels = []
        for store_id in settings.sources:
            if settings.locations:
                levels.append(await self._inventory.stock_levels_at(store_id, settings.locations))
            else:
                levels.append(await self._inventory.stock_levels(store_id))
        return combine_levels(levels, settings.combine)

    def source_reads(self, settings: PushSettings) -> list[SourceRead]:
        reads = []
        for store_id in settings.sources:
            store = self._stores.get_store(store_id)
            name = store.name if store else f"store {store_id}"
            pulls = [job for job in self._stores.list_jobs(store_id) if job.kind is JobKind.INVENTORY_PULL]
            runs = [
                run for job in pulls if job.id is not None and (run := self._runs.last_finished_run(job.id))
            ]
            last = max(runs, key=lambda run: run.started_at, default=None)
            interval = None
            for job in pulls:
                upcoming = job.schedule.next_times(2, datetime.now(UTC))
                if len(upcoming) == 2:
                    interval = upcoming[1] - upcoming[0]
            reads.append(
                SourceRead(name, last.status if last else None, last.finished_at if last else None, interval)
            )
        return reads

    def approval(self, job_id: int) -> Approval | None:
        return Approval.from_setting(self._settings.get_setting(APPROVAL_SETTING.format(job_id=job_id)))

    async def approve(self, job_id: int, plan: PushPlan) -> None:
        """Keep the merchant's go for these writes; the job's next run writes them despite the guard."""
        await self._settings.set_setting(
            APPROVAL_SETTING.format(job_id=job_id), Approval.of_plan(plan).to_setting()
        )

    async def forget_approval(self, job_id: int) -> None:
        await self._settings.set_setting(APPROVAL_SETTING.format(job_id=job_id), None)


def target_listing(page: Page[InventoryRecord]) -> list[TargetListing]:
    """What one page of the target's stock lists, in the order storage would take it: the bulk rows
    (a page of the stock route holds only those, in the order listed), then any built records."""
    listing = []
    if page.bulk is not None and page.bulk.count:
        # A row is [sku, quantity, name, price, updated_at, remote_id, ...] (see BulkRows); a whole
        # number id is the text the ordinary route would have made of it.
        listing = [
            TargetListing(row[0], row[1], None if row[5] is None else str(row[5]))
            for row in decode_rows(page.bulk)
        ]
    listing += [TargetListing(record.sku, record.quantity, record.remote_id) for record in page.records]
    return listing

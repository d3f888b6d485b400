"""stock_push: make the target store's quantities what the plan says (see app.sync.push_planning).

The target is read live first, so only SKUs whose quantity differs are written, each with the
quantity it replaces (Shopify's compare-and-swap needs it). The guard may refuse the push; a plan
the merchant approved is written only where it still matches the preview. A write counts when the
store confirms the item; SKUs a store took without a word are read back and compared. Every write
is recorded as a change with its rule."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from app.core.models import InventoryRecord, ItemFailure, StockUpdate, WriteState
from app.core.ports import Page, PushedChange
from app.core.push_plan import Action, PlanRow, PushPlan, skip_rows
from app.sync.context import RunContext
from app.sync.push_planning import Approval, PushPlanner, PushRefused, target_listing
from app.sync.stock_reading import whole_stock

PUSH_CHUNK = 250


async def execute(ctx: RunContext) -> None:
    planner = PushPlanner(ctx.repos.stores, ctx.repos.runs, ctx.repos.inventory, ctx.repos.settings)
    job_id = ctx.run.job_id

    def on_page(page: Page[InventoryRecord]) -> None:
        ctx.counts.fetched += len(page.records) + (page.bulk.count if page.bulk is not None else 0)
        ctx.record_failures(page.failures)
        ctx.checkpoint()

    planned = await planner.plan(ctx.job, ctx.pages_of(whole_stock(ctx.connector)), on_page)
    approval = planner.approval(job_id)
    if approval is not None:
        await planner.forget_approval(job_id)
        if not ctx.job.options.get("previewed", True):
            ctx.job.options["previewed"] = True
            await ctx.repos.stores.save_job(ctx.job)
    elif planned.refusals:
        name = ctx.store.name if ctx.store else ""
        raise PushRefused(
            " ".join(planned.refusals)
            + f" Preview the push to approve it (Preview push, or storesync push approve {name!r})."
        )

    # Each pass over the plan's rows (100k in a large catalogue) runs off the loop.
    unchanged, skipped, writes = await asyncio.to_thread(_to_do, planned.plan, approval)
    ctx.counts.unchanged += unchanged
    ctx.record_failures(skipped)
    for start in range(0, len(writes), PUSH_CHUNK):
        await _write(ctx, writes[start : start + PUSH_CHUNK])
        ctx.page_done()


def _to_do(plan: PushPlan, approval: Approval | None) -> tuple[int, list[ItemFailure], list[PlanRow]]:
    """The plan's unchanged count, its skipped SKUs as failures and its writes; with an approval,
    the writes that no longer match the approved preview are skipped."""
    if approval is not None:
        reasons = {row.sku: reason for row in plan.writes if (reason := approval.reason_to_skip(row))}
        plan = skip_rows(plan, reasons)
    skipped = [
        ItemFailure(row.sku, f"skipped: {row.reason}", "skipped")
        for row in plan.rows
        if row.action is Action.SKIPPED and row.reason
    ]
    return plan.count(Action.UNCHANGED), skipped, plan.writes


async def _write(ctx: RunContext, rows: Sequence[PlanRow]) -> None:
    updates = [StockUpdate(row.sku, row.target_after or 0, row.remote_id, row.target_now) for row in rows]
    result = await ctx.connector.push_stock(updates)
    ctx.record_failures(result.failures)
    refused = {failure.key for failure in result.failures}
    unconfirmed = set(result.unconfirmed)
    if unconfirmed:
        found, mismatched = await _read_back(ctx, [row for row in rows if row.sku in unconfirmed])
        ctx.record_failures(mismatched)
        refused.update(failure.key for failure in mismatched)
        unconfirmed -= found
    changes = [
        PushedChange(
            row.sku,
            row.target_now,
            row.target_after or 0,
            row.rule,
            WriteState.PUSHED if row.sku in unconfirmed else WriteState.CONFIRMED,
        )
        for row in rows
        if row.sku not in refused
    ]
    ctx.counts.updated += sum(1 for change in changes if change.state is WriteState.CONFIRMED)
    if changes:
        await ctx.repos.inventory.record_push(ctx.store_id, ctx.run_id, changes)


async def _read_back(ctx: RunContext, rows: Sequence[PlanRow]) -> tuple[set[str], list[ItemFailure]]:
    """Reads the target again and compares the SKUs the store did not confirm one by one: the
    matching ones count as confirmed, a differing one is a failed item with both numbers."""
    wanted = {row.sku: row.target_after for row in rows}
    seen: dict[str, int] = {}
    async for page in ctx.pages_of(whole_stock(ctx.connector)):
        for listed in target_listing(page):
            if listed.sku in wanted:
                seen[listed.sku] = listed.quantity
    matched: set[str] = set()
    failures: list[ItemFailure] = []
    for sku, quantity in wanted.items():
        now = seen.get(sku)
        if now == quantity:
            matched.add(sku)
        else:
            shown = "no such SKU" if now is None else str(now)
            failures.append(
                ItemFailure(
                    sku, f"the store accepted {quantity} but shows {shown} when read back", "unconfirmed"
                )
            )
    return matched, failures

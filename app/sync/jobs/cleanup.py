"""cleanup: the global retention job; removes history older than the retention setting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.sync.context import RunContext


async def execute(ctx: RunContext) -> None:
    days = int(ctx.option("retention_days", "retention_days"))
    cutoff = datetime.now(UTC) - timedelta(days=days)
    ctx.counts.deleted = await ctx.repos.retention.purge_before(cutoff)
    ctx.log.info("Removed %d history rows older than %d days", ctx.counts.deleted, days)

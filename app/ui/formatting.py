"""Words and times as the window shows them: relative times, countdowns, counts, labels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from app.core.models import JobKind, OrderStatus, RunCounts, RunStatus, Trigger
from app.core.schedule import ScheduleSpec


def translator(context: str) -> Callable[[str], str]:
    """`tr` for one translation context (Qt Linguist groups a dialog's strings under its context)."""

    def translate(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return translate


tr = translator("StoreSync")


def now_utc() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def local_time(moment: datetime | None, now: datetime | None = None) -> str:
    """Today: "14:05"; within a week: "Tue 14:05"; otherwise "2026-11-02 14:05"."""
    if moment is None:
        return ""
    local = _aware(moment).astimezone()
    today = _aware(now or now_utc()).astimezone().date()
    if local.date() == today:
        return local.strftime("%H:%M")
    if abs((local.date() - today).days) < 7:
        return local.strftime("%a %H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def full_time(moment: datetime | None) -> str:
    return "" if moment is None else _aware(moment).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def relative_time(moment: datetime | None, now: datetime | None = None) -> str:
    """ "just now", "5 min ago", "3 h ago", or the local time when it is older than a day."""
    if moment is None:
        return tr("never")
    seconds = ((now or now_utc()) - _aware(moment)).total_seconds()
    if seconds < 45:
        return tr("just now")
    if seconds < 3600:
        return tr("{n} min ago").format(n=max(1, round(seconds / 60)))
    if seconds < 86400:
        return tr("{n} h ago").format(n=int(seconds // 3600))
    return local_time(moment, now)


def countdown(seconds: float) -> str:
    """ "in 45 s", "in 4 min 10 s", "in 2 h 5 min"."""
    total = max(0, int(seconds))
    if total < 60:
        return tr("in {s} s").format(s=total)
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return tr("in {m} min {s} s").format(m=minutes, s=secs)
    hours, minutes = divmod(minutes, 60)
    return tr("in {h} h {m} min").format(h=hours, m=minutes)


def next_run_text(moment: datetime | None, now: datetime | None = None) -> str:
    """Local time, with a countdown when the run is less than an hour away."""
    if moment is None:
        return tr("not scheduled")
    current = now or now_utc()
    seconds = (_aware(moment) - current).total_seconds()
    if seconds < 3600:
        return f"{local_time(moment, current)} ({countdown(seconds)})"
    return local_time(moment, current)


def duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 10:
        return tr("{s:.1f} s").format(s=seconds)
    if seconds < 60:
        return tr("{s} s").format(s=int(seconds))
    minutes, secs = divmod(int(seconds), 60)
    if minutes < 60:
        return tr("{m} min {s} s").format(m=minutes, s=secs)
    hours, minutes = divmod(minutes, 60)
    return tr("{h} h {m} min").format(h=hours, m=minutes)


def counts_summary(counts: RunCounts) -> str:
    """ "3,000 fetched · 12 new · 2 failed · 5 skipped (not stock)"; zeros other than fetched are left
    out."""
    parts = [tr("{n} fetched").format(n=f"{counts.fetched:,}")]
    for value, label in (
        (counts.created, tr("{n} new")),
        (counts.updated, tr("{n} updated")),
        (counts.deleted, tr("{n} removed")),
        (counts.failed, tr("{n} failed")),
        (counts.skipped, tr("{n} skipped (not stock)")),
    ):
        if value:
            parts.append(label.format(n=f"{value:,}"))
    return " · ".join(parts)


def progress_text(pages: int, records: int) -> str:
    return tr("page {p} · {n} items").format(p=pages, n=f"{records:,}")


def schedule_words(spec: ScheduleSpec) -> str:
    try:
        return spec.describe()
    except Exception:
        return spec.kind.value


JOB_KIND_LABELS = {
    JobKind.INVENTORY_PULL: "Inventory",
    JobKind.ORDERS_PULL: "Orders",
    JobKind.STOCK_PUSH: "Stock push",
    JobKind.LOW_STOCK_CHECK: "Low-stock check",
    JobKind.CLEANUP: "Cleanup",
    JobKind.SHIPMENT_PULL: "Shipments",
}

TRIGGER_LABELS = {
    Trigger.SCHEDULED: "Scheduled",
    Trigger.MANUAL: "Manual",
    Trigger.CATCH_UP: "Catch-up",
    Trigger.INITIAL: "First sync",
    Trigger.CLI: "Command line",
}

RUN_STATUS_LABELS = {
    RunStatus.RUNNING: "Running",
    RunStatus.SUCCEEDED: "Succeeded",
    RunStatus.PARTIAL: "Partial",
    RunStatus.FAILED: "Failed",
    RunStatus.INTERRUPTED: "Interrupted",
    RunStatus.SKIPPED: "Skipped",
}


ORDER_STATUS_LABELS = {
    OrderStatus.PENDING: "Pending",
    OrderStatus.PAID: "Paid",
    OrderStatus.PROCESSING: "Processing",
    OrderStatus.SHIPPED: "Shipped",
    OrderStatus.DELIVERED: "Delivered",
    OrderStatus.CANCELLED: "Cancelled",
    OrderStatus.REFUNDED: "Refunded",
    OrderStatus.ON_HOLD: "On hold",
    OrderStatus.UNKNOWN: "Unknown",
}


def job_kind_label(kind: JobKind) -> str:
    return tr(JOB_KIND_LABELS.get(kind, kind.value))


def trigger_label(trigger: Trigger) -> str:
    return tr(TRIGGER_LABELS.get(trigger, trigger.value))


def run_status_label(status: RunStatus) -> str:
    return tr(RUN_STATUS_LABELS.get(status, status.value))


def order_status_label(status: OrderStatus) -> str:
    return tr(ORDER_STATUS_LABELS.get(status, status.value))

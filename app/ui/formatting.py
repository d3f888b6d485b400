"""Words and times as the window shows them: relative times, countdowns, counts, labels. Dates, times
and numbers follow the default QLocale, which app.ui.languages sets to the merchant's language."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from app.core.models import JobKind, OrderStatus, RunCounts, RunStatus, Trigger


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for translation where it is defined; QCoreApplication.translate(context, text)
    translates it where it is shown."""
    return text


class TranslationContext:
    """`Name.tr(text, disambiguation, n)` for texts outside QObjects, under the context `Name`: lupdate
    reads the plural forms of tr calls, but not those of QCoreApplication.translate calls."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


class Formatting(TranslationContext):
    """The context of this module's texts with counts."""


_FIELDS_AS_THEY_ARE = QTimeZone.utc()


def now_utc() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _local(moment: datetime) -> QDateTime:
    return _wall_clock(_aware(moment).astimezone())


def _wall_clock(moment: datetime) -> QDateTime:
    """The moment's own date and time fields, to be formatted as they are. Marked UTC so that Qt does
    not look the fields up in the system's local time: that lookup took 30 us per time shown, most of
    the cost of repainting the stores table once a second."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
        _FIELDS_AS_THEY_ARE,
    )


def _time_format(locale: QLocale, seconds: bool = False) -> str:
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return pattern.replace("mm", "mm:ss", 1) if seconds and "ss" not in pattern else pattern


def number(value: float, decimals: int = 0) -> str:
    """A number the local way: 3,000 in English, 3 000 in French, ٣٬٠٠٠ in Egyptian Arabic."""
    locale = QLocale()
    return locale.toString(int(value)) if decimals == 0 else locale.toString(float(value), "f", decimals)


def local_time(moment: datetime | None, now: datetime | None = None) -> str:
    """Today: the time ("14:05"); within a week: the weekday and time ("Tue 14:05"); otherwise the
    local short date and time."""
    if moment is None:
        return ""
    locale = QLocale()
    local = _aware(moment).astimezone()
    today = _aware(now or now_utc()).astimezone().date()
    if local.date() == today:
        return locale.toString(_local(moment), _time_format(locale))
    if abs((local.date() - today).days) < 7:
        return locale.toString(_local(moment), f"ddd {_time_format(locale)}")
    return locale.toString(
        _local(moment), f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} {_time_format(locale)}"
    )


def full_time(moment: datetime | None) -> str:
    """Local short date and the time to the second (history rows, log lines)."""
    if moment is None:
        return ""
    locale = QLocale()
    pattern = f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} {_time_format(locale, seconds=True)}"
    return locale.toString(_local(moment), pattern)


def zoned_time(moment: datetime) -> str:
    """A moment in its own time zone, with the zone's abbreviation: "Mon 23 Nov 2026, 09:00 CET"."""
    locale = QLocale()
    text = locale.toString(_wall_clock(moment), f"ddd dd MMM yyyy, {_time_format(locale)}")
    return f"{text} {moment.strftime('%Z')}".strip()


def relative_time(moment: datetime | None, now: datetime | None = None) -> str:
    """ "just now", "5 min ago", "3 h ago", or the local time when it is older than a day."""
    if moment is None:
        return QCoreApplication.translate("Formatting", "never")
    seconds = ((now or now_utc()) - _aware(moment)).total_seconds()
    if seconds < 45:
        return QCoreApplication.translate("Formatting", "just now")
    if seconds < 3600:
        return Formatting.tr("%Ln min ago", "", max(1, round(seconds / 60)))
    if seconds < 86400:
        return Formatting.tr("%Ln h ago", "", int(seconds // 3600))
    return local_time(moment, now)


def countdown(seconds: float) -> str:
    """ "in 45 s", "in 4 min 10 s", "in 2 h 5 min"."""
    total = max(0, int(seconds))
    if total < 60:
        return QCoreApplication.translate("Formatting", "in {s} s").format(s=number(total))
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return QCoreApplication.translate("Formatting", "in {m} min {s} s").format(
            m=number(minutes), s=number(secs)
        )
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Formatting", "in {h} h {m} min").format(
        h=number(hours), m=number(minutes)
    )


def next_run_text(moment: datetime | None, now: datetime | None = None) -> str:
    """Local time, with a countdown when the run is less than an hour away."""
    if moment is None:
        return QCoreApplication.translate("Formatting", "not scheduled")
    current = now or now_utc()
    seconds = (_aware(moment) - current).total_seconds()
    if seconds < 3600:
        return f"{local_time(moment, current)} ({countdown(seconds)})"
    return local_time(moment, current)


def duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 10:
        return QCoreApplication.translate("Formatting", "{s} s").format(s=number(seconds, 1))
    if seconds < 60:
        return QCoreApplication.translate("Formatting", "{s} s").format(s=number(int(seconds)))
    minutes, secs = divmod(int(seconds), 60)
    if minutes < 60:
        return QCoreApplication.translate("Formatting", "{m} min {s} s").format(
            m=number(minutes), s=number(secs)
        )
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Formatting", "{h} h {m} min").format(
        h=number(hours), m=number(minutes)
    )


def counts_summary(counts: RunCounts) -> str:
    """ "3,000 fetched · 12 new · 2 failed · 5 skipped (not stock)"; zeros other than fetched are left
    out."""
    parts = [Formatting.tr("%Ln fetched", "", counts.fetched)]
    if counts.created:
        parts.append(Formatting.tr("%Ln new", "", counts.created))
    if counts.updated:
        parts.append(Formatting.tr("%Ln updated", "", counts.updated))
    if counts.deleted:
        parts.append(Formatting.tr("%Ln removed", "", counts.deleted))
    if counts.failed:
        parts.append(Formatting.tr("%Ln failed", "", counts.failed))
    if counts.skipped:
        parts.append(Formatting.tr("%Ln skipped (not stock)", "", counts.skipped))
    return " · ".join(parts)


def progress_text(pages: int, records: int) -> str:
    return QCoreApplication.translate("Formatting", "page {p} · {n}").format(
        p=number(pages), n=Formatting.tr("%Ln item(s)", "", records)
    )


JOB_KIND_LABELS = {
    JobKind.INVENTORY_PULL: QT_TRANSLATE_NOOP("Formatting", "Inventory"),
    JobKind.ORDERS_PULL: QT_TRANSLATE_NOOP("Formatting", "Orders"),
    JobKind.STOCK_PUSH: QT_TRANSLATE_NOOP("Formatting", "Stock push"),
    JobKind.LOW_STOCK_CHECK: QT_TRANSLATE_NOOP("Formatting", "Low-stock check"),
    JobKind.CLEANUP: QT_TRANSLATE_NOOP("Formatting", "Cleanup"),
    JobKind.SHIPMENT_PULL: QT_TRANSLATE_NOOP("Formatting", "Shipments"),
}

TRIGGER_LABELS = {
    Trigger.SCHEDULED: QT_TRANSLATE_NOOP("Formatting", "Scheduled"),
    Trigger.MANUAL: QT_TRANSLATE_NOOP("Formatting", "Manual"),
    Trigger.CATCH_UP: QT_TRANSLATE_NOOP("Formatting", "Catch-up"),
    Trigger.INITIAL: QT_TRANSLATE_NOOP("Formatting", "First sync"),
    Trigger.CLI: QT_TRANSLATE_NOOP("Formatting", "Command line"),
}

RUN_STATUS_LABELS = {
    RunStatus.RUNNING: QT_TRANSLATE_NOOP("Formatting", "Running"),
    RunStatus.SUCCEEDED: QT_TRANSLATE_NOOP("Formatting", "Succeeded"),
    RunStatus.PARTIAL: QT_TRANSLATE_NOOP("Formatting", "Partial"),
    RunStatus.FAILED: QT_TRANSLATE_NOOP("Formatting", "Failed"),
    RunStatus.INTERRUPTED: QT_TRANSLATE_NOOP("Formatting", "Interrupted"),
    RunStatus.SKIPPED: QT_TRANSLATE_NOOP("Formatting", "Skipped"),
}


ORDER_STATUS_LABELS = {
    OrderStatus.PENDING: QT_TRANSLATE_NOOP("Formatting", "Pending"),
    OrderStatus.PAID: QT_TRANSLATE_NOOP("Formatting", "Paid"),
    OrderStatus.PROCESSING: QT_TRANSLATE_NOOP("Formatting", "Processing"),
    OrderStatus.SHIPPED: QT_TRANSLATE_NOOP("Formatting", "Shipped"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("Formatting", "Delivered"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Formatting", "Cancelled"),
    OrderStatus.REFUNDED: QT_TRANSLATE_NOOP("Formatting", "Refunded"),
    OrderStatus.ON_HOLD: QT_TRANSLATE_NOOP("Formatting", "On hold"),
    OrderStatus.UNKNOWN: QT_TRANSLATE_NOOP("Formatting", "Unknown"),
}


OVERALL_STATE_WORDS = {
    "ok": QT_TRANSLATE_NOOP("Formatting", "All good"),
    "syncing": QT_TRANSLATE_NOOP("Formatting", "Syncing"),
    "attention": QT_TRANSLATE_NOOP("Formatting", "Needs attention"),
    "failed": QT_TRANSLATE_NOOP("Formatting", "A sync failed"),
    "paused": QT_TRANSLATE_NOOP("Formatting", "Paused"),
}


def overall_state_label(state: str) -> str:
    """The window's and the tray's word for the overall state (see StoreStatusModel.overall_state)."""
    return QCoreApplication.translate("Formatting", OVERALL_STATE_WORDS.get(state, state))


def job_kind_label(kind: JobKind) -> str:
    return QCoreApplication.translate("Formatting", JOB_KIND_LABELS.get(kind, kind.value))


def trigger_label(trigger: Trigger) -> str:
    return QCoreApplication.translate("Formatting", TRIGGER_LABELS.get(trigger, trigger.value))


def run_status_label(status: RunStatus) -> str:
    return QCoreApplication.translate("Formatting", RUN_STATUS_LABELS.get(status, status.value))


def order_status_label(status: OrderStatus) -> str:
    return QCoreApplication.translate("Formatting", ORDER_STATUS_LABELS.get(status, status.value))

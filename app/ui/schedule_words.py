"""A job's schedule in the window's language ("Co 15 minut", "Chaque jour à 08:00"), with weekday names
from the locale. The core's describe() stays the words of the command line and the control API; a cron
expression keeps its own text, and its reading (English words of the core) is added only in English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.core.cron import describe_cron, parse_cron
from app.core.schedule import WEEKDAYS, ScheduleKind, ScheduleSpec
from app.ui.formatting import TranslationContext

_DAY_MINUTES = 24 * 60


class ScheduleWords(TranslationContext):
    """The context of the schedule texts."""


def schedule_words(spec: ScheduleSpec) -> str:
    """The schedule as the Stores table, the store detail and the schedule editor show it; a schedule that
    cannot be read is described by what is wrong with it (the core's words)."""
    if spec.fault() is not None:
        return spec.describe()
    words = _kind_words(spec)
    zone = (spec.timezone or "").strip()
    return (
        QCoreApplication.translate("ScheduleWords", "{schedule}, {zone}").format(schedule=words, zone=zone)
        if zone
        else words
    )


def _kind_words(spec: ScheduleSpec) -> str:
    window = (
        (_clock(spec.window_start), _clock(spec.window_end))
        if spec.window_start and spec.window_end
        else None
    )
    if spec.kind is ScheduleKind.INTERVAL:
        every = _every(spec.every_minutes or 0)
        if window is None:
            return every
        return QCoreApplication.translate("ScheduleWords", "{every} from {start} to {end}").format(
            every=every, start=window[0], end=window[1]
        )
    if spec.kind is ScheduleKind.DAILY:
        words = QCoreApplication.translate("ScheduleWords", "Daily at {time}").format(time=_clock(spec.at))
    elif spec.kind is ScheduleKind.WEEKLY:
        words = QCoreApplication.translate("ScheduleWords", "Weekly on {days} at {time}").format(
            days=_days(spec.days), time=_clock(spec.at)
        )
    else:
        words = QCoreApplication.translate("ScheduleWords", "Cron: {expression}").format(expression=spec.cron)
        if QLocale().language() == QLocale.Language.English:
            reading = describe_cron(parse_cron(spec.cron or ""))
            words = QCoreApplication.translate("ScheduleWords", "{cron} ({reading})").format(
                cron=words, reading=reading
            )
    if window is None:
        return words
    only = QCoreApplication.translate("ScheduleWords", "{schedule}, only from {start} to {end}")
    return only.format(schedule=words, start=window[0], end=window[1])


def _every(minutes: int) -> str:
    """ "Every hour" has words of its own in most languages, so one unit is not a plural form of many."""
    if minutes == _DAY_MINUTES:
        return QCoreApplication.translate("ScheduleWords", "Every day")
    if minutes == 60:
        return QCoreApplication.translate("ScheduleWords", "Every hour")
    if minutes == 1:
        return QCoreApplication.translate("ScheduleWords", "Every minute")
    if minutes % _DAY_MINUTES == 0:
        return ScheduleWords.tr("Every %n day(s)", "", minutes // _DAY_MINUTES)
    if minutes % 60 == 0:
        return ScheduleWords.tr("Every %n hour(s)", "", minutes // 60)
    return ScheduleWords.tr("Every %n minute(s)", "", minutes)


def _days(days: tuple[str, ...]) -> str:
    """Short day names joined the locale's way ("pon., śr. i pt.", "الاثنين والأربعاء")."""
    locale = QLocale()
    numbers = sorted({WEEKDAYS.index(day.strip().lower()[:3]) for day in days})
    return locale.createSeparatedList(
        [locale.dayName(number + 1, QLocale.FormatType.ShortFormat) for number in numbers]
    )


def _clock(text: str | None) -> str:
    """ "8:00" as "08:00", the form every schedule text uses."""
    hours, _, minutes = (text or "").partition(":")
    return f"{int(hours):02d}:{minutes}"

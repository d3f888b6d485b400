"""A schedule picker that says, while the merchant types, what the schedule means and when it runs next.

Words, next times and errors all come from app.core.schedule.ScheduleSpec, the same code the
scheduler runs on, so what the editor promises is what happens.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ScheduleError
from app.core.schedule import WEEKDAYS, ScheduleKind, ScheduleSpec
from app.ui.formatting import QT_TRANSLATE_NOOP, zoned_time
from app.ui.schedule_words import schedule_words

PREVIEW_COUNT = 5
SYSTEM_ZONE_LABEL = QT_TRANSLATE_NOOP("ScheduleEditor", "System time zone")
MODES: tuple[tuple[str, str], ...] = (
    ("minutes", QT_TRANSLATE_NOOP("ScheduleEditor", "Every N minutes")),
    ("hours", QT_TRANSLATE_NOOP("ScheduleEditor", "Every N hours")),
    ("daily", QT_TRANSLATE_NOOP("ScheduleEditor", "Daily at")),
    ("weekly", QT_TRANSLATE_NOOP("ScheduleEditor", "Weekly on")),
    ("cron", QT_TRANSLATE_NOOP("ScheduleEditor", "Advanced (cron)")),
)
DAY_LABELS = (
    QT_TRANSLATE_NOOP("ScheduleEditor", "Mon"),
    QT_TRANSLATE_NOOP("ScheduleEditor", "Tue"),
    QT_TRANSLATE_NOOP("ScheduleEditor", "Wed"),
    QT_TRANSLATE_NOOP("ScheduleEditor", "Thu"),
    QT_TRANSLATE_NOOP("ScheduleEditor", "Fri"),
    QT_TRANSLATE_NOOP("ScheduleEditor", "Sat"),
    QT_TRANSLATE_NOOP("ScheduleEditor", "Sun"),
)


@cache
def _time_zone_names() -> list[str]:
    return sorted(zoneinfo.available_timezones())


def _hhmm(time: QTime) -> str:
    return time.toString("HH:mm")


def _qtime(text: str | None, fallback: str) -> QTime:
    parsed = QTime.fromString(text or fallback, "HH:mm")
    return parsed if parsed.isValid() else QTime.fromString(fallback, "HH:mm")


def _time_edit(name: str, value: str) -> QTimeEdit:
    edit = QTimeEdit(_qtime(value, value))
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


class ScheduleEditor(QWidget):
    """Edits one ScheduleSpec. `changed` fires on every edit; `spec()` is what would be saved and
    `error()` the reason it cannot run (None when it can)."""

    changed = Signal()

    def __init__(
        self,
        spec: ScheduleSpec | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._error: str | None = None
        self._loading = False
        self._build()
        self.set_spec(spec or ScheduleSpec.every(minutes=15))

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.mode = QComboBox()
        self.mode.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "How often"))
        for key, label in MODES:
            self.mode.addItem(QCoreApplication.translate("ScheduleEditor", label), key)

        self.minutes = QSpinBox()
        self.minutes.setRange(1, 1440)
        self.minutes.setSuffix(QCoreApplication.translate("ScheduleEditor", " min"))
        self.minutes.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Minutes between runs"))
        self.hours = QSpinBox()
        self.hours.setRange(1, 168)
        self.hours.setSuffix(QCoreApplication.translate("ScheduleEditor", " h"))
        self.hours.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Hours between runs"))
        self.daily_at = _time_edit(QCoreApplication.translate("ScheduleEditor", "Daily run time"), "02:00")
        weekly = QWidget()
        weekly_row = QHBoxLayout(weekly)
        weekly_row.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: dict[str, QCheckBox] = {}
        for day, label in zip(WEEKDAYS, DAY_LABELS, strict=True):
            box = QCheckBox(QCoreApplication.translate("ScheduleEditor", label))
            box.setAccessibleName(
                QCoreApplication.translate("ScheduleEditor", "Run on {day}").format(
                    day=QCoreApplication.translate("ScheduleEditor", label)
                )
            )
            self.day_boxes[day] = box
            weekly_row.addWidget(box)
        self.weekly_at = _time_edit(QCoreApplication.translate("ScheduleEditor", "Weekly run time"), "02:00")
        weekly_row.addWidget(QLabel(QCoreApplication.translate("ScheduleEditor", "at")))
        weekly_row.addWidget(self.weekly_at)
        self.cron = QLineEdit()
        self.cron.setPlaceholderText("*/15 8-20 * * mon-fri")
        self.cron.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Cron expression"))
        self.cron.setToolTip(
            QCoreApplication.translate(
                "ScheduleEditor", "Five fields: minute, hour, day of month, month, day of week (mon-sun)."
            )
        )

        self.pages = QStackedWidget()
        for widget in (self.minutes, self.hours, self.daily_at, weekly, self.cron):
            self.pages.addWidget(widget)

        self.window_enabled = QCheckBox(QCoreApplication.translate("ScheduleEditor", "Only between"))
        self.window_enabled.setAccessibleName(
            QCoreApplication.translate("ScheduleEditor", "Limit to active hours")
        )
        self.window_start = _time_edit(
            QCoreApplication.translate("ScheduleEditor", "Active hours start"), "08:00"
        )
        self.window_end = _time_edit(
            QCoreApplication.translate("ScheduleEditor", "Active hours end"), "20:00"
        )
        window_row = QHBoxLayout()
        window_row.addWidget(self.window_enabled)
        window_row.addWidget(self.window_start)
        window_row.addWidget(QLabel(QCoreApplication.translate("ScheduleEditor", "and")))
        window_row.addWidget(self.window_end)
        window_row.addStretch(1)

        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Time zone"))
        self.zone.addItem(QCoreApplication.translate("ScheduleEditor", SYSTEM_ZONE_LABEL))
        self.zone.addItems(_time_zone_names())
        completer = QCompleter(_time_zone_names(), self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Schedule in words"))
        self.next_runs = QLabel()
        self.next_runs.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Next run times"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(
            QCoreApplication.translate("ScheduleEditor", "What is wrong with the schedule")
        )
        self.problem.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ScheduleEditor", "Run"), self.mode)
        form.addRow("", self.pages)
        form.addRow(QCoreApplication.translate("ScheduleEditor", "Active hours"), window_row)
        form.addRow(QCoreApplication.translate("ScheduleEditor", "Time zone"), self.zone)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.description)
        layout.addWidget(self.next_runs)
        layout.addWidget(self.problem)

        self.mode.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.mode.currentIndexChanged.connect(self._refresh)
        self.minutes.valueChanged.connect(self._refresh)
        self.hours.valueChanged.connect(self._refresh)
        self.daily_at.timeChanged.connect(self._refresh)
        self.weekly_at.timeChanged.connect(self._refresh)
        for box in self.day_boxes.values():
            box.toggled.connect(self._refresh)
        self.cron.textChanged.connect(self._refresh)
        self.window_enabled.toggled.connect(self._refresh)
        self.window_enabled.toggled.connect(self.window_start.setEnabled)
        self.window_enabled.toggled.connect(self.window_end.setEnabled)
        self.window_start.timeChanged.connect(self._refresh)
        self.window_end.timeChanged.connect(self._refresh)
        self.zone.editTextChanged.connect(self._refresh)
        self.zone.currentIndexChanged.connect(self._refresh)

    # --- reading and writing the spec -----------------------------------------------------

    def set_spec(self, spec: ScheduleSpec) -> None:
        self._loading = True
        try:
            if spec.kind is ScheduleKind.INTERVAL:
                minutes = spec.every_minutes or 15
                hourly = minutes % 60 == 0
                self.mode.setCurrentIndex(1 if hourly else 0)
                self.hours.setValue(max(1, minutes // 60))
                self.minutes.setValue(minutes if not hourly else 60)
            elif spec.kind is ScheduleKind.DAILY:
                self.mode.setCurrentIndex(2)
                self.daily_at.setTime(_qtime(spec.at, "02:00"))
            elif spec.kind is ScheduleKind.WEEKLY:
                self.mode.setCurrentIndex(3)
                self.weekly_at.setTime(_qtime(spec.at, "02:00"))
                for day, box in self.day_boxes.items():
                    box.setChecked(day in spec.days)
            else:
                self.mode.setCurrentIndex(4)
                self.cron.setText(spec.cron or "")
            self.pages.setCurrentIndex(self.mode.currentIndex())
            has_window = spec.window_start is not None and spec.window_end is not None
            self.window_enabled.setChecked(has_window)
            self.window_start.setEnabled(has_window)
            self.window_end.setEnabled(has_window)
            self.window_start.setTime(_qtime(spec.window_start, "08:00"))
            self.window_end.setTime(_qtime(spec.window_end, "20:00"))
            self.zone.setEditText(
                spec.timezone or QCoreApplication.translate("ScheduleEditor", SYSTEM_ZONE_LABEL)
            )
        finally:
            self._loading = False
        self._refresh()

    def spec(self) -> ScheduleSpec:
        """The schedule as entered, whether or not it is valid."""
        mode = self.mode.currentData()
        extra: dict[str, Any] = {"timezone": self._zone_name()}
        if self.window_enabled.isChecked():
            extra["window_start"] = _hhmm(self.window_start.time())
            extra["window_end"] = _hhmm(self.window_end.time())
        if mode == "minutes":
            return ScheduleSpec.every(minutes=self.minutes.value(), **extra)
        if mode == "hours":
            return ScheduleSpec.every(hours=self.hours.value(), **extra)
        if mode == "daily":
            return ScheduleSpec.daily(_hhmm(self.daily_at.time()), **extra)
        if mode == "weekly":
            days = tuple(day for day, box in self.day_boxes.items() if box.isChecked())
            return ScheduleSpec.weekly(days, _hhmm(self.weekly_at.time()), **extra)
        return ScheduleSpec.from_cron(self.cron.text().strip(), **extra)

    def error(self) -> str | None:
        """Why the schedule cannot run, in plain words; None when it can."""
        return self._error

    def is_valid(self) -> bool:
        return self._error is None

    def _zone_name(self) -> str | None:
        text = self.zone.currentText().strip()
        if not text or text == QCoreApplication.translate("ScheduleEditor", SYSTEM_ZONE_LABEL):
            return None
        return text

    # --- live feedback --------------------------------------------------------------------

    def _refresh(self) -> None:
        if self._loading:
            return
        spec = self.spec()
        try:
            if spec.timezone is not None and spec.timezone not in _time_zone_names():
                raise ScheduleError(
                    QCoreApplication.translate(
                        "ScheduleEditor",
                        "'{zone}' is not a time zone StoreSync knows. Pick one from the list, "
                        "e.g. Europe/Warsaw.",
                    ).format(zone=spec.timezone)
                )
            spec.validate()
            words = schedule_words(spec)
            times = spec.next_times(PREVIEW_COUNT, self._clock())
        except ScheduleError as error:
            self._show_problem(str(error))
        else:
            if times:
                self._show_plan(words, times)
            else:
                self._show_problem(
                    QCoreApplication.translate(
                        "ScheduleEditor",
                        "This schedule never runs: widen the active hours or pick other days.",
                    )
                )
        self.changed.emit()

    def _show_problem(self, reason: str) -> None:
        self._error = reason
        self.description.setText("")
        self.next_runs.setText("")
        self.problem.setText(reason)
        self.problem.setVisible(True)

    def _show_plan(self, words: str, times: list[datetime]) -> None:
        self._error = None
        self.problem.setText("")
        self.problem.setVisible(False)
        self.description.setText(words)
        lines = "\n".join(zoned_time(moment) for moment in times)
        self.next_runs.setText(QCoreApplication.translate("ScheduleEditor", "Next runs:") + "\n" + lines)

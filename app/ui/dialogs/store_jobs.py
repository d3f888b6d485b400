"""The "What to sync" part of the store editor: a checkbox and a schedule per job kind, and for a
stock push the store whose stock is copied."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from app.core.job_defaults import ON_BY_DEFAULT, SOURCE_OPTION, STORE_JOB_KINDS
from app.core.models import Job, JobKind, Store
from app.core.push_settings import PREVIEWED_OPTION
from app.core.schedule import ScheduleSpec
from app.ui.dialogs.push_rules_form import PushRulesForm
from app.ui.dialogs.schedule_editor import ScheduleEditor
from app.ui.formatting import QT_TRANSLATE_NOOP

# The job labels of app.core.job_defaults.STORE_JOB_KINDS (core cannot mark them for translation).
JOB_LABELS = (
    QT_TRANSLATE_NOOP("StoreEditor", "Sync stock"),
    QT_TRANSLATE_NOOP("StoreEditor", "Import orders"),
    QT_TRANSLATE_NOOP("StoreEditor", "Copy stock from another store into this one"),
    QT_TRANSLATE_NOOP("StoreEditor", "Check for low stock"),
    QT_TRANSLATE_NOOP("StoreEditor", "Follow shipment statuses into another store's orders"),
)


@dataclass(frozen=True, slots=True)
class JobChoice:
    """A job as chosen in the editor: its schedule and the options this editor sets."""

    schedule: ScheduleSpec
    options: dict[str, Any] = field(default_factory=dict)


class JobRow(QGroupBox):
    """One job kind: checkable; its schedule editor is enabled while it is checked."""

    def __init__(
        self,
        kind: JobKind,
        label: str,
        spec: ScheduleSpec,
        clock: Callable[[], datetime] | None,
        sources: Sequence[Store] = (),
        parent: QWidget | None = None,
    ) -> None:
        title = QCoreApplication.translate("StoreEditor", label)
        super().__init__(title, parent)
        self.kind = kind
        self.setCheckable(True)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.source: QComboBox | None = None
        self.rules: PushRulesForm | None = None
        self._saved = False
        if kind is JobKind.STOCK_PUSH:
            self.source = QComboBox()
            self.source.setAccessibleName(
                QCoreApplication.translate("StoreEditor", "Store to copy stock from")
            )
            self.source.addItem(QCoreApplication.translate("StoreEditor", "Choose a store..."), None)
            for store in sources:
                self.source.addItem(store.name, store.id)
            source_form = QFormLayout()
            source_form.addRow(QCoreApplication.translate("StoreEditor", "Copy from"), self.source)
            layout.addLayout(source_form)
            self.rules = PushRulesForm(self)
            layout.addWidget(self.rules)
        self.schedule = ScheduleEditor(spec, self, clock=clock)
        layout.addWidget(self.schedule)

    def choice(self) -> JobChoice:
        options: dict[str, Any] = {}
        if self.source is not None and self.source.currentData() is not None:
            options[SOURCE_OPTION] = int(self.source.currentData())
        if self.rules is not None:
            options.update(self.rules.options())
            if not self._saved:
                options[PREVIEWED_OPTION] = False  # a new push waits for its first preview
        return JobChoice(self.schedule.spec(), options)

    def load(self, job: Job) -> None:
        self.schedule.set_spec(job.schedule)
        if self.source is not None:
            index = self.source.findData(job.options.get(SOURCE_OPTION))
            self.source.setCurrentIndex(max(0, index))
        if self.rules is not None:
            self.rules.load(job.options)
        self._saved = True

    def problem(self) -> str | None:
        if not self.isChecked():
            return None
        if reason := self.schedule.error():
            return reason
        if self.rules is not None and (reason := self.rules.problem()):
            return reason
        if self.source is not None and self.source.currentData() is None:
            if self.source.count() == 1:
                return QCoreApplication.translate(
                    "StoreEditor", "There is no other store to copy stock from yet."
                )
            return QCoreApplication.translate("StoreEditor", "Choose the store to copy stock from.")
        return None


class JobsSection(QWidget):
    """Collects which jobs the store has and their schedules; `changed` fires on every edit.
    `sources` are the stores a stock push may copy from (every store but this one)."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
        sources: Sequence[Store] = (),
    ) -> None:
        super().__init__(parent)
        self.rows: dict[JobKind, JobRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for kind, label, spec in STORE_JOB_KINDS:
            row = JobRow(kind, label, spec, clock, sources, self)
            row.setChecked(kind in ON_BY_DEFAULT)
            row.toggled.connect(self.changed)
            row.schedule.changed.connect(self.changed)
            if row.source is not None:
                row.source.currentIndexChanged.connect(self.changed)
            if row.rules is not None:
                row.rules.changed.connect(self.changed)
            self.rows[kind] = row
            layout.addWidget(row)

    def load(self, jobs: Iterable[Job]) -> None:
        """Show a saved store's jobs: the kinds it has are checked with their schedules."""
        existing = {job.kind: job for job in jobs}
        for kind, row in self.rows.items():
            row.setChecked(kind in existing)
            if kind in existing:
                row.load(existing[kind])

    def chosen(self) -> dict[JobKind, JobChoice]:
        return {kind: row.choice() for kind, row in self.rows.items() if row.isChecked()}

    def problems(self) -> list[str]:
        return [f"{row.title()}: {reason}" for row in self.rows.values() if (reason := row.problem())]

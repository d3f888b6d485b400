"""The "What to sync" part of the store editor: a checkbox and a schedule per job kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from app.core.models import Job, JobKind
from app.core.schedule import ScheduleSpec
from app.ui.dialogs.schedule_editor import ScheduleEditor

# The kinds a merchant turns on per store, with the schedule a new store starts with.
STORE_JOB_KINDS: tuple[tuple[JobKind, str, ScheduleSpec], ...] = (
    (JobKind.INVENTORY_PULL, "Sync stock", ScheduleSpec.every(minutes=15)),
    (JobKind.ORDERS_PULL, "Import orders", ScheduleSpec.every(hours=1)),
    (JobKind.LOW_STOCK_CHECK, "Check for low stock", ScheduleSpec.daily("08:00")),
)
ON_BY_DEFAULT = frozenset({JobKind.INVENTORY_PULL})


def tr(text: str) -> str:
    return QCoreApplication.translate("StoreEditor", text)


class JobRow(QGroupBox):
    """One job kind: checkable; its schedule editor is enabled while it is checked."""

    def __init__(
        self,
        kind: JobKind,
        label: str,
        spec: ScheduleSpec,
        clock: Callable[[], datetime] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr(label), parent)
        self.kind = kind
        self.setCheckable(True)
        self.setAccessibleName(tr(label))
        self.schedule = ScheduleEditor(spec, self, clock=clock)
        layout = QVBoxLayout(self)
        layout.addWidget(self.schedule)


class JobsSection(QWidget):
    """Collects which jobs the store has and their schedules; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[JobKind, JobRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for kind, label, spec in STORE_JOB_KINDS:
            row = JobRow(kind, label, spec, clock, self)
            row.setChecked(kind in ON_BY_DEFAULT)
            row.toggled.connect(self.changed)
            row.schedule.changed.connect(self.changed)
            self.rows[kind] = row
            layout.addWidget(row)

    def load(self, jobs: Iterable[Job]) -> None:
        """Show a saved store's jobs: the kinds it has are checked with their schedules."""
        existing = {job.kind: job for job in jobs}
        for kind, row in self.rows.items():
            row.setChecked(kind in existing)
            if kind in existing:
                row.schedule.set_spec(existing[kind].schedule)

    def chosen(self) -> dict[JobKind, ScheduleSpec]:
        return {kind: row.schedule.spec() for kind, row in self.rows.items() if row.isChecked()}

    def problems(self) -> list[str]:
        found = []
        for row in self.rows.values():
            if row.isChecked() and (reason := row.schedule.error()):
                found.append(f"{row.title()}: {reason}")
        return found

"""One run in full: its summary, its log lines and the SKUs it changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.models import SyncRun
from app.core.ports import LogQuery
from app.core.services import AppServices
from app.ui.formatting import counts_summary, duration, full_time, number, run_status_label, trigger_label


class RunDetail(QDialog):
    MAX_LOG_LINES = 5000

    def __init__(
        self,
        services: AppServices,
        run: SyncRun,
        store_name: str,
        job_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(
            QCoreApplication.translate("RunDetail", "Run {id} — {store}").format(id=run.id, store=store_name)
        )
        summary = [
            f"{store_name} · {job_label} · {trigger_label(run.trigger)}",
            QCoreApplication.translate("RunDetail", "Started {start}, took {took}").format(
                start=full_time(run.started_at), took=duration(run.duration_seconds) or "—"
            ),
            f"{run_status_label(run.status)} · {counts_summary(run.counts)}",
        ]
        if run.error_message:
            summary.append(run.error_message)
        self.summary = QLabel("\n".join(summary))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        assert run.id is not None
        entries = services.logs.list_logs(LogQuery(run_id=run.id), offset=0, limit=self.MAX_LOG_LINES)
        entries.sort(key=lambda entry: entry.time)
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setAccessibleName(QCoreApplication.translate("RunDetail", "Log lines of this run"))
        self.log_view.setPlainText(
            "\n".join(f"{full_time(e.time)} {e.level.upper():8} {e.message}" for e in entries)
            or QCoreApplication.translate("RunDetail", "No log lines were kept for this run.")
        )

        changes = services.inventory.changes_for_run(run.id)
        self.changes = QTableWidget(len(changes), 3)
        self.changes.setAccessibleName(QCoreApplication.translate("RunDetail", "SKUs changed by this run"))
        self.changes.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RunDetail", "SKU"),
                QCoreApplication.translate("RunDetail", "Before"),
                QCoreApplication.translate("RunDetail", "After"),
            ]
        )
        for row, change in enumerate(changes):
            before = "—" if change.old_quantity is None else str(change.old_quantity)
            after = (
                QCoreApplication.translate("RunDetail", "removed")
                if change.new_quantity is None
                else str(change.new_quantity)
            )
            for column, value in enumerate((change.sku, before, after)):
                self.changes.setItem(row, column, QTableWidgetItem(value))
        self.changes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.changes.verticalHeader().hide()
        self.changes.horizontalHeader().setStretchLastSection(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(
            self.log_view, QCoreApplication.translate("RunDetail", "Log ({n})").format(n=number(len(entries)))
        )
        self.tabs.addTab(
            self.changes,
            QCoreApplication.translate("RunDetail", "Changes ({n})").format(n=number(len(changes))),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 30)

"""One run in full: its summary, its log lines and the SKUs it changed, on this computer or a server."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Mapping
from datetime import datetime
from typing import Any

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
from shiboken6 import isValid

from app.core.errors import StoreSyncError
from app.core.models import SyncRun
from app.ui.formatting import counts_summary, duration, full_time, number, run_status_label, trigger_label

log = logging.getLogger(__name__)


class RunDetail(QDialog):
    """Opens at once with the run's summary; its log lines and changes follow when read (`read`)."""

    def __init__(
        self,
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

        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setAccessibleName(QCoreApplication.translate("RunDetail", "Log lines of this run"))
        self.log_view.setPlainText(QCoreApplication.translate("RunDetail", "Reading the run's log…"))
        self.changes = QTableWidget(0, 3)
        self.changes.setAccessibleName(QCoreApplication.translate("RunDetail", "SKUs changed by this run"))
        self.changes.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RunDetail", "SKU"),
                QCoreApplication.translate("RunDetail", "Before"),
                QCoreApplication.translate("RunDetail", "After"),
            ]
        )
        self.changes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.changes.verticalHeader().hide()
        self.changes.horizontalHeader().setStretchLastSection(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.log_view, QCoreApplication.translate("RunDetail", "Log"))
        self.tabs.addTab(self.changes, QCoreApplication.translate("RunDetail", "Changes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 30)
        self.loaded: asyncio.Task[None] | None = None

    def read(self, run_id: int, detail: Coroutine[Any, Any, Mapping[str, Any]]) -> asyncio.Task[None]:
        """Show the log lines and changes of `detail` (the run as `run show --json` gives it) once
        read; a read that fails is said in the log tab."""

        async def fill() -> None:
            try:
                read = await detail
                if isValid(self):  # closed meanwhile: nothing left to show it in
                    self.show_detail(read)
            except StoreSyncError as error:
                self.show_problem(str(error))
            except Exception:  # an answer of a form this version cannot show, said in the dialog
                log.exception("Could not show run %s", run_id)
                self.show_problem(
                    QCoreApplication.translate("RunDetail", "an answer this version cannot show")
                )

        self.loaded = asyncio.ensure_future(fill())
        return self.loaded

    def show_problem(self, reason: str) -> None:
        """The run could not be read or shown: why, in the log tab."""
        if isValid(self):
            self.log_view.setPlainText(
                QCoreApplication.translate("RunDetail", "Could not read the run: {reason}").format(
                    reason=reason
                )
            )

    def show_detail(self, detail: Mapping[str, Any]) -> None:
        lines = detail.get("log") or []
        self.log_view.setPlainText(
            "\n".join(
                f"{full_time(datetime.fromisoformat(line['time']))} {str(line['level']).upper():8} "
                f"{line['message']}"
                for line in lines
            )
            or QCoreApplication.translate("RunDetail", "No log lines were kept for this run.")
        )
        changes = detail.get("changes") or []
        self.changes.setRowCount(len(changes))
        for row, change in enumerate(changes):
            before = "—" if change["old"] is None else str(change["old"])
            removed = change["new"] is None
            after = QCoreApplication.translate("RunDetail", "removed") if removed else str(change["new"])
            for column, value in enumerate((str(change["sku"]), before, after)):
                self.changes.setItem(row, column, QTableWidgetItem(value))
        self.tabs.setTabText(
            0, QCoreApplication.translate("RunDetail", "Log ({n})").format(n=number(len(lines)))
        )
        self.tabs.setTabText(
            1, QCoreApplication.translate("RunDetail", "Changes ({n})").format(n=number(len(changes)))
        )

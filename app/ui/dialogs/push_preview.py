"""The preview of a stock push: the plan (SKU, source, rule, target now, target after, action),
why the guard would refuse it, the unmatched SKUs, CSV export of both, and "Push these changes",
which approves exactly this plan and starts the push. Non-modal: open with `open()`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.buffer_rules import RULE_ORDER
from app.core.models import Job
from app.core.push_plan import Action, PlannedPush, PlanRow
from app.ui.formatting import QT_TRANSLATE_NOOP, number
from app.ui.panels.list_panel import open_export_dialog

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("PushPreview", "SKU"),
    QT_TRANSLATE_NOOP("PushPreview", "Source SKU"),
    QT_TRANSLATE_NOOP("PushPreview", "Source"),
    QT_TRANSLATE_NOOP("PushPreview", "Rule"),
    QT_TRANSLATE_NOOP("PushPreview", "Target now"),
    QT_TRANSLATE_NOOP("PushPreview", "Target after"),
    QT_TRANSLATE_NOOP("PushPreview", "Action"),
)


class PlanModel(QAbstractTableModel):
    """The plan's rows that do something (write or skipped) first, then the unchanged ones."""

    def __init__(self, rows: list[PlanRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = sorted(rows, key=lambda row: row.action is Action.UNCHANGED)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation is Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PushPreview", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        values = (
            row.sku,
            row.source_sku if row.source_sku != row.sku else "",
            _number(row.source_quantity),
            row.rule,
            _number(row.target_now),
            _number(row.target_after),
            f"{row.action.value}: {row.reason}" if row.reason else row.action.value,
        )
        return values[index.column()]


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


class PushPreviewDialog(QDialog):
    """`push_requested(job, planned)` fires on "Push these changes"; the caller approves and runs."""

    push_requested = Signal(object, object)

    def __init__(
        self,
        job: Job,
        store_name: str,
        planned: PlannedPush,
        export_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.job = job
        self.planned = planned
        plan = planned.plan
        self.setWindowTitle(
            QCoreApplication.translate("PushPreview", "Preview push to {store}").format(store=store_name)
        )
        self.resize(900, 620)
        self._folder = export_folder
        self._store_name = store_name

        writes = plan.count(Action.WRITE)
        self.summary = QLabel(
            QCoreApplication.translate(
                "PushPreview", "{w} to write, {u} unchanged, {s} skipped. Rules apply in this order: {order}."
            ).format(
                w=writes,
                u=plan.count(Action.UNCHANGED),
                s=plan.count(Action.SKIPPED),
                order=" → ".join(RULE_ORDER),
            )
        )
        self.summary.setWordWrap(True)
        self.refusals = QLabel("\n".join(planned.refusals))
        self.refusals.setWordWrap(True)
        self.refusals.setStyleSheet("color: #b26a00")
        self.refusals.setVisible(bool(planned.refusals))

        self.model = PlanModel(plan.rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(QCoreApplication.translate("PushPreview", "Push plan"))
        self.table.verticalHeader().hide()
        self.table.resizeColumnsToContents()

        unmatched = plan.unmatched
        self.unmatched_lists: dict[str, QListWidget] = {}
        unmatched_page = QWidget()
        unmatched_layout = QHBoxLayout(unmatched_page)
        for title, skus in (
            (QCoreApplication.translate("PushPreview", "Only on the source"), unmatched.only_on_source),
            (QCoreApplication.translate("PushPreview", "Only on the target"), unmatched.only_on_target),
            (QCoreApplication.translate("PushPreview", "Duplicated"), unmatched.duplicated),
        ):
            column = QVBoxLayout()
            column.addWidget(
                QLabel(
                    QCoreApplication.translate("PushPreview", "{title}: {n}").format(
                        title=title, n=number(len(skus))
                    )
                )
            )
            listing = QListWidget()
            listing.setAccessibleName(title)
            listing.addItems(skus)
            column.addWidget(listing)
            unmatched_layout.addLayout(column)
            self.unmatched_lists[title] = listing

        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, QCoreApplication.translate("PushPreview", "Plan"))
        self.tabs.addTab(
            unmatched_page,
            QCoreApplication.translate("PushPreview", "Unmatched SKUs ({n})").format(
                n=number(unmatched.total)
            ),
        )

        self.push_button = QPushButton(QCoreApplication.translate("PushPreview", "Push these changes"))
        self.push_button.setEnabled(writes > 0)
        self.push_button.setDefault(True)
        self.export_plan = QPushButton(QCoreApplication.translate("PushPreview", "Export plan CSV…"))
        self.export_unmatched = QPushButton(
            QCoreApplication.translate("PushPreview", "Export unmatched CSV…")
        )
        self.export_pairs = QPushButton(
            QCoreApplication.translate("PushPreview", "Export SKU pairs to fill in…")
        )
        self.export_pairs.setToolTip(
            QCoreApplication.translate(
                "PushPreview",
                "The SKUs only on the source, each with an empty target SKU: fill them in, then import the "
                "file with Import SKU pairs in the store's push rules.",
            )
        )
        self.export_pairs.setEnabled(bool(unmatched.only_on_source))
        close = QPushButton(QCoreApplication.translate("PushPreview", "Close"))
        self.push_button.clicked.connect(self._push)
        self.export_plan.clicked.connect(
            lambda: self._export("storesync-push-plan.csv", lambda: self.planned.plan.to_csv())
        )
        self.export_unmatched.clicked.connect(
            lambda: self._export("storesync-unmatched.csv", lambda: self.planned.plan.unmatched.to_csv())
        )
        self.export_pairs.clicked.connect(
            lambda: self._export(
                "storesync-sku-pairs.csv", lambda: self.planned.plan.unmatched.pairs_to_fill_in()
            )
        )
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_plan)
        buttons.addWidget(self.export_unmatched)
        buttons.addWidget(self.export_pairs)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.push_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.refusals)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _push(self) -> None:
        self.push_requested.emit(self.job, self.planned)
        self.accept()

    def _export(self, file_name: str, text: Callable[[], str]) -> None:
        open_export_dialog(
            self,
            QCoreApplication.translate("PushPreview", "Export"),
            self._folder,
            "CSV (*.csv)",
            file_name,
            lambda path: self.write_csv(path, text()),
        )

    def write_csv(self, path: str, text: str) -> None:
        Path(path).write_text(text, encoding="utf-8")

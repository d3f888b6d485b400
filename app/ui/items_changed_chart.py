"""Items changed per run of one store (created + updated + removed), as bars, oldest run first.

QtCharts is imported when the chart is built, as in app.ui.quantity_chart (same library, same reasons:
measured there against pyqtgraph), so the window's start-up does not pay for it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from app.core.models import JobKind, SyncRun
from app.ui.chart_view import chart_view, charts_missing, load_charts
from app.ui.formatting import local_time

STOCK_KINDS = (JobKind.INVENTORY_PULL, JobKind.STOCK_PUSH)


def items_changed(run: SyncRun) -> int:
    return run.counts.created + run.counts.updated + run.counts.deleted


def run_labels(runs: Sequence[SyncRun]) -> list[str]:
    """Each run's start time; a category axis needs distinct labels, so a repeated time is numbered."""
    labels: list[str] = []
    for run in runs:
        label = local_time(run.started_at)
        repeat = sum(1 for seen in labels if seen == label or seen.startswith(f"{label} ("))
        labels.append(f"{label} ({repeat + 1})" if repeat else label)
    return labels


class ItemsChangedChart(QWidget):
    """`set_runs(runs)` (any order) draws the stock runs among them; the message page shows the empty,
    loading and error states."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self._message = QLabel(self.tr("Loading…"))
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._stack.addWidget(self._message)
        self._view: Any = None
        self._charts: Any = None
        self._values: list[int] = []
        self._charts = load_charts()
        if self._charts is None:
            self._message.setText(charts_missing())
            return
        self._view = chart_view(self._charts, self.tr("Items changed per run"), 180, legend=False)
        self._stack.addWidget(self._view)

    def set_error(self, text: str) -> None:
        self._show_message(self.tr("The runs could not be read: {error}").format(error=text))

    def _show_message(self, text: str) -> None:
        self._values = []
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def message(self) -> str:
        return self._message.text() if self._stack.currentWidget() is self._message else ""

    def values(self) -> list[int]:
        """The bars drawn, oldest run first."""
        return list(self._values)

    def set_runs(self, runs: Sequence[SyncRun]) -> None:
        stock_runs = sorted((run for run in runs if run.kind in STOCK_KINDS), key=lambda run: run.started_at)
        if not stock_runs:
            self._show_message(self.tr("No stock run yet."))
            return
        if self._view is None:
            return
        charts = self._charts
        chart = self._view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._values = [items_changed(run) for run in stock_runs]
        bars = charts.QBarSet(self.tr("Items changed"))
        bars.append(self._values)
        series = charts.QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        x_axis = charts.QBarCategoryAxis()
        x_axis.append(run_labels(stock_runs))
        if len(stock_runs) > 8:
            x_axis.setLabelsAngle(-45)
        y_axis = charts.QValueAxis()
        y_axis.setLabelFormat("%d")
        y_axis.setRange(0, max(1, max(self._values)) * 1.1)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self._stack.setCurrentWidget(self._view)

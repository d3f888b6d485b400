"""A chart of quantities over time, one stepped line per series (a store, for a SKU's history).

QtCharts (PySide6-Addons) is imported when the first chart is built, not with the window, so start-up
does not pay for it. Measured against pyqtgraph on this machine: creating the first chart costs
22-86 ms with QtCharts and 1.2-1.9 s with pyqtgraph (numpy's import is most of it); QtCharts adds
about 4 MB of libraries to an installed build, pyqtgraph with numpy about 83 MB."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.chart_view import chart_view, charts_missing, load_charts

Point = tuple[datetime, int]


class QuantityChart(QWidget):
    """`set_series({name: [(time, quantity), ...]})` draws each series as steps: a quantity holds
    until the next change."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._title = title
        self._view: Any = None
        self._charts: Any = None
        self._charts = load_charts()
        if self._charts is None:
            self.unavailable = QLabel(charts_missing())
            self.unavailable.setWordWrap(True)
            layout.addWidget(self.unavailable)
            return
        self._view = chart_view(
            self._charts, title, 220, accessible_name=title or self.tr("Quantity over time")
        )
        layout.addWidget(self._view)

    @property
    def available(self) -> bool:
        return self._view is not None

    def series_names(self) -> list[str]:
        if self._view is None:
            return []
        return [series.name() for series in self._view.chart().series()]

    def points(self, name: str) -> list[tuple[int, float]]:
        """The drawn points of one series as (milliseconds since the epoch, quantity)."""
        if self._view is None:
            return []
        for series in self._view.chart().series():
            if series.name() == name:
                return [(int(point.x()), point.y()) for point in series.points()]
        return []

    def set_series(self, series: Mapping[str, Sequence[Point]], until: datetime | None = None) -> None:
        """Draw `series`; with `until`, each line holds its last quantity up to that time."""
        if self._view is None:
            return
        charts = self._charts
        chart = self._view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        x_axis = charts.QDateTimeAxis()
        x_axis.setFormat("dd.MM HH:mm")
        y_axis = charts.QValueAxis()
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        times: list[int] = []
        top = 0
        for name, points in series.items():
            line = charts.QLineSeries()
            line.setName(name)
            previous: int | None = None
            for moment, quantity in points:
                stamp = int(moment.timestamp() * 1000)
                if previous is not None:
                    line.append(stamp, previous)
                line.append(stamp, quantity)
                previous = quantity
                times.append(stamp)
                top = max(top, quantity)
            if until is not None and previous is not None:
                end = int(until.timestamp() * 1000)
                line.append(end, previous)
                times.append(end)
            line.setPointsVisible(True)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        if times and max(times) - min(times) < 86_400_000:
            x_axis.setFormat("HH:mm:ss")
        if times:
            x_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(min(times)), QDateTime.fromMSecsSinceEpoch(max(times))
            )
        y_axis.setRange(0, max(1, top) * 1.1)

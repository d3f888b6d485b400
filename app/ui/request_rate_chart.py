"""Requests per time bucket over one run, with the store's "slow down" answers (429, THROTTLED) marked
and the time spent waiting on rate limits shaded: whether a slow run was the store holding us back.

The buckets are those app.core.request_meter recorded with the run. QtCharts is imported when the chart
is built, as in app.ui.quantity_chart (same library, same reasons: measured there against pyqtgraph)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from app.core.request_meter import RequestProfile
from app.ui.chart_view import chart_view, charts_missing, load_charts
from app.ui.formatting import number
from app.ui.theme import readable

THROTTLED_COLOUR = "#c62828"
WAIT_COLOUR = "#ef8a00"
REQUEST_COLOUR = "#1e6fd9"
MOST_TICKS = 6


def bucket_starts(profile: RequestProfile) -> list[float]:
    """Each bucket's start, in seconds since the run started."""
    return [index * profile.bucket_seconds for index in range(len(profile.requests))]


def steps(profile: RequestProfile, values: tuple[float, ...] | tuple[int, ...]) -> list[QPointF]:
    """A value per bucket drawn flat across its bucket: two points per bucket, at its two edges."""
    width = profile.bucket_seconds
    points: list[QPointF] = []
    for start, value in zip(bucket_starts(profile), values, strict=True):
        points += [QPointF(start, value), QPointF(start + width, value)]
    return points


def tick_step(highest: float, smallest: float) -> float:
    """A round step (1, 2 or 5 times a power of ten, at least `smallest`) giving at most MOST_TICKS
    intervals from 0 to `highest`."""
    for exponent in range(-1, 9):
        for mantissa in (1, 2, 5):
            step = mantissa * 10.0**exponent
            if step >= smallest and highest / step <= MOST_TICKS:
                return step
    return max(highest, smallest)


class RequestRateChart(QWidget):
    """`set_profile(profile)` draws one run; `set_empty`, `set_error` and the initial loading text are
    the message page's states."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self._message = QLabel(self.tr("Loading…"))
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._stack.addWidget(self._message)
        self._view: Any = None
        self._charts: Any = None
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._charts = load_charts()
        if self._charts is None:
            self._message.setText(charts_missing())
            return
        self._view = chart_view(self._charts, self.tr("Requests over the run"), 200)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._summary)
        self._stack.addWidget(page)
        self._page = page

    def message(self) -> str:
        """The state shown instead of a chart ("" while a chart is shown)."""
        return self._message.text() if self._stack.currentWidget() is self._message else ""

    def summary(self) -> str:
        return self._summary.text() if self.message() == "" else ""

    def set_loading(self) -> None:
        self._show_message(self.tr("Loading…"))

    def set_empty(self, text: str) -> None:
        self._show_message(text)

    def set_error(self, text: str) -> None:
        self._show_message(self.tr("The requests of this run could not be read: {error}").format(error=text))

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)
        if self._view is not None:
            self._view.chart().removeAllSeries()

    def series(self, name: str) -> list[tuple[float, float]]:
        """The value drawn for each bucket by the series called `name` ("requests" or "waited", as
        (bucket start, value)), or for "throttled" each marker drawn (bucket middle, answers)."""
        if self._view is None or self.message():
            return []
        for drawn in self._view.chart().series():
            if drawn.objectName() != name:
                continue
            line = drawn.upperSeries() if isinstance(drawn, self._charts.QAreaSeries) else drawn
            points = [(point.x(), point.y()) for point in line.points()]
            return points if name == "throttled" else points[::2]
        return []

    def set_profile(self, profile: RequestProfile) -> None:
        if self._view is None:
            return
        charts = self._charts
        chart = self._view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        width = profile.bucket_seconds

        request_line = charts.QLineSeries()
        request_line.append(steps(profile, profile.requests))
        requests = charts.QAreaSeries(request_line)
        request_line.setParent(requests)  # the area only borrows its line: without an owner Python frees it
        requests.setObjectName("requests")
        requests.setName(self.tr("Requests"))
        fill = QColor(readable(REQUEST_COLOUR))
        requests.setPen(fill)
        fill.setAlphaF(0.4)
        requests.setBrush(fill)

        throttled = charts.QScatterSeries()
        throttled.setObjectName("throttled")
        throttled.setName(self.tr("“Slow down” answers (429)"))
        throttled.setColor(readable(THROTTLED_COLOUR))
        throttled.setMarkerSize(11)
        throttled.append(
            [
                QPointF(start + width / 2, count)
                for start, count in zip(bucket_starts(profile), profile.throttled, strict=True)
                if count > 0
            ]
        )

        waited = charts.QLineSeries()
        waited.setObjectName("waited")
        waited.setName(self.tr("Seconds waiting on rate limits"))
        pen = QPen(readable(WAIT_COLOUR))
        pen.setWidthF(2.5)
        waited.setPen(pen)
        waited.append(steps(profile, profile.waited))

        for series in (requests, waited, throttled):
            chart.addSeries(series)
        run_seconds = max(width, len(profile.requests) * width)
        x_axis = self._axis(run_seconds, smallest=1.0)
        x_axis.setTitleText(self.tr("Seconds since the run started"))
        count_axis = self._axis(max([*profile.requests, *profile.throttled, 1]) * 1.1, smallest=1.0)
        count_axis.setTitleText(self.tr("Per {seconds} s").format(seconds=number(width)))
        wait_axis = self._axis(max([*profile.waited, 0.5]), smallest=0.1)
        wait_axis.setTitleText(self.tr("Seconds waiting"))
        x_axis.setRange(0, run_seconds)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(count_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(wait_axis, Qt.AlignmentFlag.AlignRight)
        for series in (requests, throttled, waited):
            series.attachAxis(x_axis)
        requests.attachAxis(count_axis)
        throttled.attachAxis(count_axis)
        waited.attachAxis(wait_axis)
        self._summary.setText(
            self.tr(
                "Requests: {requests} · “Slow down” answers: {throttled} · Waiting on rate limits: {waited} s"
            ).format(
                requests=number(profile.total_requests),
                throttled=number(profile.total_throttled),
                waited=number(profile.total_waited, 1),
            )
        )
        self._stack.setCurrentWidget(self._page)

    def _axis(self, highest: float, smallest: float) -> Any:
        """A value axis from 0 with round ticks, its top a tick at or above `highest`."""
        step = tick_step(highest, smallest)
        axis = self._charts.QValueAxis()
        axis.setTickType(self._charts.QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setRange(0, step * math.ceil(highest / step - 1e-9))
        axis.setLabelFormat("%d" if step >= 1 else "%.1f")
        return axis

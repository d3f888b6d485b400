"""A timeline of runs, one lane per store: each run a bar from its start to its end, coloured by its
result. Painted directly: QtCharts (the charts' library elsewhere) has no range-bar series, and a
series per run would build a graphics item per run; this costs only the bars in view and imports nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.core.models import RunStatus, SyncRun
from app.ui.formatting import duration, full_time, local_time, now_utc, run_status_label
from app.ui.theme import readable

RESULT_COLORS = {
    RunStatus.SUCCEEDED: "#2e7d32",
    RunStatus.PARTIAL: "#b26a00",
    RunStatus.FAILED: "#c62828",
    RunStatus.INTERRUPTED: "#b26a00",
    RunStatus.RUNNING: "#1565c0",
    RunStatus.SKIPPED: "#9e9e9e",
}
MAX_LANES = 12


@dataclass(frozen=True, slots=True)
class TimelineBar:
    lane: str
    run: SyncRun
    start: datetime
    end: datetime


class RunTimeline(QWidget):
    """`set_runs(runs, lane_of)` shows the runs; `set_loading()` and `set_error(text)` the other states.
    The lanes are the stores with the most recent runs, at most MAX_LANES; the axis spans from the
    oldest run shown to now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline of runs"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._bars: list[TimelineBar] = []
        self._lanes: list[str] = []
        self._hidden_lanes = 0
        self._message = self.tr("Loading…")
        self._span: tuple[datetime, datetime] | None = None
        self._boxes: list[tuple[QRectF, TimelineBar]] = []

    # --- states -------------------------------------------------------------------------------

    def set_loading(self) -> None:
        self._show_message(self.tr("Loading…"))

    def set_error(self, text: str) -> None:
        self._show_message(self.tr("The timeline could not be read: {error}").format(error=text))

    def _show_message(self, text: str) -> None:
        self._bars, self._lanes, self._message = [], [], text
        self.updateGeometry()
        self.update()

    def set_runs(self, runs: Sequence[SyncRun], lane_of: dict[int, str], now: datetime | None = None) -> None:
        """`lane_of` maps a run's id to its lane (the store's name as the table shows it)."""
        moment = now or now_utc()
        lanes: list[str] = []
        for run in runs:  # newest first: the first lanes met are the most recently active
            lane = lane_of.get(run.id or 0, "")
            if lane not in lanes:
                lanes.append(lane)
        shown = set(lanes[:MAX_LANES])
        self._hidden_lanes = max(0, len(lanes) - MAX_LANES)
        self._lanes = sorted(shown, key=str.lower)
        self._bars = [
            TimelineBar(lane_of.get(run.id or 0, ""), run, run.started_at, run.finished_at or moment)
            for run in runs
            if lane_of.get(run.id or 0, "") in shown
        ]
        if self._bars:
            self._span = (min(bar.start for bar in self._bars), max(moment, *(bar.end for bar in self._bars)))
            self._message = ""
        else:
            self._span = None
            self._message = self.tr("No runs to show for these filters.")
        self.updateGeometry()
        self.update()

    def bars(self) -> list[TimelineBar]:
        return list(self._bars)

    def lanes(self) -> list[str]:
        return list(self._lanes)

    def message(self) -> str:
        return self._message

    # --- drawing ------------------------------------------------------------------------------

    def _lane_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        lanes = max(1, len(self._lanes)) if not self._message else 2
        return QSize(400, lanes * self._lane_height() + self.fontMetrics().height() * 2 + 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # each text in its own direction
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        self._boxes = []
        if self._message or self._span is None:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._message)
            return
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        gutter = min(180, max(metrics.horizontalAdvance(lane) for lane in self._lanes) + 16)
        lane_height = self._lane_height()
        plot = self.rect().adjusted(8, 6, -8, -(metrics.height() + 8))
        plot.setLeft(plot.left() + (0 if rtl else gutter))
        plot.setRight(plot.right() - (gutter if rtl else 0))
        start, end = self._span
        seconds = max(1.0, (end - start).total_seconds())

        def x_of(moment: datetime) -> float:
            share = (moment - start).total_seconds() / seconds
            return plot.right() - share * plot.width() if rtl else plot.left() + share * plot.width()

        text = palette.color(QPalette.ColorRole.Text)
        row_of = {lane: number for number, lane in enumerate(self._lanes)}
        for lane, number in row_of.items():
            top = plot.top() + number * lane_height
            label = QRect(8 if not rtl else plot.right() + 8, top, gutter - 16, lane_height)
            painter.setPen(text)
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            )
            painter.drawText(
                label, align, metrics.elidedText(lane, Qt.TextElideMode.ElideRight, label.width())
            )
            if number % 2:
                painter.fillRect(
                    QRect(plot.left(), top, plot.width(), lane_height),
                    palette.color(QPalette.ColorRole.AlternateBase),
                )
        for bar in self._bars:
            top = plot.top() + row_of[bar.lane] * lane_height + 3
            left, right = sorted((x_of(bar.start), x_of(bar.end)))
            box = QRectF(left, top, max(2.0, right - left), lane_height - 6)
            painter.fillRect(box, readable(RESULT_COLORS.get(bar.run.status, "#757575")))
            self._boxes.append((box, bar))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        axis_top = plot.top() + len(self._lanes) * lane_height + 4
        for moment, alignment in ((start, Qt.AlignmentFlag.AlignLeft), (end, Qt.AlignmentFlag.AlignRight)):
            if rtl:
                alignment = (
                    Qt.AlignmentFlag.AlignRight
                    if alignment == Qt.AlignmentFlag.AlignLeft
                    else Qt.AlignmentFlag.AlignLeft
                )
            painter.drawText(
                QRect(plot.left(), axis_top, plot.width(), metrics.height()), alignment, local_time(moment)
            )
        if self._hidden_lanes:
            painter.drawText(
                QRect(plot.left(), axis_top, plot.width(), metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                self.tr("and %Ln more store(s) in the table", "", self._hidden_lanes),
            )

    def drawn(self) -> list[tuple[QRectF, TimelineBar]]:
        """Each bar with the rectangle it was last painted in."""
        return list(self._boxes)

    def bar_at(self, point: QPoint) -> TimelineBar | None:
        for box, bar in self._boxes:
            if box.adjusted(-2, 0, 2, 0).contains(point.toPointF()):
                return bar
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    f"{bar.lane}\n{full_time(bar.start)} · {run_status_label(bar.run.status)} · "
                    f"{duration(bar.run.duration_seconds)}",
                    self,
                )
            return True
        return super().event(event)

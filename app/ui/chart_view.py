"""What every chart of the window starts from: QtCharts imported when a chart is first built (not with
the window, so start-up stays short; see app.ui.quantity_chart for the choice of library), the line
shown where the installation lacks it, and the chart view itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter

from app.ui.theme import is_dark


def load_charts() -> Any | None:
    """PySide6's QtCharts module; None when this installation lacks PySide6-Addons."""
    try:
        from PySide6 import QtCharts
    except ImportError:
        return None
    return QtCharts


def charts_missing() -> str:
    return QCoreApplication.translate(
        "Charts", "Charts need PySide6-Addons, which this installation lacks; the table has the same data."
    )


def chart_view(
    charts: Any, title: str, minimum_height: int, *, legend: bool = True, accessible_name: str = ""
) -> Any:
    """A QChartView with an antialiased chart titled `title` (its accessible name too, unless one is
    given), its legend below unless `legend` is false, in the dark theme when the window is dark."""
    chart = charts.QChart()
    if is_dark():
        chart.setTheme(charts.QChart.ChartTheme.ChartThemeDark)
    chart.setTitle(title)
    if legend:
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    else:
        chart.legend().hide()
    view = charts.QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(minimum_height)
    view.setAccessibleName(accessible_name or title)
    return view

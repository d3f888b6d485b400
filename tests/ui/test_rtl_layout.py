"""Right to left (Arabic): every panel mirrors and no control overlaps another, checked from the widgets'
geometry; the Overview's cards start on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import events_delivered, open_desktop, wait_idle


def _overlapping_siblings(root: QWidget) -> list[tuple[str, str]]:
    """Pairs of visible sibling widgets whose rectangles intersect (a stacked page and the widgets of an
    item view's viewport are not siblings in a layout, so they are left out)."""
    overlaps: list[tuple[str, str]] = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible() or parent.layout() is None:
            continue
        layout = parent.layout()
        children = [
            item.widget()
            for number in range(layout.count())
            if (item := layout.itemAt(number)) is not None
            and item.widget() is not None
            and item.widget().isVisible()
        ]
        for first, widget in enumerate(children):
            for other in children[first + 1 :]:
                if widget.geometry().intersects(other.geometry()):
                    overlaps.append(
                        (
                            widget.objectName() or type(widget).__name__,
                            other.objectName() or type(other).__name__,
                        )
                    )
    return overlaps


async def test_every_panel_mirrors_without_overlaps_and_cards_start_on_the_right(tmp_path: Path) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    qt_app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        async with open_desktop(tmp_path, demo=True) as app:
            window = app.window
            window.resize(QSize(1366, 768))
            await wait_idle(app)
            for number in range(window.tabs.count()):
                window.tabs.setCurrentIndex(number)
                await events_delivered()
                panel = window.tabs.currentWidget()
                assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
                assert _overlapping_siblings(panel) == [], window.tabs.tabText(number)
            assert _overlapping_siblings(window) == []
            overview = window.overview_panel
            window.tabs.setCurrentWidget(overview)
            await events_delivered()
            first: QRect = overview.cards.visualRect(overview.model.index(0))
            viewport = overview.cards.viewport().rect()
            assert first.right() > viewport.center().x(), "the first card sits on the right"
            tab_bar = window.tabs.tabBar()
            assert tab_bar.tabRect(0).left() > tab_bar.tabRect(1).left(), "the first tab is the rightmost"
    finally:
        qt_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

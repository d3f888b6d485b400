"""The window's size and columns: it opens at a size taken from the screen, remembers the merchant's
size and column widths, and at 1366x768 every status and every row's buttons are in full view."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication

from app.core.events import StoresChanged
from app.ui.models.store_status import StoreStatusModel
from app.ui.panels.stores import STATUS_MOST_CHARS
from app.ui.window_layout import initial_window_size
from tests.ui.conftest import events_delivered, open_desktop, wait_idle, wait_until


def test_the_window_fills_a_small_screen_and_part_of_a_large_one() -> None:
    laptop = initial_window_size(QRect(0, 0, 1366, 740))
    assert laptop.width() >= 1300 and laptop.height() >= 700
    assert laptop.width() <= 1366 and laptop.height() <= 740
    large = initial_window_size(QRect(0, 0, 2560, 1400))
    assert 1400 <= large.width() < 2560 and 860 <= large.height() < 1400
    tiny = initial_window_size(QRect(0, 0, 1024, 600))
    assert tiny.width() <= 1024 and tiny.height() <= 600


def _elided_statuses(app: object) -> list[str]:
    panel = app.window.stores_panel  # type: ignore[attr-defined]
    table = panel.table
    header = table.horizontalHeader()
    width = header.sectionSize(StoreStatusModel.STATUS)
    metrics = table.fontMetrics()
    padding = table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table) * 2 + 2
    elided = []
    for row in range(panel.proxy.rowCount()):
        text = str(panel.proxy.data(panel.proxy.index(row, StoreStatusModel.STATUS)))
        if metrics.horizontalAdvance(text) + padding > width:
            elided.append(text)
    return elided


async def test_at_1366x768_no_status_is_elided_and_the_row_buttons_are_in_view(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        window = app.window
        window.resize(QSize(1366, 768))
        window.tabs.setCurrentWidget(window.stores_panel)
        await wait_idle(app)
        panel = window.stores_panel
        await events_delivered()
        await wait_until(lambda: panel.proxy.rowCount() > 0, what="rows")
        await wait_until(lambda: _elided_statuses(app) == [], within=20, what="every status in full")
        table = panel.table
        assert not table.horizontalScrollBar().isVisible(), "the action buttons sit behind a scroll bar"
        viewport = table.viewport().rect()
        for job_id in (s.job_id for s in app.status.states()):
            actions = panel.row_actions(job_id)
            assert actions is not None
            right = actions.mapTo(table.viewport(), actions.sync_button.geometry().topRight())
            assert viewport.contains(right), "Sync now is cut off"


async def test_a_long_reason_to_need_attention_leaves_the_row_buttons_in_view(tmp_path: Path) -> None:
    """The status column grew to a job's whole reason ("paused after 4 failed runs: ..." and the
    store's answer) and pushed Sync now and Resume behind a scroll bar: it is elided, the tooltip whole."""
    reason = "paused after 4 failed runs: 127.0.0.1/g/stock answered page 4 again " + "and again " * 12
    async with open_desktop(tmp_path, demo=True) as app:
        window = app.window
        window.resize(QSize(1366, 768))
        window.tabs.setCurrentWidget(window.stores_panel)
        panel = window.stores_panel
        await wait_until(lambda: panel.proxy.rowCount() > 0, what="rows")
        job = app.services.stores.list_jobs()[0]
        await app.services.stores.save_job(dataclasses.replace(job, paused=True, paused_reason=reason))
        app.services.bus.publish(StoresChanged())
        model = panel.proxy

        def the_reason_shown() -> bool:
            tips = [model.data(model.index(row, StoreStatusModel.STATUS), Qt.ItemDataRole.ToolTipRole)
                    for row in range(model.rowCount())]  # fmt: skip
            return reason in tips

        await wait_until(the_reason_shown, within=20, what="the job needing attention, its reason whole")
        table = panel.table
        header = table.horizontalHeader()
        fitted = table.fontMetrics().averageCharWidth() * STATUS_MOST_CHARS
        await wait_until(
            lambda: header.sectionSize(StoreStatusModel.STATUS) >= fitted, what="the column fitted"
        )
        await events_delivered()
        assert not table.horizontalScrollBar().isVisible(), "the action buttons sit behind a scroll bar"
        viewport = table.viewport().rect()
        actions = panel.row_actions(job.id)
        assert actions is not None
        right = actions.mapTo(table.viewport(), actions.sync_button.geometry().topRight())
        assert viewport.contains(right), "Sync now is cut off"


async def test_size_and_column_widths_come_back_at_the_next_start(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        window = app.window
        screen = window.screen().availableGeometry()
        assert window.size() == initial_window_size(screen), "the first start sizes from the screen"
        window.resize(QSize(790, 580))
        header = window.history_panel.table.horizontalHeader()
        header.resizeSection(0, 211)
        window.save_layout()
    async with open_desktop(tmp_path, demo=True) as app:
        window = app.window
        assert window.size() == QSize(790, 580)
        assert window.history_panel.table.horizontalHeader().sectionSize(0) == 211


async def test_columns_saved_before_stores_were_removed_do_not_come_back(tmp_path: Path) -> None:
    """The inventory has a column per store: widths saved with five stores were restored after two were
    removed, and the header asked the model for columns it no longer had (an error dialog at every start
    and on every visit to Inventory)."""
    async with open_desktop(tmp_path, demo=True) as app:
        window = app.window
        window.tabs.setCurrentWidget(window.inventory_panel)
        model = window.inventory_panel.table.model()
        await wait_until(lambda: model.columnCount() == 3 + 5, what="a column per demo store")
        window.save_layout()
        stores = app.services.stores.list_stores()
        for store in stores[:2]:
            await app.services.stores.delete_store(store.id)
    async with open_desktop(tmp_path) as app:
        window = app.window
        window.tabs.setCurrentWidget(window.inventory_panel)
        table = window.inventory_panel.table
        model = table.model()
        await wait_until(lambda: model.columnCount() == 3 + 3, what="a column per remaining store")
        await events_delivered()
        header = table.horizontalHeader()
        assert header.count() == model.columnCount()
        names = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(header.count())]
        assert names == ["SKU", "Name", *(store.name for store in stores[2:]), "Last seen"]


async def test_every_menu_action_has_a_shortcut_listed_in_help(tmp_path: Path) -> None:
    from app.ui.dialogs.shortcuts import menu_shortcuts

    async with open_desktop(tmp_path) as app:
        window = app.window
        listed = menu_shortcuts(window.menuBar())
        assert len(listed) >= 12
        assert [row for row in listed if not row[2]] == [], "an action without a shortcut"
        assert len({row[2] for row in listed}) == len(listed), "two actions share keys"
        dialog = window.show_shortcuts()
        assert dialog.listed() == listed
        assert ("Help", "Keyboard shortcuts", "Ctrl+/") in listed
        assert ("Sync", "Sync all now", "Ctrl+R") in listed
        dialog.close()


async def test_a_dark_system_scheme_gives_a_dark_window_with_readable_status_colours(tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush

    from app.ui.theme import ThemeFollower, is_dark

    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    follower = ThemeFollower(qt_app)
    try:
        async with open_desktop(tmp_path, demo=True) as app:
            await wait_idle(app)
            follower.apply(Qt.ColorScheme.Dark)
            await wait_until(lambda: is_dark(app.window.palette()), what="a dark window")
            model = app.status
            succeeded = [
                model.data(model.index(row, StoreStatusModel.STATUS), Qt.ItemDataRole.ForegroundRole)
                for row in range(model.rowCount())
            ]
            colours = [brush.color() for brush in succeeded if isinstance(brush, QBrush)]
            assert colours, "some status is coloured"
            background = app.window.palette().color(app.window.palette().ColorRole.Base)
            assert all(colour.lightness() - background.lightness() > 100 for colour in colours)
            follower.apply(Qt.ColorScheme.Light)
            await wait_until(lambda: not is_dark(app.window.palette()), what="a light window again")
    finally:
        follower.apply(Qt.ColorScheme.Light)
        follower.deleteLater()

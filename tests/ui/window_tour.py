"""A tour of every panel and dialog of the running window, for the language tests: what each shows in
words (labels, buttons, headers, tooltips, titles, placeholders, menus) and where its controls sit."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from shiboken6 import isValid

from app.core.models import Job, JobKind
from app.core.schedule import ScheduleSpec
from app.ui.dialogs.push_preview import PushPreviewDialog
from app.ui.dialogs.remove_store import confirm_remove_store
from app.ui.start_failure import StartFailureWindow
from tests.ui.conftest import events_delivered, wait_idle, wait_until

FAILURE_MESSAGE = "The data folder is used by another StoreSync."  # comes from core: English
Visit = Callable[[str, QWidget], Awaitable[None]]
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class ShownText:
    where: str
    text: str


def _plain(text: str) -> str:
    return _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _standard_button(widget: QWidget) -> bool:
    """Qt's own buttons (Save, Cancel, OK; a tab bar's scroll arrows) are translated by Qt's catalogue,
    not ours."""
    box = widget.parentWidget()
    if isinstance(box, QTabBar):
        return True
    if isinstance(box, QDialogButtonBox) and isinstance(widget, QAbstractButton):
        return box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    if isinstance(box, QMessageBox) and isinstance(widget, QAbstractButton):
        return box.standardButton(widget) != QMessageBox.StandardButton.NoButton
    return False


def _menu_texts(menu: QMenu, where: str) -> Iterator[ShownText]:
    for action in menu.actions():
        yield ShownText(where, _plain(action.text()))
        yield ShownText(where, action.toolTip())
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), where)


def _texts_of(widget: QWidget, where: str) -> Iterator[ShownText]:
    if _standard_button(widget):
        return
    if widget.isWindow():
        yield ShownText(where, widget.windowTitle())
    yield ShownText(where, widget.toolTip())
    yield ShownText(where, widget.accessibleName())
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield ShownText(where, _plain(widget.text()))
    if isinstance(widget, QGroupBox):
        yield ShownText(where, widget.title())
    if isinstance(widget, QLineEdit):
        yield ShownText(where, widget.placeholderText())
    if isinstance(widget, QAbstractSpinBox):
        yield ShownText(where, widget.specialValueText())
        yield ShownText(where, getattr(widget, "suffix", lambda: "")())
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield ShownText(where, widget.itemText(index))
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield ShownText(where, _plain(widget.tabText(index)))
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
        for column in range(header.count()):
            title = widget.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            yield ShownText(where, str(title or ""))
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            yield ShownText(where, _plain(action.text()))
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), where)


def shown_texts(root: QWidget, where: str) -> list[ShownText]:
    """Every text of `root` and its children that a merchant (or a screen reader) may read."""
    found: list[ShownText] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isValid(widget):
            continue
        found.extend(item for item in _texts_of(widget, where) if item.text.strip())
    return found


def overlapping_controls(root: QWidget) -> list[str]:
    """Pairs of visible sibling controls whose rectangles cover each other."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not isValid(parent) or not parent.isVisible() or parent.layout() is None:
            continue
        children = [
            child
            for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if child.isVisible() and not child.isWindow() and child.width() > 0 and child.height() > 0
        ]
        for index, first in enumerate(children):
            for second in children[index + 1 :]:
                common: QRect = first.geometry().intersected(second.geometry())
                if common.width() > 1 and common.height() > 1:
                    found.append(f"{type(parent).__name__}: {_describe(first)} overlaps {_describe(second)}")
    return found


def _describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = _plain(widget.text())
    return f"{type(widget).__name__}({text or widget.objectName() or widget.accessibleName()!r})"


async def _show(where: str, widget: QWidget, visit: Visit) -> None:
    """Each tab of each tab widget in turn, then the widget closed."""
    widget.show()
    await events_delivered()
    tab_widgets = [tabs for tabs in widget.findChildren(QTabWidget) if tabs.count() > 1]
    await visit(where, widget)
    for tabs in tab_widgets:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            await events_delivered()
            await visit(f"{where} / {_plain(tabs.tabText(index))}", widget)
        tabs.setCurrentIndex(0)


async def tour(app: Any, visit: Visit) -> list[str]:
    """Open the main window's panels and every dialog of a demo desktop; returns what was visited."""
    await wait_idle(app, within=60)
    window = app.window
    window.resize(1366, 768)
    visited: list[str] = []

    async def seen(where: str, widget: QWidget) -> None:
        visited.append(where)
        await visit(where, widget)

    await _show("Main window", window, seen)
    actions = app.actions
    stores = {store.name: store for store in app.services.stores.list_stores()}
    some_store = next(iter(stores.values()))

    for name, open_dialog in (
        ("Settings", actions.open_settings),
        ("Add store", actions.add_store),
        ("Edit store", lambda: actions.edit_store(some_store.id)),
        ("About", window.show_about),
        ("Keyboard shortcuts", window.show_shortcuts),
    ):
        dialog = open_dialog()
        assert dialog is not None, name
        await _show(name, dialog, seen)
        dialog.close()

    await wait_until(lambda: window.history_panel.model.rowCount() > 0, within=30, what="history rows")
    run_detail = window.history_panel.open_detail(window.history_panel.model.index(0, 0))
    await _show("Run detail", run_detail, seen)
    run_detail.close()

    panel = window.stores_panel
    store_detail = panel.open_detail(panel.proxy.index(0, 0))
    assert store_detail is not None
    await _show("Store detail", store_detail, seen)
    store_detail.close()

    orders = window.orders_panel
    await wait_until(lambda: app.services.orders.count_orders() > 0, within=30, what="imported orders")
    orders.apply_filters()
    order_detail = orders.open_detail(orders.model.index(0, 0))
    await _show("Order detail", order_detail, seen)
    order_detail.close()

    levels = await app.services.inventory.stock_levels(stores["Demo WooCommerce"].id)
    sku_history = actions.show_sku_history(min(levels))
    await _show("SKU history", sku_history, seen)
    sku_history.close()

    remove = confirm_remove_store(app.services, some_store, window)
    await _show("Remove store", remove, seen)
    remove.reject()

    source, target = stores["Demo ERP (JSON API)"], stores["Demo WooCommerce"]
    job = await app.services.stores.save_job(
        Job(
            JobKind.STOCK_PUSH,
            ScheduleSpec.every(hours=24),
            store_id=target.id,
            paused=True,
            options={"source_store_id": source.id},
        )
    )
    opened: list[PushPreviewDialog] = []
    actions.preview_opened.connect(opened.append)
    actions.preview_push(job.id)
    await wait_until(lambda: opened, within=30, what="the push preview")
    await _show("Push preview", opened[0], seen)
    opened[0].close()

    failure = StartFailureWindow(FAILURE_MESSAGE)
    await _show("Start failure", failure, seen)
    failure.close()
    return visited

"""The Overview tab: a headline, the day's totals and one card per store. The cards are painted by a
delegate over a list model (no widget per card), so 200 stores cost what the cards in view cost. In a
server's console, the server's stores and figures (a card's details read this computer's database, so
they open only here)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.console import ConsoleRecords
from app.core.models import Store
from app.ui.actions import AppActions
from app.ui.bridge import EventBridge
from app.ui.formatting import local_time, next_run_text, relative_time
from app.ui.icons import platform_icon
from app.ui.models.overview import CARD_ROLE, OverviewModel, StoreCard
from app.ui.models.store_health import StoreHealth
from app.ui.models.store_status import StoreStatusModel
from app.ui.panels.empty_state import EmptyState
from app.ui.panels.store_detail import StoreDetail
from app.ui.theme import readable

HEALTH_COLORS = {
    StoreHealth.OK: "#2e7d32",
    StoreHealth.SYNCING: "#1565c0",
    StoreHealth.QUEUED: "#5c6bc0",
    StoreHealth.ATTENTION: "#c62828",
    StoreHealth.STALE: "#b26a00",
    StoreHealth.PAUSED: "#757575",
    StoreHealth.NO_JOBS: "#757575",
}
HEADLINE_REFRESH_MS = 30_000  # staleness comes with time, not with an event
SUMMARY_DELAY_MS = 150


CARD_CHARS = 56


class CardDelegate(QStyledItemDelegate):
    """Paints a card: platform icon, name and health; last and next run; items, low stock and
    failures; a sparkline of the latest run durations. Mirrored in a right-to-left layout."""

    def health_text(self, health: StoreHealth) -> str:
        return {
            StoreHealth.OK: self.tr("OK"),
            StoreHealth.SYNCING: self.tr("Syncing"),
            StoreHealth.QUEUED: self.tr("Queued"),
            StoreHealth.ATTENTION: self.tr("Needs attention"),
            StoreHealth.STALE: self.tr("Stale"),
            StoreHealth.PAUSED: self.tr("Paused"),
            StoreHealth.NO_JOBS: self.tr("No jobs"),
        }[health]

    def lines(self, card: StoreCard) -> tuple[str, str, str]:
        """The last run, the next, and the figures, each a line of its own: on one line the last and
        the next run did not fit a card in Polish, French or Arabic, and the next run time was cut."""
        last = self.tr("Last run {when}").format(when=relative_time(card.last_run))
        if card.health is StoreHealth.PAUSED:
            upcoming = self.tr("paused")
        elif card.health is StoreHealth.NO_JOBS:
            upcoming = self.tr("nothing scheduled")
        else:
            upcoming = self.tr("next {when}").format(when=next_run_text(card.next_run))
        figures = card.figures
        counts = [self.tr("%Ln item(s)", "", figures.items)]
        if figures.low_stock:
            counts.append(self.tr("%Ln low", "", figures.low_stock))
        counts.append(self.tr("%Ln failure(s) in 24 h", "", figures.failures))
        return last, upcoming, " · ".join(counts)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = option.fontMetrics
        return QSize(metrics.averageCharWidth() * CARD_CHARS, metrics.height() * 7 + 28)

    @staticmethod
    def text_width(size: QSize) -> int:
        """The width a card of `size` gives its lines (its frame and margins taken off)."""
        return size.width() - 8 - 22

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, StoreCard):
            return
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)
        palette: QPalette = option.palette
        direction: Qt.LayoutDirection = option.direction
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        accent = readable(HEALTH_COLORS[card.health])
        painter.save()
        # Each text runs in its own direction (an English name stays readable in an Arabic window);
        # where it sits follows the window's direction.
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        # A muted text colour outlines the card on a light and a dark palette alike.
        border = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
        border.setAlpha(110)
        if selected or hovered:
            border = palette.color(QPalette.ColorRole.Highlight)
        # Square corners without antialiasing: a rounded, antialiased outline measured 1-3 ms per card
        # on the software rasteriser, repainted for every card in view once a second.
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawRect(rect)
        stripe = QRect(rect.left(), rect.top() + 6, 4, rect.height() - 12)
        painter.fillRect(QStyle.visualRect(direction, rect, stripe), accent)

        metrics = QFontMetrics(option.font)
        line = metrics.height()
        inner = rect.adjusted(12, 8, -10, -8)
        icon_rect = QRect(inner.left(), inner.top(), line + 4, line + 4)
        platform_icon(card.store.platform).paint(painter, QStyle.visualRect(direction, inner, icon_rect))

        health = self.health_text(card.health)
        bold = QFont(option.font)
        bold.setBold(True)
        health_width = metrics.horizontalAdvance(health) + 6
        name_rect = QRect(
            icon_rect.right() + 8,
            inner.top(),
            inner.width() - icon_rect.width() - health_width - 16,
            line + 4,
        )
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = QFontMetrics(bold).elidedText(card.store.name, Qt.TextElideMode.ElideRight, name_rect.width())
        start = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        end = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QStyle.visualRect(direction, inner, name_rect), QStyle.visualAlignment(direction, start), name
        )
        painter.setFont(option.font)
        painter.setPen(accent)
        health_rect = QRect(inner.right() - health_width, inner.top(), health_width, line + 4)
        painter.drawText(
            QStyle.visualRect(direction, inner, health_rect), QStyle.visualAlignment(direction, end), health
        )

        painter.setPen(palette.color(QPalette.ColorRole.Text))
        top = inner.top() + line + 10
        for text in self.lines(card):
            text_rect = QRect(inner.left(), top, inner.width(), line)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(
                QStyle.visualRect(direction, inner, text_rect),
                QStyle.visualAlignment(direction, start),
                elided,
            )
            top += line + 2
        spark = QRect(inner.left(), top + 4, inner.width(), inner.bottom() - top - 4)
        self._sparkline(painter, spark, card.figures.durations, palette, direction)
        painter.restore()

    @staticmethod
    def _sparkline(
        painter: QPainter,
        rect: QRect,
        durations: tuple[float, ...],
        palette: QPalette,
        direction: Qt.LayoutDirection,
    ) -> None:
        """Run durations, oldest to newest in reading order, scaled to the longest."""
        if len(durations) < 2 or rect.height() < 6:
            return
        longest = max(durations) or 1.0
        step = rect.width() / (len(durations) - 1)
        path = QPainterPath()
        for number, seconds in enumerate(durations):
            x = rect.left() + step * number
            if direction == Qt.LayoutDirection.RightToLeft:
                x = rect.right() - step * number
            point = QPointF(x, rect.bottom() - (seconds / longest) * (rect.height() - 2))
            path.moveTo(point) if number == 0 else path.lineTo(point)
        color = QColor(palette.color(QPalette.ColorRole.Highlight))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


class OverviewPanel(QWidget):
    """`detail_opened(StoreDetail)` fires when a card was opened."""

    detail_opened = Signal(object)

    def __init__(
        self,
        actions: AppActions,
        bridge: EventBridge,
        status: StoreStatusModel,
        parent: QWidget | None = None,
        records: ConsoleRecords | None = None,
        all_paused: Callable[[], bool] | None = None,
    ) -> None:
        """`records` and `all_paused`: a server's (its console's) instead of this computer's."""
        super().__init__(parent)
        self.app_actions = actions
        self.status = status
        self.local = records is None
        self._all_paused = all_paused or (lambda: actions.all_paused)
        self.model = OverviewModel(
            records if records is not None else actions.services, bridge, status, self._all_paused, self
        )
        self.headline = QLabel()
        self.headline.setAccessibleName(self.tr("Overall state"))
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.headline.setFont(font)
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Today's totals"))
        self.cards = QListView()
        self.cards.setAccessibleName(self.tr("Stores at a glance"))
        self.cards.setModel(self.model)
        self.delegate = CardDelegate(self.cards)
        self.cards.setItemDelegate(self.delegate)
        self.cards.setViewMode(QListView.ViewMode.IconMode)
        self.cards.setFlow(QListView.Flow.LeftToRight)
        self.cards.setWrapping(True)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setMovement(QListView.Movement.Static)
        self.cards.setUniformItemSizes(True)
        self.cards.setSpacing(4)
        self.cards.setMouseTracking(True)
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cards.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cards.setFrameShape(QListView.Shape.NoFrame)
        self.cards.clicked.connect(self.open_card)
        self.cards.activated.connect(self.open_card)
        self.empty = EmptyState(actions)
        if not self.local:  # adding stores is this computer's business
            self.empty.add_button.hide()
            self.empty.demo_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.totals)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.empty, 1)
        # Progress events arrive per page of every running sync: the headline reads every card, so
        # it is recomputed once per burst of events rather than once per event.
        self._summary_soon = QTimer(self)
        self._summary_soon.setSingleShot(True)
        self._summary_soon.setInterval(SUMMARY_DELAY_MS)
        self._summary_soon.timeout.connect(self.refresh_summary)
        self.model.summary_changed.connect(self._summary_soon.start)
        actions.paused_changed.connect(lambda _paused: self._all_paused_changed())
        bridge.paused_all_changed.connect(lambda _event: self._all_paused_changed())
        self._headline_timer = QTimer(self)
        self._headline_timer.setInterval(HEADLINE_REFRESH_MS)
        self._headline_timer.timeout.connect(self.refresh_summary)
        self._headline_timer.start()
        self.refresh_summary()

    def _all_paused_changed(self) -> None:
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0), self.model.index(self.model.rowCount() - 1))
        self.refresh_summary()

    def headline_text(self) -> str:
        cards = self.model.cards()
        if not cards:
            return self.tr("No stores yet")
        attention = sum(1 for card in cards if card.health is StoreHealth.ATTENTION)
        if attention:
            return self.tr("%Ln store(s) need attention", "", attention)
        if self._all_paused() or all(card.health is StoreHealth.PAUSED for card in cards):
            return self.tr("Syncing is paused")
        stale = sum(1 for card in cards if card.health is StoreHealth.STALE)
        if stale:
            return self.tr("%Ln store(s) have not synced for a while", "", stale)
        upcoming = [card.next_run for card in cards if card.next_run is not None]
        if upcoming:
            return self.tr("All %Ln store(s) in step, next sync {time}", "", len(cards)).format(
                time=local_time(min(upcoming))
            )
        return self.tr("All %Ln store(s) in step", "", len(cards))

    def totals_text(self) -> str:
        if self.model.error is not None:
            return self.tr("Could not read the figures: {reason}").format(reason=self.model.error)
        totals = self.model.totals()
        return " · ".join(
            (
                self.tr("Today: %Ln run(s)", "", totals.runs),
                self.tr("%Ln item(s) changed", "", totals.items_changed),
                self.tr("%Ln order(s) imported", "", totals.orders_imported),
            )
        )

    def refresh_summary(self) -> None:
        has_stores = self.model.rowCount() > 0
        self.cards.setVisible(has_stores)
        self.totals.setVisible(has_stores)
        self.empty.setVisible(not has_stores)
        self.headline.setText(self.headline_text())
        self.totals.setText(self.totals_text())

    def figures_arrived(self) -> None:
        """A server's figures arrived (or it refused them): the cards and totals show them."""
        self.model.reload_figures()

    def open_card(self, index: QModelIndex) -> StoreDetail | None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, StoreCard) or not self.local:
            return None
        return self.open_store(card.store)

    def open_store(self, store: Store) -> StoreDetail:
        detail = StoreDetail(self.app_actions, self.status, store, parent=self)
        detail.show()
        self.detail_opened.emit(detail)
        return detail

    def stop_updates(self) -> None:
        self._summary_soon.stop()
        self._headline_timer.stop()
        self.model.stop_updates()

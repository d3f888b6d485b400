"""The log viewer's lines, newest first: stored history read lazily (from this computer's database or
a server's control API), live lines added in batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush

from app.core.console import ConsoleRecords
from app.core.events import LogRecorded
from app.core.models import LogEntry
from app.core.ports import LogQuery
from app.ui.formatting import QT_TRANSLATE_NOOP, full_time
from app.ui.models.paged import PagedTableModel
from app.ui.theme import readable

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LEVEL_COLORS = {"WARNING": "#b26a00", "ERROR": "#c62828", "CRITICAL": "#c62828"}


def level_rank(level: str) -> int:
    return LEVELS.index(level.upper()) if level.upper() in LEVELS else 1


def matches(entry: LogEntry, query: LogQuery) -> bool:
    """The same filter the repository applies, for lines that arrive live."""
    if query.min_level and level_rank(entry.level) < level_rank(query.min_level):
        return False
    if query.store_id is not None and entry.store_id != query.store_id:
        return False
    if query.run_id is not None and entry.run_id != query.run_id:
        return False
    return not (query.text and query.text.casefold() not in entry.message.casefold())


class LogModel(PagedTableModel[LogEntry]):
    """Live lines are queued and inserted together every FLUSH_MS, so a burst costs one view update.

    While paused, live lines wait in the queue (`pending_count`) and the view stays where it is.
    """

    TIME, LEVEL, STORE, RUN, MESSAGE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("PagedModel", "Time"),
        QT_TRANSLATE_NOOP("PagedModel", "Level"),
        QT_TRANSLATE_NOOP("PagedModel", "Store"),
        QT_TRANSLATE_NOOP("PagedModel", "Run"),
        QT_TRANSLATE_NOOP("PagedModel", "Message"),
    )
    FLUSH_MS = 200
    MAX_PENDING = 100_000

    pending_changed = Signal(int)
    lines_added = Signal(int)

    def __init__(self, records: ConsoleRecords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._query = LogQuery()
        self._pending: list[LogEntry] = []
        self._dropped = 0
        self._paused = False
        self._store_names: dict[int, str] = {}
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(self.FLUSH_MS)
        self._flush_timer.timeout.connect(self.flush)
        self._flush_timer.start()

    @property
    def query(self) -> LogQuery:
        return self._query

    def set_query(self, query: LogQuery) -> None:
        self._query = query
        self.reset()

    def reset(self) -> None:
        self._store_names = {s.id: s.name for s in self._records.stores.list_stores() if s.id is not None}
        self._pending.clear()
        self._dropped = 0
        super().reset()
        self.pending_changed.emit(0)

    def count_rows(self) -> int:
        return self._records.logs.count_logs(self._query)

    def fetch_rows(self, offset: int, limit: int) -> Sequence[LogEntry]:
        return self._records.logs.list_logs(self._query, offset=offset, limit=limit)

    # --- live tail ----------------------------------------------------------------------------

    def on_log_recorded(self, event: LogRecorded) -> None:
        if not matches(event.entry, self._query):
            return
        if len(self._pending) >= self.MAX_PENDING:
            self._pending.pop(0)
            self._dropped += 1
        self._pending.append(event.entry)
        if self._paused:
            self.pending_changed.emit(len(self._pending))

    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        if not paused:
            if self._dropped:
                self._dropped = 0
                self.reset()
            else:
                self.flush()

    def is_paused(self) -> bool:
        return self._paused

    def pending_count(self) -> int:
        return len(self._pending)

    def flush(self) -> None:
        if self._paused or not self._pending:
            return
        batch, self._pending = self._pending, []
        # Lines read since they were queued (a server's answer can include them) are not added twice.
        newest = self._rows[0].id if self._rows else None
        batch = [entry for entry in batch if newest is None or entry.id is None or entry.id > newest]
        if not batch:
            self.pending_changed.emit(0)
            return
        batch.reverse()
        self.prepend(batch)
        self.lines_added.emit(len(batch))
        self.pending_changed.emit(0)

    # --- cells --------------------------------------------------------------------------------

    def cell(self, item: LogEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.LEVEL, self.MESSAGE):
            color = LEVEL_COLORS.get(item.level.upper())
            return QBrush(readable(color)) if color else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MESSAGE and len(item.message) > 80:
            return item.message
        return None

    def text(self, item: LogEntry, column: int) -> str:
        if column == self.TIME:
            return full_time(item.time)
        if column == self.LEVEL:
            return item.level.upper()
        if column == self.STORE:
            return self._store_names.get(item.store_id, "") if item.store_id is not None else ""
        if column == self.RUN:
            return str(item.run_id) if item.run_id is not None else ""
        return item.message

    def line(self, item: LogEntry) -> str:
        """One line as copied or exported."""
        store = self.text(item, self.STORE)
        run = f" run {item.run_id}" if item.run_id is not None else ""
        where = f" [{store}{run}]" if store or run else ""
        return f"{full_time(item.time)} {item.level.upper():8}{where} {item.message}"

"""The log viewer on the real logging pipeline: live tail, filters, pause, copy, export, lazy history."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from app.core.ports import LogQuery
from app.ui.models.logs import LogModel
from tests.ui.conftest import job_of, open_desktop, wait_idle, wait_until

log = logging.getLogger("app.ui.test")


def _messages(model: LogModel) -> list[str]:
    return [model.item(row).message for row in range(model.rowCount())]


async def test_new_lines_appear_on_top_as_they_are_logged(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        model = app.window.log_panel.model
        log.info("first live line")
        log.warning("second live line")
        await wait_until(lambda: "second live line" in _messages(model), what="the lines")
        messages = _messages(model)
        assert messages.index("second live line") < messages.index("first live line"), "newest on top"
        row = messages.index("second live line")
        assert model.data(model.index(row, LogModel.LEVEL)) == "WARNING"


async def test_level_store_and_text_filters(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.log_panel
        store = app.services.stores.find_store("Demo Shopify")
        log.info("about shopify", extra={"store_id": store.id})
        log.warning("careful with shopify", extra={"store_id": store.id})
        log.info("about something else")
        await wait_until(lambda: "about something else" in _messages(panel.model), what="the lines")
        panel.store_filter.setCurrentIndex(panel.store_filter.findData(store.id))
        await wait_until(lambda: "about shopify" in _messages(panel.model), what="the store's lines")
        assert "about something else" not in _messages(panel.model)
        panel.level_filter.setCurrentIndex(panel.level_filter.findData("WARNING"))
        assert "careful with shopify" in _messages(panel.model)
        assert "about shopify" not in _messages(panel.model)
        panel.level_filter.setCurrentIndex(panel.level_filter.findData("INFO"))
        panel.search.setText("CAREFUL")
        panel.apply_filters()
        assert _messages(panel.model) == ["careful with shopify"]
        log.info("another shopify line", extra={"store_id": store.id})
        log.warning("careful again", extra={"store_id": store.id})
        await wait_until(lambda: "careful again" in _messages(panel.model), what="a live line that matches")
        assert "another shopify line" not in _messages(panel.model), "live lines obey the filters too"


async def test_pause_holds_new_lines_until_resumed(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        panel = app.window.log_panel
        await wait_idle(app)  # the start-up cleanup's line must not land among the held ones
        log.info("before the pause")
        await wait_until(lambda: "before the pause" in _messages(panel.model), what="the first line")
        panel.pause_button.click()
        assert panel.model.is_paused()
        log.info("while paused")
        await wait_until(lambda: panel.model.pending_count() == 1, what="the held line")
        assert "while paused" not in _messages(panel.model)
        assert panel.pause_button.text() == "Paused — 1 new"
        panel.pause_button.click()
        assert _messages(panel.model)[0] == "while paused"
        assert panel.pause_button.text() == "Pause autoscroll"


async def test_copy_and_export(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        panel = app.window.log_panel
        log.info("line to copy")
        log.info("newest line")
        await wait_until(lambda: "newest line" in _messages(panel.model), what="the lines")
        panel.table.selectRow(_messages(panel.model).index("line to copy"))
        copied = panel.copy_selection()
        assert copied.endswith("line to copy")
        assert QGuiApplication.clipboard().text() == copied
        target = tmp_path / "exported.log"
        await panel.export_to(str(target))
        lines = target.read_text(encoding="utf-8").splitlines()
        copied_at = next(n for n, line in enumerate(lines) if line.endswith(" line to copy"))
        newest_at = next(n for n, line in enumerate(lines) if line.endswith(" newest line"))
        assert copied_at < newest_at, "oldest first, like a log file"
        assert len(lines) == app.services.logs.count_logs(panel.query())


async def test_a_long_log_is_read_a_page_at_a_time(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        logs = app.services.logs
        for number in range(3 * LogModel.PAGE_SIZE):
            log.info("bulk line %d", number)
        await wait_until(
            lambda: logs.count_logs(LogQuery(text="bulk line")) == 3 * LogModel.PAGE_SIZE, what="db"
        )
        panel = app.window.log_panel
        panel.search.setText("bulk line")
        panel.apply_filters()
        assert panel.model.total() == 3 * LogModel.PAGE_SIZE
        assert panel.model.rowCount() == LogModel.PAGE_SIZE
        assert panel.model.item(0).message == f"bulk line {3 * LogModel.PAGE_SIZE - 1}"
        panel.model.fetchMore()
        assert panel.model.rowCount() == 2 * LogModel.PAGE_SIZE


async def test_a_sync_shows_its_info_line_although_the_console_only_shows_warnings(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        assert app.runtime.options.console_level == logging.WARNING
        model = app.window.log_panel.model
        job_id = job_of(app, "Demo WooCommerce", "inventory_pull")
        scheduler = app.services.scheduler
        await wait_until(lambda: not scheduler.is_running(job_id), within=30, what="earlier runs")
        assert scheduler.run_now(job_id)
        wanted = "inventory_pull of Demo WooCommerce succeeded"

        def succeeded_rows() -> list[int]:
            return [row for row in range(model.rowCount()) if model.item(row).message.startswith(wanted)]

        await wait_until(succeeded_rows, within=30, what="the run's 'succeeded' line in the viewer")
        row = succeeded_rows()[0]
        assert model.data(model.index(row, LogModel.LEVEL)) == "INFO"

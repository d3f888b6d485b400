"""Log lines reach the file and the window's viewer, cleaned of secrets, without waiting on SQLite."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.bus import EventBus
from app.core.events import LogRecorded
from app.core.ports import LogQuery
from app.core.redaction import MASK, Redactor
from app.storage import Storage
from app.storage.logs import LOG_FILE_NAME, InstalledLogging, install_logging

SECRET = "shpat_logged_by_mistake_42"


@pytest.fixture
def redactor() -> Redactor:
    redactor = Redactor()
    redactor.add_secret(SECRET)
    return redactor


@pytest.fixture
def events() -> list[LogRecorded]:
    return []


@pytest.fixture
def installed(
    tmp_path: Path, storage: Storage, redactor: Redactor, events: list[LogRecorded]
) -> Iterator[InstalledLogging]:
    bus = EventBus()
    bus.subscribe(LogRecorded, events.append)
    root = logging.getLogger()
    level = root.level
    setup = install_logging(tmp_path / "logs", redactor, storage, console=False, bus=bus)
    yield setup
    setup.uninstall()
    root.setLevel(level)


def _file_text(tmp_path: Path, installed: InstalledLogging) -> str:
    installed.file_handler.flush()
    return (tmp_path / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")


def test_a_line_reaches_file_viewer_and_bus_with_its_store_and_run(
    tmp_path: Path, storage: Storage, installed: InstalledLogging, events: list[LogRecorded]
) -> None:
    logging.getLogger("app.sync.engine").info("Fetched %d products", 250, extra={"store_id": 3, "run_id": 17})
    assert installed.database_handler is not None
    installed.database_handler.flush()

    [entry] = storage.logs.list_logs(LogQuery(run_id=17))
    assert (entry.level, entry.message, entry.store_id, entry.logger) == (
        "INFO",
        "Fetched 250 products",
        3,
        "app.sync.engine",
    )
    assert [event.entry for event in events if event.entry.run_id == 17] == [entry]
    assert "Fetched 250 products" in _file_text(tmp_path, installed)


def test_library_chatter_is_kept_out_but_its_warnings_are_kept(
    tmp_path: Path, storage: Storage, installed: InstalledLogging
) -> None:
    httpx_log = logging.getLogger("httpx")
    httpx_log.info("HTTP Request: GET https://shop.example/products?consumer_secret=cs_123 200 OK")
    httpx_log.warning("HTTP Request: GET https://shop.example/products?consumer_secret=cs_123 failed")
    logging.getLogger("apscheduler.scheduler").info("Added job")
    assert installed.database_handler is not None
    installed.database_handler.flush()

    messages = [entry.message for entry in storage.logs.list_logs(LogQuery())]
    assert messages == [f"HTTP Request: GET https://shop.example/products?consumer_secret={MASK} failed"]
    text = _file_text(tmp_path, installed)
    assert "cs_123" not in text and "Added job" not in text and "failed" in text


def test_secrets_never_reach_the_file_or_the_viewer_even_in_tracebacks(
    tmp_path: Path, storage: Storage, installed: InstalledLogging
) -> None:
    log = logging.getLogger("app.connectors.shopify")
    log.warning("Sending token %s", SECRET, extra={"store_id": 1})
    try:
        raise PermissionError(f"401 for token {SECRET}")
    except PermissionError:
        log.exception("Sync failed", extra={"store_id": 1})
    assert installed.database_handler is not None
    installed.database_handler.flush()

    text = _file_text(tmp_path, installed)
    assert SECRET not in text
    assert "Traceback" in text and f"401 for token {MASK}" in text
    stored = [entry.message for entry in storage.logs.list_logs(LogQuery(store_id=1))]
    assert stored == [f"Sync failed (PermissionError: 401 for token {MASK})", f"Sending token {MASK}"]
    assert not any("Traceback" in message for message in stored)


def test_logging_does_not_wait_for_a_busy_writer(
    storage: Storage, installed: InstalledLogging, events: list[LogRecorded]
) -> None:
    """While a long sync transaction holds the writer, log calls return at once; the lines are stored
    together when the writer is free."""
    release = threading.Event()
    busy = storage.database.submit(release.wait)
    log = logging.getLogger("app.sync")
    for n in range(500):
        log.info("line %d", n, extra={"run_id": 99})
    assert storage.logs.count_logs(LogQuery(run_id=99)) == 0
    release.set()
    busy.result(timeout=10)
    assert installed.database_handler is not None
    installed.database_handler.flush()
    lines = storage.logs.list_logs(LogQuery(run_id=99), limit=1000)
    assert [entry.message for entry in lines] == [f"line {n}" for n in reversed(range(500))]
    assert len({event.entry.id for event in events if event.entry.run_id == 99}) == 500


async def test_the_viewer_filters_by_level_store_run_and_text(storage: Storage) -> None:
    rows = [
        ("2026-01-01 10:00:00.000000", "INFO", 20, "app.sync", 1, 10, "Fetched 100% of page 1"),
        ("2026-01-01 10:00:01.000000", "WARNING", 30, "app.sync", 1, 10, "Slow answer"),
        ("2026-01-01 10:00:02.000000", "ERROR", 40, "app.sync", 2, 11, "Login refused"),
        ("2026-01-01 10:00:03.000000", "INFO", 20, "app.sync", None, None, "Scheduler started"),
    ]
    await storage.database.write(lambda: storage.logs.insert_rows(rows))
    assert storage.logs.count_logs(LogQuery()) == 4
    assert [entry.message for entry in storage.logs.list_logs(LogQuery(min_level="warning"))] == [
        "Login refused",
        "Slow answer",
    ]
    assert storage.logs.count_logs(LogQuery(store_id=1)) == 2
    assert storage.logs.count_logs(LogQuery(run_id=11, min_level="ERROR")) == 1
    assert [entry.message for entry in storage.logs.list_logs(LogQuery(text="100%"))] == [
        "Fetched 100% of page 1"
    ]
    assert storage.logs.count_logs(LogQuery(text="%")) == 1
    assert [entry.message for entry in storage.logs.list_logs(LogQuery(), offset=1, limit=2)] == [
        "Login refused",
        "Slow answer",
    ]

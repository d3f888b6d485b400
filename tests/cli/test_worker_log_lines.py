"""What `storesync worker` and `serve` print: a line logged with its error says the error in one line
(README: every error is one line, a traceback only with --debug); a run whose start could not be recorded
printed a whole traceback on the worker's terminal."""

from __future__ import annotations

import logging
import sys

from app.cli.worker import errors_in_one_line
from app.core.errors import StorageError


def _logged_with(error: Exception, message: str) -> logging.LogRecord:
    try:
        raise error
    except Exception:
        return logging.LogRecord("app.sync", logging.ERROR, __file__, 1, message, None, sys.exc_info())


def test_a_line_logged_with_its_error_keeps_the_error_and_drops_the_traceback() -> None:
    try:
        raise ConnectionError("terminating connection due to administrator command")
    except ConnectionError as cause:
        refused = StorageError("The database could not save the change: terminating connection.")
        refused.__cause__ = cause
    record = _logged_with(refused, "Could not record the start of job 1")
    assert errors_in_one_line(record)
    formatted = logging.Formatter("%(levelname)s %(name)s: %(message)s").format(record)
    assert formatted == (
        "ERROR app.sync: Could not record the start of job 1 "
        "(The database could not save the change: terminating connection.)"
    )


def test_an_error_of_a_library_says_its_cause() -> None:
    try:
        raise OSError("connection refused")
    except OSError as cause:
        wrapped = RuntimeError("the pool could not connect")
        wrapped.__cause__ = cause
    record = _logged_with(wrapped, "Lost the database")
    errors_in_one_line(record)
    assert record.getMessage() == "Lost the database (connection refused)" and record.exc_info is None

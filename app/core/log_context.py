"""The run a log line belongs to, for the lines of code that does not know it: the HTTP layer's retries
and rate-limit waits, a connector's warnings. The engine names the run around it, and the log's handlers
file such a line under the run's store and run, so the run's log and a store's filter show why a run was
slow or what it met, not only its start and end."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_CURRENT: ContextVar[tuple[int | None, int | None] | None] = ContextVar("storesync_log_run", default=None)


@contextmanager
def lines_of_run(store_id: int | None, run_id: int | None) -> Iterator[None]:
    """Within the block (and the tasks and threads it starts), unattributed lines belong to this run."""
    token = _CURRENT.set((store_id, run_id))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current_run() -> tuple[int | None, int | None] | None:
    """(store id, run id) of the run whose code is logging, None outside a run."""
    return _CURRENT.get()

"""Full garbage collections wait while syncs run.

A sync keeps thousands of freshly mapped records alive between fetch and write; every batch that
outlives the young generations counts toward CPython's trigger for a full collection, which walks
every object of the app and held the event loop 50-100 ms, several times per 100k SKUs. Young
collections go on as usual, so cyclic garbage made during a sync is still freed; the old
generation is looked at again soon after the last sync ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

# More young collections than any sync makes: in effect no full collection until it is restored.
_DEFERRED_OLDEST_THRESHOLD: Final = 1_000_000_000


class FullCollectionDeferral:
    """Counts the syncs running, so overlapping ones restore the collector only when the last ends."""

    def __init__(self) -> None:
        self._running = 0
        self._saved_oldest_threshold = 0

    @property
    def active(self) -> bool:
        return self._running > 0

    @contextmanager
    def during_sync(self) -> Iterator[None]:
        if self._running == 0:
            young, middle, oldest = gc.get_threshold()
            self._saved_oldest_threshold = oldest
            gc.set_threshold(young, middle, _DEFERRED_OLDEST_THRESHOLD)
        self._running += 1
        try:
            yield
        finally:
            self._running -= 1
            if self._running == 0:
                young, middle, _ = gc.get_threshold()
                gc.set_threshold(young, middle, self._saved_oldest_threshold)


FULL_COLLECTIONS: Final = FullCollectionDeferral()

"""A plain-Python publish/subscribe bus: the core reports, the window (or a log) listens."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from app.core.events import Event

log = logging.getLogger(__name__)

E = TypeVar("E", bound=Event)
Handler = Callable[[E], None]


class EventBus:
    """Synchronous fan-out. A failing handler is logged and never stops the others or the publisher.

    Publish on the event-loop thread; `publish_threadsafe` hands an event over from another thread
    through the `dispatcher` set by bootstrap (the loop's call_soon_threadsafe).
    """

    def __init__(self) -> None:
        self._handlers: dict[type[Event], list[Callable[[Event], None]]] = {}
        self._lock = threading.Lock()
        self.dispatcher: Callable[[Callable[[], None]], None] | None = None

    def subscribe(self, event_type: type[E], handler: Callable[[E], None]) -> Callable[[], None]:
        """Call `handler` for every event of `event_type` (or a subclass); returns an unsubscribe."""
        generic: Callable[[Event], None] = handler  # type: ignore[assignment]
        with self._lock:
            self._handlers.setdefault(event_type, []).append(generic)

        def unsubscribe() -> None:
            with self._lock:
                handlers = self._handlers.get(event_type, [])
                if generic in handlers:
                    handlers.remove(generic)

        return unsubscribe

    def publish(self, event: Event) -> None:
        with self._lock:
            targets = [
                handler
                for event_type, handlers in self._handlers.items()
                if isinstance(event, event_type)
                for handler in handlers
            ]
        for handler in targets:
            try:
                handler(event)
            except Exception:
                log.exception("An event handler failed on %s", type(event).__name__)

    def publish_threadsafe(self, event: Event) -> None:
        if self.dispatcher is None:
            self.publish(event)
        else:
            self.dispatcher(lambda: self.publish(event))

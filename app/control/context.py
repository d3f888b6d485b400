"""What every handler of the control API works with: the app's services and who serves them."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiohttp import web

from app.control.status_cache import StatusCache
from app.core.services import AppServices


@dataclass(slots=True)
class ControlContext:
    services: AppServices
    started_at: datetime
    pid: int
    # The queue of each open event stream; None in a queue ends that stream (the server stops).
    streams: set[asyncio.Queue[dict[str, Any] | None]] = field(default_factory=set)
    closing: bool = False
    status: StatusCache | None = None

    def close_streams(self) -> None:
        self.closing = True
        if self.status is not None:
            self.status.close()
        for queue in self.streams:
            queue.put_nowait(None)


CONTEXT = web.AppKey("context", ControlContext)


def context_of(request: web.Request) -> ControlContext:
    return request.app[CONTEXT]

"""The event stream: the bus events the window gets, as server-sent events of JSON, for other tools.

Each `data:` line is one event ({"type": "sync_progress", ...}); `?types=sync_started,sync_finished`
keeps only those. A comment line every few seconds keeps idle connections alive. A client that reads
too slowly to keep up is dropped rather than let its backlog grow."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web

from app.control.context import context_of
from app.core.errors import InvalidRequest
from app.core.events import Event
from app.core.operations.events import event_data, event_types

routes = web.RouteTableDef()

KEEP_ALIVE_SECONDS = 15.0
BACKLOG = 1000


@routes.get("/api/v1/events")
async def stream_events(request: web.Request) -> web.StreamResponse:
    context = context_of(request)
    wanted = _wanted_types(request.query.get("types", ""))
    queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()
    dropped = [False]

    def forward(event: Event) -> None:
        if dropped[0] or (wanted is not None and not isinstance(event, wanted)):
            return
        if queue.qsize() >= BACKLOG:
            dropped[0] = True
            queue.put_nowait(None)
            return
        queue.put_nowait(event_data(event))

    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    )
    # Listening before the answer starts: a client that has the headers misses no later event.
    unsubscribe = context.services.bus.subscribe(Event, forward)
    context.streams.add(queue)
    try:
        await response.prepare(request)
        await response.write(b": connected\n\n")
        while not context.closing:
            try:
                item = await asyncio.wait_for(queue.get(), KEEP_ALIVE_SECONDS)
            except TimeoutError:
                await response.write(b": keep-alive\n\n")
                continue
            if item is None:
                break
            await response.write(f"event: {item['type']}\ndata: {json.dumps(item)}\n\n".encode())
    except ConnectionResetError:  # the client went away
        pass
    finally:
        unsubscribe()
        context.streams.discard(queue)
    return response


def _wanted_types(text: str) -> tuple[type[Event], ...] | None:
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names:
        return None
    known = event_types()
    unknown = [name for name in names if name not in known]
    if unknown:
        raise InvalidRequest(f"unknown event type {unknown[0]!r} (types: {', '.join(sorted(known))})")
    return tuple(known[name] for name in names)

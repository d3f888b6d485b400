"""The status answer of the API server is built on a worker thread (its reads are round trips to
PostgreSQL), and a status asked for after a change never gets a body that was being built before it."""

from __future__ import annotations

import asyncio
import threading

from app.control.status_cache import StatusCache
from app.core.bus import EventBus
from app.core.events import StoresChanged


class Counter:
    """A status that says how many stores there are, read on whatever thread builds it."""

    def __init__(self) -> None:
        self.stores = 1
        self.threads: list[int] = []
        self.first_read_may_end = threading.Event()
        self.loop = asyncio.get_running_loop()
        self.first_read_started = asyncio.Event()

    def build(self) -> bytes:
        seen = self.stores
        self.threads.append(threading.get_ident())
        if len(self.threads) == 1:
            self.loop.call_soon_threadsafe(self.first_read_started.set)
            self.first_read_may_end.wait(timeout=30)
        return f'{{"stores": {seen}}}'.encode()


async def test_a_status_asked_after_a_change_is_built_again_off_the_loop() -> None:
    counter = Counter()
    bus = EventBus()
    cache = StatusCache(counter.build, bus, off_loop=True)
    before = asyncio.ensure_future(cache.fresh_body())
    await asyncio.wait_for(counter.first_read_started.wait(), 30)
    same_read = asyncio.ensure_future(cache.fresh_body())
    await asyncio.sleep(0)  # it joins the read under way
    counter.stores = 2
    bus.publish(StoresChanged())
    after = asyncio.ensure_future(cache.fresh_body())
    counter.first_read_may_end.set()
    assert await asyncio.wait_for(before, 30) == b'{"stores": 1}'
    assert await asyncio.wait_for(same_read, 30) == b'{"stores": 1}'
    assert await asyncio.wait_for(after, 30) == b'{"stores": 2}'
    assert await cache.fresh_body() == b'{"stores": 2}'  # kept: no third read
    assert len(counter.threads) == 2
    assert threading.get_ident() not in counter.threads
    cache.close()


async def test_the_desktops_status_is_built_on_the_loop_as_before() -> None:
    counter = Counter()
    counter.first_read_may_end.set()
    cache = StatusCache(counter.build, EventBus())
    assert await cache.fresh_body() == b'{"stores": 1}'
    assert counter.threads == [threading.get_ident()]
    cache.close()

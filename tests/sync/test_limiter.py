"""The global cap: never more runs at once than the setting allows, and a new limit applies at once."""

from __future__ import annotations

import asyncio

from app.sync.limiter import RunLimiter


async def _poll(condition: object, seconds: float = 2.0) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():  # type: ignore[operator]
        assert asyncio.get_running_loop().time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.005)


async def test_cap_holds_and_raising_it_lets_waiters_in() -> None:
    limiter = RunLimiter(2)
    release = asyncio.Event()
    peak = 0

    async def hold() -> None:
        nonlocal peak
        async with limiter.slot():
            peak = max(peak, limiter.active)
            await release.wait()

    tasks = [asyncio.create_task(hold()) for _ in range(5)]
    await _poll(lambda: limiter.active == 2)
    limiter.set_limit(4)
    await _poll(lambda: limiter.active == 4)
    release.set()
    await asyncio.gather(*tasks)
    assert peak == 4
    assert limiter.active == 0


async def test_a_cancelled_waiter_does_not_take_a_slot() -> None:
    limiter = RunLimiter(1)
    release = asyncio.Event()

    async def hold() -> None:
        async with limiter.slot():
            await release.wait()

    first = asyncio.create_task(hold())
    await _poll(lambda: limiter.active == 1)
    waiting = asyncio.create_task(hold())
    await asyncio.sleep(0.01)
    waiting.cancel()
    release.set()
    await first
    await asyncio.gather(waiting, return_exceptions=True)
    assert limiter.active == 0

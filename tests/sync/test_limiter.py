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


async def test_waiters_get_their_slot_in_the_order_they_asked_one_wake_up_each() -> None:
    limiter = RunLimiter(1)
    order: list[int] = []
    gates = [asyncio.Event() for _ in range(6)]

    async def hold(number: int) -> None:
        async with limiter.slot():
            order.append(number)
            await gates[number].wait()

    tasks = []
    for number in range(6):
        tasks.append(asyncio.create_task(hold(number)))
        await asyncio.sleep(0)
    await _poll(lambda: order == [0])
    waiters = list(limiter._waiters)
    for number in range(6):
        gates[number].set()
        await _poll(lambda number=number: len(order) == min(6, number + 2))
        # Only the next in line was woken: the others still wait on the futures they started with.
        assert [w.done() for w in waiters[number + 1 :]] == [False] * len(waiters[number + 1 :])
    await asyncio.gather(*tasks)
    assert order == [0, 1, 2, 3, 4, 5]
    assert limiter.active == 0


async def test_a_waiter_cancelled_after_being_handed_its_slot_gives_it_back() -> None:
    limiter = RunLimiter(1)
    release = asyncio.Event()

    async def hold() -> None:
        async with limiter.slot():
            await release.wait()

    first = asyncio.create_task(hold())
    await _poll(lambda: limiter.active == 1)
    second = asyncio.create_task(hold())
    third = asyncio.create_task(hold())
    await asyncio.sleep(0.01)
    release.set()
    await first  # its release hands the slot to `second`, which has not resumed yet
    second.cancel()
    await asyncio.gather(second, return_exceptions=True)
    await third
    assert limiter.active == 0

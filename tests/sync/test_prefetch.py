"""Reading ahead must not change what the engine sees: same pages, same order, same errors, and a
stream that is abandoned half-way is closed."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import pytest

from app.core.errors import TransientError
from app.sync.prefetch import prefetch


async def test_pages_arrive_in_order_and_errors_where_they_happened() -> None:
    async def source() -> AsyncIterator[int]:
        for number in range(5):
            yield number
        raise TransientError("the store answered 503")

    got: list[int] = []
    with pytest.raises(TransientError, match="503"):
        async for item in prefetch(source()):
            got.append(item)
    assert got == [0, 1, 2, 3, 4]


async def test_an_abandoned_stream_is_closed() -> None:
    closed = False

    async def source() -> AsyncIterator[int]:
        nonlocal closed
        try:
            for number in range(100):
                yield number
        finally:
            closed = True

    async with contextlib.aclosing(prefetch(source(), depth=1)) as pages:
        async for item in pages:
            if item == 2:
                break
    assert closed

"""Read a page stream ahead of its consumer, so the next request is on the wire while the current
page is diffed and written. At most `depth` pages wait in memory."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator
from typing import TypeVar

T = TypeVar("T")

_DONE = object()


async def prefetch(source: AsyncIterator[T], depth: int = 2) -> AsyncGenerator[T, None]:
    """Yield what `source` yields, in order; its exceptions surface here, at the item they replaced.
    Closing this generator (or an error in the consumer) stops the reader and closes `source`."""
    queue: asyncio.Queue[object] = asyncio.Queue(maxsize=depth)

    async def read() -> None:
        try:
            async for item in source:
                await queue.put(item)
            await queue.put(_DONE)
        except asyncio.CancelledError:
            raise
        except BaseException as error:
            await queue.put(error)
        finally:
            closer = getattr(source, "aclose", None)
            if closer is not None:
                await closer()

    reader = asyncio.get_running_loop().create_task(read())
    try:
        while True:
            item = await queue.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]
    finally:
        if not reader.done():
            reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader

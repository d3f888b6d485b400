"""Of the serves of one database, the one that acts on the workers' runs: it sends the alerts and pauses
the jobs that keep failing. Every serve follows the runs (its own event stream, the console's views); a
second serve acting too would send each alert twice and pause each job twice. PostgreSQL chooses: the
serve holding app.storage.postgres_lease's lock acts, the others stand by and ask again every few
seconds, and the first to ask once the holder stops, dies or loses the database takes over."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger("app.api_server")


class Lock(Protocol):
    reachable: bool

    def hold(self) -> bool: ...
    def holder(self) -> str | None: ...
    def release(self) -> None: ...


class AlertingServe:
    """`act` and `stand_by` switch the acting on and off; both are called on the event loop."""

    def __init__(
        self, lock: Lock, act: Callable[[], None], stand_by: Callable[[], None], *, name: str, every: float
    ) -> None:
        """`name`: how the log names this serve among the others (its machine and port)."""
        self._lock = lock
        self._name = name
        self._act = act
        self._stand_by = stand_by
        self._every = every
        self.acting = False
        self._told_standing_by = False
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """The first ask is answered before this returns: a lone serve acts from its start."""
        await self.look()
        self._task = asyncio.get_running_loop().create_task(self._keep_looking())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self.acting:
            self.acting = False
            self._stand_by()
        await asyncio.to_thread(self._lock.release)

    async def look(self) -> None:
        holding = await asyncio.to_thread(self._lock.hold)
        if holding and not self.acting:
            self.acting = True
            self._act()
            log.info(
                "The serve on %s sends the database's alerts and pauses the jobs that keep failing",
                self._name,
            )
        elif not holding and self.acting:
            self.acting = False
            self._stand_by()
            log.warning(
                "The serve on %s lost its connection to PostgreSQL: another serve of the database may "
                "take over its alerts; it asks again every %g s",
                self._name,
                self._every,
            )
        elif not holding and self._lock.reachable and not self._told_standing_by:
            holder = await asyncio.to_thread(self._lock.holder)
            log.info(
                "The serve on %s stands by: %s sends this database's alerts and pauses failing jobs, and "
                "this one takes over if that one stops",
                self._name,
                holder or "another serve",
            )
        # Told once per stand-by, when the database answers: again after a loss, not while it lasts.
        self._told_standing_by = not holding and self._lock.reachable

    async def _keep_looking(self) -> None:
        while True:
            await asyncio.sleep(self._every)
            try:
                await self.look()
            except Exception as error:  # keep asking: the next look may be answered
                log.warning("Could not ask PostgreSQL which serve sends the alerts: %s", error)

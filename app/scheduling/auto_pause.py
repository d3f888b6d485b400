"""A job that failed `pause_after_failures` times in a row pauses itself, saying why, until the
merchant resumes it: a store that refuses the credentials is not asked again every few minutes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Protocol

from app.core import settings as setting_defaults
from app.core.bus import EventBus
from app.core.events import JobAutoPaused, SyncFailed
from app.core.ports import SettingsRepository, StoreRepository
from app.core.wording import counted

log = logging.getLogger(__name__)

SETTING = "pause_after_failures"


class Pauser(Protocol):
    async def pause_job(self, job_id: int, reason: str | None = None) -> None: ...


def pause_reason(failed: int, message: str) -> str:
    """'paused after 10 failed runs: the store refused the credentials'."""
    cause = message.strip().rstrip(".")
    cause = cause[:1].lower() + cause[1:]
    return f"paused after {counted(failed, 'failed run')}: {cause}"


class AutoPause:
    def __init__(
        self, pauser: Pauser, stores: StoreRepository, settings: SettingsRepository, bus: EventBus
    ) -> None:
        self._pauser = pauser
        self._stores = stores
        self._settings = settings
        self._bus = bus
        self._tasks: set[asyncio.Task[None]] = set()
        self._pausing: set[int] = set()  # jobs whose pause is under way: one pause, one alert
        self._unsubscribe: Callable[[], None] | None = None

    def attach(self) -> None:
        self._unsubscribe = self._bus.subscribe(SyncFailed, self._on_failed)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    async def drain(self) -> None:
        """Let the pauses under way be saved (before the database closes)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks))

    def _limit(self) -> int:
        return int(self._settings.get_setting(SETTING, setting_defaults.default(SETTING)) or 0)

    def _on_failed(self, event: SyncFailed) -> None:
        limit = self._limit()
        if limit <= 0 or event.failed_in_a_row < limit:
            return
        job = self._stores.get_job(event.run.job_id)
        if job is None or job.id is None or job.paused or job.id in self._pausing:
            return
        self._pausing.add(job.id)
        reason = pause_reason(event.failed_in_a_row, event.message)
        task = asyncio.get_running_loop().create_task(self._pause(job.id, event.store_id, reason))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _pause(self, job_id: int, store_id: int | None, reason: str) -> None:
        try:
            await self._pauser.pause_job(job_id, reason)
        except Exception:
            log.exception("Could not pause job %s after its failures", job_id)
            return
        finally:
            self._pausing.discard(job_id)
        log.warning("Job %s %s", job_id, reason, extra={"store_id": store_id})
        self._bus.publish(JobAutoPaused(job_id, store_id, reason))

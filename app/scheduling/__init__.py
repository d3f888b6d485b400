"""APScheduler 3 wrapper: schedule specs as triggers, catch-up, heartbeat, clean shutdown."""

from app.scheduling.runner import SyncRunner
from app.scheduling.scheduler import SyncScheduler
from app.scheduling.triggers import SpecTrigger

__all__ = ["SpecTrigger", "SyncRunner", "SyncScheduler"]

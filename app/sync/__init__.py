"""The sync engine: one run = fetch -> diff -> write -> record, for every job kind."""

from app.sync.engine import SyncEngine

__all__ = ["SyncEngine"]

"""Typed errors: each carries a message a merchant can read, and the engine and window act on the type."""

from __future__ import annotations

from datetime import datetime


class StoreSyncError(Exception):
    """Base of every error we expect; `str(error)` is a plain-language sentence without secrets."""

    kind: str = "error"


class ScheduleError(StoreSyncError, ValueError):
    """A schedule that cannot run, with what to change; `field` names the part at fault when known."""

    kind = "schedule"

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ConnectorError(StoreSyncError):
    """Anything a store connection can go wrong with."""

    kind = "connector"
    retryable: bool = False


class AuthError(ConnectorError):
    """Credentials refused or lacking permission: never retried; the store needs attention."""

    kind = "auth"


class ConfigError(ConnectorError):
    """The store's settings are wrong (shop domain, permalinks, missing location...)."""

    kind = "config"


class TransientError(ConnectorError):
    """A failure worth retrying: network trouble, timeouts, 5xx. `retry_after` in seconds when known;
    `throttled` when the store said to slow down (a 429), so the wait counts as rate limiting."""

    kind = "transient"
    retryable = True

    def __init__(self, message: str, retry_after: float | None = None, *, throttled: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.throttled = throttled


class RateLimited(TransientError):
    """The store asked us to slow down until `until` (UTC); the window can show a countdown."""

    kind = "rate_limited"

    def __init__(self, message: str, until: datetime, retry_after: float | None = None) -> None:
        super().__init__(message, retry_after=retry_after, throttled=True)
        self.until = until


class TooSlow(ConnectorError):
    """A request went past its whole-request deadline (a store trickling its answer a byte at a time,
    or not answering through every retry): not retried, as another try would take as long again."""

    kind = "too_slow"


class RemoteError(ConnectorError):
    """The platform reported an error of its own; `code` is the platform's code."""

    kind = "remote"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


class InvalidResponse(ConnectorError):
    """The answer was not the API data we expected (an HTML page, malformed or oversized JSON...)."""

    kind = "invalid_response"


class StorageError(StoreSyncError):
    kind = "storage"


class DiskFull(StorageError):
    """The disk holding the data folder has no room left: nothing half-written was kept, and the next
    write succeeds by itself once space is freed."""

    kind = "disk_full"

    def __init__(self, folder: str, free_bytes: int) -> None:
        super().__init__(
            f"The disk holding {folder} is full ({free_bytes // 1_048_576} MB free); free some space and "
            "StoreSync carries on by itself."
        )
        self.folder = folder
        self.free_bytes = free_bytes


class DatabaseRecovered(StorageError):
    """Not raised: describes a damaged database that was moved aside and replaced."""


class KeychainUnavailable(StoreSyncError):
    """No working OS keychain; says which backend was found and how to fix it."""

    kind = "keychain"


class SyncInterrupted(StoreSyncError):
    kind = "interrupted"


WORKER_STOPPED = "worker_stopped"
"""The error kind of a server's run cut short when its worker died: the queue runs the job again, so
whoever follows the run follows the next one too."""


class AlreadyRunning(StoreSyncError):
    kind = "already_running"


class InvalidRequest(StoreSyncError):
    """A request that cannot be done as asked (unknown store, bad schedule, missing value). The
    command line prints it and exits 2; the control API answers 400 with the same sentence."""

    kind = "invalid_request"
    http_status = 400


class NotFound(InvalidRequest):
    """The store, job or run asked for does not exist."""

    kind = "not_found"
    http_status = 404


class Conflict(InvalidRequest):
    """The request clashes with what exists (a second store of the same name)."""

    kind = "conflict"
    http_status = 409

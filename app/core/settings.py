"""Every user setting with its default; stored as JSON in the `setting` table and applied live."""

from __future__ import annotations

from typing import Any, Final

DEFAULTS: Final[dict[str, Any]] = {
    # General
    "start_at_login": False,
    "start_minimized": False,
    "close_to_tray": True,
    "close_to_tray_explained": False,
    "language": "system",  # "system" or a code of app.ui.languages.LANGUAGES; read at start
    # Sync
    "max_concurrent_runs": 4,
    "retry_attempts": 4,
    "request_timeout_seconds": 30.0,  # the longest wait for the next bytes of an answer
    "request_deadline_seconds": 120.0,  # the longest one request may take, its retries included
    "max_pages_per_read": 10_000,  # a list longer than this is taken for one that never ends
    "run_timeout_seconds": 1800.0,
    "catch_up_missed_runs": True,
    "low_stock_threshold": 5,
    # Notifications
    "notify_on_failure": True,
    "notify_on_recovery": True,
    "notify_on_attention": True,
    "notify_on_low_stock": True,
    "quiet_hours_start": None,  # "HH:MM" or None
    "quiet_hours_end": None,
    # Data
    "retention_days": 30,
}


def default(key: str) -> Any:
    """The default of a known setting; a typo is a bug, so unknown keys raise KeyError."""
    return DEFAULTS[key]

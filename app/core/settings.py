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
    # Alarms: warn after this many failed runs of a job in a row, pause the job after that many
    # (0 turns either off); a store whose last successful read is older than this many hours is stale.
    "warn_after_failures": 3,
    "pause_after_failures": 10,
    "stale_after_hours": 24.0,
    # Notifications
    "notify_on_failure": True,
    "notify_on_recovery": True,
    "notify_on_attention": True,
    "notify_on_low_stock": True,
    "quiet_hours_start": None,  # "HH:MM" or None
    "quiet_hours_end": None,
    # Alerts away from the desktop (app.alerts); the SMTP password and the webhook URL live in the
    # keychain. Each channel sends the kinds of app.core.alert_policy.AlertKind listed in its events.
    "alert_email_enabled": False,
    "alert_email_host": "",
    "alert_email_port": 587,
    "alert_email_security": "starttls",  # or "tls" (implicit TLS, usually port 465)
    "alert_email_username": "",
    "alert_email_from": "",
    "alert_email_to": "",  # addresses separated by commas
    "alert_email_events": ["failure", "recovery", "paused", "attention", "low_stock", "stale"],
    "alert_webhook_enabled": False,
    "alert_webhook_format": "json",  # or "slack": {"text": "..."}
    "alert_webhook_events": ["failure", "recovery", "paused", "attention", "low_stock", "stale"],
    # Per channel: {"ok": bool, "at": ISO time, "message": why the last delivery failed}
    "alert_delivery_status": {},
    # Data
    "retention_days": 30,
}


def default(key: str) -> Any:
    """The default of a known setting; a typo is a bug, so unknown keys raise KeyError."""
    return DEFAULTS[key]

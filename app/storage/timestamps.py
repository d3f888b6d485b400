"""Times are stored as fixed-width UTC text, so they sort and compare correctly as strings."""

from __future__ import annotations

from datetime import UTC, datetime

_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def to_db(moment: datetime | None) -> str | None:
    """Aware times are converted to UTC; naive ones are taken as local time, as Python does."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime(_FORMAT)


def from_db(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def required(text: str) -> datetime:
    """A time from a NOT NULL column."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def now_db() -> str:
    return datetime.now(UTC).strftime(_FORMAT)

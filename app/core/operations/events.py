"""Bus events as plain JSON data, for the control API's event stream: the same events the window gets."""

from __future__ import annotations

import dataclasses
import enum
import re
from datetime import datetime
from typing import Any

from app.core.events import Event
from app.core.models import LogEntry, SyncRun
from app.core.operations.history import run_entry
from app.core.operations.logs import log_line_data


def event_name(event_type: type[Event]) -> str:
    """SyncStarted -> "sync_started"."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", event_type.__name__).lower()


def event_data(event: Event) -> dict[str, Any]:
    """{"type": "sync_finished", ...the event's fields}; a run is described as the history lists it."""
    data: dict[str, Any] = {"type": event_name(type(event))}
    for field in dataclasses.fields(event):
        data[field.name] = _plain(getattr(event, field.name))
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, SyncRun):
        return run_entry(value)
    if isinstance(value, LogEntry):
        return log_line_data(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value

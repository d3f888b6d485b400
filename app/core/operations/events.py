"""Bus events as plain JSON data, for the control API's event stream: the same events the window gets."""

from __future__ import annotations

import dataclasses
import enum
import re
import typing
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.core.events import Event
from app.core.models import LogEntry, SyncRun
from app.core.operations.history import run_entry, run_from_entry
from app.core.operations.logs import log_entry_from_data, log_line_data


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


def event_from_data(data: Mapping[str, Any]) -> Event | None:
    """The event that `event_data` made `data` from, as the watching window's bus carries it; None for
    a type this version does not know. A run comes back as the SyncRun the history listed."""
    event_type = event_types().get(str(data.get("type")))
    if event_type is None:
        return None
    hints = typing.get_type_hints(event_type)
    fields = dataclasses.fields(event_type)
    values = {field.name: _typed(hints[field.name], data.get(field.name)) for field in fields}
    return event_type(**values)


def event_types() -> dict[str, type[Event]]:
    """Every event type by its name in the event stream."""
    found: dict[str, type[Event]] = {}
    pending: list[type[Event]] = [Event]
    while pending:
        for subclass in pending.pop().__subclasses__():
            found[event_name(subclass)] = subclass
            pending.append(subclass)
    return found


def _typed(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    kinds = [kind for kind in typing.get_args(hint) if kind is not type(None)] or [hint]
    kind = kinds[0]
    if kind is SyncRun:
        return run_from_entry(value)
    if kind is LogEntry:
        return log_entry_from_data(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if typing.get_origin(kind) is tuple:
        return tuple(value)
    return value

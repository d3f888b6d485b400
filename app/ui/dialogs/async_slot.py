"""qasync's asyncSlot with types, so the dialogs' click handlers stay checked by mypy."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, cast

from qasync import asyncSlot

Params = ParamSpec("Params")


def async_slot(handler: Callable[Params, Coroutine[Any, Any, None]]) -> Callable[Params, None]:
    """Run the coroutine method as a task on the qasync loop when the signal fires; an exception
    reaches sys.excepthook (which the app installs to log it and show a message)."""
    return cast(Callable[Params, None], asyncSlot()(handler))

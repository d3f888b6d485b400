"""An exception that escapes a slot or an @asyncSlot is logged with its traceback and shown as a plain
message; the app keeps running."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from app.core.errors import StoreSyncError

log = logging.getLogger("app.ui")

ShowMessage = Callable[[str, str], object]
Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def user_text(error: BaseException) -> str:
    """What the merchant reads: our own errors speak for themselves; anything else points to the log."""
    if isinstance(error, StoreSyncError):
        return str(error)
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong ({kind}). StoreSync keeps running; the details were written "
        "to the log.",
    ).format(kind=type(error).__name__)


def install_excepthook(show_message: ShowMessage) -> Callable[[], None]:
    """Replace sys.excepthook; returns a function that puts the previous one back."""
    previous: Hook = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        log.error("Unhandled error in the window", exc_info=(kind, error, trace))
        try:
            show_message(QCoreApplication.translate("Errors", "Something went wrong"), user_text(error))
        except Exception:
            log.exception("Could not show the error message")

    sys.excepthook = hook

    def restore() -> None:
        sys.excepthook = previous

    return restore

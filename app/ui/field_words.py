"""A platform's settings fields in the window's language. Their English texts are declared once, in
app/core/platforms (core stays free of Qt); packaging/translations.py hands them to lupdate under
CONTEXT, and the window translates them here, where it shows them. A choice's stored value never
changes: only the words shown for it do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.platforms import SettingField

CONTEXT = "PlatformFields"


def field_label(field: SettingField) -> str:
    return QCoreApplication.translate(CONTEXT, field.label)


def field_help(field: SettingField) -> str:
    return QCoreApplication.translate(CONTEXT, field.help)


def choice_label(choice: str) -> str:
    """What the form shows for one of a field's choices (the value saved stays `choice`)."""
    return QCoreApplication.translate(CONTEXT, choice)

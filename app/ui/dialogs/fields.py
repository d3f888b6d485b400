"""Input widgets for a platform's settings, drawn from app.core.platforms.PLATFORM_FIELDS, so a new
platform gets its form without touching the window."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.core.errors import InvalidRequest
from app.core.models import Platform
from app.core.operations.stores import convert_setting
from app.core.platforms import PLATFORM_FIELDS, SettingField, format_status_lines, parse_status_lines
from app.ui.field_words import choice_label, field_help, field_label
from app.ui.formatting import QT_TRANSLATE_NOOP

# Fields that matter only for some choices of another field: name -> (that field, those choices).
# The others are hidden, so the merchant sees only what the chosen login and page style need.
SHOWN_WHEN: dict[str, tuple[str, frozenset[str]]] = {
    "auth_header_name": ("auth", frozenset({"header", "login", "oauth2"})),
    "auth_query_name": ("auth", frozenset({"query", "login", "oauth2"})),
    "auth_body_field": ("auth", frozenset({"body", "login", "oauth2"})),
    "username": ("auth", frozenset({"basic", "login", "form"})),
    "secret": ("auth", frozenset({"bearer", "header", "basic", "query", "body", "login"})),
    "password": ("auth", frozenset({"login", "form"})),
    "user_token": ("auth", frozenset({"login", "form"})),
    "oauth_client_id": ("auth", frozenset({"oauth2"})),
    "client_secret": ("auth", frozenset({"oauth2"})),
    "login_endpoint": ("auth", frozenset({"login", "oauth2"})),
    "login_body": ("auth", frozenset({"login"})),
    "login_token_path": ("auth", frozenset({"login", "oauth2"})),
    "login_expires_path": ("auth", frozenset({"login", "oauth2"})),
    "token_placement": ("auth", frozenset({"login", "oauth2"})),
    "oauth_scope": ("auth", frozenset({"oauth2"})),
    "page_param": ("paginator", frozenset({"page", "next_page_body"})),
    "page_size_param": ("paginator", frozenset({"page", "next_page_body"})),
    "total_pages_header": ("paginator", frozenset({"page"})),
    "total_pages_path": ("paginator", frozenset({"page"})),
    "total_count_path": ("paginator", frozenset({"page", "offset"})),
    "total_count_header": ("paginator", frozenset({"page"})),
    "next_page_path": ("paginator", frozenset({"next_page_body"})),
    "page_size": ("paginator", frozenset({"page", "offset"})),
    "offset_param": ("paginator", frozenset({"offset"})),
    "limit_param": ("paginator", frozenset({"offset"})),
    "cursor_path": ("paginator", frozenset({"cursor_body"})),
    "cursor_param": ("paginator", frozenset({"cursor_body"})),
    "next_url_path": ("paginator", frozenset({"next_url_body"})),
}
SECRET_MARK = QT_TRANSLATE_NOOP(
    "StoreEditor", "(secret)"
)  # beside the labels of fields kept in the keychain; plain text renders everywhere


class FieldInput(QWidget):
    """One setting's editor. `value()` is what would be saved; None means "left empty"."""

    edited = Signal()

    def __init__(self, field: SettingField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def is_empty(self) -> bool:
        value = self.value()
        return value is None or value == "" or value == {}


class TextInput(FieldInput):
    """text, url and secret fields; secrets are masked and never read back into the form."""

    def __init__(self, field: SettingField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit(self)
        self.line.setAccessibleName(field_label(field))
        self.line.setToolTip(field_help(field))
        if field.kind == "secret":
            self.line.setEchoMode(QLineEdit.EchoMode.Password)
        elif field.kind == "url":
            self.line.setPlaceholderText("https://")
        if isinstance(field.default, str):
            self.line.setText(field.default)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.line)
        self.line.textChanged.connect(self.edited)

    def value(self) -> str | None:
        text = self.line.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def keep_stored_secret(self) -> None:
        """Editing a store: the saved secret stays unless the merchant types a new one."""
        self.line.clear()
        self.line.setPlaceholderText(
            QCoreApplication.translate("StoreEditor", "Saved in the keychain; type to replace")
        )


class IntInput(FieldInput):
    def __init__(self, field: SettingField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit(self)
        self.line.setAccessibleName(field_label(field))
        self.line.setToolTip(field_help(field))
        if isinstance(field.default, int):
            self.line.setText(str(field.default))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.line)
        self.line.textChanged.connect(self.edited)

    def value(self) -> int | str | None:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            return text

    def problem(self) -> str | None:
        value = self.value()
        if value is None:
            return None
        try:
            convert_setting(self.field, value)
        except InvalidRequest:
            return QCoreApplication.translate("StoreEditor", "{label} must be a whole number.").format(
                label=field_label(self.field)
            )
        return None

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))


class ChoiceInput(FieldInput):
    def __init__(self, field: SettingField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(field_label(field))
        self.combo.setToolTip(field_help(field))
        for choice in field.choices:
            self.combo.addItem(choice_label(choice), choice)
        self.set_value(field.default)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.combo)
        self.combo.currentIndexChanged.connect(self.edited)

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        if value in self.field.choices:
            self.combo.setCurrentIndex(self.combo.findData(value))


class MappingInput(FieldInput):
    """Where each of our values sits inside a remote record: one dotted path per key."""

    def __init__(self, field: SettingField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        defaults: Mapping[str, Any] = field.default if isinstance(field.default, Mapping) else {}
        self.lines: dict[str, QLineEdit] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, path in defaults.items():
            line = QLineEdit(str(path))
            line.setAccessibleName(
                QCoreApplication.translate("StoreEditor", "{label}: {key}").format(
                    label=field_label(field), key=key
                )
            )
            line.setToolTip(field_help(field))
            line.textChanged.connect(self.edited)
            self.lines[key] = line
            layout.addRow(key, line)

    def value(self) -> dict[str, str]:
        """Every key, an emptied one as "" (the connector then reads that value as absent)."""
        return {key: line.text().strip() for key, line in self.lines.items()}

    def is_empty(self) -> bool:
        return not any(self.value().values())

    def set_value(self, value: Any) -> None:
        if isinstance(value, Mapping):
            for key, path in value.items():
                if key in self.lines:
                    self.lines[key].setText(str(path))


class StatusMapInput(FieldInput):
    """Order statuses as 'store status = ours' lines: open-ended, since stores name their own."""

    def __init__(self, field: SettingField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(field_label(field))
        self.text.setToolTip(field_help(field))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 6 + 12)
        self.text.setPlainText(format_status_lines(dict(field.default or {})))
        self.text.textChanged.connect(self.edited)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.text)

    def problem(self) -> str | None:
        try:
            parse_status_lines(self.text.toPlainText())
        except ValueError as error:
            return QCoreApplication.translate("StoreEditor", "{label}: {error}").format(
                label=field_label(self.field), error=error
            )
        return None

    def value(self) -> dict[str, str]:
        try:
            return parse_status_lines(self.text.toPlainText())
        except ValueError:
            return {}

    def set_value(self, value: Any) -> None:
        if isinstance(value, Mapping):
            self.text.setPlainText(format_status_lines({str(k): str(v) for k, v in value.items()}))


class JsonInput(FieldInput):
    """A JSON object typed as text (request bodies, headers, rules); empty means none."""

    def __init__(self, field: SettingField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(field_label(field))
        self.text.setToolTip(field_help(field))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        self.set_value(field.default)
        self.text.textChanged.connect(self.edited)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.text)

    def _parsed(self) -> Any:
        text = self.text.toPlainText().strip()
        return json.loads(text) if text else None

    def problem(self) -> str | None:
        try:
            parsed = self._parsed()
        except json.JSONDecodeError as error:
            return QCoreApplication.translate(
                "StoreEditor", "{label}: not valid JSON (line {line}, column {column})."
            ).format(label=field_label(self.field), line=error.lineno, column=error.colno)
        if parsed is not None and not isinstance(parsed, dict):
            message = QCoreApplication.translate(
                "StoreEditor", '{label} must be a JSON object, such as {{"key": "value"}}.'
            )
            return message.format(label=field_label(self.field))
        return None

    def value(self) -> dict[str, Any] | None:
        try:
            parsed = self._parsed()
        except json.JSONDecodeError:
            return None
        return parsed if isinstance(parsed, dict) else None

    def set_value(self, value: Any) -> None:
        self.text.setPlainText(json.dumps(value, ensure_ascii=False) if isinstance(value, Mapping) else "")


def make_input(field: SettingField) -> FieldInput:
    if field.kind == "int":
        return IntInput(field)
    if field.kind == "choice":
        return ChoiceInput(field)
    if field.kind == "mapping":
        return MappingInput(field)
    if field.kind == "status_map":
        return StatusMapInput(field)
    if field.kind == "json":
        return JsonInput(field)
    return TextInput(field)


class PlatformForm(QWidget):
    """The settings form of one platform, with a help line under each field."""

    edited = Signal()

    def __init__(self, platform: Platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.inputs: dict[str, FieldInput] = {}
        self._help: dict[str, QLabel] = {}
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for field in PLATFORM_FIELDS[platform]:
            widget = make_input(field)
            widget.edited.connect(self.edited)
            widget.edited.connect(self._show_relevant_fields)
            self.inputs[field.name] = widget
            label = field_label(field) + (
                " " + QCoreApplication.translate("StoreEditor", SECRET_MARK) if field.kind == "secret" else ""
            )
            label += "" if field.required else QCoreApplication.translate("StoreEditor", " (optional)")
            self._layout.addRow(label, widget)
            help_line = QLabel(field_help(field))
            help_line.setWordWrap(True)
            help_line.setEnabled(False)
            self._help[field.name] = help_line
            self._layout.addRow("", help_line)
        self._show_relevant_fields()

    def is_relevant(self, name: str) -> bool:
        """False for a field the current choices make pointless (e.g. "Header name" without header login)."""
        rule = SHOWN_WHEN.get(name)
        if rule is None or rule[0] not in self.inputs:
            return True
        controller, choices = rule
        return str(self.inputs[controller].value()) in choices

    def _show_relevant_fields(self) -> None:
        for name, widget in self.inputs.items():
            relevant = self.is_relevant(name)
            self._layout.setRowVisible(widget, relevant)
            self._layout.setRowVisible(self._help[name], relevant)

    def secret_names(self) -> tuple[str, ...]:
        return tuple(name for name, widget in self.inputs.items() if widget.field.kind == "secret")

    def settings(self) -> dict[str, Any]:
        """The non-secret values as they go into Store.settings. An empty field is left out, unless
        it has a default: then "" is kept, so clearing it really switches the default off."""
        values: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            field = widget.field
            if field.kind == "secret":
                continue
            if not widget.is_empty():
                values[name] = widget.value()
            elif field.kind in ("text", "url") and field.default not in (None, ""):
                values[name] = ""
        return values

    def secrets(self) -> dict[str, str]:
        """The secrets typed in this session; an empty secret field means "keep the saved one"."""
        return {
            name: str(widget.value())
            for name, widget in self.inputs.items()
            if widget.field.kind == "secret" and not widget.is_empty()
        }

    def load(self, settings: Mapping[str, Any], has_saved_secrets: bool) -> None:
        for name, widget in self.inputs.items():
            if widget.field.kind == "secret":
                if has_saved_secrets and isinstance(widget, TextInput):
                    widget.keep_stored_secret()
            elif name in settings:
                widget.set_value(settings[name])

    def problems(self, stored_secrets: frozenset[str] = frozenset()) -> list[str]:
        """Why the form cannot be saved yet: missing required values and malformed numbers."""
        found: list[str] = []
        for name, widget in self.inputs.items():
            if isinstance(widget, IntInput | StatusMapInput | JsonInput) and (problem := widget.problem()):
                found.append(problem)
            if widget.field.required and widget.is_empty() and name not in stored_secrets:
                found.append(
                    QCoreApplication.translate("StoreEditor", "{label} is required.").format(
                        label=field_label(widget.field)
                    )
                )
        return found

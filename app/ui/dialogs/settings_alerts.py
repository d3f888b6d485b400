"""The Settings dialog's Alerts tab: when a failing job warns and pauses itself, when a store's data is
stale, and alerts by email and webhook for a merchant away from the desktop, each with a Test button
and what happened to its last delivery.

The SMTP password and the webhook URL go to the keychain (an empty field keeps the saved one); every
other value is a setting bound by the dialog like the other tabs'.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.alert_policy import AlertKind
from app.core.ports import AlertChannels
from app.core.services import AppServices
from app.core.settings import DEFAULTS
from app.ui.dialogs.async_slot import async_slot
from app.ui.dialogs.settings_data import reason_for
from app.ui.dialogs.settings_inputs import Binding, check, combo, decimal_spin, line, spin

log = logging.getLogger(__name__)
EVENTS_PER_ROW = 3

SMTP_PASSWORD = "smtp_password"
WEBHOOK_URL = "webhook_url"
STATUS_SETTING = "alert_delivery_status"


def kind_labels() -> dict[AlertKind, str]:
    return {
        AlertKind.FAILURE: QCoreApplication.translate("SettingsDialog", "a job keeps failing"),
        AlertKind.RECOVERY: QCoreApplication.translate("SettingsDialog", "it works again"),
        AlertKind.PAUSED: QCoreApplication.translate("SettingsDialog", "a job paused itself"),
        AlertKind.ATTENTION: QCoreApplication.translate("SettingsDialog", "a store needs attention"),
        AlertKind.LOW_STOCK: QCoreApplication.translate("SettingsDialog", "stock runs low"),
        AlertKind.STALE: QCoreApplication.translate("SettingsDialog", "a store's data is stale"),
    }


class AlertsTab(QWidget):
    """`bindings` are the settings this tab edits; `apply` (given by the dialog) stores the whole
    dialog's values, so a Test sends with what the form shows."""

    def __init__(
        self, services: AppServices, apply: Callable[[], Awaitable[bool]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._apply = apply
        self.bindings: dict[str, Binding] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._alarms_group())
        layout.addWidget(self._email_group())
        layout.addWidget(self._webhook_group())
        layout.addStretch(1)
        self.show_delivery_status()

    @property
    def channels(self) -> AlertChannels | None:
        return self._services.alerts

    def _bind(self, key: str, binding: Binding) -> QWidget:
        self.bindings[key] = binding
        return binding.widget

    def _alarms_group(self) -> QGroupBox:
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Warn when a job failed this many runs in a row"),
            self._bind(
                "warn_after_failures",
                Binding.of(
                    spin(0, 1000, QCoreApplication.translate("SettingsDialog", "Warn after failed runs"))
                ),
            ),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Pause a job after this many failed runs in a row"),
            self._bind(
                "pause_after_failures",
                Binding.of(
                    spin(0, 1000, QCoreApplication.translate("SettingsDialog", "Pause after failed runs"))
                ),
            ),
        )
        form.addRow(
            QLabel(
                QCoreApplication.translate(
                    "SettingsDialog",
                    "0 turns the warning or the pause off. A paused job says why until you resume it.",
                )
            )
        )
        form.addRow(
            QCoreApplication.translate(
                "SettingsDialog", "A store's data is stale when its last good read is older than"
            ),
            self._bind(
                "stale_after_hours",
                Binding.of(
                    decimal_spin(
                        1,
                        24 * 90,
                        QCoreApplication.translate("SettingsDialog", " h"),
                        QCoreApplication.translate("SettingsDialog", "Stale after hours"),
                    )
                ),
            ),
        )
        group = QGroupBox(QCoreApplication.translate("SettingsDialog", "Failures and stale data"))
        group.setLayout(form)
        return group

    def _events(self, key: str) -> QWidget:
        """The events in rows of EVENTS_PER_ROW: in one row their French labels made the dialog wider
        than a 1366-px screen, its Save button out of reach."""
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        for index, (kind, label) in enumerate(kind_labels().items()):
            boxes[kind.value] = check(label)
            grid.addWidget(boxes[kind.value], index // EVENTS_PER_ROW, index % EVENTS_PER_ROW)
        grid.setColumnStretch(EVENTS_PER_ROW, 1)
        return self._bind(key, Binding.choices(holder, boxes))

    def _email_group(self) -> QGroupBox:
        form = QFormLayout()
        form.addRow(
            self._bind(
                "alert_email_enabled",
                Binding.of(check(QCoreApplication.translate("SettingsDialog", "Send alerts by email"))),
            )
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "SMTP server"),
            self._bind(
                "alert_email_host",
                Binding.text(
                    line(QCoreApplication.translate("SettingsDialog", "SMTP server"), "smtp.example.com")
                ),
            ),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Port"),
            self._bind(
                "alert_email_port",
                Binding.of(spin(1, 65535, QCoreApplication.translate("SettingsDialog", "SMTP port"))),
            ),
        )
        security = combo(
            QCoreApplication.translate("SettingsDialog", "Security"),
            [
                (QCoreApplication.translate("SettingsDialog", "STARTTLS (usually port 587)"), "starttls"),
                (QCoreApplication.translate("SettingsDialog", "TLS (usually port 465)"), "tls"),
            ],
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Security"),
            self._bind("alert_email_security", Binding.choice(security)),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "User name"),
            self._bind(
                "alert_email_username",
                Binding.text(line(QCoreApplication.translate("SettingsDialog", "SMTP user name"))),
            ),
        )
        self.smtp_password = line(
            QCoreApplication.translate("SettingsDialog", "SMTP password"),
            QCoreApplication.translate("SettingsDialog", "kept in the keychain; leave empty to keep it"),
            secret=True,
        )
        form.addRow(QCoreApplication.translate("SettingsDialog", "Password"), self.smtp_password)
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "From"),
            self._bind(
                "alert_email_from",
                Binding.text(
                    line(QCoreApplication.translate("SettingsDialog", "Sender address"), "shop@example.com")
                ),
            ),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "To"),
            self._bind(
                "alert_email_to",
                Binding.text(
                    line(
                        QCoreApplication.translate("SettingsDialog", "Recipients"),
                        QCoreApplication.translate("SettingsDialog", "addresses, separated by commas"),
                    )
                ),
            ),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Send when"), self._events("alert_email_events")
        )
        self.email_test = QPushButton(QCoreApplication.translate("SettingsDialog", "Send a test email"))
        self.email_test.clicked.connect(self._on_email_test)
        self.email_status = _status_label()
        form.addRow(self.email_test, self.email_status)
        group = QGroupBox(QCoreApplication.translate("SettingsDialog", "Email"))
        group.setLayout(form)
        return group

    def _webhook_group(self) -> QGroupBox:
        form = QFormLayout()
        form.addRow(
            self._bind(
                "alert_webhook_enabled",
                Binding.of(check(QCoreApplication.translate("SettingsDialog", "Send alerts to a webhook"))),
            )
        )
        self.webhook_url = line(
            QCoreApplication.translate("SettingsDialog", "Webhook URL"),
            QCoreApplication.translate(
                "SettingsDialog", "https://…, kept in the keychain; leave empty to keep it"
            ),
            secret=True,
        )
        form.addRow(QCoreApplication.translate("SettingsDialog", "URL"), self.webhook_url)
        body = combo(
            QCoreApplication.translate("SettingsDialog", "Body"),
            [
                (QCoreApplication.translate("SettingsDialog", "StoreSync JSON"), "json"),
                (QCoreApplication.translate("SettingsDialog", "Slack-compatible"), "slack"),
            ],
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Body"),
            self._bind("alert_webhook_format", Binding.choice(body)),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Send when"), self._events("alert_webhook_events")
        )
        self.webhook_test = QPushButton(
            QCoreApplication.translate("SettingsDialog", "Send a test to the webhook")
        )
        self.webhook_test.clicked.connect(self._on_webhook_test)
        self.webhook_status = _status_label()
        form.addRow(self.webhook_test, self.webhook_status)
        group = QGroupBox(QCoreApplication.translate("SettingsDialog", "Webhook"))
        group.setLayout(form)
        return group

    # --- secrets, tests and the last delivery ----------------------------------------------------

    async def save_secrets(self) -> None:
        """Store what was typed into the secret fields (KeychainUnavailable says why it cannot)."""
        channels = self.channels
        if channels is None:
            return
        typed = [
            (field, edit)
            for field, edit in ((SMTP_PASSWORD, self.smtp_password), (WEBHOOK_URL, self.webhook_url))
            if edit.text()
        ]
        for field, edit in typed:  # all checked first: a URL refused saves no password either
            channels.check_secret(field, edit.text())
        for field, edit in typed:
            await channels.save_secret(field, edit.text())
            edit.clear()

    def show_delivery_status(self) -> None:
        status: dict[str, Any] = (
            self._services.settings.get_setting(STATUS_SETTING, DEFAULTS[STATUS_SETTING]) or {}
        )
        for channel, label in (("email", self.email_status), ("webhook", self.webhook_status)):
            label.setText(_status_text(status.get(channel)))

    @async_slot
    async def _on_email_test(self) -> None:
        await self.send_test("email")

    @async_slot
    async def _on_webhook_test(self) -> None:
        await self.send_test("webhook")

    async def send_test(self, channel: str) -> bool:
        """Save the dialog, send a test through `channel`, show how it went; True when it was sent."""
        label = self.email_status if channel == "email" else self.webhook_status
        if self.channels is None:
            label.setText(
                QCoreApplication.translate(
                    "SettingsDialog", "Alerts are sent by the StoreSync that owns this data folder."
                )
            )
            return False
        label.setText(QCoreApplication.translate("SettingsDialog", "Sending…"))
        try:
            if not await self._apply():
                label.setText(
                    QCoreApplication.translate("SettingsDialog", "Not sent: the settings could not be saved.")
                )
                return False
            await self.channels.send_test(channel)
        except Exception as error:
            log.info("The %s test alert was not sent: %s", channel, error)
            if isValid(self):
                label.setText(
                    QCoreApplication.translate("SettingsDialog", "Not sent: {reason}").format(
                        reason=reason_for(error)
                    )
                )
            return False
        if isValid(self):
            label.setText(QCoreApplication.translate("SettingsDialog", "Test sent. Check that it arrived."))
        return True


def _status_text(entry: Any) -> str:
    if not isinstance(entry, dict):
        return QCoreApplication.translate("SettingsDialog", "Nothing sent yet.")
    try:
        when = datetime.fromisoformat(str(entry.get("at"))).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        when = ""
    if entry.get("ok"):
        return QCoreApplication.translate("SettingsDialog", "Last delivery worked ({when}).").format(
            when=when
        )
    return QCoreApplication.translate("SettingsDialog", "Last delivery failed ({when}): {reason}").format(
        when=when, reason=entry.get("message") or ""
    )


def _status_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

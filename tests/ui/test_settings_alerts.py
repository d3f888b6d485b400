"""The Settings dialog's Alerts tab on the real services and the real keychain: the thresholds are
settings, the webhook URL goes to the keychain (never the database), Test sends with what the form
shows to a loopback receiver, and a failed delivery is shown in words."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.alerts.servers import WebhookReceiver
from tests.ui.test_dialogs_store_editor import runtime

__all__ = ["runtime"]


@pytest.fixture
async def webhook() -> AsyncIterator[WebhookReceiver]:
    receiver = WebhookReceiver()
    await receiver.start()
    yield receiver
    await receiver.stop()


def open_dialog(qtbot: QtBot, services: Any) -> SettingsDialog:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


async def test_thresholds_are_settings(qtbot: QtBot, runtime: Any) -> None:
    dialog = open_dialog(qtbot, runtime.services)
    dialog.alerts.bindings["warn_after_failures"].widget.setValue(2)
    dialog.alerts.bindings["pause_after_failures"].widget.setValue(6)
    dialog.alerts.bindings["stale_after_hours"].widget.setValue(12)
    await dialog.save()
    settings = runtime.services.settings
    assert (settings.get_setting("warn_after_failures"), settings.get_setting("pause_after_failures")) == (
        2,
        6,
    )
    assert settings.get_setting("stale_after_hours") == 12


async def test_the_webhook_test_sends_what_the_form_shows_and_keeps_the_url_out_of_the_database(
    qtbot: QtBot, runtime: Any, webhook: WebhookReceiver, secret_service: KeyringBackend
) -> None:
    dialog = open_dialog(qtbot, runtime.services)
    tab = dialog.alerts
    tab.bindings["alert_webhook_enabled"].widget.setChecked(True)
    body = tab.bindings["alert_webhook_format"].widget
    body.setCurrentIndex(body.findData("slack"))
    tab.webhook_url.setText(webhook.url)
    assert await tab.send_test("webhook")
    assert webhook.bodies and set(webhook.bodies[0]) == {"text"}
    assert tab.webhook_status.text() == "Test sent. Check that it arrived."
    assert tab.webhook_url.text() == "", "the URL went to the keychain"
    assert runtime.services.settings.get_setting("alert_webhook_format") == "slack"
    database = Path(runtime.services.maintenance.database_path())
    with sqlite3.connect(database) as connection:
        dump = "\n".join(connection.iterdump())
    assert "T0KEN" not in dump
    again = open_dialog(qtbot, runtime.services)
    assert again.alerts.webhook_status.text().startswith("Last delivery worked")


async def test_a_failed_test_says_why_in_the_tab(
    qtbot: QtBot, runtime: Any, webhook: WebhookReceiver, secret_service: KeyringBackend
) -> None:
    webhook.status = 403
    dialog = open_dialog(qtbot, runtime.services)
    dialog.alerts.webhook_url.setText(webhook.url)
    assert not await dialog.alerts.send_test("webhook")
    assert dialog.alerts.webhook_status.text() == "Not sent: The webhook at 127.0.0.1 answered HTTP 403."
    assert dialog.alerts.webhook_status.textFormat() == Qt.TextFormat.PlainText
    again = open_dialog(qtbot, runtime.services)
    assert again.alerts.webhook_status.text().startswith("Last delivery failed (")
    assert again.alerts.webhook_status.text().endswith("answered HTTP 403.")


async def test_a_refused_url_saves_no_password_typed_beside_it(
    qtbot: QtBot, runtime: Any, secret_service: KeyringBackend
) -> None:
    """The password was saved (and its field cleared) before the URL beside it was refused."""
    dialog = open_dialog(qtbot, runtime.services)
    dialog.alerts.smtp_password.setText("pass-typed-beside-a-bad-url")
    dialog.alerts.webhook_url.setText("http://10.1.2.3/hook")
    await dialog.save()
    assert dialog.message.text().startswith("The webhook URL must start with https://")
    assert dialog.alerts.smtp_password.text() == "pass-typed-beside-a-bad-url"
    assert runtime.services.alerts.has_secret("smtp_password") is False

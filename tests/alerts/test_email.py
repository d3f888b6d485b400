"""Email alerts against a real SMTP server on loopback: STARTTLS on a submission port and implicit TLS,
a login with the password from the keychain, certificates verified, and plain one-line failures that
are recorded for Settings and never show the password."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from app.alerts.channels import SMTP_PASSWORD
from app.alerts.dispatcher import STATUS_SETTING, AlertDispatcher
from app.core.bus import EventBus
from app.core.errors import StoreSyncError
from app.core.redaction import REDACTOR
from app.storage.alert_secrets import AlertSecrets
from app.storage.storage import Storage
from tests.alerts.conftest import MemorySecrets, apply
from tests.alerts.servers import PASSWORD, USER, MailServer


async def test_a_test_email_arrives_over_starttls_with_the_login(
    storage: Storage, dispatcher: AlertDispatcher, secrets: MemorySecrets, mail_server: MailServer
) -> None:
    await apply(storage, mail_server.settings())
    await dispatcher.save_secret(SMTP_PASSWORD, PASSWORD)
    await dispatcher.send_test("email")
    (message,) = mail_server.mailbox.messages
    assert message["Subject"] == "StoreSync: test alert"
    assert message["To"] == "owner@example.com, helper@example.com"
    assert "alerts reach you here" in message.get_content()
    assert mail_server.mailbox.logins == [(USER, PASSWORD)]
    assert mail_server.mailbox.secured == [True], "the login and the message went over TLS"
    assert storage.settings.get_setting(STATUS_SETTING)["email"]["ok"] is True


async def test_implicit_tls_on_its_own_port(
    tmp_path: Path, storage: Storage, dispatcher: AlertDispatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = MailServer(tmp_path, implicit_tls=True)
    monkeypatch.setenv("SSL_CERT_FILE", str(server.ca_file))
    server.start()
    try:
        await apply(storage, server.settings())
        await dispatcher.save_secret(SMTP_PASSWORD, PASSWORD)
        await dispatcher.send_test("email")
    finally:
        server.stop()
    assert len(server.mailbox.messages) == 1, "the server speaks only TLS, so the message came over it"
    assert server.mailbox.logins == [(USER, PASSWORD)]


async def test_a_refused_password_is_one_line_recorded_for_settings_without_the_password(
    storage: Storage, dispatcher: AlertDispatcher, mail_server: MailServer, caplog: pytest.LogCaptureFixture
) -> None:
    await apply(storage, mail_server.settings())
    wrong = "not-the-pass-w0rd-123"
    await dispatcher.save_secret(SMTP_PASSWORD, wrong)
    caplog.set_level(logging.INFO)
    with pytest.raises(StoreSyncError) as raised:
        await dispatcher.send_test("email")
    assert "refused the user name or password" in str(raised.value)
    assert "\n" not in str(raised.value)
    status = storage.settings.get_setting(STATUS_SETTING)["email"]
    assert status["ok"] is False and "refused the user name or password" in status["message"]
    assert mail_server.mailbox.messages == []
    assert wrong not in caplog.text and wrong not in str(status)


async def test_an_untrusted_certificate_is_refused(
    storage: Storage, dispatcher: AlertDispatcher, mail_server: MailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE")
    await apply(storage, mail_server.settings())
    await dispatcher.save_secret(SMTP_PASSWORD, PASSWORD)
    with pytest.raises(StoreSyncError, match="certificate that cannot be trusted"):
        await dispatcher.send_test("email")
    assert mail_server.mailbox.logins == [], "the password never left without TLS"


async def test_an_incomplete_setup_says_what_is_missing(
    storage: Storage, dispatcher: AlertDispatcher
) -> None:
    await apply(storage, {"alert_email_host": "127.0.0.1"})
    with pytest.raises(StoreSyncError, match="no recipient address is set"):
        await dispatcher.send_test("email")


async def test_a_mail_server_that_is_not_there_is_told_in_words(
    storage: Storage, dispatcher: AlertDispatcher, mail_server: MailServer
) -> None:
    """Not the system's "[Errno 111] Connection refused"."""
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    await apply(storage, {**mail_server.settings(), "alert_email_port": port, "alert_email_username": ""})
    with pytest.raises(StoreSyncError) as told:
        await dispatcher.send_test("email")
    assert str(told.value) == (
        f"Could not send email through 127.0.0.1:{port}: nothing answers at that address and port."
    )


async def test_the_password_lives_in_the_keychain_of_this_data_folder(
    storage: Storage, bus: EventBus, mail_server: MailServer, secret_service: KeyringBackend
) -> None:
    keychain = AlertSecrets(storage.settings)
    dispatcher = AlertDispatcher(bus, storage.settings, storage.stores, keychain, REDACTOR.redact)
    await apply(storage, mail_server.settings())
    await dispatcher.save_secret(SMTP_PASSWORD, PASSWORD)
    assert PASSWORD not in (storage.settings.get_setting("alert_email_username") or "")
    assert keychain.read(SMTP_PASSWORD) == PASSWORD
    await dispatcher.send_test("email")
    assert mail_server.mailbox.logins == [(USER, PASSWORD)]
    await keychain.delete(SMTP_PASSWORD)

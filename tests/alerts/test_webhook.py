"""Webhook alerts against a loopback HTTP server: StoreSync's JSON body and the Slack-compatible preset,
a receiver that refuses is recorded for Settings, the URL (a credential) never appears in a message,
and plain http is refused except to this computer."""

from __future__ import annotations

import logging
import socket

import pytest

from app.alerts.channels import WEBHOOK_URL
from app.alerts.dispatcher import STATUS_SETTING, AlertDispatcher
from app.core.bus import EventBus
from app.core.errors import StoreSyncError
from app.core.events import JobAutoPaused
from app.core.redaction import REDACTOR
from app.storage.storage import Storage
from tests.alerts.conftest import MemorySecrets, apply
from tests.alerts.servers import WebhookReceiver


async def test_the_json_body_carries_the_facts(
    storage: Storage, dispatcher: AlertDispatcher, webhook: WebhookReceiver
) -> None:
    await dispatcher.save_secret(WEBHOOK_URL, webhook.url)
    await dispatcher.send_test("webhook")
    (body,) = webhook.bodies
    assert body["source"] == "storesync"
    assert body["event"] == "test" and body["subject"] == "test alert"
    assert storage.settings.get_setting(STATUS_SETTING)["webhook"]["ok"] is True
    [agent] = webhook.user_agents
    assert agent.startswith("StoreSync/"), agent  # it said python-httpx/0.28.1


async def test_the_slack_preset_posts_text(
    storage: Storage, dispatcher: AlertDispatcher, webhook: WebhookReceiver
) -> None:
    await apply(storage, {"alert_webhook_format": "slack"})
    await dispatcher.save_secret(WEBHOOK_URL, webhook.url)
    await dispatcher.send_test("webhook")
    assert webhook.bodies == [
        {"text": "*StoreSync: test alert*\nThis is a test from StoreSync: its alerts reach you here."}
    ]


async def test_a_refusing_receiver_is_recorded_and_logged_without_the_url(
    storage: Storage,
    bus: EventBus,
    dispatcher: AlertDispatcher,
    webhook: WebhookReceiver,
    caplog: pytest.LogCaptureFixture,
) -> None:
    webhook.status = 500
    caplog.set_level(logging.INFO)
    await dispatcher.save_secret(WEBHOOK_URL, webhook.url)
    with pytest.raises(StoreSyncError, match="answered HTTP 500"):
        await dispatcher.send_test("webhook")
    await apply(storage, {"alert_webhook_enabled": True})
    bus.publish(JobAutoPaused(4, None, "paused after 10 failed runs: the store refused the token"))
    await dispatcher.idle()
    assert len(webhook.bodies) == 2
    status = storage.settings.get_setting(STATUS_SETTING)["webhook"]
    assert status["ok"] is False and "answered HTTP 500" in status["message"]
    assert "T0KEN" not in status["message"]
    ours = [record.getMessage() for record in caplog.records if record.name.startswith("app")]
    assert ours and not [line for line in ours if "T0KEN" in line]
    httpx_lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert httpx_lines, "httpx logs the whole URL..."
    assert not [line for line in httpx_lines if "T0KEN" in REDACTOR.redact(line)], (
        "...which the log filter hides"
    )


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://hooks.example.com/services/T0KEN", "must start with https://"),
        ("ftp://127.0.0.1/x", "must start with https://"),
        ("not a url at all", "must start with https://"),
    ],
)
async def test_plain_http_is_refused_except_to_this_computer(
    dispatcher: AlertDispatcher, secrets: MemorySecrets, url: str, why: str
) -> None:
    with pytest.raises(StoreSyncError, match=why):  # when it is saved
        await dispatcher.save_secret(WEBHOOK_URL, url)
    assert secrets.read(WEBHOOK_URL) is None
    secrets.values[WEBHOOK_URL] = url  # put where it is kept by other means (a server's file)
    with pytest.raises(StoreSyncError, match=why):  # and when it would be posted to
        await dispatcher.send_test("webhook")


async def test_no_url_says_so(dispatcher: AlertDispatcher) -> None:
    with pytest.raises(StoreSyncError, match="webhook URL is not in the keychain"):
        await dispatcher.send_test("webhook")


async def test_a_receiver_without_tls_or_without_a_listener_is_told_in_plain_words(
    dispatcher: AlertDispatcher, webhook: WebhookReceiver
) -> None:
    """Not the TLS library's own words ("[SSL: WRONG_VERSION_NUMBER] wrong version number")."""
    await dispatcher.save_secret(WEBHOOK_URL, webhook.url.replace("http://", "https://"))
    with pytest.raises(StoreSyncError) as told:
        await dispatcher.send_test("webhook")
    assert str(told.value) == (
        "The webhook at 127.0.0.1 answered without TLS: a receiver on this computer may use http://."
    )
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    await dispatcher.save_secret(WEBHOOK_URL, f"http://127.0.0.1:{port}/hook")
    with pytest.raises(StoreSyncError) as told:
        await dispatcher.send_test("webhook")
    assert str(told.value) == (
        "Could not connect to the webhook at 127.0.0.1: nothing answers there, or the address is wrong."
    )
    assert webhook.bodies == []

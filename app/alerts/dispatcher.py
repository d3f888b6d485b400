"""Sends each alert the policy lets through to the channels that want its kind, in the background.

Sending never blocks the event loop (SMTP on a worker thread, webhooks on httpx's async client) and
never fails a run: a delivery that fails is logged (redacted) and kept per channel in the setting
`alert_delivery_status`, which the Settings dialog shows as "last delivery failed: ...".
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

import httpx

from app.alerts.channels import EMAIL, SMTP_PASSWORD, WEBHOOK, WEBHOOK_URL, EmailSettings, WebhookSettings
from app.alerts.email import send_email
from app.alerts.webhook import check_url, post_webhook
from app.core.alert_memory import TOLD_SETTING, ToldProblems
from app.core.alert_policy import Alert, AlertKind, AlertPolicy, settings_reader
from app.core.alert_settings import STATUS_SETTING as STATUS_SETTING
from app.core.alert_text import AlertMessage, word_alert
from app.core.bus import EventBus
from app.core.errors import ConfigError, StoreSyncError
from app.core.events import Event
from app.core.ports import SettingsRepository, StoreRepository

log = logging.getLogger(__name__)

TEST_MESSAGE = AlertMessage(
    AlertKind.RECOVERY,
    "test alert",
    "This is a test from StoreSync: its alerts reach you here.",
    {"event": "test", "store": None, "job": None, "message": "test", "at": ""},
)


class SecretStore(Protocol):
    """Where the SMTP password and the webhook URL live (app.storage.alert_secrets.AlertSecrets)."""

    def read(self, field: str) -> str | None: ...
    async def save(self, field: str, value: str) -> None: ...
    def place(self) -> str: ...


class AlertDispatcher:
    """Implements app.core.ports.AlertChannels."""

    def __init__(
        self,
        bus: EventBus,
        settings: SettingsRepository,
        stores: StoreRepository,
        secrets: SecretStore,
        redact: Callable[[str], str],
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._bus = bus
        self._settings = settings
        self._stores = stores
        self._secrets = secrets
        self._status_lock = asyncio.Lock()
        self._redact = redact
        self._clock = clock
        self._setting = settings_reader(settings.get_setting)
        self._policy = AlertPolicy(self._setting, clock)
        self._tasks: set[asyncio.Task[None]] = set()
        self._tls: ssl.SSLContext | None = None
        self._unsubscribe: Callable[[], None] | None = None
        # False in a serve standing by for another (app.worker.alerting_serve): it follows the events,
        # so it knows what is failing, stale or told when it takes over, and sends nothing.
        self.sending = True
        self._kept = ToldProblems()

    def recall(self) -> None:
        """Start from what the alerts had told before this process (app.core.alert_memory); call
        before `attach`."""
        told = ToldProblems.from_setting(self._settings.get_setting(TOLD_SETTING))
        self._policy.recall(told)
        self._kept = told

    def attach(self) -> None:
        self._unsubscribe = self._bus.subscribe(Event, self.on_event)

    async def aclose(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109 - bounded at shutdown
        """Stop listening; give deliveries under way `timeout` seconds, then cancel them."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._tasks:
            _, pending = await asyncio.wait(set(self._tasks), timeout=timeout)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending)

    async def idle(self) -> None:
        """Wait until every delivery started so far has ended (for tests and the CLI)."""
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    def check_secret(self, field: str, value: str) -> None:
        if field not in (SMTP_PASSWORD, WEBHOOK_URL):
            raise ConfigError(f"Alerts keep no secret named {field!r}.")
        if field == WEBHOOK_URL:
            check_url(value.strip())

    async def save_secret(self, field: str, value: str) -> None:
        """Checked first: a URL the webhook would refuse to post to is refused now, not at the alert."""
        self.check_secret(field, value)
        await self._secrets.save(field, value.strip() if field == WEBHOOK_URL else value)
        await self._forget_delivery(EMAIL if field == SMTP_PASSWORD else WEBHOOK)

    def has_secret(self, field: str) -> bool:
        return bool(self._secrets.read(field))

    def secrets_place(self) -> str:
        return self._secrets.place()

    def on_event(self, event: Event) -> None:
        alert = self._policy.decide(event)
        if self.sending:
            self._keep_told()
        if alert is None or not self.sending or self._policy.quiet_now():
            return
        channels = [
            channel
            for channel, settings in (
                (EMAIL, EmailSettings.read(self._setting)),
                (WEBHOOK, WebhookSettings.read(self._setting)),
            )
            if settings.enabled and alert.kind in settings.kinds
        ]
        if not channels:
            return
        message = self._word(alert)
        for channel in channels:
            task = asyncio.get_running_loop().create_task(self._deliver(channel, message))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def send_test(self, channel: str) -> None:
        """Send a test message now, whether the channel is switched on or not; raises StoreSyncError
        with what went wrong, and records the result like any delivery."""
        message = AlertMessage(
            TEST_MESSAGE.kind,
            TEST_MESSAGE.subject,
            TEST_MESSAGE.text,
            {**TEST_MESSAGE.fields, "at": self._clock().astimezone().isoformat()},
        )
        try:
            await self._send(channel, message)
        except Exception as error:
            reason = self._reason(error)
            await self._record(channel, reason)
            raise StoreSyncError(reason) from None
        await self._record(channel, None)

    async def _deliver(self, channel: str, message: AlertMessage) -> None:
        try:
            await self._send(channel, message)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            reason = self._reason(error)
            log.warning("Could not deliver the %s alert “%s”: %s", channel, message.subject, reason)
            await self._record(channel, reason)
            return
        log.info("Sent the %s alert “%s”", channel, message.subject)
        await self._record(channel, None)

    async def _send(self, channel: str, message: AlertMessage) -> None:
        if channel == EMAIL:
            settings = EmailSettings.read(self._setting)
            await asyncio.to_thread(self._send_email, settings, message)
        elif channel == WEBHOOK:
            webhook = WebhookSettings.read(self._setting)
            url = await asyncio.to_thread(self._secrets.read, WEBHOOK_URL)
            tls = await self._tls_context()
            await post_webhook(url, webhook.body_format, message, tls, kept_in=self._secrets.place())
        else:
            raise ConfigError(f"There is no alert channel {channel!r}; choose email or webhook.")

    def _send_email(self, settings: EmailSettings, message: AlertMessage) -> None:
        password = self._secrets.read(SMTP_PASSWORD) if settings.username else None
        send_email(settings, password, message, kept_in=self._secrets.place())

    async def _tls_context(self) -> ssl.SSLContext:
        """Loading the CA bundle takes tens of ms: once, off the loop."""
        if self._tls is None:
            self._tls = await asyncio.to_thread(httpx.create_ssl_context, verify=True, trust_env=True)
        return self._tls

    def _keep_told(self) -> None:
        """What is told and not over, kept for the next process when it changed (app.core.alert_memory)."""
        told = self._policy.told()
        if told == self._kept:
            return
        self._kept = told
        task = asyncio.get_running_loop().create_task(self._save_told(told))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _save_told(self, told: ToldProblems) -> None:
        try:
            await self._settings.set_setting(TOLD_SETTING, told.as_setting())
        except Exception:
            log.exception("Could not keep which problems the alerts told")

    async def _record(self, channel: str, failure: str | None) -> None:
        async with self._status_lock:  # two deliveries ending together must not lose one's result
            status: dict[str, Any] = dict(self._setting(STATUS_SETTING) or {})
            status[channel] = {"ok": failure is None, "at": datetime.now(UTC).isoformat(), "message": failure}
            try:
                await self._settings.set_setting(STATUS_SETTING, status)
            except Exception:
                log.exception("Could not record how the %s alert went", channel)

    def _reason(self, error: Exception) -> str:
        """Why a delivery failed, redacted; an unexpected error by its type and message, never its
        repr (a decoding error's repr holds the bytes it could not decode: a password)."""
        text = str(error) if isinstance(error, StoreSyncError) else f"{type(error).__name__}: {error}"
        return self._redact(text)

    async def _forget_delivery(self, channel: str) -> None:
        """A new password or URL: how the last delivery with the old one went is no longer news."""
        async with self._status_lock:
            status: dict[str, Any] = dict(self._setting(STATUS_SETTING) or {})
            if status.pop(channel, None) is not None:
                await self._settings.set_setting(STATUS_SETTING, status)

    def _word(self, alert: Alert) -> AlertMessage:
        store = self._stores.get_store(alert.store_id) if alert.store_id is not None else None
        store_name = store.name if store is not None else "all stores"
        job = self._stores.get_job(alert.job_id) if alert.job_id is not None else None
        job_name = f"{store_name} · {job.kind.value.replace('_', ' ')}" if job is not None else store_name
        return word_alert(alert, store_name, job_name, self._clock().astimezone())

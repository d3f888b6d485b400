"""Alert tests: a real SQLite file for the settings, real receivers on loopback, the dispatcher wired as
bootstrap wires it. `MemorySecrets` stands in for the keychain where a test is not about the keychain
(tests/alerts/test_email.py has the one that is, on the real Secret Service)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.alerts.dispatcher import AlertDispatcher
from app.core.bus import EventBus
from app.core.redaction import REDACTOR
from app.storage import open_storage
from app.storage.storage import Storage
from tests.alerts.servers import MailServer, WebhookReceiver


class MemorySecrets:
    def __init__(self, **values: str) -> None:
        self.values = dict(values)

    def place(self) -> str:
        return "keychain"

    def read(self, field: str) -> str | None:
        return self.values.get(field)

    async def save(self, field: str, value: str) -> None:
        REDACTOR.add_secret(value)
        self.values[field] = value


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    opened = open_storage(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def bus() -> EventBus:
    return EventBus()


@pytest.fixture
def secrets() -> MemorySecrets:
    return MemorySecrets()


@pytest.fixture
async def dispatcher(
    storage: Storage, bus: EventBus, secrets: MemorySecrets
) -> AsyncIterator[AlertDispatcher]:
    built = AlertDispatcher(bus, storage.settings, storage.stores, secrets, REDACTOR.redact)
    built.attach()
    yield built
    await built.aclose()


@pytest.fixture
def mail_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MailServer]:
    server = MailServer(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(server.ca_file))
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def webhook() -> AsyncIterator[WebhookReceiver]:
    receiver = WebhookReceiver()
    await receiver.start()
    yield receiver
    await receiver.stop()


async def apply(storage: Storage, values: dict[str, Any]) -> None:
    for key, value in values.items():
        await storage.settings.set_setting(key, value)

"""The alert channels' secrets (SMTP password, webhook URL) in the keychain, beside the stores'.

They belong to no store, so their entries are named after an id of this database's own (the setting
`alerts_keychain_id`, made on the first save): two data folders never share or overwrite them.
Every save is read back, as for a store's credentials, and there is no plaintext fallback.
"""

from __future__ import annotations

import asyncio
import secrets

from app.core.ports import SettingsRepository
from app.core.redaction import REDACTOR, Redactor
from app.storage.credentials import KeyringCredentialStore

ID_SETTING = "alerts_keychain_id"
_OWNER = 0  # the credential store's "store" slot for these entries; the id below makes them unique


class _AlertsId:
    def __init__(self, settings: SettingsRepository) -> None:
        self._settings = settings

    def keychain_id(self, store_id: int) -> str | None:
        value = self._settings.get_setting(ID_SETTING, None)
        return f"alerts-{value}" if value else None


class AlertSecrets:
    def __init__(self, settings: SettingsRepository, redactor: Redactor = REDACTOR) -> None:
        self._settings = settings
        self._keychain = KeyringCredentialStore(_AlertsId(settings), redactor)

    def backend_name(self) -> str:
        return self._keychain.backend_name()

    def place(self) -> str:
        return "keychain"

    def read(self, field: str) -> str | None:
        """Blocking (the keychain may answer over D-Bus): call it off the event loop."""
        return self._keychain.get_secret(_OWNER, field)

    async def save(self, field: str, value: str) -> None:
        """Raises KeychainUnavailable (with how to fix it) unless the keychain really kept it."""
        if not self._settings.get_setting(ID_SETTING, None):
            await self._settings.set_setting(ID_SETTING, secrets.token_hex(16))
        await asyncio.to_thread(self._keychain.set_secret, _OWNER, field, value)

    async def delete(self, field: str) -> None:
        await asyncio.to_thread(self._keychain.delete_secrets, _OWNER, (field,))

"""Bringing the secrets of a database made by an earlier version where they belong, at each start until
it is done (it needs a working keychain, which a start may lack):

- Entries named after the bare row id (`store-<id>:<field>`) are copied to the store's own name. Such an
  entry says nothing about which data folder wrote it: two folders that both have a store 1 share it,
  and the second may not have been upgraded yet. So it is never deleted or overwritten, and never
  copied over an entry the store already has under its own name: each database that upgrades takes
  its own verified copy, and the old entry stays for the others.
- Secrets an earlier `config import` left in a store's settings are moved to the keychain (verified;
  a value already in the keychain is kept), removed from the settings, and the file is rewritten so
  that their bytes are in neither the database nor its write-ahead log.
"""

from __future__ import annotations

import logging
from typing import Any

from app.core.errors import KeychainUnavailable
from app.core.models import Store
from app.core.platforms import secret_fields
from app.core.secret_settings import SECRET_SETTING_NAMES, separate_secrets
from app.storage.credentials import KeyringCredentialStore
from app.storage.stores import SqliteStoreRepository

log = logging.getLogger(__name__)


async def upgrade_keychain(stores: SqliteStoreRepository, keychain: KeyringCredentialStore) -> None:
    """Do what is left of both steps; without a working keychain, say so and leave it for a later start."""
    try:
        await _copy_legacy_entries(stores, keychain)
        await _move_secrets_out_of_settings(stores, keychain)
    except KeychainUnavailable as error:
        log.warning("Store credentials saved by an earlier version are not moved yet: %s", error)


async def _copy_legacy_entries(stores: SqliteStoreRepository, keychain: KeyringCredentialStore) -> None:
    for store in stores.legacy_keychain_stores():
        assert store.id is not None
        if not store.settings.get("demo"):  # demo secrets live in memory, never in the keychain
            for field in secret_fields(store.platform):
                old = keychain.get_legacy_secret(store.id, field)
                if old is not None and keychain.get_secret(store.id, field) is None:
                    keychain.set_secret(store.id, field, old)
        await stores.mark_keychain_copied(store.id)
        log.info("Copied the keychain entries of %s to names of its own", store.name)


async def _move_secrets_out_of_settings(
    stores: SqliteStoreRepository, keychain: KeyringCredentialStore
) -> None:
    cleaned: dict[int, dict[str, Any]] = {}
    for store in stores.list_stores():
        assert store.id is not None
        # Any secret-named key is kept, even one this platform has no field for: nothing is lost.
        separated = separate_secrets(store.settings, SECRET_SETTING_NAMES)
        if not separated.found_at:
            continue
        _keep_in_keychain(store, separated.secrets, keychain)
        for problem in separated.problems:
            log.warning("%s: %s; the keychain keeps the first value found", store.name, problem)
        cleaned[store.id] = separated.cleaned
    if cleaned:
        await stores.replace_settings(cleaned)
        log.info("Moved secrets out of the settings of %d stores into the keychain", len(cleaned))


def _keep_in_keychain(store: Store, secrets: dict[str, str], keychain: KeyringCredentialStore) -> None:
    assert store.id is not None
    for field, value in secrets.items():
        saved = keychain.get_secret(store.id, field)
        if saved is None:
            keychain.set_secret(store.id, field, value)
        elif saved != value:
            log.warning(
                "%s: its settings held a %s different from the keychain's; the keychain's was kept",
                store.name,
                field,
            )

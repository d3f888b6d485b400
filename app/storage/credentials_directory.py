"""Store secrets on a server (implements ports.CredentialStore): one file per secret in a credentials
directory, as systemd's LoadCredential= ($CREDENTIALS_DIRECTORY) and container secret mounts provide
them; never in the database (DESIGN.md §6). A server has no desktop keychain.

A file is named after the store's keychain id and the field, `store.<keychain id>.<field>` (the id
`storesync migrate --from` prints for each store), holds the secret alone (one trailing newline, as
`echo` leaves, is not part of it), and must be readable by its owner only: a file others may read is
refused with the command that fixes it, never used. Every secret read or written is registered with
the redactor. The alert channels' secrets sit beside them as `alerts.<field>`."""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import Collection
from contextlib import suppress
from pathlib import Path

from app.core.errors import KeychainUnavailable, StoreSyncError
from app.core.redaction import REDACTOR, Redactor
from app.storage.credentials import KeychainIds

# systemd sets it for a service with LoadCredential= / SetCredential=.
SYSTEMD_VARIABLE = "CREDENTIALS_DIRECTORY"
VARIABLE = "STORESYNC_CREDENTIALS_DIR"
PRIVATE = 0o600


def credentials_directory(given: str | None = None) -> Path | None:
    """The directory from an option, STORESYNC_CREDENTIALS_DIR or systemd's CREDENTIALS_DIRECTORY."""
    chosen = given or os.environ.get(VARIABLE) or os.environ.get(SYSTEMD_VARIABLE)
    return Path(chosen) if chosen else None


def file_name(keychain_id: str, field: str) -> str:
    return f"store.{keychain_id}.{field}"


def read_secret_file(path: Path, redactor: Redactor = REDACTOR) -> str | None:
    """The secret `path` holds (None when there is no such file); a file others may read is refused."""
    try:
        with path.open("rb") as file:
            mode = os.fstat(file.fileno()).st_mode
            if mode & 0o077:
                raise KeychainUnavailable(
                    f"{path} may be read by other users (mode {stat.filemode(mode)}), so StoreSync does "
                    f"not use it: chmod 600 {path}"
                )
            raw = file.read()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise KeychainUnavailable(f"StoreSync cannot read {path}: {error.strerror or error}") from error
    try:
        value = raw.decode("utf-8", errors="strict").removesuffix("\n")
    except UnicodeDecodeError:  # its bytes stay out of the message: they are the secret
        raise KeychainUnavailable(f"{path} is not UTF-8 text, so StoreSync cannot use it") from None
    redactor.add_secret(value)
    return value


def write_secret_file(path: Path, value: str, redactor: Redactor = REDACTOR) -> None:
    """Write the file readable by its owner only, whole or not at all."""
    redactor.add_secret(value)
    partial = path.with_name(f".{path.name}.partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
        with os.fdopen(descriptor, "wb") as file:
            os.fchmod(file.fileno(), PRIVATE)
            file.write(value.encode("utf-8"))
        os.replace(partial, path)
    except OSError as error:
        with suppress(OSError):
            partial.unlink()
        raise KeychainUnavailable(
            f"StoreSync cannot write {path}: {error.strerror or error} (a directory systemd provides "
            "is read-only: put the secret where its LoadCredential= reads it from)"
        ) from error


def remove_secret_files(paths: Collection[Path]) -> None:
    """Remove the files; files that are already gone are fine. One that cannot be removed (a directory
    systemd provides is read-only) is named so that it can be removed by hand."""
    kept: list[str] = []
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            kept.append(f"{path} ({error.strerror or error})")
    if kept:
        raise KeychainUnavailable(
            f"StoreSync cannot remove {', '.join(kept)}: remove it by hand, or from where the "
            "service's LoadCredential= reads it"
        )


class DirectoryCredentialStore:
    """One 0600 file per store and field in `directory`."""

    def __init__(self, directory: Path, ids: KeychainIds, redactor: Redactor = REDACTOR) -> None:
        self.directory = directory
        self._ids = ids
        self._redactor = redactor

    def backend_name(self) -> str:
        return f"credentials directory {self.directory}"

    def _path(self, store_id: int, field: str) -> Path | None:
        keychain_id = self._ids.keychain_id(store_id)
        return None if keychain_id is None else self.directory / file_name(keychain_id, field)

    def get_secret(self, store_id: int, field: str) -> str | None:
        path = self._path(store_id, field)
        return None if path is None else read_secret_file(path, self._redactor)

    def set_secret(self, store_id: int, field: str, value: str) -> None:
        path = self._path(store_id, field)
        if path is None:
            self._redactor.add_secret(value)
            raise StoreSyncError("The store no longer exists, so its credentials were not saved.")
        write_secret_file(path, value, self._redactor)

    def delete_secrets(self, store_id: int, fields: Collection[str]) -> None:
        paths = [path for field in fields if (path := self._path(store_id, field)) is not None]
        remove_secret_files(paths)


def alert_file_name(field: str) -> str:
    return f"alerts.{field}"


class DirectoryAlertSecrets:
    """The alert channels' secrets on a server (app.alerts.dispatcher.SecretStore): `alerts.smtp_password`
    and `alerts.webhook_url` in the credentials directory, beside the stores' files."""

    def __init__(self, directory: Path, redactor: Redactor = REDACTOR) -> None:
        self.directory = directory
        self._redactor = redactor

    def place(self) -> str:
        return f"credentials directory {self.directory}"

    def read(self, field: str) -> str | None:
        return read_secret_file(self.directory / alert_file_name(field), self._redactor)

    async def save(self, field: str, value: str) -> None:
        await asyncio.to_thread(
            write_secret_file, self.directory / alert_file_name(field), value, self._redactor
        )

    async def delete(self, field: str) -> None:
        await asyncio.to_thread(remove_secret_files, [self.directory / alert_file_name(field)])

"""peewee over SQLite: the database file, its repositories, the keychain store and log handlers."""

from app.storage.storage import Storage, open_storage

__all__ = ["Storage", "open_storage"]

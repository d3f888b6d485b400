"""One StoreSync per user and data folder: a second launch brings the running window forward and exits.

A QLockFile decides who is first (it notices a crashed owner by its process id, so a stale lock never
blocks a start); the first instance listens on a QLocalServer, and later launches send it "show".
"""

from __future__ import annotations

import getpass
import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW_COMMAND = b"show\n"


def instance_name(key: str) -> str:
    """A socket name private to this user and `key` (the data folder), short enough for every OS."""
    try:
        user = getpass.getuser()
    except Exception:
        user = "user"
    digest = hashlib.sha256(f"{user}\0{key}".encode()).hexdigest()[:16]
    return f"storesync-{digest}"


class SingleInstance(QObject):
    """`acquire()` is True in the first instance; `activated` fires when a later launch asks for it."""

    activated = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = instance_name(key)
        self._lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.name}.lock"))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self._lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a crashed owner
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            return True  # still the only instance; a later launch will just not reach us
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            connection = socket
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        data = bytes(connection.readAll().data())
        if SHOW_COMMAND.strip() in data:
            self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def ask_running_instance_to_show(key: str, timeout_ms: int = 3000) -> bool:
    """From a second launch: ask the first instance to show its window. Blocking, before any loop runs.

    The first instance may still be starting (locked but not yet listening), so connecting is retried
    until `timeout_ms`.
    """
    name = instance_name(key)
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(200):
            socket.write(QByteArray(SHOW_COMMAND))
            sent = socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
            return bool(sent)
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)

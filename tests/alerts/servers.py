"""Real receivers on loopback for the alert tests: an SMTP server (aiosmtpd) with STARTTLS or implicit
TLS and a login, behind a throwaway certificate the client is told to trust (SSL_CERT_FILE), and an
HTTP server (aiohttp) that keeps every JSON body it receives."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import json
import socket
import ssl
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import Message
from pathlib import Path
from typing import Any

from aiohttp import web
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER = "alerts@example.com"
PASSWORD = "smtp-s3cret-pass"


def throwaway_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, valid for a day."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "StoreSync test mail server")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "mail.crt", folder / "mail.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Mailbox:
    """What the server accepted, and the logins it saw."""

    messages: list[Message] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    secured: list[bool] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.secured.append(session.ssl is not None)
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user, password = data.login.decode(), data.password.decode()
        self.logins.append((user, password))
        # handled=False: aiosmtpd answers a refusal with 535 itself
        return AuthResult(success=(user, password) == (USER, PASSWORD), handled=False)


class MailServer:
    def __init__(self, folder: Path, *, implicit_tls: bool = False) -> None:
        cert, key = throwaway_certificate(folder)
        self.ca_file = cert
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        self.mailbox = Mailbox()
        self.port = free_port()
        self.implicit_tls = implicit_tls
        options: dict[str, Any] = {"authenticator": self.mailbox.authenticate}
        if implicit_tls:
            options.update(ssl_context=context, auth_require_tls=False)
        else:
            options.update(tls_context=context, require_starttls=True, auth_require_tls=True)
        self._controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port, **options)

    def start(self) -> None:
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()

    def settings(self) -> dict[str, Any]:
        return {
            "alert_email_enabled": True,
            "alert_email_host": "127.0.0.1",
            "alert_email_port": self.port,
            "alert_email_security": "tls" if self.implicit_tls else "starttls",
            "alert_email_username": USER,
            "alert_email_from": USER,
            "alert_email_to": "owner@example.com, helper@example.com",
        }


class WebhookReceiver:
    """Answers `status` (200 by default) to every POST and keeps its JSON body."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.user_agents: list[str] = []
        self.status = 200
        self.hold_until: asyncio.Event | None = None  # answer only once this is set
        self.waiting = 0
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/hook/{token}", self._receive)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        assert site._server is not None
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook/T0KEN-in-the-path"

    async def _receive(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        if self.hold_until is not None:
            self.waiting += 1
            await self.hold_until.wait()
        self.bodies.append(body)
        self.user_agents.append(request.headers.get("User-Agent", ""))
        return web.Response(status=self.status, text="ok")


async def wait_for(condition: Any, what: str, seconds: float = 30.0) -> None:
    """Poll with a generous deadline: deliveries run in the background."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"{what} did not happen within {seconds} s")
        await asyncio.sleep(0.02)

"""How this computer reaches a StoreSync server, for the window's console and the command line's --server
alike: its address read and checked (plain http only on this computer, so the token never travels in
clear), and a client whose certificate check trusts the system's authorities or the certificate file the
merchant names (a server with a certificate of its own)."""

from __future__ import annotations

import ssl
from urllib.parse import urlsplit

from app.control.client import ControlClient, ControlError
from app.control.token_file import ControlEndpoint
from app.core.addresses import is_loopback


def server_endpoint(address: str, token: str) -> ControlEndpoint:
    """`host:port`, `http://host:port` or `https://host:port` as an endpoint; plain http only on this
    computer. Raises ControlError with one line saying what is wrong."""
    text = address.strip()
    if not text:
        raise ControlError("give the server's address, such as https://server.example:8443")
    if not token.strip():
        raise ControlError("give the server's token (its control-api.json holds it)")
    parts = urlsplit(text if "://" in text else f"http://{text}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ControlError(f"{text} is not a server address such as https://server.example:8443")
    try:
        port = parts.port or (443 if parts.scheme == "https" else None)
    except ValueError:
        raise ControlError(f"{text} has no valid port") from None
    if port is None:
        raise ControlError(f"{text} needs the port the server listens on, such as {parts.hostname}:8443")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ControlError(
            f"{parts.hostname} is not this computer: connect with https://, so the token is not sent in clear"
        )
    return ControlEndpoint(
        port=port,
        token=token.strip(),
        pid=0,
        version="",
        started_at="",
        host=parts.hostname,
        scheme=parts.scheme,
    )


def server_client(address: str, token: str, certificate: str | None = None) -> ControlClient:
    """A client of the server at `address` (see server_endpoint), its certificate checked against the
    system's authorities or against `certificate`; ControlError with one line when it cannot be made."""
    endpoint = server_endpoint(address, token)
    verify: ssl.SSLContext | bool = True
    if certificate:
        try:
            verify = ssl.create_default_context(cafile=certificate)
        except ssl.SSLError:  # an OSError too: first
            raise ControlError(f"{certificate} holds no certificate in PEM form") from None
        except OSError as error:
            reason = error.strerror or error
            raise ControlError(f"cannot read the certificate file {certificate}: {reason}") from None
    return ControlClient(endpoint, verify=verify, certificate_file=certificate)

"""Reaching a server with TLS: its own certificate named, it answers; every way of getting the address
or the certificate wrong is one line that says which (a real instance's control API served over TLS
with a throwaway certificate for 127.0.0.1 and localhost)."""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.bootstrap import Runtime
from app.control.client import ControlError
from app.control.server import ControlServer, Listening
from app.control.server_address import server_client
from tests.alerts.servers import throwaway_certificate

TOKEN = "tls-test-token-0123456789abcdef"


@pytest.fixture
async def tls_port(instance: Runtime, tmp_path: Path) -> AsyncIterator[tuple[int, Path]]:
    """The instance's API again, over TLS on 127.0.0.2 (also this computer, not in the certificate)."""
    certificate, key = throwaway_certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate, key)
    served = ControlServer(
        instance.services,
        tmp_path,
        Listening(host="127.0.0.2", port=0, tls=context, token=TOKEN, token_file=False),
    )
    endpoint = await served.start()
    try:
        yield endpoint.port, certificate
    finally:
        await served.stop()


async def refusal(address: str, certificate: str | None = None) -> str:
    with pytest.raises(ControlError) as refused:
        async with server_client(address, TOKEN, certificate) as client:
            await client.status()
    return str(refused.value)


async def test_each_wrong_way_to_a_tls_server_is_one_line_saying_which(
    tls_port: tuple[int, Path], tmp_path: Path
) -> None:
    port, certificate = tls_port
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other, _ = throwaway_certificate(other_folder)
    not_pem = tmp_path / "notes.txt"
    not_pem.write_text("not a certificate\n")

    assert await refusal(f"https://127.0.0.2:{port}") == (
        f"the certificate of 127.0.0.2:{port} is not trusted; name the server's certificate file to trust it"
    )
    assert await refusal(f"https://127.0.0.2:{port}", str(other)) == (
        f"the certificate of 127.0.0.2:{port} is neither the one in {other} nor signed by it"
    )
    assert await refusal(f"https://127.0.0.2:{port}", str(certificate)) == (
        f"the certificate of 127.0.0.2:{port} is not made out for 127.0.0.2; connect with a name or address "
        "the certificate holds"
    )
    assert await refusal(f"127.0.0.2:{port}") == (
        f"127.0.0.2:{port} did not answer plain http; if it is a server with TLS, connect with "
        f"https://127.0.0.2:{port}"
    )
    assert (
        await refusal(f"https://127.0.0.2:{port}", str(not_pem))
        == f"{not_pem} holds no certificate in PEM form"
    )
    missing = tmp_path / "missing.pem"
    assert await refusal(f"https://127.0.0.2:{port}", str(missing)) == (
        f"cannot read the certificate file {missing}: No such file or directory"
    )


async def test_https_to_a_server_without_tls_says_so() -> None:
    """It said the server "refused the connection" although it answered, in plain http."""
    plain = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    serving = threading.Thread(target=plain.serve_forever, daemon=True)
    serving.start()
    port = plain.server_address[1]
    try:
        assert await refusal(f"https://127.0.0.1:{port}") == (
            f"127.0.0.1:{port} answered, but without TLS: connect with http://127.0.0.1:{port} (plain http "
            "is only for a server on this computer), or start the server with --tls-cert and --tls-key"
        )
    finally:
        plain.shutdown()
        plain.server_close()

"""Where the control API listens is the caller's to say (`storesync serve` says it): an address, TLS with
a certificate of its own, and a token given rather than drawn; then no token file is written, so the
desktop's own file in the same data folder stays the desktop's."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest

from app.bootstrap import Runtime
from app.control.client import ControlClient, InstanceUnreachable
from app.control.server import ControlServer, Listening
from app.control.server_address import server_endpoint
from app.control.token_file import read_token_file
from tests.worker.harness import self_signed_certificate

TOKEN = "tok-control-api-never-echoed"  # one of tests/known_secrets.py's


async def test_a_server_over_tls_takes_the_given_token_and_writes_no_token_file(
    instance: Runtime, tmp_path: Path
) -> None:
    certificate, key = self_signed_certificate(tmp_path / "tls")
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(certificate, key)
    desktop_file = read_token_file(instance.data_dir)
    server = ControlServer(
        instance.services, instance.data_dir, Listening(tls=tls, token=TOKEN, token_file=False)
    )
    endpoint = await server.start()
    try:
        assert endpoint.base_url == f"https://127.0.0.1:{endpoint.port}"
        trusted = ssl.create_default_context(cafile=str(certificate))
        address = f"https://localhost:{endpoint.port}"
        async with ControlClient(server_endpoint(address, TOKEN), verify=trusted) as client:
            assert (await client.status())["scheduler"]["running"] is True
        async with ControlClient(server_endpoint(address, TOKEN)) as untrusting:
            with pytest.raises(InstanceUnreachable, match="is not trusted"):
                await untrusting.status()
        assert read_token_file(instance.data_dir) == desktop_file
    finally:
        await server.stop()
    assert read_token_file(instance.data_dir) == desktop_file

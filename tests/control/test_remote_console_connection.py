"""A server's console when the server goes away: it says why it is not connected, tries again while
the server may come back, and follows the server again once it answers; a token the server no longer
takes (changed on the server) is said in one line and not tried again, since only a new connection
with the new token can mend it. The server is a real instance's control API, stopped and started
again on the same port."""

from __future__ import annotations

from app.bootstrap import Runtime
from app.control.remote_console import connect_remote_console
from app.control.server import ControlServer, Listening
from tests.sync.harness import poll


async def test_a_lost_server_is_told_with_its_reason_and_a_changed_token_is_not_tried_again(
    instance: Runtime,
) -> None:
    assert instance.control is not None and instance.control.endpoint is not None
    first = instance.control.endpoint
    where = f"127.0.0.1:{first.port}"
    console = await connect_remote_console(where, first.token)
    try:
        assert console.connected and console.connection_problem is None

        await instance.control.stop()
        await poll(
            lambda: "refused the connection" in (console.connection_problem or ""), 20, "the lost server"
        )
        assert not console.connected and console.retrying
        assert console.connection_problem == f"the StoreSync server at {where} refused the connection"

        again = ControlServer(
            instance.services, instance.data_dir, Listening(port=first.port, token=first.token)
        )
        instance.control = again
        await again.start()
        await poll(lambda: console.connected, 20, "the console to follow the server again")
        assert console.connection_problem is None

        await again.stop()
        changed = ControlServer(
            instance.services, instance.data_dir, Listening(port=first.port, token="x" * 43)
        )
        instance.control = changed
        await changed.start()
        await poll(lambda: not console.retrying, 20, "the refused token")
        assert not console.connected
        assert console.connection_problem == f"the StoreSync server at {where} refused the token"
    finally:
        await console.aclose()

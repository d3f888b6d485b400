"""Which serve of a database alerts, as the one standing by tells it: the serve that sends by name, once,
and once more after it lost the database and got it back (the other took the alerts again meanwhile)."""

from __future__ import annotations

import logging

import pytest

from app.storage.postgres_lease import ALERTS_LOCK, SessionLock
from app.worker.alerting_serve import AlertingServe
from tests.postgres import server_stopped

STANDING_BY = (
    "The serve on web-2:8787 stands by: the serve on web-1:8787 sends this database's alerts and pauses "
    "failing jobs, and this one takes over if that one stops"
)


@pytest.mark.postgres
async def test_a_serve_standing_by_names_the_one_that_sends_and_says_so_again_after_a_loss(
    postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    sending = SessionLock(postgres_url, ALERTS_LOCK, name="the serve on web-1:8787")
    switched: list[str] = []
    standing = AlertingServe(
        SessionLock(postgres_url, ALERTS_LOCK),
        lambda: switched.append("act"),
        lambda: switched.append("stand by"),
        name="web-2:8787",
        every=3600.0,
    )
    caplog.set_level(logging.INFO, logger="app.api_server")
    try:
        assert sending.hold()
        await standing.look()
        await standing.look()  # told once
        with server_stopped():
            await standing.look()  # nothing to tell while nobody answers
        # The sender's session went with the server: its first ask finds that out, its second takes the
        # lock again, before the one standing by asks.
        assert sending.hold() or sending.hold()
        await standing.look()
    finally:
        sending.release()
        await standing.stop()
    told = [record.getMessage() for record in caplog.records if "stands by" in record.getMessage()]
    assert told == [STANDING_BY, STANDING_BY]
    assert switched == []

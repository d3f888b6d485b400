"""How many statements one answer of `storesync serve`'s API costs, counted by PostgreSQL itself."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from unittest import mock

from app.api_server import ApiServer, ServeOptions
from app.control.client import ControlClient
from app.storage.credentials_directory import SYSTEMD_VARIABLE
from tests.postgres import CountedStatements
from tests.worker.harness import free_port, systemd_credentials


async def statements_of_one_answer(
    url: str, data_dir: Path, counted: CountedStatements, ask: Callable[[ControlClient], Awaitable[Any]]
) -> tuple[Any, int]:
    """(the answer, statements run) for one request `ask` makes of an API server started on `url`:
    its first, so not from a cache. The follower of the event stream and the look at which serve alerts
    are slowed so that they read nothing meanwhile; the log table's writes and transaction brackets are
    left out, as they come when a log line does."""
    options = ServeOptions(
        url=url, data_dir=data_dir, port=free_port(), follow_seconds=3600.0, alerting_check_seconds=3600.0
    )
    # The token as systemd hands it over (a known test secret), not one drawn into the data folder.
    with systemd_credentials(data_dir.with_name(f"{data_dir.name}-credentials")) as env:
        with mock.patch.dict(os.environ, {SYSTEMD_VARIABLE: env[SYSTEMD_VARIABLE]}):
            server = ApiServer(options)
            endpoint = await server.start()
        try:
            async with ControlClient(endpoint, timeout=60) as client:
                counted.reset()
                answer = await ask(client)
                statements = counted.count(besides=("log_record", "BEGIN", "COMMIT"))
        finally:
            await server.stop()
    return answer, statements

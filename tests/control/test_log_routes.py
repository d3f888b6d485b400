"""GET /api/v1/logs narrowed as the Log panel narrows it (one run, a text, paging from the newest),
so a server's console can show the same lines as the window on that server."""

from __future__ import annotations

import logging

import pytest

from app.bootstrap import Runtime
from app.control.client import ControlClient, RequestRefused


def write_lines(instance: Runtime) -> None:
    log = logging.getLogger("app.sync")
    for number in range(1, 7):
        log.warning("Page %d of run 41 read", number, extra={"run_id": 41})
    log.warning("Quantity of SKU-9 checked", extra={"run_id": 42})
    handler = instance.logging.database_handler
    assert handler is not None
    handler.flush()


async def test_log_lines_of_one_run_with_a_text_and_from_an_offset(
    instance: Runtime, client: ControlClient
) -> None:
    write_lines(instance)

    run = (await client.logs(run=41, limit=100))["lines"]
    assert [line["message"] for line in run] == [f"Page {number} of run 41 read" for number in range(1, 7)]
    assert {line["run_id"] for line in run} == {41}

    found = (await client.logs(text="sku-9", limit=100))["lines"]
    assert [line["message"] for line in found] == ["Quantity of SKU-9 checked"]

    older = (await client.logs(run=41, limit=2, offset=2))["lines"]
    assert [line["message"] for line in older] == ["Page 3 of run 41 read", "Page 4 of run 41 read"]


async def test_a_run_that_is_not_a_number_is_refused_in_one_line(client: ControlClient) -> None:
    with pytest.raises(RequestRefused) as refused:
        await client.logs(run="last")  # type: ignore[arg-type]
    assert str(refused.value) == "the run id must be a whole number, not 'last'"

"""The API server's Overview over PostgreSQL (`storesync serve`): one /overview answer costs as many
statements for 40 stores as for 2, counted by the server itself (pg_stat_statements), so the console's
Overview of a large fleet is answered as quickly as that of a small one."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.control.client import ControlClient
from app.core.models import Job, JobKind, RunStatus
from app.core.schedule import ScheduleSpec
from app.storage.postgres_storage import PostgresStorage, open_postgres_storage
from tests.postgres import CountedStatements
from tests.storage.test_overview_on_both_backends import Recorder
from tests.worker.api_statements import statements_of_one_answer

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(120)]


async def add_stores(storage: PostgresStorage, count: int, first: int = 0) -> None:
    """`count` stores, each with two items, a run that stored them and a low-stock check of its own."""
    record = Recorder(storage)
    for number in range(first, first + count):
        store_id, [job_id] = await record.store(f"Shop {number:02}", JobKind.INVENTORY_PULL)
        await record.stock_run(store_id, job_id, 1, 2.0, RunStatus.SUCCEEDED, {"A": number, "B": 3})
        await storage.stores.save_job(
            Job(JobKind.LOW_STOCK_CHECK, ScheduleSpec.daily("07:00"), store_id, options={"threshold": 4})
        )


async def statements_of_one_overview(url: str, data_dir: Path, counted: CountedStatements) -> tuple[int, int]:
    """(stores with figures, statements run) for one /overview answer of an API server started on `url`."""
    answer, statements = await statements_of_one_answer(url, data_dir, counted, ControlClient.overview)
    return len(answer["stores"]), statements


async def test_an_overview_answer_costs_as_many_statements_for_40_stores_as_for_2(
    database: str, tmp_path: Path
) -> None:
    counted = CountedStatements(database)
    storage = open_postgres_storage(database)
    try:
        await add_stores(storage, 2)
        few = await statements_of_one_overview(database, tmp_path / "first", counted)
        await add_stores(storage, 38, first=2)
        many = await statements_of_one_overview(database, tmp_path / "second", counted)
    finally:
        storage.close()
    assert few[0] == 2 and many[0] == 40
    assert few[1] == many[1], f"2 stores: {few[1]} statements, 40 stores: {many[1]}"

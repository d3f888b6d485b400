"""Secrets given to the control API go to the real keychain and come back nowhere: not in an answer,
not in the log file; the store then syncs with them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.bootstrap import Runtime
from app.control.client import ControlClient
from app.core.models import RunStatus
from app.sandbox.catalog import Catalog
from app.sandbox.simple import SimpleSimulator
from tests.known_secrets import encoded_forms
from tests.sync.harness import poll, store_settings

TOKEN = "tok-control-api-never-echoed"


@pytest.fixture
def locked_simulator() -> Iterator[SimpleSimulator]:
    with SimpleSimulator(Catalog(40, seed=5), credentials={"token": TOKEN}) as server:
        yield server


@pytest.mark.keyring
async def test_a_store_s_secret_reaches_the_keychain_and_no_answer(
    secret_service: object, instance: Runtime, client: ControlClient, locked_simulator: SimpleSimulator
) -> None:
    settings = {**store_settings(locked_simulator), "auth": "bearer"}
    added = await client.add_store(
        {"name": "Locked", "platform": "generic_json", "settings": settings, "secrets": {"secret": TOKEN}}
    )
    await client.add_job(
        {"store": "Locked", "kind": "inventory_pull", "schedule": {"kind": "daily", "at": "04:00"}}
    )
    answers = [added, await client.stores(), await client.status()]

    run_id = (await client.trigger(stores=["Locked"]))["started"][0]["run_id"]

    def ended() -> bool:
        run = instance.storage.runs.get_run(run_id)
        return run is not None and run.status is not RunStatus.RUNNING

    await poll(ended, 20, what="the sync")
    detail = await client.run(run_id)
    assert detail["status"] == "succeeded" and detail["counts"]["fetched"] == 40
    assert instance.credentials.get_secret(added["id"], "secret") == TOKEN
    texts = [repr(answer) for answer in [*answers, detail]]
    texts += [path.read_text(encoding="utf-8", errors="replace") for path in instance.log_dir.glob("*.log*")]
    for form in encoded_forms(TOKEN):
        assert all(form not in text for text in texts)
    await client.remove_store("Locked")
    assert instance.credentials.get_secret(added["id"], "secret") is None

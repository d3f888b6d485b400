"""Every capability of the control API against a real instance (bootstrap's services, a real SQLite
file, the loopback store simulator): what a tool driving StoreSync through it would see."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from app.bootstrap import Runtime
from app.control.client import ControlClient, RequestRefused
from app.core.models import JobKind, RunStatus
from app.core.ports import RunQuery
from app.sandbox.simple import SimpleSimulator
from tests.sync.harness import poll, start_simulator, store_settings

EVERY_HOUR = {"kind": "interval", "every_minutes": 60}


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(120)
    yield server
    server.stop()


async def _add_shop(
    client: ControlClient, simulator: SimpleSimulator, name: str = "Warehouse"
) -> dict[str, Any]:
    store = await client.add_store(
        {"name": name, "platform": "generic_json", "settings": store_settings(simulator, page_size=50)}
    )
    await client.add_job({"store": name, "kind": "inventory_pull", "schedule": EVERY_HOUR})
    return store


async def _finished(runtime: Runtime, run_id: int) -> None:
    def ended() -> bool:
        run = runtime.storage.runs.get_run(run_id)
        return run is not None and run.status is not RunStatus.RUNNING

    await poll(ended, 20, what=f"run {run_id} to end")


async def test_a_triggered_run_is_followed_to_its_details(
    instance: Runtime, client: ControlClient, simulator: SimpleSimulator
) -> None:
    await _add_shop(client, simulator)

    answer = await client.trigger(stores=["Warehouse"])

    assert answer["skipped"] == []
    [started] = answer["started"]
    assert started["kind"] == "inventory_pull" and isinstance(started["run_id"], int)
    await _finished(instance, started["run_id"])
    detail = await client.run(started["run_id"])
    assert detail["status"] == "succeeded" and detail["trigger"] == "cli"
    assert detail["counts"]["fetched"] == 120 and detail["counts"]["created"] == 120
    assert detail["store_name"] == "Warehouse"
    logged: list[str] = []

    async def read_log() -> None:  # log lines reach the database in small batches
        for _ in range(200):
            logged[:] = [line["message"] for line in (await client.run(started["run_id"]))["log"]]
            if any("succeeded: fetched 120" in line for line in logged):
                return
            await asyncio.sleep(0.05)

    await read_log()
    assert any("Warehouse succeeded: fetched 120, created 120" in line for line in logged), logged

    sku = simulator.catalog.sku(0)
    simulator.catalog.set_quantity(sku, 999)
    second = (await client.trigger(stores=["Warehouse"]))["started"][0]["run_id"]
    await _finished(instance, second)
    changes = (await client.run(second))["changes"]
    assert [(c["sku"], c["new"]) for c in changes] == [(sku, 999)]


async def test_history_filters_and_pages(
    instance: Runtime, client: ControlClient, simulator: SimpleSimulator
) -> None:
    await _add_shop(client, simulator)
    for _ in range(3):
        run_id = (await client.trigger(stores=["Warehouse"]))["started"][0]["run_id"]
        await _finished(instance, run_id)

    page = await client.history(store="Warehouse", status="succeeded", since="1h", limit=2)
    rest = await client.history(store="Warehouse", offset=page["next_offset"], limit=2)

    assert page["total"] == 3 and len(page["runs"]) == 2 and page["next_offset"] == 2
    assert len(rest["runs"]) == 1 and rest["next_offset"] is None
    assert {run["kind"] for run in page["runs"] + rest["runs"]} == {"inventory_pull"}
    assert (await client.history(store="Warehouse", status="failed"))["total"] == 0


async def test_bad_input_is_refused_with_the_command_line_s_sentence(client: ControlClient) -> None:
    with pytest.raises(RequestRefused) as unknown_store:
        await client.history(store="Nowhere")
    with pytest.raises(RequestRefused) as bad_status:
        await client.history(status="great")
    with pytest.raises(RequestRefused) as bad_schedule:
        await client.add_job({"kind": "cleanup", "schedule": {"kind": "daily", "at": "25:00"}})
    with pytest.raises(RequestRefused) as no_run:
        await client.run(424242)
    with pytest.raises(RequestRefused) as nothing_chosen:
        await client.trigger()

    assert unknown_store.value.http_status == 404
    assert str(unknown_store.value) == "no store named 'Nowhere' (stores: none yet)"
    assert bad_status.value.http_status == 400 and "status must be one of running, succeeded" in str(
        bad_status.value
    )
    assert bad_schedule.value.http_status == 400 and "25:00" in str(bad_schedule.value)
    assert no_run.value.http_status == 404 and str(no_run.value) == "no run with id 424242"
    assert str(nothing_chosen.value) == "say which stores to sync: --store NAME, --platform P or --all"


async def test_job_changes_take_effect_in_the_running_scheduler(
    instance: Runtime, client: ControlClient, simulator: SimpleSimulator
) -> None:
    await _add_shop(client, simulator)
    [job] = await client.jobs(store="Warehouse")
    scheduler = instance.scheduler
    assert scheduler.next_run_time(job["id"]) is not None

    paused = await client.pause_job(job["id"])
    assert paused["paused"] is True and scheduler.next_run_time(job["id"]) is None
    held = await client.trigger(jobs=[job["id"]])
    assert held["started"] == [] and held["skipped"][0]["reason"] == "the job is paused; force runs it once"
    forced = await client.trigger(jobs=[job["id"]], force=True)
    await _finished(instance, forced["started"][0]["run_id"])
    assert (await client.job(job["id"]))["paused"] is True

    await client.resume_job(job["id"])
    changed = await client.change_job(job["id"], {"schedule": {"kind": "daily", "at": "03:15"}})
    assert changed["schedule_words"] == "Daily at 03:15"
    next_run = scheduler.next_run_time(job["id"])
    assert next_run is not None and next_run.astimezone().strftime("%H:%M") == "03:15"
    upcoming = await client.upcoming(job=job["id"], count=3)
    times = [datetime.fromisoformat(moment).astimezone() for moment in upcoming["jobs"][0]["times"]]
    assert len(times) == 3 and times[0] == next_run and times[0] < times[1] < times[2]

    await client.remove_job(job["id"])
    assert scheduler.next_run_time(job["id"]) is None
    assert instance.storage.stores.get_job(job["id"]) is None


async def test_pause_all_holds_every_job_until_resumed(client: ControlClient, instance: Runtime) -> None:
    assert (await client.pause_all())["paused"] is True
    assert (await client.status())["scheduler"]["paused"] is True
    held = await client.trigger(kind="cleanup")
    assert held["skipped"][0]["reason"] == "everything is paused; force runs it once"
    assert (await client.resume_all())["paused"] is False
    assert instance.scheduler.paused_all is False


async def test_job_options_are_checked_against_their_kind(
    client: ControlClient, simulator: SimpleSimulator
) -> None:
    await _add_shop(client, simulator, "Source")
    await _add_shop(client, simulator, "Target")
    with pytest.raises(RequestRefused, match="a stock push needs the store to take the stock from"):
        await client.add_job({"store": "Target", "kind": "stock_push", "schedule": EVERY_HOUR})
    with pytest.raises(RequestRefused, match="'threshold' is not an option of stock_push jobs"):
        await client.add_job(
            {"store": "Target", "kind": "stock_push", "schedule": EVERY_HOUR, "options": {"threshold": 3}}
        )
    push = await client.add_job(
        {
            "store": "Target",
            "kind": "stock_push",
            "schedule": EVERY_HOUR,
            "options": {"source_store": "Source"},
        }
    )
    source = await client.store("Source")
    assert push["store_name"] == "Target"
    assert push["options"] == {"source_store_id": source["id"], "previewed": False}  # waits for a preview

    await _add_shop(client, simulator, "Second source")
    second = await client.store("Second source")
    readme_example = {
        "source_store_ids": [source["id"], second["id"]],
        "combine": "sum",
        "buffer": {"rule": {"keep_back": 2}},
        "sku_map": {"add_prefix": "EU-"},
    }
    changed = await client.change_job(push["id"], {"options": readme_example})
    assert {key: changed["options"][key] for key in readme_example} == readme_example
    with pytest.raises(RequestRefused, match="A stock push combines its sources by sum or min, not “most”"):
        await client.change_job(push["id"], {"options": {"combine": "most"}})
    with pytest.raises(RequestRefused, match="a stock push cannot use its own store as the source"):
        await client.change_job(push["id"], {"options": {"source_stores": ["Source", "Target"]}})


async def test_stores_are_added_edited_and_removed(
    instance: Runtime, client: ControlClient, simulator: SimpleSimulator
) -> None:
    store = await _add_shop(client, simulator)
    assert store["settings"]["page_size"] == 50 and "secret" in store["secret_fields"]
    with pytest.raises(RequestRefused, match="a store named 'Warehouse' already exists") as twice:
        await _add_shop(client, simulator)
    assert twice.value.http_status == 409
    with pytest.raises(RequestRefused, match="page_size must be a whole number, not 'many'"):
        await client.change_store("Warehouse", {"settings": {"page_size": "many"}})

    [job] = await client.jobs(store="Warehouse")
    disabled = await client.change_store("Warehouse", {"enabled": False, "name": "Old warehouse"})
    assert disabled["enabled"] is False and disabled["name"] == "Old warehouse"
    assert instance.scheduler.next_run_time(job["id"]) is None

    await client.remove_store("Old warehouse")
    assert await client.stores() == []
    assert instance.storage.stores.list_jobs(store["id"]) == []


async def test_reload_picks_up_a_job_written_by_another_process(
    instance: Runtime, client: ControlClient, simulator: SimpleSimulator
) -> None:
    from app.core.models import Job
    from app.core.schedule import ScheduleSpec

    await _add_shop(client, simulator)
    store = instance.storage.stores.find_store("Warehouse")
    assert store is not None
    added = await instance.storage.stores.save_job(
        Job(JobKind.ORDERS_PULL, ScheduleSpec.every(minutes=30), store_id=store.id)
    )
    assert added.id is not None and instance.scheduler.next_run_time(added.id) is None

    await client.reload()

    assert instance.scheduler.next_run_time(added.id) is not None


async def test_the_event_stream_follows_a_run(
    instance: Runtime, client: ControlClient, simulator: SimpleSimulator
) -> None:
    await _add_shop(client, simulator)
    seen: list[dict[str, Any]] = []
    triggered: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def run_of(event: dict[str, Any]) -> int:
        return int(event["run"]["id"] if event["type"] == "sync_finished" else event["run_id"])

    async def follow() -> None:
        async for event in client.events(types=["sync_started", "sync_progress", "sync_finished"]):
            seen.append(event)
            if event["type"] == "sync_finished" and run_of(event) == await triggered:
                return

    follower = asyncio.create_task(follow())
    assert instance.control is not None
    control = instance.control
    await poll(lambda: control.event_streams == 1, what="the stream to open")
    run_id = (await client.trigger(stores=["Warehouse"]))["started"][0]["run_id"]
    triggered.set_result(run_id)
    await asyncio.wait_for(follower, 20)

    of_the_run = [event for event in seen if run_of(event) == run_id]
    assert of_the_run[0]["type"] == "sync_started"
    assert of_the_run[-1]["type"] == "sync_finished"
    seen = of_the_run
    assert seen[-1]["run"]["counts"]["fetched"] == 120
    assert instance.storage.runs.count_runs(RunQuery(status=RunStatus.SUCCEEDED)) >= 1


async def test_the_connection_test_says_what_the_editor_says(
    client: ControlClient, simulator: SimpleSimulator
) -> None:
    await _add_shop(client, simulator)
    await client.add_store(
        {
            "name": "Gone",
            "platform": "generic_json",
            "settings": {**store_settings(simulator), "base_url": "http://127.0.0.1:9"},
        }
    )

    working = await client.test_store("Warehouse")
    refused = await client.test_store("Gone")

    assert working["ok"] is True and working["message"]
    assert refused == {
        "ok": False,
        "kind": "transient",
        "message": "Could not reach 127.0.0.1:9: All connection attempts failed.",  # which of its stores
    }


@pytest.mark.parametrize(
    ("schedule", "named"),
    [
        ({"kind": "cron", "cron": "61 25 * * 8"}, "the schedule's cron: The minute field"),
        ({"kind": "cron", "cron": "every day"}, "the schedule's cron: A cron expression has five fields"),
        (
            {"kind": "interval", "every_minutes": 0},
            "the schedule's every_minutes: An interval must be at least",
        ),
        ({"kind": "interval", "every_minutes": 15, "timezone": "Mars/Olympus"}, "the schedule's timezone"),
    ],
)
async def test_a_schedule_that_can_never_run_is_refused_naming_its_field(
    client: ControlClient, schedule: dict[str, Any], named: str
) -> None:
    """The control API checks schedules with the same core check as the editor and config import."""
    with pytest.raises(RequestRefused) as refused:
        await client.add_job({"kind": "cleanup", "schedule": schedule})
    assert refused.value.http_status == 400 and named in str(refused.value)


async def test_a_sync_through_the_api_is_followed_to_its_end(
    client: ControlClient, simulator: SimpleSimulator
) -> None:
    """What `storesync sync` prints when an instance runs: each run's counts once it has ended,
    however quickly it ends, with its progress on the way."""
    await _add_shop(client, simulator, "North")
    await _add_shop(client, simulator, "South")
    progress: list[dict[str, Any]] = []

    followed = await client.trigger_and_follow(progress.append, stores=["North", "South"])

    runs = followed["runs"]
    assert [run["store_name"] for run in runs] == ["North", "South"]
    assert all(run["status"] == "succeeded" and run["counts"]["created"] == 120 for run in runs)
    assert {event["run_id"] for event in progress} == {run["id"] for run in runs}
    assert followed["skipped"] == []

"""The store editor on the real services: storage in tmp_path, the real scheduler and connectors,
a loopback store simulator, and the real keyring backends (the fail one for the refusals)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.bootstrap import Runtime, StartOptions, start_services, stop_services
from app.core.events import StoresChanged
from app.core.models import JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.platforms import DECLARATIONS
from app.core.ports import RunQuery
from app.core.schedule import ScheduleSpec
from app.sandbox.catalog import Catalog
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.json_api_styles import NestedStockApi
from app.sandbox.simple import SimpleSimulator
from app.ui.dialogs.fields import PlatformForm
from app.ui.dialogs.store_editor import StoreEditor
from tests.integration.support import started


@pytest.fixture
async def runtime(tmp_path: Path) -> AsyncIterator[Runtime]:
    """The real services (storage, keychain, connectors, engine, scheduler) on an empty data folder.
    Like the tray app, closing the last dialog must not quit Qt (that would stop the qasync loop)."""
    QApplication.setQuitOnLastWindowClosed(False)
    started = await start_services(StartOptions(data_dir=str(tmp_path / "data")))
    try:
        yield started
    finally:
        await stop_services(started)


async def wait_until(condition: Callable[[], object], what: str, within: float = 10.0) -> None:
    """Poll with the qasync loop running; qtbot.wait would deadlock while a task is pending."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not condition():
        assert loop.time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.02)


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    with SimpleSimulator(Catalog(30, seed=3), credentials={}) as running:
        yield running


@pytest.fixture
def token_simulator() -> Iterator[SimpleSimulator]:
    with SimpleSimulator(Catalog(30, seed=3), credentials={"token": "right-token"}) as running:
        yield running


@pytest.fixture
def no_keychain() -> Iterator[None]:
    """The backend keyring picks on a headless machine with no Secret Service."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


needs_secret_service = pytest.mark.usefixtures("secret_service_available")


def unscheduled_runs(services: Any, job_id: int) -> list[SyncRun]:
    """The job's runs but those of its schedule: a new store's stock job runs every 15 minutes on the
    quarter hours of the clock, and a slot falling during the first sync is recorded skipped."""
    runs = services.runs.list_runs(RunQuery(job_id=job_id))
    return [run for run in runs if run.trigger is not Trigger.SCHEDULED]


def open_editor(qtbot: QtBot, services: Any, store: Store | None = None) -> StoreEditor:
    editor = StoreEditor(services, store)
    qtbot.addWidget(editor)
    editor.open()
    return editor


def fill_generic_form(editor: StoreEditor, name: str, settings: dict[str, Any]) -> PlatformForm:
    editor.name.setText(name)
    editor.platform.setCurrentIndex(list(Platform).index(Platform.GENERIC_JSON))
    form = editor.current_form()
    for field_name, widget in form.inputs.items():
        if field_name in settings:
            widget.set_value(settings[field_name])
    return form


async def test_a_platform_shows_its_own_fields_with_secrets_masked(qtbot: QtBot, runtime: Any) -> None:
    editor = open_editor(qtbot, runtime.services)

    editor.platform.setCurrentIndex(list(Platform).index(Platform.SHOPIFY))

    form = editor.current_form()
    assert list(form.inputs) == ["shop_domain", "api_version", "location_id", "access_token", "status_map"]
    token = form.inputs["access_token"].findChild(QLineEdit)
    assert token.echoMode() is QLineEdit.EchoMode.Password
    note = editor.keychain_note.text()
    assert "are secrets: they are saved in" in note
    assert "never in StoreSync's database" in note
    assert not editor.save_button.isEnabled()
    assert "Give the store a name." in editor.message.text()
    assert "Shop address is required." in editor.message.text()


async def test_an_invalid_schedule_disables_save_and_says_why(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    editor = open_editor(qtbot, runtime.services)
    fill_generic_form(editor, "ERP", {**simulator.store_settings(), "auth": "none"})
    assert editor.save_button.isEnabled(), editor.message.text()

    schedule = editor.jobs.rows[JobKind.INVENTORY_PULL].schedule
    schedule.mode.setCurrentIndex(4)
    schedule.cron.setText("0 25 * * *")

    assert not editor.save_button.isEnabled()
    assert "Sync stock:" in editor.message.text()
    assert "25" in schedule.problem.text()

    schedule.cron.setText("0 6 * * mon-fri")
    assert editor.save_button.isEnabled()
    assert len(schedule.next_runs.text().splitlines()) == 6  # the heading and five times


async def test_test_connection_answers_in_plain_words(
    qtbot: QtBot, runtime: Any, token_simulator: SimpleSimulator
) -> None:
    editor = open_editor(qtbot, runtime.services)
    form = fill_generic_form(editor, "ERP", token_simulator.store_settings())
    form.inputs["secret"].set_value("wrong-token")

    assert await editor.test_connection() is False
    refused = editor.test_result.text()
    assert refused.startswith("Could not connect: ")
    assert "wrong-token" not in refused
    assert "Traceback" not in refused

    form.inputs["secret"].set_value("right-token")
    qtbot.mouseClick(editor.test_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: editor.test_result.text().startswith("Connected"), what="the connection test")
    assert not editor.spinner.isVisibleTo(editor)
    assert editor.test_button.isEnabled()


async def test_generic_json_shows_a_preview_of_the_first_records(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    editor = open_editor(qtbot, runtime.services)
    for platform, declared in DECLARATIONS.items():  # offered where the platform's declaration says
        editor.platform.setCurrentIndex(list(Platform).index(platform))
        assert editor.preview_button.isVisibleTo(editor) is declared.preview, platform
    fill_generic_form(editor, "ERP", {**simulator.store_settings(), "auth": "none"})
    assert editor.preview_button.isVisibleTo(editor)

    records = (await editor.preview_records()).records

    assert len(records) == 5
    assert editor.preview.rowCount() == 5
    assert editor.preview.item(0, 0).text() == records[0].sku
    assert editor.preview.item(0, 2).text() == str(records[0].quantity)
    assert editor.preview.isVisibleTo(editor)


async def test_the_preview_tells_what_would_be_skipped_and_what_would_fail_and_why(
    qtbot: QtBot, runtime: Any
) -> None:
    server = started(NestedStockApi(Catalog(60, seed=5, orders=0)))
    try:
        editor = open_editor(qtbot, runtime.services)
        settings = server.store_settings()
        form = fill_generic_form(editor, "Nested", settings)

        preview = await editor.preview_records()
        assert len(preview.records) == 5 and editor.preview.rowCount() == 5
        text = editor.test_result.text()
        assert "On the pages read: 80 to store, 10 skipped as not stock, 0 failed." in text
        assert "Skipped: structure is parent" in text
        assert editor.preview.isColumnHidden(4)  # no problem to show

        form.inputs["field_map"].set_value({**settings["field_map"], "quantity": "partner"})
        failing = await editor.preview_records()  # no item to show: it reads on to the end
        assert not failing.records and len(failing.failures) == 96
        assert "0 to store, 12 skipped as not stock, 96 failed." in editor.test_result.text()
        assert editor.preview.rowCount() == 5 and not editor.preview.isColumnHidden(4)
        problem = editor.preview.item(0, 4).text()
        assert problem.startswith("Fails: ") and "quantity" in problem
        assert editor.preview.item(0, 0).text() == failing.failures[0].key
    finally:
        server.stop()


async def test_saving_a_new_store_schedules_its_jobs_and_runs_a_first_sync(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    services = runtime.services
    editor = open_editor(qtbot, services)
    fill_generic_form(editor, "ERP", {**simulator.store_settings(), "auth": "none"})
    editor.jobs.rows[JobKind.ORDERS_PULL].setChecked(True)
    editor.jobs.rows[JobKind.ORDERS_PULL].schedule.set_spec(ScheduleSpec.daily("06:30"))
    assert editor.first_sync.isChecked()
    announced: list[StoresChanged] = []
    services.bus.subscribe(StoresChanged, announced.append)
    saved: list[int] = []
    editor.saved.connect(saved.append)

    store_id = await editor.save()

    assert store_id is not None and saved == [store_id]
    assert not editor.isVisible()
    store = services.stores.get_store(store_id)
    assert store.name == "ERP" and store.platform is Platform.GENERIC_JSON
    assert store.settings["base_url"] == simulator.url
    jobs = {job.kind: job for job in services.stores.list_jobs(store_id)}
    assert set(jobs) == {JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL}
    assert jobs[JobKind.ORDERS_PULL].schedule == ScheduleSpec.daily("06:30")
    assert services.scheduler.next_run_time(jobs[JobKind.INVENTORY_PULL].id) is not None
    assert announced
    inventory_job = jobs[JobKind.INVENTORY_PULL].id

    await wait_until(
        lambda: (runs := unscheduled_runs(services, inventory_job)) and runs[0].status.finished,
        what="the first sync",
    )
    (run,) = unscheduled_runs(services, inventory_job)
    assert run.trigger is Trigger.INITIAL


@needs_secret_service
async def test_the_first_sync_reads_the_store_with_the_saved_settings(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    services = runtime.services
    editor = open_editor(qtbot, services)
    fill_generic_form(editor, "ERP", {**simulator.store_settings(), "auth": "none"})

    store_id = await editor.save()

    (job,) = services.stores.list_jobs(store_id)

    await wait_until(
        lambda: (runs := unscheduled_runs(services, job.id)) and runs[0].status.finished,
        what="the first sync",
    )
    (run,) = unscheduled_runs(services, job.id)
    assert run.status is RunStatus.SUCCEEDED, run.error_message
    assert run.counts.fetched == 30
    assert services.inventory.count_items() == 30


async def test_editing_a_store_keeps_its_settings_and_changes_its_schedule(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    services = runtime.services
    first = open_editor(qtbot, services)
    fill_generic_form(first, "ERP", {**simulator.store_settings(), "auth": "none"})
    first.first_sync.setChecked(False)
    store_id = await first.save()
    store = services.stores.get_store(store_id)

    editor = open_editor(qtbot, services, store)
    assert editor.name.text() == "ERP"
    assert not editor.platform.isEnabled()
    assert not editor.first_sync.isChecked()
    assert editor.current_form().inputs["base_url"].value() == simulator.url
    row = editor.jobs.rows[JobKind.INVENTORY_PULL]
    assert row.isChecked()
    row.schedule.set_spec(ScheduleSpec.every(hours=2))
    editor.jobs.rows[JobKind.LOW_STOCK_CHECK].setChecked(True)
    assert editor.enabled.isChecked()
    editor.enabled.setChecked(False)

    assert await editor.save() == store_id

    assert services.stores.get_store(store_id).enabled is False

    jobs = {job.kind: job for job in services.stores.list_jobs(store_id)}
    assert jobs[JobKind.INVENTORY_PULL].schedule == ScheduleSpec.every(hours=2)
    assert JobKind.LOW_STOCK_CHECK in jobs
    assert len(services.stores.list_stores()) == 1


async def test_a_second_store_with_the_same_name_cannot_be_saved(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    first = open_editor(qtbot, runtime.services)
    fill_generic_form(first, "ERP", {**simulator.store_settings(), "auth": "none"})
    first.first_sync.setChecked(False)
    await first.save()

    second = open_editor(qtbot, runtime.services)
    fill_generic_form(second, "ERP", {**simulator.store_settings(), "auth": "none"})

    assert not second.save_button.isEnabled()
    assert "Another store is already called 'ERP'." in second.message.text()


async def test_without_a_keychain_nothing_is_saved_and_the_input_stays(
    qtbot: QtBot, runtime: Any, token_simulator: SimpleSimulator, no_keychain: None
) -> None:
    services = runtime.services
    editor = open_editor(qtbot, services)
    form = fill_generic_form(editor, "ERP", token_simulator.store_settings())
    form.inputs["secret"].set_value("right-token")

    assert await editor.save() is None

    assert "keychain refused" in editor.message.text()
    assert "Your input is still here." in editor.message.text()
    assert editor.isVisible()
    assert form.inputs["secret"].value() == "right-token"
    assert editor.name.text() == "ERP"
    assert services.stores.list_stores() == []
    assert editor.save_button.isEnabled()


@needs_secret_service
async def test_secrets_are_saved_in_the_keychain_and_not_in_the_database(
    qtbot: QtBot, runtime: Any, token_simulator: SimpleSimulator
) -> None:
    services = runtime.services
    editor = open_editor(qtbot, services)
    assert "saved in GNOME Keyring (Secret Service), never in" in editor.keychain_note.text()
    form = fill_generic_form(editor, "ERP", token_simulator.store_settings())
    form.inputs["secret"].set_value("right-token")
    editor.first_sync.setChecked(False)

    store_id = await editor.save()

    assert store_id is not None
    assert services.credentials.get_secret(store_id, "secret") == "right-token"
    assert "right-token" not in str(services.stores.get_store(store_id).settings)
    database = runtime.storage.path.read_bytes()
    assert b"right-token" not in database

    again = open_editor(qtbot, services, services.stores.get_store(store_id))
    assert again.current_form().inputs["secret"].value() is None, "a saved secret is never shown again"
    assert again.save_button.isEnabled(), "the saved secret counts as filled in"
    assert await again.test_connection() is True


async def test_closing_the_editor_while_a_test_runs_is_harmless(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    editor = StoreEditor(runtime.services)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    editor.open()
    fill_generic_form(editor, "ERP", {**simulator.store_settings(), "auth": "none"})
    simulator.faults.next_requests(1, Fault.latency(0.5))
    destroyed: list[bool] = []
    editor.destroyed.connect(lambda: destroyed.append(True))

    testing = asyncio.ensure_future(editor.test_connection())
    await wait_until(lambda: simulator.faults.requests_seen >= 1, what="the request to reach the store")
    editor.close()
    await wait_until(lambda: destroyed, what="the closed editor to be deleted")

    assert await testing is True


async def test_an_html_page_instead_of_the_api_is_explained(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    editor = open_editor(qtbot, runtime.services)
    fill_generic_form(editor, "ERP", {**simulator.store_settings(), "auth": "none"})
    simulator.faults.next_requests(5, Fault(FaultKind.HTML))

    assert await editor.test_connection() is False

    answer = editor.test_result.text()
    assert answer.startswith("Could not connect: ")
    assert "<html" not in answer.lower()


async def test_a_stock_push_copies_from_the_store_chosen_for_it(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    services = runtime.services
    lonely = open_editor(qtbot, services)
    fill_generic_form(lonely, "Warehouse ERP", {**simulator.store_settings(), "auth": "none"})
    lonely.jobs.rows[JobKind.STOCK_PUSH].setChecked(True)
    assert "There is no other store to copy stock from yet." in lonely.message.text()
    lonely.jobs.rows[JobKind.STOCK_PUSH].setChecked(False)
    lonely.first_sync.setChecked(False)
    source_id = await lonely.save()

    editor = open_editor(qtbot, services)
    fill_generic_form(editor, "Web shop", {**simulator.store_settings(), "auth": "none"})
    editor.first_sync.setChecked(False)
    push = editor.jobs.rows[JobKind.STOCK_PUSH]
    push.setChecked(True)
    assert not editor.save_button.isEnabled()
    assert "Choose the store to copy stock from." in editor.message.text()
    assert push.source is not None
    push.source.setCurrentIndex(push.source.findText("Warehouse ERP"))
    assert editor.save_button.isEnabled(), editor.message.text()

    store_id = await editor.save()

    jobs = {job.kind: job for job in services.stores.list_jobs(store_id)}
    assert jobs[JobKind.STOCK_PUSH].options["source_store_id"] == source_id
    reopened = open_editor(qtbot, services, services.stores.get_store(store_id))
    assert reopened.jobs.rows[JobKind.STOCK_PUSH].source.currentText() == "Warehouse ERP"


async def test_a_json_setting_that_does_not_parse_disables_save_and_says_where(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    editor = open_editor(qtbot, runtime.services)
    form = fill_generic_form(editor, "ERP", {**simulator.store_settings(), "auth": "login"})
    assert not form.inputs["password"].isHidden() and form.inputs["client_secret"].isHidden()
    skip = form.inputs["skip_if"]
    skip.text.setPlainText('{"sku": ""')  # type: ignore[attr-defined]
    assert not editor.save_button.isEnabled()
    assert "Records to skip: not valid JSON (line 1" in editor.message.text()
    skip.text.setPlainText('{"sku": "", "type": "bundle"}')  # type: ignore[attr-defined]
    assert form.settings()["skip_if"] == {"sku": "", "type": "bundle"}


async def test_a_stock_push_keeps_its_buffer_rule_and_sku_map_and_waits_for_a_first_preview(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator, tmp_path: Path
) -> None:
    services = runtime.services
    source = open_editor(qtbot, services)
    fill_generic_form(source, "Warehouse ERP", {**simulator.store_settings(), "auth": "none"})
    source.first_sync.setChecked(False)
    await source.save()

    editor = open_editor(qtbot, services)
    fill_generic_form(editor, "Web shop", {**simulator.store_settings(), "auth": "none"})
    editor.first_sync.setChecked(False)
    push = editor.jobs.rows[JobKind.STOCK_PUSH]
    push.setChecked(True)
    assert push.source is not None and push.rules is not None
    push.source.setCurrentIndex(push.source.findText("Warehouse ERP"))
    push.rules.keep_back.setValue(2)
    push.rules.maximum.setValue(40)
    push.rules.add_prefix.setText("EU-")
    bad, good = tmp_path / "bad.csv", tmp_path / "pairs.csv"
    bad.write_text("source_sku,target_sku\nA-1,\n", encoding="utf-8")
    good.write_text("source_sku,target_sku\nA-1,shop-a\nB-2,shop-b\n", encoding="utf-8")
    push.rules.load_pairs(str(bad))
    assert "Line 2" in push.rules.pairs_label.text()
    push.rules.load_pairs(str(good))
    assert push.rules.pairs_label.text() == "2 pairs"
    store_id = await editor.save()

    [job] = [job for job in services.stores.list_jobs(store_id) if job.kind is JobKind.STOCK_PUSH]
    assert job.options["buffer"] == {"rule": {"keep_back": 2, "maximum": 40}}
    assert job.options["sku_map"] == {"pairs": {"A-1": "shop-a", "B-2": "shop-b"}, "add_prefix": "EU-"}
    assert job.options["previewed"] is False
    run = await runtime.engine.run(job, Trigger.MANUAL)
    assert run.status is RunStatus.FAILED and run.error_message and "preview it" in run.error_message

    reopened = open_editor(qtbot, services, services.stores.get_store(store_id))
    rules = reopened.jobs.rows[JobKind.STOCK_PUSH].rules
    assert rules is not None
    assert (rules.keep_back.value(), rules.maximum.value(), rules.add_prefix.text()) == (2, 40, "EU-")
    assert rules.pairs_label.text() == "2 pairs"


async def test_per_sku_buffer_rules_are_edited_in_the_push_rules_and_kept(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    services = runtime.services
    source = open_editor(qtbot, services)
    fill_generic_form(source, "Warehouse ERP", {**simulator.store_settings(), "auth": "none"})
    source.first_sync.setChecked(False)
    await source.save()

    editor = open_editor(qtbot, services)
    fill_generic_form(editor, "Web shop", {**simulator.store_settings(), "auth": "none"})
    editor.first_sync.setChecked(False)
    push = editor.jobs.rows[JobKind.STOCK_PUSH]
    push.setChecked(True)
    assert push.source is not None and push.rules is not None
    push.source.setCurrentIndex(push.source.findText("Warehouse ERP"))
    push.rules.keep_back.setValue(2)
    table = push.rules.overrides.table
    row = push.rules.overrides.add_row()
    for column, text in enumerate(("MUG-1", "5", "50", "", "10")):
        table.item(row, column).setText(text)
    second = push.rules.overrides.add_row()
    table.item(second, 0).setText("TEE-2")
    table.item(second, 2).setText("120")
    assert not editor.save_button.isEnabled()
    assert (
        "Per-SKU rule for TEE-2: A buffer rule's percentage must be between 0 and 100."
        in editor.message.text()
    )
    table.item(second, 2).setText("80")
    assert editor.save_button.isEnabled()
    store_id = await editor.save()

    [job] = [job for job in services.stores.list_jobs(store_id) if job.kind is JobKind.STOCK_PUSH]
    assert job.options["buffer"] == {
        "rule": {"keep_back": 2},
        "overrides": {"MUG-1": {"keep_back": 5, "percent": 50, "maximum": 10}, "TEE-2": {"percent": 80}},
    }
    reopened = open_editor(qtbot, services, services.stores.get_store(store_id))
    rules = reopened.jobs.rows[JobKind.STOCK_PUSH].rules
    assert rules is not None
    shown = rules.overrides.table
    assert [shown.item(r, 0).text() for r in range(shown.rowCount())] == ["MUG-1", "TEE-2"]
    assert rules.overrides.overrides()["MUG-1"].apply(30) == 10, "keep back 5, half of it, at most 10"

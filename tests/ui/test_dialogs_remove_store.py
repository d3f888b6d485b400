"""Removing a store asks first, then takes away its jobs, secrets and settings but not its history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.events import StoresChanged
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.schedule import ScheduleSpec
from app.sandbox.faults import Fault
from app.sandbox.simple import SimpleSimulator
from app.ui.dialogs.remove_store import confirm_remove_store
from tests.ui.test_dialogs_store_editor import needs_secret_service, runtime, simulator, wait_until

# The real-services and loopback-store fixtures, shared with the store editor tests.
__all__ = ["runtime", "simulator"]


@pytest.fixture
def no_keychain() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


class LockedKeychain(keyring.backend.KeyringBackend):
    """A keychain that refuses every entry, as a locked one does."""

    priority = 1  # type: ignore[assignment]
    viable = False  # never picked by keyring itself

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


@pytest.fixture
def locked_keychain() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeychain())
    yield
    keyring.set_keyring(previous)


async def add_store_with_history(services: Any) -> tuple[Store, Job]:
    store = await services.stores.save_store(
        Store(name="Old shop", platform=Platform.GENERIC_JSON, settings={"base_url": "http://127.0.0.1:9"})
    )
    job = await services.stores.save_job(
        Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(hours=1), store_id=store.id)
    )
    services.scheduler.reload_job(job.id)
    now = datetime.now(UTC)
    run = await services.runs.start_run(SyncRun(job_id=job.id, trigger=Trigger.MANUAL, started_at=now))
    run.status, run.finished_at = RunStatus.SUCCEEDED, now
    await services.runs.finish_run(run)
    return store, job


async def test_the_question_names_the_store_and_says_history_stays(qtbot: QtBot, runtime: Any) -> None:
    store, _job = await add_store_with_history(runtime.services)

    dialog = confirm_remove_store(runtime.services, store)
    qtbot.addWidget(dialog)

    assert dialog.isVisible()
    assert dialog.text() == "Remove 'Old shop'?"
    assert "deletes its saved secrets from the keychain" in dialog.informativeText()
    assert "history stays for up to 30 days" in dialog.informativeText()
    assert dialog.defaultButton() is dialog.cancel_button


async def test_cancel_leaves_the_store_alone(qtbot: QtBot, runtime: Any) -> None:
    store, _job = await add_store_with_history(runtime.services)
    dialog = confirm_remove_store(runtime.services, store)
    qtbot.addWidget(dialog)

    dialog.cancel_button.click()

    assert runtime.services.stores.get_store(store.id) is not None


async def remove_confirmed(qtbot: QtBot, services: Any, store: Store) -> QMessageBox:
    """Press Remove in the question about `store`; the box that says what became of it."""
    dialog = confirm_remove_store(services, store)
    qtbot.addWidget(dialog)
    removed: list[int] = []
    dialog.removed.connect(removed.append)
    dialog.remove_button.click()
    await wait_until(lambda: removed, what="the removal")
    assert removed == [store.id]
    outcome = dialog.outcome_box
    assert isinstance(outcome, QMessageBox) and outcome.isVisible()
    return outcome


async def test_remove_deletes_the_store_and_its_schedule_and_says_what_remains(
    qtbot: QtBot, runtime: Any, no_keychain: None
) -> None:
    services = runtime.services
    store, job = await add_store_with_history(services)
    assert services.scheduler.next_run_time(job.id) is not None
    announced: list[StoresChanged] = []
    services.bus.subscribe(StoresChanged, announced.append)
    outcome = await remove_confirmed(qtbot, services, store)

    assert services.stores.get_store(store.id) is None
    assert services.scheduler.next_run_time(job.id) is None
    assert announced
    assert outcome.text() == (
        "'Old shop' was removed. Its sync history stays for up to 30 days, until retention removes it."
    )  # without a keychain no secret can have been saved, so there is none to leave behind


async def test_secrets_a_locked_keychain_kept_are_named_and_the_store_goes_all_the_same(
    qtbot: QtBot, runtime: Any, locked_keychain: None
) -> None:
    services = runtime.services
    store, _job = await add_store_with_history(services)

    outcome = await remove_confirmed(qtbot, services, store)

    assert services.stores.get_store(store.id) is None
    assert "'Old shop' was removed." in outcome.text()
    assert "Its keychain entries could not be removed: " in outcome.text()
    assert "the keychain is locked" in outcome.text()


@needs_secret_service
async def test_a_store_that_is_syncing_is_not_removed_mid_run(
    qtbot: QtBot, runtime: Any, simulator: SimpleSimulator
) -> None:
    services = runtime.services
    store = await services.stores.save_store(
        Store(
            name="Busy shop",
            platform=Platform.GENERIC_JSON,
            settings={**simulator.store_settings(), "auth": "none"},
        )
    )
    job = await services.stores.save_job(
        Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(hours=1), store_id=store.id)
    )
    simulator.faults.next_requests(1, Fault.latency(1.0))
    assert services.scheduler.run_now(job.id)
    await wait_until(lambda: simulator.faults.requests_seen >= 1, what="the sync to reach the store")
    dialog = confirm_remove_store(services, store)
    qtbot.addWidget(dialog)

    assert await dialog.remove() is False

    assert "A sync of 'Busy shop' is running" in dialog.outcome
    assert services.stores.get_store(store.id) is not None
    await wait_until(lambda: not services.scheduler.is_running(job.id), what="the sync to finish")

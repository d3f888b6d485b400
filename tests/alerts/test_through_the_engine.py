"""Alerts end to end: the real engine syncs a loopback store whose faults are injected, the dispatcher
listens on the same bus as in the app, and a real SMTP server and webhook receiver get the failure (after
three failed runs in a row) and the recovery, once each; the run itself never waits for a delivery."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.alerts.channels import SMTP_PASSWORD, WEBHOOK_URL
from app.alerts.dispatcher import AlertDispatcher
from app.core.models import JobKind, RunStatus, Trigger
from app.core.redaction import REDACTOR
from app.sandbox.faults import Fault, FaultKind
from tests.alerts.conftest import MemorySecrets, apply
from tests.alerts.servers import PASSWORD, MailServer, WebhookReceiver, wait_for
from tests.sync.harness import Harness, build_harness, start_simulator


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    built = build_harness(tmp_path)
    yield built
    await built.engine.drain(5)
    built.storage.close()


@pytest.fixture
async def alerts(
    harness: Harness, mail_server: MailServer, webhook: WebhookReceiver
) -> AsyncIterator[AlertDispatcher]:
    storage = harness.storage
    dispatcher = AlertDispatcher(
        harness.bus, storage.settings, storage.stores, MemorySecrets(), REDACTOR.redact
    )
    await apply(storage, {**mail_server.settings(), "alert_webhook_enabled": True})
    await dispatcher.save_secret(SMTP_PASSWORD, PASSWORD)
    await dispatcher.save_secret(WEBHOOK_URL, webhook.url)
    dispatcher.attach()
    yield dispatcher
    await dispatcher.aclose()


async def started_dispatcher(harness: Harness, webhook: WebhookReceiver) -> AlertDispatcher:
    """The alerts of an app starting on the same data folder, as app.bootstrap starts them."""
    dispatcher = AlertDispatcher(
        harness.bus, harness.storage.settings, harness.storage.stores, MemorySecrets(), REDACTOR.redact
    )
    await dispatcher.save_secret(WEBHOOK_URL, webhook.url)
    dispatcher.recall()
    dispatcher.attach()
    return dispatcher


async def test_an_email_and_a_webhook_for_the_failure_and_for_the_recovery(
    harness: Harness, alerts: AlertDispatcher, mail_server: MailServer, webhook: WebhookReceiver
) -> None:
    simulator = start_simulator(30)
    try:
        store = await harness.add_store("Corner shop", simulator)
        job = await harness.add_job(store)
        simulator.faults.next_requests(10_000, Fault(FaultKind.UNAUTHORIZED))
        for _ in range(4):
            assert (await harness.engine.run(job, Trigger.MANUAL)).status is RunStatus.FAILED
        simulator.faults.clear()
        assert (await harness.engine.run(job, Trigger.MANUAL)).status is RunStatus.SUCCEEDED
        assert (await harness.engine.run(job, Trigger.MANUAL)).status is RunStatus.SUCCEEDED
        await wait_for(
            lambda: len(webhook.bodies) >= 3 and len(mail_server.mailbox.messages) >= 3, "the alerts"
        )
        await alerts.idle()
    finally:
        simulator.stop()

    events = [body["event"] for body in webhook.bodies]
    assert sorted(events) == ["attention", "failure", "recovery"]
    failure = next(body for body in webhook.bodies if body["event"] == "failure")
    assert failure["store"] == "Corner shop" and failure["failed_in_a_row"] == 3
    assert failure["subject"] == "Corner shop · inventory pull failed 3 times in a row"
    recovery = next(body for body in webhook.bodies if body["event"] == "recovery")
    assert recovery["text"] == "The last run succeeded."  # "ended succeeded" before
    subjects = sorted(message["Subject"] for message in mail_server.mailbox.messages)
    assert subjects == sorted(
        [
            "StoreSync: Corner shop · inventory pull failed 3 times in a row",
            "StoreSync: Corner shop · inventory pull works again",
            "StoreSync: Corner shop needs attention",
        ]
    )


async def test_after_a_restart_a_failure_already_told_is_not_told_again_and_its_recovery_is(
    harness: Harness, alerts: AlertDispatcher, webhook: WebhookReceiver
) -> None:
    await apply(harness.storage, {"alert_email_enabled": False})
    simulator = start_simulator(10)
    try:
        store = await harness.add_store("Restarted shop", simulator)
        job = await harness.add_job(store)
        simulator.faults.next_requests(10_000, Fault(FaultKind.UNAUTHORIZED))
        for _ in range(3):
            assert (await harness.engine.run(job, Trigger.MANUAL)).status is RunStatus.FAILED
        await wait_for(lambda: len(webhook.bodies) == 2, "the failure and attention alerts")
        await alerts.aclose()  # the app quits; a new one starts on the same data folder
        restarted = await started_dispatcher(harness, webhook)
        try:
            assert (await harness.engine.run(job, Trigger.MANUAL)).status is RunStatus.FAILED
            simulator.faults.clear()
            assert (await harness.engine.run(job, Trigger.MANUAL)).status is RunStatus.SUCCEEDED
            await wait_for(lambda: len(webhook.bodies) >= 3, "the recovery alert")
            await restarted.idle()
        finally:
            await restarted.aclose()
    finally:
        simulator.stop()
    assert sorted(body["event"] for body in webhook.bodies[:2]) == ["attention", "failure"]
    assert [body["event"] for body in webhook.bodies[2:]] == ["recovery"]


async def test_a_failure_no_storesync_told_while_it_was_closed_is_told_at_the_next_failure(
    harness: Harness, alerts: AlertDispatcher, webhook: WebhookReceiver
) -> None:
    """Runs made while no StoreSync sent alerts (`storesync sync` with the app closed) told nobody: the
    history alone does not say a problem was told."""
    await apply(harness.storage, {"alert_email_enabled": False})
    await alerts.aclose()  # the app is closed
    simulator = start_simulator(10)
    try:
        store = await harness.add_store("Closed shop", simulator)
        job = await harness.add_job(store)
        simulator.faults.next_requests(10_000, Fault(FaultKind.UNAUTHORIZED))
        for _ in range(3):
            assert (await harness.engine.run(job, Trigger.MANUAL)).status is RunStatus.FAILED
        started = await started_dispatcher(harness, webhook)
        try:
            assert (await harness.engine.run(job, Trigger.MANUAL)).status is RunStatus.FAILED
            await wait_for(lambda: len(webhook.bodies) == 2, "the failure and attention alerts")
            await started.idle()
        finally:
            await started.aclose()
    finally:
        simulator.stop()
    assert sorted(body["event"] for body in webhook.bodies) == ["attention", "failure"]
    assert webhook.bodies[0]["store"] == "Closed shop"


async def test_a_run_never_waits_for_a_slow_receiver(
    harness: Harness, alerts: AlertDispatcher, webhook: WebhookReceiver
) -> None:
    gate = asyncio.Event()
    webhook.hold_until = gate
    await apply(harness.storage, {"warn_after_failures": 1, "alert_email_enabled": False})
    simulator = start_simulator(10)
    try:
        store = await harness.add_store("Slow hook shop", simulator)
        job = await harness.add_job(store)
        simulator.faults.next_requests(10_000, Fault(FaultKind.SERVER_ERROR))
        run = await harness.engine.run(job, Trigger.MANUAL)
        assert run.status is RunStatus.FAILED
        await wait_for(lambda: webhook.waiting > 0, "the webhook request to arrive")
        assert webhook.bodies == [], "the run ended while its alert was still being delivered"
        gate.set()
        await wait_for(lambda: len(webhook.bodies) == 1, "the held webhook")
    finally:
        gate.set()
        simulator.stop()


async def test_a_low_stock_alert_names_the_skus_per_store_and_over_all_stores(
    harness: Harness, alerts: AlertDispatcher, mail_server: MailServer, webhook: WebhookReceiver
) -> None:
    north_sim, south_sim = start_simulator(40, seed=3), start_simulator(40, seed=4)
    try:
        north = await harness.add_store("North", north_sim)
        south = await harness.add_store("South", south_sim)
        for store in (north, south):
            assert (
                await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
            ).status is RunStatus.SUCCEEDED
        north_stock, south_stock = north_sim.catalog.quantities(), south_sim.catalog.quantities()
        chosen = sorted(north_stock)[:2]
        await harness.storage.inventory.set_sku_thresholds({sku: north_stock[sku] for sku in chosen})
        await apply(harness.storage, {"low_stock_threshold": -1})  # only the SKUs with their own threshold
        check = await harness.add_job(north, JobKind.LOW_STOCK_CHECK)
        assert (await harness.engine.run(check, Trigger.MANUAL)).counts.fetched == 2
        await wait_for(lambda: len(webhook.bodies) == 1, "the low-stock webhook")

        over_all = await harness.add_job(south, JobKind.LOW_STOCK_CHECK, all_stores=1)
        totals = {sku: north_stock[sku] + south_stock.get(sku, 0) for sku in chosen}
        await harness.storage.inventory.set_sku_thresholds(totals, replace=True)
        assert (await harness.engine.run(over_all, Trigger.MANUAL)).counts.fetched == 2
        await wait_for(lambda: len(webhook.bodies) == 2, "the all-stores webhook")
        await alerts.idle()
    finally:
        north_sim.stop()
        south_sim.stop()

    first, second = webhook.bodies
    assert (first["event"], first["store"], first["skus"]) == ("low_stock", "North", chosen)
    assert (second["store"], second["skus"]) == ("all stores", chosen)
    emails = [m for m in mail_server.mailbox.messages if "Low stock" in m["Subject"]]
    assert [m["Subject"] for m in emails] == [
        "StoreSync: Low stock in North: 2 SKUs",
        "StoreSync: Low stock in all stores: 2 SKUs",
    ]
    assert all(sku in emails[0].get_content() for sku in chosen)

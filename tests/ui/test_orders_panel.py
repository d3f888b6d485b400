"""The Orders panel on orders the demo stores' simulators sent: every order listed newest first,
filters by store, status and date, and an order's detail with its status history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.models import OrderStatus, Trigger
from app.core.ports import OrderQuery, RunQuery
from app.ui.models.orders import OrdersModel
from tests.ui.conftest import job_of, open_desktop, wait_until


async def _orders_imported(app: Any, store: str) -> int:
    """Run the store's orders job by hand (after any run under way) and wait for that run to end."""
    job_id = job_of(app, store, "orders_pull")
    scheduler, runs = app.services.scheduler, app.services.runs
    await wait_until(lambda: not scheduler.is_running(job_id), within=30, what="earlier runs")
    known = {run.id for run in runs.list_runs(RunQuery(job_id=job_id), offset=0, limit=1000)}
    assert scheduler.run_now(job_id)
    # The manual run: a slot of the demo's schedule falling during it adds a skipped run at once.
    await wait_until(
        lambda: any(
            r.id not in known and r.trigger is Trigger.MANUAL and r.status.finished
            for r in runs.list_runs(RunQuery(job_id=job_id))
        ),
        within=30,
        what=f"the orders of {store}",
    )
    store_id = app.services.stores.find_store(store).id
    count: int = app.services.orders.count_orders(store_id)
    assert count > 0
    return count


def _column(model: OrdersModel, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


async def test_the_panel_lists_filters_and_details_the_imported_orders(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        shopify = await _orders_imported(app, "Demo Shopify")
        woo = await _orders_imported(app, "Demo WooCommerce")
        panel = app.window.orders_panel
        model = panel.model
        assert app.window.tabs.tabText(app.window.tabs.indexOf(panel)) == "O&rders"
        everything = app.services.orders.count_orders()
        await wait_until(lambda: model.total() == everything, within=20, what="every order in the panel")
        assert everything >= shopify + woo
        dates = [model.item(row).created_at or model.item(row).imported_at for row in range(model.rowCount())]
        assert dates == sorted(dates, reverse=True)
        assert panel.count_label.text() == f"{everything:,} orders"

        store = app.services.stores.find_store("Demo WooCommerce")
        panel.store_filter.setCurrentIndex(panel.store_filter.findData(store.id))
        await wait_until(
            lambda: set(_column(model, OrdersModel.STORE)) == {"Demo WooCommerce"}, what="Woo only"
        )
        assert model.total() == app.services.orders.count_orders(store.id)
        assert all(_column(model, OrdersModel.COUNTRY)), "each WooCommerce order says where it goes"

        status = model.item(0).status
        panel.status_filter.setCurrentIndex(panel.status_filter.findData(status.value))
        labels = set(_column(model, OrdersModel.STATUS))
        assert labels == {panel.status_filter.currentText()}
        expected = app.services.orders.count_matching(OrderQuery(store_id=store.id, status=status))
        assert model.total() == expected
        other = next(s for s in OrderStatus if s is not status and s is not OrderStatus.UNKNOWN)
        panel.status_filter.setCurrentIndex(panel.status_filter.findData(other.value))
        panel.status_filter.setCurrentIndex(panel.status_filter.findData(status.value))
        panel.period_filter.setCurrentIndex(3)  # last 30 days: the demo's orders are older
        recent = app.services.orders.count_matching(panel.query())
        assert model.total() == recent
        assert panel.count_label.text() == f"{recent:,} order" + ("" if recent == 1 else "s")
        panel.period_filter.setCurrentIndex(0)

        order = model.item(0)
        detail = panel.open_detail(model.index(0, 0))
        try:
            assert detail.windowTitle() == f"Order {order.number} — Demo WooCommerce"
            steps = detail.rows()
            assert steps and steps[-1][1] == panel.status_filter.currentText()
            assert {row[2] for row in steps} == {"Demo WooCommerce"}
            assert steps[-1][3] == order.remote_status
        finally:
            detail.close()

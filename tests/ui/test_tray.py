"""The tray: its menu (rebuilt each time it opens), its state icon and tooltip; on a real tray host too."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from app.core.models import Trigger
from app.core.ports import RunQuery
from tests.ui.conftest import job_of, open_desktop, wait_idle, wait_until


def _submenu(app: Any, title: str) -> Any:
    for action in app.tray.menu.actions():
        if action.menu() is not None and action.text() == title:
            return action.menu()
    raise AssertionError(f"no submenu {title}")


async def test_the_menu_offers_the_app_actions_and_a_submenu_per_store(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        app.tray.menu.aboutToShow.emit()
        texts = app.tray.menu_texts()
        stores = sorted((s.name for s in app.services.stores.list_stores()), key=str.lower)
        assert texts == ["Open StoreSync", "Sync all now", "Pause all", *stores, "Settings…", "Quit"]
        shopify = _submenu(app, "Demo Shopify")
        entries = [action.text() for action in shopify.actions() if not action.isSeparator()]
        assert entries[0] == "Sync now"
        assert any(entry.startswith("Inventory: Succeeded") and "60 fetched" in entry for entry in entries)


async def test_the_menu_is_rebuilt_when_it_opens(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        app.tray.menu.aboutToShow.emit()
        assert "Demo Shopify" not in app.tray.menu_texts()
        await app.actions.add_demo_stores()
        app.tray.menu.aboutToShow.emit()
        assert "Demo Shopify" in app.tray.menu_texts()


async def test_pause_all_from_the_menu_changes_icon_tooltip_and_entry(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        await wait_until(
            lambda: app.tray.state == "ok", within=30, what="the tray to follow the start-up runs' end"
        )
        app.tray.menu.aboutToShow.emit()
        pause = next(a for a in app.tray.menu.actions() if a.text() == "Pause all")
        pause.trigger()
        await wait_until(
            lambda: app.services.settings.get_setting("paused_all") is True, what="pause all saved"
        )
        await wait_until(lambda: app.tray.state == "paused", what="the tray to show the pause")
        assert app.tray.icon.toolTip().startswith("StoreSync — Paused")
        assert app.window.state_label.text() == "Paused"
        app.tray.menu.aboutToShow.emit()
        resume = next(a for a in app.tray.menu.actions() if a.text() == "Resume all")
        resume.trigger()
        await wait_until(
            lambda: app.services.settings.get_setting("paused_all") is False, what="resume saved"
        )
        await wait_until(lambda: app.tray.state == "ok", within=30, what="the tray to follow the resume")
        assert "Next:" in app.tray.icon.toolTip()


async def test_sync_now_from_a_store_submenu_shows_syncing(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        states: list[str] = []
        app.status.summary_changed.connect(lambda: states.append(app.tray.state))
        app.tray.menu.aboutToShow.emit()
        sync = _submenu(app, "Demo WooCommerce").actions()[0]
        sync.trigger()
        job_id = job_of(app, "Demo WooCommerce", "inventory_pull")
        await wait_until(lambda: "syncing" in states, what="the syncing icon")
        await wait_idle(app)
        await wait_until(lambda: app.tray.state == "ok", within=30, what="the ok icon again")
        # The demo's schedule may add a run meanwhile on a loaded machine: the menu's run is among the latest.
        latest = app.services.runs.list_runs(RunQuery(job_id=job_id), limit=10)
        assert Trigger.MANUAL in {run.trigger for run in latest}


@pytest.mark.tray
async def test_the_icon_sits_in_a_real_tray(tmp_path: Path) -> None:
    assert os.environ.get("STORESYNC_TEST_TRAY_HOST"), "tray tests run under .ci/test.sh (Xvfb + trayer)"
    assert QSystemTrayIcon.isSystemTrayAvailable()
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_until(lambda: app.tray.icon.isVisible(), what="the tray icon")
        assert not app.tray.icon.icon().isNull()
        assert app.tray.icon.toolTip().startswith("StoreSync — ")
        assert app.tray.icon.contextMenu() is app.tray.menu
        app.tray.menu.aboutToShow.emit()
        assert app.tray.menu_texts()[:3] == ["Open StoreSync", "Sync all now", "Pause all"]
        app.window.close()
        await wait_until(lambda: not app.window.isVisible(), what="close to the tray")
        assert app.tray.icon.isVisible(), "closing the window keeps the app in the tray"
        await wait_until(
            lambda: app.services.settings.get_setting("close_to_tray_explained") is True,
            what="explained once",
        )

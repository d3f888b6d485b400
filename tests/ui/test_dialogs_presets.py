"""Presets in the store editor: a JSON API store's settings go to a file without the secret, and come
back into the form; a file that is not a preset says why and leaves the form alone. Real services in
tmp_path, real widgets offscreen."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.bootstrap import Runtime, StartOptions, start_services, stop_services
from app.core.models import Platform
from app.sandbox.catalog import Catalog
from app.sandbox.odoo_json2 import OdooJson2Api
from app.ui.dialogs.store_editor import StoreEditor
from tests.integration.support import started
from tests.presets import ERP_PRESET, SECRET
from tests.ui.conftest import wait_until


@pytest.fixture
async def runtime(tmp_path: Path) -> AsyncIterator[Runtime]:
    QApplication.setQuitOnLastWindowClosed(False)
    started = await start_services(StartOptions(data_dir=str(tmp_path / "data")))
    try:
        yield started
    finally:
        await stop_services(started)


def open_json_editor(qtbot: QtBot, runtime: Runtime) -> StoreEditor:
    editor = StoreEditor(runtime.services)
    qtbot.addWidget(editor)
    editor.open()
    editor.platform.setCurrentIndex(list(Platform).index(Platform.GENERIC_JSON))
    return editor


def write(path: Path, content: object) -> Path:
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


async def test_preset_buttons_appear_only_for_a_json_api_store(qtbot: QtBot, runtime: Runtime) -> None:
    editor = open_json_editor(qtbot, runtime)
    assert editor.presets.import_button.isVisibleTo(editor)
    assert editor.presets.export_button.isVisibleTo(editor)

    editor.platform.setCurrentIndex(list(Platform).index(Platform.SHOPIFY))

    assert not editor.presets.isVisibleTo(editor)


async def test_an_exported_preset_holds_the_settings_but_never_the_secret(
    qtbot: QtBot, runtime: Runtime, tmp_path: Path
) -> None:
    editor = open_json_editor(qtbot, runtime)
    editor.name.setText("Warehouse ERP")
    form = editor.current_form()
    form.inputs["base_url"].set_value("https://erp.example.com/api/v1")
    form.inputs["auth"].set_value("header")
    form.inputs["auth_header_name"].set_value("X-Api-Key")
    form.inputs["secret"].set_value(SECRET)
    form.inputs["endpoint"].set_value("stock")
    form.inputs["field_map"].set_value({"sku": "code"})
    target = tmp_path / "erp.json"

    assert editor.presets.export_to(str(target))

    text = target.read_text(encoding="utf-8")
    assert SECRET not in text
    preset = json.loads(text)
    assert preset["format"] == "storesync-generic-json-preset"
    assert preset["name"] == "Warehouse ERP"
    assert list(preset["settings"])[:2] == ["base_url", "auth"]  # read in the form's order
    assert preset["settings"]["base_url"] == "https://erp.example.com/api/v1"
    assert preset["settings"]["auth_header_name"] == "X-Api-Key"
    assert preset["settings"]["field_map"]["sku"] == "code"
    assert "secret" not in preset["settings"]
    assert "erp.json" in editor.presets.result.text()
    assert form.secrets() == {"secret": SECRET}  # the form still has it for saving


async def test_importing_a_preset_fills_the_form_and_keeps_the_typed_secret(
    qtbot: QtBot, runtime: Runtime, tmp_path: Path
) -> None:
    editor = open_json_editor(qtbot, runtime)
    form = editor.current_form()
    form.inputs["secret"].set_value(SECRET)
    form.inputs["total_pages_path"].set_value("meta.pages")  # not in the preset: back to its default

    assert editor.presets.import_from(str(write(tmp_path / "erp.json", ERP_PRESET)))

    assert editor.name.text() == "ERP"
    settings = form.settings()
    assert settings["base_url"] == "https://erp.example.com/api/v1"
    assert settings["auth"] == "header"
    assert settings["auth_header_name"] == "X-Api-Key"
    assert settings["record_path"] == "data.items"
    assert settings["paginator"] == "page"
    assert settings["page_size"] == 100
    assert settings["field_map"] == {**ERP_PRESET["settings"]["field_map"], "location": ""}  # no location
    assert form.inputs["total_pages_path"].value() is None
    assert form.inputs["auth_header_name"].isVisibleTo(editor)
    assert form.secrets() == {"secret": SECRET}
    assert "Filled the form from erp.json" in editor.presets.result.text()
    assert editor.save_button.isEnabled(), editor.message.text()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"format": "storesync-generic-json-preset", "version": 1,', "not valid JSON (line 1"),
        ({"shop": "settings"}, "not a StoreSync JSON API preset"),
        ({**ERP_PRESET, "version": 9}, "made by a newer StoreSync"),
        ({**ERP_PRESET, "settings": {**ERP_PRESET["settings"], "page_size": "lots"}}, "page_size"),
        ({**ERP_PRESET, "settings": {**ERP_PRESET["settings"], "paginator": "scroll"}}, "paginator"),
    ],
)
async def test_a_file_that_is_not_a_usable_preset_says_why_and_changes_nothing(
    qtbot: QtBot, runtime: Runtime, tmp_path: Path, content: object, reason: str
) -> None:
    editor = open_json_editor(qtbot, runtime)
    editor.name.setText("Mine")
    form = editor.current_form()
    form.inputs["base_url"].set_value("https://mine.example.com")
    before = form.settings()

    assert not editor.presets.import_from(str(write(tmp_path / "bad.json", content)))

    assert reason in editor.presets.result.text()
    assert "bad.json was not imported" in editor.presets.result.text()
    assert form.settings() == before
    assert editor.name.text() == "Mine"


async def test_a_missing_file_says_it_could_not_be_read(
    qtbot: QtBot, runtime: Runtime, tmp_path: Path
) -> None:
    editor = open_json_editor(qtbot, runtime)

    assert not editor.presets.import_from(str(tmp_path / "gone.json"))

    assert "could not be read" in editor.presets.result.text()


async def test_the_import_button_opens_a_file_dialog_that_fills_the_form(
    qtbot: QtBot, runtime: Runtime, tmp_path: Path
) -> None:
    editor = open_json_editor(qtbot, runtime)
    path = write(tmp_path / "erp.json", ERP_PRESET)

    qtbot.mouseClick(editor.presets.import_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()

    await wait_until(lambda: editor.name.text() == "ERP", what="the preset in the form")
    assert editor.current_form().settings()["endpoint"] == "stock"


async def test_an_imported_preset_is_what_gets_saved(qtbot: QtBot, runtime: Runtime, tmp_path: Path) -> None:
    editor = open_json_editor(qtbot, runtime)
    preset = {**ERP_PRESET, "settings": {**ERP_PRESET["settings"], "status_map": {"dispatched": "shipped"}}}
    editor.presets.import_from(str(write(tmp_path / "erp.json", preset)))
    editor.first_sync.setChecked(False)

    store_id = await editor.save()

    assert store_id is not None
    saved = runtime.services.stores.find_store("ERP")
    assert saved is not None
    assert saved.settings["record_path"] == "data.items"
    assert saved.settings["field_map"]["quantity"] == "stock.available"
    assert saved.settings["status_map"]["dispatched"] == "shipped"


async def test_a_shipped_preset_fills_the_form_and_reads_the_store_once_its_address_is_typed(
    qtbot: QtBot, runtime: Runtime
) -> None:
    server = started(OdooJson2Api(Catalog(12, seed=3, orders=0)))
    try:
        editor = open_json_editor(qtbot, runtime)
        shipped = editor.presets.shipped
        index = shipped.findData("odoo-19-stock")
        assert shipped.itemText(index) == "Odoo 19 stock (JSON-2 API)"

        shipped.setCurrentIndex(index)
        shipped.activated.emit(index)

        form = editor.current_form()
        assert editor.name.text() == "Odoo 19 stock (JSON-2 API)"
        assert form.settings()["endpoint"] == "/json/2/product.product/search_read"
        assert "Type your API address and secret yourself" in editor.presets.result.text()
        assert shipped.currentIndex() == 0  # ready to choose again
        form.inputs["base_url"].set_value(server.url)
        form.inputs["secret"].set_value(server.credentials["secret"])
        assert await editor.test_connection()
        answer = editor.test_result.text()
        assert "10 items to store, 2 skipped as not stock (default_code is empty)" in answer
    finally:
        server.stop()

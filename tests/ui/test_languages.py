"""The merchant's language: every text of the window goes through Qt translation, every translation file
has every text of the code (with the plural forms its language needs), Polish counts read right, and
the Arabic window is laid out right to left without a control covering another."""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QScrollArea, QStyleOptionViewItem, QWidget

from app.core.models import Platform, RunCounts, Store
from app.core.platforms import PLATFORM_FIELDS, PLATFORM_LABELS
from app.core.ports import StoreFigures
from app.core.schedule import ScheduleSpec
from app.core.shipped_presets import shipped_preset, shipped_preset_names
from app.ui.dialogs.fields import ChoiceInput
from app.ui.dialogs.push_preview import PushPreviewDialog
from app.ui.dialogs.store_editor import StoreEditor
from app.ui.formatting import counts_summary, local_time
from app.ui.languages import LANGUAGES, TRANSLATED, apply_language, chosen_code, locale_for, translations_dir
from app.ui.models.overview import StoreCard
from app.ui.models.store_health import StoreHealth
from app.ui.panels.overview import CardDelegate
from app.ui.schedule_words import schedule_words
from tests.ui.conftest import open_desktop, wait_until
from tests.ui.window_tour import FAILURE_MESSAGE, overlapping_controls, shown_texts, tour

ROOT = Path(__file__).resolve().parents[2]
PLURAL_FORMS = {"en": 2, "pl": 3, "lt": 3, "sr_Latn": 3, "fr": 2, "ar": 6}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
MARK = "‹"


def _build_script() -> ModuleType:
    """packaging/translations.py, the script that updates the .ts files (its folder is not a package)."""
    script = ROOT / "packaging" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations_script", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lupdate(target: Path) -> ET.Element:
    """The texts of the code as `translations.py update` hands them to lupdate, in a fresh .ts file."""
    sources = _build_script().source_files(target.parent)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(target)], check=True, timeout=120
    )
    return ET.parse(target).getroot()


def _messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


@pytest.fixture(scope="module")
def code_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether it has plural forms, for every text of the code."""
    root = _lupdate(tmp_path_factory.mktemp("lupdate") / "code.ts")
    return {
        (context, message.findtext("source") or ""): message.get("numerus") == "yes"
        for context, message in _messages(root)
    }


def test_every_text_of_the_code_has_a_context_the_app_translates_with(
    code_texts: dict[tuple[str, str], bool],
) -> None:
    """A bare tr("...") lands in lupdate's empty context, which nothing at run time looks in."""
    assert len(code_texts) > 400
    assert [source for context, source in code_texts if not context] == []


@pytest.mark.parametrize("code", [language.code for language in TRANSLATED] + ["en"])
def test_each_translation_file_translates_every_text_of_the_code(
    code: str, code_texts: dict[tuple[str, str], bool]
) -> None:
    path = translations_dir() / f"storesync_{code}.ts"
    root = ET.parse(path).getroot()
    assert root.get("language") == code
    found: dict[tuple[str, str], ET.Element] = {
        (context, message.findtext("source") or ""): message for context, message in _messages(root)
    }
    wanted = {key for key, numerus in code_texts.items() if numerus or code != "en"}
    missing = sorted(wanted - set(found))
    assert missing == [], f"{path.name} lacks texts of the code; run packaging/translations.py update"
    problems = []
    for key in sorted(wanted):
        translation = found[key].find("translation")
        assert translation is not None
        forms = (
            [form.text or "" for form in translation.iter("numerusform")]
            if code_texts[key]
            else [translation.text or ""]
        )
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            problems.append(f"not translated: {key}")
        elif code_texts[key] and len(forms) != PLURAL_FORMS[code]:
            problems.append(f"{len(forms)} plural forms instead of {PLURAL_FORMS[code]}: {key}")
        elif any(sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(key[1])) for form in forms):
            problems.append(f"placeholders differ from the source: {key}")
    assert problems == []


@contextmanager
def window_language(code: str, extra: QTranslator | None = None) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, code)
    if extra is not None:
        QCoreApplication.installTranslator(extra)
    try:
        yield
    finally:
        if extra is not None:
            QCoreApplication.removeTranslator(extra)
        apply_language(app)


def test_polish_counts_take_the_plural_form_of_their_number() -> None:
    with window_language("pl"):
        assert counts_summary(RunCounts(fetched=1, created=1, updated=2, failed=5)) == (
            "pobrano 1 · 1 nowy · 2 zaktualizowane · 5 nieudanych"
        )
        words = [
            QCoreApplication.translate("PushRulesForm", "%Ln pair(s)", "", n) for n in (1, 2, 5, 22, 1000)
        ]
        assert words == ["1 para", "2 pary", "5 par", "22 pary", "1000 par"]


def test_english_counts_read_as_english_not_as_a_template() -> None:
    with window_language("en"):
        assert counts_summary(RunCounts(fetched=3000, created=1)) == "3,000 fetched · 1 new"
        assert QCoreApplication.translate("HistoryPanel", "%Ln run(s)", "", 1) == "1 run"
        assert QCoreApplication.translate("HistoryPanel", "%Ln run(s)", "", 2) == "2 runs"


def test_dates_and_numbers_follow_the_chosen_language() -> None:
    from datetime import UTC, datetime, timedelta

    moment = datetime.now(UTC) - timedelta(days=30)
    with window_language("fr"):
        assert QLocale().toString(3000) == "3\u202f000"
    with window_language("pl"):
        polish = local_time(moment)
    with window_language("en"):
        english = local_time(moment)
    local = moment.astimezone()
    assert polish == f"{local.day}.{local.month:02}.{local.year} {local:%H:%M}"
    assert english == f"{local:%d/%m/%Y %H:%M}"


def test_a_stored_choice_that_is_not_offered_follows_the_system() -> None:
    assert chosen_code("pl") == "pl"
    assert chosen_code("xx") == chosen_code(None) == "system"
    assert locale_for("sr_Latn").script() == QLocale.Script.LatinScript
    assert [language.native_name for language in LANGUAGES][1:] == [
        "Polski",
        "Lietuvių",
        "Srpski (latinica)",
        "Français",
        "العربية",
    ]


def _pseudo_translator(folder: Path) -> QTranslator:
    """Every text of the code translated to itself between marks: a text shown without the marks did
    not go through translation."""
    root = _lupdate(folder / "pseudo.ts")
    root.set("language", "en")
    for _context, message in _messages(root):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        marked = f"{MARK}{message.findtext('source')}›"
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = marked
            if not list(translation.iter("numerusform")):
                ET.SubElement(translation, "numerusform").text = marked
            ET.SubElement(translation, "numerusform").text = marked
        else:
            translation.text = marked
    ET.ElementTree(root).write(folder / "pseudo.ts", encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(folder / "pseudo.ts"), "-qm", str(folder / "pseudo.qm")],
        check=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(folder / "pseudo.qm"))
    return translator


def _core_texts(app: object) -> set[str]:
    """Texts the window shows as they come from core, English in this pass: the push guard's refusals.
    Besides them, data: store and platform names, the fields' default values, time zones, log levels,
    the languages' own names. Schedule descriptions and the platforms' settings fields (labels, help,
    choices) are not among them: the window words them itself."""
    texts = {store.name for store in app.services.stores.list_stores()}  # type: ignore[attr-defined]
    texts |= set(PLATFORM_LABELS.values()) | {value.value for value in PLATFORM_LABELS}
    texts |= {shipped_preset(name).name for name in shipped_preset_names()}
    texts.add(app.services.credentials.backend_name())  # type: ignore[attr-defined]
    for fields in PLATFORM_FIELDS.values():
        for field in fields:
            if field.kind != "choice":
                texts.add(str(field.default))
            if isinstance(field.default, dict):
                texts |= {str(item) for pair in field.default.items() for item in pair}
    texts |= zoneinfo.available_timezones() | {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}
    texts |= {language.native_name for language in LANGUAGES}
    return texts


def _data(text: str, known: set[str]) -> bool:
    if not re.search(r"[^\W\d_]{2}", text) or text in known or text == "StoreSync":
        return True
    data = (
        r"[\d.,\s\u202f]+ [kKMG]?B",  # a size
        r"Python .*|StoreSync [\d.]+|/.*|https?://.*",  # versions, paths, addresses
        r"[\w.+-]+@[\w.-]+|[\w-]+(\.[\w-]+)+",  # example mail addresses and host names
        r"[\w+-]+/[\w/+-]+",  # time zones
        r"[\d*/ ,-]+(mon|tue|wed|thu|fri|sat|sun)[a-z, -]*",  # a cron expression
    )
    return any(re.fullmatch(pattern, text) for pattern in data)


async def test_every_text_of_every_panel_and_dialog_goes_through_translation(tmp_path: Path) -> None:
    untranslated: set[str] = set()
    with window_language("en", _pseudo_translator(tmp_path)):
        async with open_desktop(tmp_path / "app", demo=True) as app:
            known = _core_texts(app) | {FAILURE_MESSAGE}

            async def check(where: str, widget: QWidget) -> None:
                if isinstance(widget, PushPreviewDialog):
                    known.update(widget.planned.refusals)
                for shown in shown_texts(widget, where):
                    if MARK not in shown.text and not _data(shown.text, known):
                        untranslated.add(f"{shown.where}: {shown.text!r}")

            visited = await tour(app, check)
    assert len(visited) >= 20
    assert not untranslated, "shown without translation:\n" + "\n".join(sorted(untranslated))


async def test_the_arabic_window_is_laid_out_right_to_left_without_overlaps(tmp_path: Path) -> None:
    overlaps: list[str] = []
    directions: list[str] = []
    with window_language("ar"):
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        async with open_desktop(tmp_path, demo=True) as app:
            tabs = app.window.tabs.tabBar()

            async def check(where: str, widget: QWidget) -> None:
                if widget.layoutDirection() != Qt.LayoutDirection.RightToLeft:
                    directions.append(where)
                overlaps.extend(f"{where}: {overlap}" for overlap in overlapping_controls(widget))

            visited = await tour(app, check)
            assert tabs.tabRect(0).x() > tabs.tabRect(tabs.count() - 1).x(), "the first tab sits on the right"
            assert app.window.tabs.tabText(1) == "&المتاجر"
            stores = len(app.services.stores.list_stores())
            headline = app.window.overview_panel.headline.text()
            assert QLocale().toString(stores) in headline and str(stores) not in headline, headline
    assert len(visited) >= 20
    assert directions == []
    assert overlaps == []


async def test_the_language_chosen_in_settings_is_the_window_s_at_the_next_start(tmp_path: Path) -> None:
    from app.bootstrap import StartOptions, start_services, stop_services
    from app.ui.app import DesktopApp, run_app

    options = StartOptions(data_dir=str(tmp_path / "data"), console_level=logging.WARNING)
    async with open_desktop(tmp_path) as app:
        dialog = app.actions.open_settings()
        assert dialog is not None
        assert dialog.language.itemText(0).startswith("System (")
        dialog.language.setCurrentIndex(dialog.language.findData("pl"))
        assert await dialog.save() == ("language",)
        assert app.window.tabs.tabText(1) == "&Stores", "the running window keeps its language"

    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    try:
        main = asyncio.ensure_future(run_app(start_services, stop_services, options))
        await wait_until(lambda: qt_app.findChild(DesktopApp) is not None, within=30, what="the window")
        desktop = qt_app.findChild(DesktopApp)
        assert desktop is not None
        titles = [desktop.window.tabs.tabText(index) for index in range(desktop.window.tabs.count())]
        assert QLocale().language() == QLocale.Language.Polish
        desktop.request_quit()
        assert await asyncio.wait_for(main, 60) == 0
    finally:
        apply_language(qt_app)
    assert titles[:2] == ["P&odsumowanie", "&Sklepy"]


SCHEDULES = (
    ScheduleSpec.every(minutes=15),
    ScheduleSpec.every(minutes=22),
    ScheduleSpec.every(hours=2),
    ScheduleSpec.every(hours=1, window_start="8:00", window_end="20:00", timezone="Europe/Warsaw"),
    ScheduleSpec.daily("3:17"),
    ScheduleSpec.weekly(("fri", "mon", "wed"), "08:00"),
    ScheduleSpec.from_cron("0 0,6,12,18 * * *"),
)


def test_schedules_read_in_the_window_s_language_with_its_plural_forms() -> None:
    with window_language("pl"):
        assert [schedule_words(spec) for spec in SCHEDULES] == [
            "Co 15 minut",
            "Co 22 minuty",
            "Co 2 godziny",
            "Co godzinę od 08:00 do 20:00, Europe/Warsaw",
            "Codziennie o 03:17",
            "Co tydzień: pon., śr. i pt. o 08:00",
            "Cron: 0 0,6,12,18 * * *",
        ]
    with window_language("fr"):
        assert schedule_words(SCHEDULES[5]) == "Chaque semaine : lun., mer. et ven. à 08:00"
    with window_language("ar"):
        assert schedule_words(SCHEDULES[2]) == "كل ساعتين"


def test_english_schedules_read_as_the_command_line_words_them() -> None:
    with window_language("en"):
        assert [schedule_words(spec) for spec in SCHEDULES] == [spec.describe() for spec in SCHEDULES]
        broken = ScheduleSpec.daily("25:00")
        assert schedule_words(broken) == broken.describe()
        assert broken.describe().startswith("Invalid schedule")


async def test_the_polish_store_editor_words_the_platform_fields_in_polish(tmp_path: Path) -> None:
    with window_language("pl"):
        async with open_desktop(tmp_path) as app:
            editor = app.actions.add_store()
            assert isinstance(editor, StoreEditor)
            editor.platform.setCurrentIndex(list(Platform).index(Platform.BASELINKER))
            texts = {shown.text for shown in shown_texts(editor.current_form(), "BaseLinker")}
            assert {"Token API (sekret)", "Token API", "Z BaseLinkera > Moje konto > API."} <= texts
            assert not {"API token", "From BaseLinker > My account > API."} & texts

            editor.platform.setCurrentIndex(list(Platform).index(Platform.GENERIC_JSON))
            login = editor.current_form().inputs["auth"]
            assert isinstance(login, ChoiceInput)
            assert login.combo.currentText() == "brak", "shown in Polish"
            assert login.value() == "none", "saved as it always was"
            login.set_value("header")
            assert login.value() == "header"
            assert editor.store_from_form().settings["auth"] == "header"
            editor.reject()


async def test_the_settings_dialog_fits_a_1366_pixel_screen_in_every_language(tmp_path: Path) -> None:
    """In French the alerts' "Send when" choices made the dialog 1,596 px wide: Save and Cancel were off
    a laptop's screen."""
    widths: dict[str, int] = {}
    for language in LANGUAGES:
        with window_language(language.code):
            async with open_desktop(tmp_path / language.code) as app:
                dialog = app.actions.open_settings()
                assert dialog is not None
                widths[language.code] = dialog.sizeHint().width()
                dialog.close()
    assert {code: width for code, width in widths.items() if width > 1366} == {}


def test_an_overview_card_shows_its_next_run_whole_in_every_language() -> None:
    """Polish, French and Arabic cut "następny 01:…": the last and the next run shared one line."""
    now = datetime.now(UTC)
    card = StoreCard(
        Store("Demo WooCommerce", Platform.WOOCOMMERCE, id=1),
        StoreHealth.OK,
        [],
        StoreFigures(1, items=12_345, low_stock=30, failures=12),
        last_run=now - timedelta(minutes=55),
        next_run=now + timedelta(minutes=47),
    )
    option = QStyleOptionViewItem()
    option.font = QApplication.font()
    option.fontMetrics = QFontMetrics(option.font)
    cut: dict[str, list[str]] = {}
    for language in LANGUAGES:
        with window_language(language.code):
            delegate = CardDelegate()
            room = delegate.text_width(delegate.sizeHint(option, QModelIndex()))
            lines = delegate.lines(card)
            cut[language.code] = [line for line in lines if option.fontMetrics.horizontalAdvance(line) > room]
    assert {code: lines for code, lines in cut.items() if lines} == {}


async def test_the_store_editor_needs_no_sideways_scrolling_in_any_language(tmp_path: Path) -> None:
    """A push rules line that did not wrap made the form 940 px wide in a 640-px editor: help lines were
    cut at the right, and in Arabic the values (on the left) were out of view and looked empty. The
    editor widens to its form, up to the screen (800 px here, offscreen)."""
    wide: dict[str, list[str]] = {}
    async with open_desktop(tmp_path) as app:
        for language in LANGUAGES:
            with window_language(language.code):
                editor = app.actions.add_store()
                assert isinstance(editor, StoreEditor)
                scroll = editor.findChild(QScrollArea)
                assert scroll is not None
                for platform in Platform:
                    editor.platform.setCurrentIndex(list(Platform).index(platform))

                    def fits(scroll: QScrollArea = scroll, editor: StoreEditor = editor) -> bool:
                        screen = editor.screen().availableGeometry().width()
                        needed = scroll.widget().minimumSizeHint().width()
                        return needed <= scroll.viewport().width() or editor.width() >= screen

                    try:
                        await wait_until(fits, within=2, what="the form within its view")
                    except AssertionError:
                        wide.setdefault(language.code, []).append(platform.value)
                editor.reject()
    assert wide == {}

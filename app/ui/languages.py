"""The window's language: the system's or the one chosen in Settings, loaded before any widget exists.

Qt's translators, the default QLocale (dates, times, numbers) and the layout direction (Arabic lays
the window out right to left) all follow one choice, so they never disagree.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

SYSTEM = "system"
CATALOGUE = "storesync"


@dataclass(frozen=True, slots=True)
class Language:
    """`code` is what Settings stores and what the catalogue's file name ends with (storesync_pl.qm)."""

    code: str
    native_name: str
    language: QLocale.Language
    script: QLocale.Script = QLocale.Script.AnyScript


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", QLocale.Language.English),
    Language("pl", "Polski", QLocale.Language.Polish),
    Language("lt", "Lietuvių", QLocale.Language.Lithuanian),
    Language("sr_Latn", "Srpski (latinica)", QLocale.Language.Serbian, QLocale.Script.LatinScript),
    Language("fr", "Français", QLocale.Language.French),
    Language("ar", "العربية", QLocale.Language.Arabic),
)
TRANSLATED = tuple(language for language in LANGUAGES if language.code != "en")
_installed: list[QTranslator] = []  # kept here: QObject.findChildren on the application costs tens of ms


def translations_dir() -> Path:
    """resources/translations beside the app package, or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "translations"


def language_for(code: str) -> Language | None:
    return next((language for language in LANGUAGES if language.code == code), None)


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale of a Settings choice. A chosen language keeps the system's country when they share
    the language (Arabic in Algeria writes 3.000, in Egypt ٣٬٠٠٠); a system without a language
    (the C locale of a bare container) formats as British English: words in English, 24-hour times."""
    system = system or QLocale.system()
    if system.language() == QLocale.Language.C:
        system = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    language = language_for(code)
    if language is None:
        return system
    if system.language() == language.language and language.script in (
        QLocale.Script.AnyScript,
        system.script(),
    ):
        return system
    return QLocale(language.language, language.script, QLocale.Country.AnyCountry)


def chosen_code(stored: object) -> str:
    """A stored choice that is not (or no longer) offered falls back to the system's language."""
    return stored if isinstance(stored, str) and language_for(stored) is not None else SYSTEM


def apply_language(app: QApplication, code: str = SYSTEM) -> QLocale:
    """Install Qt's and StoreSync's translators for `code` (replacing earlier ones), make its locale
    the default for formatting and set the layout direction. Call before building any widget."""
    locale = locale_for(code)
    QLocale.setDefault(locale)
    while _installed:
        old = _installed.pop()
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    catalogues = [(CATALOGUE, str(translations_dir()))]  # English too: its plural forms ("1 run")
    if locale.language() != QLocale.Language.English:
        catalogues.append(("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    if app.layoutDirection() != locale.textDirection():
        app.setLayoutDirection(locale.textDirection())
    return locale

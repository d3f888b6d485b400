"""Refresh and build the window's translations (Qt Linguist files in resources/translations/).

    .venv/bin/python packaging/translations.py update    # strings of app/ui -> the .ts sources
    .venv/bin/python packaging/translations.py release   # .ts sources -> .qm files the app loads

`update` runs pyside6-lupdate over every module of app/ui and over the texts of the platforms' settings
fields (labels, help, choices: declared once in app/core/platforms, which may not import Qt, and handed
to lupdate as a generated list under the context PlatformFields): new strings arrive unfinished, strings
no longer in the code are dropped. storesync_en.ts holds only the plural forms ("%n store(s)" -> "1 store",
"2 stores"). `release` runs pyside6-lrelease; .ci/setup.sh and the PyInstaller spec call it, and the
.qm files are never committed.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "storesync"
# The codes of app.ui.languages.TRANSLATED (kept here so the build needs no Qt import).
LANGUAGES = ("pl", "lt", "sr_Latn", "fr", "ar")
PLURALS_ONLY = "en"
# The context app.ui.field_words translates the platforms' settings fields with.
FIELDS_CONTEXT = "PlatformFields"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{code}.ts"


def platform_field_texts() -> list[str]:
    """What the platforms' settings fields show a person, in English, as app/core/platforms declares it."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from app.core.platforms import PLATFORM_FIELDS

    fields = [field for declared in PLATFORM_FIELDS.values() for field in declared]
    return list(dict.fromkeys(text for f in fields for text in (f.label, f.help, *f.choices) if text))


def write_field_texts(folder: Path) -> Path:
    """The platforms' field texts as QT_TRANSLATE_NOOP calls, the form lupdate reads."""
    path = folder / "platform_fields.py"
    lines = (f"QT_TRANSLATE_NOOP({FIELDS_CONTEXT!r}, {text!r})\n" for text in platform_field_texts())
    path.write_text("".join(lines), encoding="utf-8")
    return path


def source_files(folder: Path) -> list[str]:
    """Every file lupdate reads: the modules of app/ui and the field texts, written into `folder`."""
    return [*sorted(str(path) for path in SOURCES.rglob("*.py")), str(write_field_texts(folder))]


def update() -> None:
    """Bring every .ts source in step with the strings of app/ui and of the platforms' fields."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    common = ["-locations", "none", "-no-obsolete", "-silent"]
    with tempfile.TemporaryDirectory() as folder:
        sources = source_files(Path(folder))
        for code in (*LANGUAGES, PLURALS_ONLY):
            extra = ["-pluralonly"] if code == PLURALS_ONLY else []
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    *common,
                    *extra,
                    "-target-language",
                    code,
                    *sources,
                    "-ts",
                    str(ts_path(code).relative_to(ROOT)),
                ],
                cwd=ROOT,
                check=True,
            )


def release() -> list[Path]:
    """Build a .qm beside each .ts source; returns the files built."""
    built = []
    for source in sorted(TRANSLATIONS.glob(f"{CATALOGUE}_*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        update()
    elif argv[1:] == ["release"]:
        release()
    else:
        print("usage: translations.py update | release", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

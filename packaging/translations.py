"""Refresh and build the window's translations (Qt Linguist files in resources/translations/).

    .venv/bin/python packaging/translations.py update    # strings of app/ui -> the .ts sources
    .venv/bin/python packaging/translations.py release   # .ts sources -> .qm files the app loads

`update` runs pyside6-lupdate over every module of app/ui: new strings arrive unfinished, strings no
longer in the code are dropped. storesync_en.ts holds only the plural forms ("%n store(s)" -> "1 store",
"2 stores"). `release` runs pyside6-lrelease; .ci/setup.sh and the PyInstaller spec call it, and the
.qm files are never committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "storesync"
# The codes of app.ui.languages.TRANSLATED (kept here so the build needs no Qt import).
LANGUAGES = ("pl", "lt", "sr_Latn", "fr", "ar")
PLURALS_ONLY = "en"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{code}.ts"


def source_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def update() -> None:
    """Bring every .ts source in step with the strings of app/ui."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    common = ["-locations", "none", "-no-obsolete", "-silent"]
    for code in (*LANGUAGES, PLURALS_ONLY):
        extra = ["-pluralonly"] if code == PLURALS_ONLY else []
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *common,
                *extra,
                "-target-language",
                code,
                *source_files(),
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

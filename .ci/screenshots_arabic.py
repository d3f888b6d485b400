"""Screenshots of the window in Arabic (translated and laid out right to left) for the README's
Languages section, on the demo stores (loopback simulators) in a throwaway data folder. Run like
.ci/screenshots.py, e.g. `xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python .ci/screenshots_arabic.py`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication
from screenshots import WINDOW_SIZE, run_shots, save, settle, wait_idle

from app.bootstrap import StartOptions, add_demo_stores, start_services, stop_services
from app.ui.app import DesktopApp
from app.ui.languages import apply_language


async def take(out: Path, data_dir: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "ar")  # before any widget exists, as at start
    options = StartOptions(data_dir=str(data_dir), demo=True, console_level=logging.INFO)
    runtime = await start_services(options)
    desktop = DesktopApp(runtime, stop_services, add_demo_stores)
    desktop.start()
    window = desktop.window
    window.resize(*WINDOW_SIZE)
    try:
        await wait_idle(desktop)
        await settle(1.5)
        for panel, name in ((window.overview_panel, "overview-ar"), (window.stores_panel, "stores-ar")):
            window.tabs.setCurrentWidget(panel)
            await settle()
            save(window, out / f"{name}.png")
        settings = desktop.actions.open_settings()
        if settings is not None:
            await settle(0.5)
            save(settings, out / "settings-ar.png")
            settings.close()
    finally:
        desktop.request_quit()
        await desktop.finished


if __name__ == "__main__":
    sys.exit(run_shots(take, __doc__))

"""The commands that run StoreSync itself: the window (`gui`, the default) and `headless`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from app import __version__
from app.cli.common import EXIT_OK, CommandFailed, log, on_stop_signals, running_services, start_options
from app.core.wording import counted


def gui(args: argparse.Namespace) -> int:
    try:
        from app.ui.app import run_gui
    except ImportError as error:
        log.debug("The window could not be loaded", exc_info=True)
        raise CommandFailed(
            f"The window is not available in this installation ({error}); "
            "`storesync headless` runs the schedules without it."
        ) from None
    from app.bootstrap import add_demo_stores, start_services, stop_services

    if _no_display():
        raise CommandFailed(
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "`storesync headless` runs the schedules without a window"
        )

    options = start_options(
        args,
        owner=True,
        scheduler=True,
        simulators=True,
        demo=args.demo,
        demo_if_empty=args.demo_if_empty,
    )
    return int(run_gui(sys.argv[:1], start_services, stop_services, options, add_demo_stores))


def headless(args: argparse.Namespace) -> int:
    return asyncio.run(_headless(args))


async def _headless(args: argparse.Namespace) -> int:
    demo = bool(args.demo or getattr(args, "sub_demo", False))
    options = {
        "owner": True,
        "scheduler": True,
        "simulators": True,
        "demo": demo,
        "demo_if_empty": args.demo_if_empty,
        "log_to_stdout": True,
        "console_level": logging.DEBUG if args.debug else logging.INFO,
    }
    stop = asyncio.Event()
    on_stop_signals(stop.set)
    async with running_services(args, **options) as runtime:
        stores = runtime.storage.stores.list_stores()
        print(
            f"StoreSync {__version__} running without a window: {counted(len(stores), 'store')}, "
            f"data in {runtime.data_dir}. Press Ctrl-C to stop.",
            flush=True,
        )
        await stop.wait()
        print("Stopping: letting running syncs reach a safe point...", flush=True)
    print("Stopped.", flush=True)
    return EXIT_OK


def _no_display() -> bool:
    """Qt aborts the whole process when it cannot reach a display, so say it before trying."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))

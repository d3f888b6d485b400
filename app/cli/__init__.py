"""The command line package; `storesync = "app.cli:main"` is its entry point."""

from app.cli.entry import main

__all__ = ["main"]

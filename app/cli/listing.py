"""How the listing commands (history, orders) print a page of results and the times in it, so that
every list reads alike: one line per entry, what was left out, and times in the user's own zone."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any


def print_page(
    page: dict[str, Any], key: str, noun: str, line: Callable[[dict[str, Any]], str], as_json: bool
) -> None:
    """Print `page[key]` one entry a line (or the whole page as JSON), saying when `--limit` left some out."""
    entries = page[key]
    if as_json:
        print(json.dumps(page, indent=2, ensure_ascii=False))
    elif not entries:
        print(f"No {noun} match.")
    else:
        print("\n".join(line(entry) for entry in entries))
        if page["total"] > len(entries):
            print(f"({len(entries)} of {page['total']} {noun}; --limit shows more)")


def local_time(iso: str, *, seconds: bool = False) -> str:
    """An ISO time from the API shown in this computer's time zone."""
    return f"{datetime.fromisoformat(iso).astimezone():%Y-%m-%d %H:%M{':%S' if seconds else ''}}"

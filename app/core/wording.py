"""Counts in English sentences that logs, runs and the command line share (the window words its own
through Qt's translations)."""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """ "1 item", "2 items": the noun takes an s but for exactly one."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"

"""Shared fixtures. Qt runs offscreen unless a tray test session set a display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

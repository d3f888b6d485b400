"""Compare measured figures with bench/baselines.json, so every command says whether it met its targets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BASELINES = Path(__file__).with_name("baselines.json")


def load(section: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BASELINES.read_text(encoding="utf-8"))
    return dict(data[section])


def check(section: str, figures: dict[str, Any]) -> dict[str, Any]:
    """{figure: {"target": ..., "met": bool}} for every target of `section` whose figure was measured."""
    verdicts: dict[str, Any] = {}
    for name, rule in load(section).items():
        if not isinstance(rule, dict) or figures.get(name) is None:
            continue
        value = figures[name]
        met = True
        if "max" in rule:
            met = met and value <= rule["max"]
        if "min" in rule:
            met = met and value >= rule["min"]
        if "equals" in rule:
            expected = rule["equals"]
            expected = figures.get(expected, expected) if isinstance(expected, str) else expected
            met = met and value == expected
        verdict: dict[str, Any] = {"target": {k: v for k, v in rule.items()}, "met": bool(met)}
        if "stretch" in rule:
            verdict["stretch_met"] = value <= rule["stretch"]
        verdicts[name] = verdict
    return verdicts

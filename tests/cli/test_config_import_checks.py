"""`config import` refuses a file the store editor would refuse: one line naming the store, the job
and the field, and nothing imported - not even the good stores before the bad one."""

from __future__ import annotations

import copy
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import main

GOOD: dict[str, Any] = {
    "format": "storesync-config",
    "version": 1,
    "stores": [
        {
            "name": "Good shop",
            "platform": "shopify",
            "settings": {"shop_domain": "good.myshopify.com"},
            "jobs": [{"kind": "inventory_pull", "schedule": {"kind": "interval", "every_minutes": 15}}],
        },
        {
            "name": "Outlet",
            "platform": "shopify",
            "settings": {"shop_domain": "outlet.myshopify.com"},
            "jobs": [
                {"kind": "inventory_pull", "schedule": {"kind": "daily", "at": "02:30"}},
                {
                    "kind": "stock_push",
                    "schedule": {"kind": "cron", "cron": "0 9 * * mon-fri", "timezone": "Europe/Warsaw"},
                    "options": {"source_store": "Good shop"},
                },
            ],
        },
    ],
    "global_jobs": [{"kind": "cleanup", "schedule": {"kind": "daily", "at": "03:00"}}],
    "settings": {"low_stock_threshold": 3},
}


def _run(data_dir: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _set(path: str, value: Any) -> Any:
    """A change of the good document at `path` (list indexes count from 0)."""

    def change(document: dict[str, Any]) -> None:
        target: Any = document
        *parents, last = path.split("/")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[last] = value

    return change


CASES = [
    (
        "cron minute and hour",
        _set("stores/1/jobs/1/schedule/cron", "61 25 * * 8"),
        "job 2 (stock_push): schedule.cron",
    ),
    (
        "cron in words",
        _set("stores/1/jobs/1/schedule/cron", "every day"),
        "job 2 (stock_push): schedule.cron",
    ),
    (
        "interval of 0 minutes",
        _set("stores/1/jobs/0/schedule", {"kind": "interval", "every_minutes": 0}),
        "job 1 (inventory_pull): schedule.every_minutes",
    ),
    (
        "unknown time zone",
        _set("stores/1/jobs/1/schedule/timezone", "Mars/Olympus"),
        "job 2 (stock_push): schedule.timezone",
    ),
    ("unknown job kind", _set("stores/1/jobs/0/kind", "inventory_sync"), "job 1 (inventory_sync): kind"),
    (
        "unknown schedule kind",
        _set("stores/1/jobs/0/schedule/kind", "hourly"),
        "job 1 (inventory_pull): schedule.kind",
    ),
    ("daily time", _set("stores/1/jobs/0/schedule/at", "25:00"), "job 1 (inventory_pull): schedule.at"),
    (
        "invalid option",
        _set("stores/1/jobs/0/options", {"full_read_hours": -2}),
        "job 1 (inventory_pull): options.full_read_hours",
    ),
    (
        "stock push from nowhere",
        _set("stores/1/jobs/1/options", {"source_store": "Gone"}),
        "job 2 (stock_push): options.source_store",
    ),
    ("missing required setting", _set("stores/1/settings", {}), "settings.shop_domain"),
    ("setting of the wrong kind", _set("stores/1/settings/location_id", 7), "settings.location_id"),
]


@pytest.mark.parametrize(("change", "named"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_an_invalid_entry_refuses_the_whole_file_in_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    change: Any,
    named: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    document = copy.deepcopy(GOOD)
    change(document)
    path = tmp_path / "config.json"
    path.write_text(json.dumps(document))
    data_dir = tmp_path / "data"

    code, _out, err = _run(data_dir, "config", "import", str(path), capsys=capsys)

    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "store 'Outlet'" in lines[0] and named in lines[0] and "Nothing was imported" in lines[0]
    assert "Traceback" not in err
    code, out, _err = _run(data_dir, "store", "list", "--json", capsys=capsys)
    assert code == 0 and json.loads(out) == []


def test_a_valid_file_is_imported_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    path = tmp_path / "config.json"
    path.write_text(json.dumps(GOOD))
    data_dir = tmp_path / "data"
    code, out, err = _run(data_dir, "config", "import", str(path), capsys=capsys)
    assert code == 0, err
    assert "Imported 2 stores and 3 jobs" in out
    _code, listed, _err = _run(data_dir, "store", "list", "--json", capsys=capsys)
    assert [(s["name"], s["jobs"]) for s in json.loads(listed)] == [
        ("Good shop", ["inventory_pull"]),
        ("Outlet", ["inventory_pull", "stock_push"]),
    ]


def test_a_file_of_settings_alone_says_which_settings_it_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "one-at-a-time.json"
    path.write_text(
        json.dumps(
            {"format": "storesync-config", "version": 1, "settings": {"max_concurrent_runs": 1, "unknown": 3}}
        )
    )
    data_dir = tmp_path / "data"
    code, out, err = _run(data_dir, "config", "import", str(path), capsys=capsys)
    assert code == 0, err
    assert out.strip() == f"Imported 0 stores and 0 jobs from {path}; settings set: max_concurrent_runs."
    code, _out, err = _run(data_dir, "config", "export", str(tmp_path / "out.json"), capsys=capsys)
    assert code == 0, err
    assert json.loads((tmp_path / "out.json").read_text())["settings"]["max_concurrent_runs"] == 1


def test_importing_an_export_says_only_the_settings_it_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export carries every setting: importing one listed all 35 of them as set."""
    here, there = tmp_path / "here", tmp_path / "there"
    exported = tmp_path / "config.json"
    assert _run(here, "config", "export", str(exported), capsys=capsys)[0] == 0
    document = json.loads(exported.read_text())
    document["settings"]["retention_days"] = 45
    exported.write_text(json.dumps(document))
    code, out, err = _run(there, "config", "import", str(exported), capsys=capsys)
    assert code == 0, err
    assert out.strip() == f"Imported 0 stores and 0 jobs from {exported}; settings set: retention_days."

"""JSON API presets on the command line: `store preset-export` writes a store's settings without its
secret, `store add --preset` starts a store from such a file (--set overrides it, the secret is still
asked for), and a wrong file or request is one plain line with exit code 2."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from tests.presets import ERP_PRESET, SECRET


def erp_preset_with(**settings: Any) -> str:
    return json.dumps({**ERP_PRESET, "settings": {**ERP_PRESET["settings"], **settings}})


@dataclass
class Result:
    code: int
    out: str
    err: str


Cli = Callable[..., Result]
# The preset's host is made up: nothing would answer the connection test or the first sync.
ADD_UNTESTED = ("store", "add", "--no-test", "--no-first-sync")


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    data_dir = tmp_path / "data"

    def run(*args: str, stdin: str = "") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def erp_file(tmp_path: Path) -> Path:
    path = tmp_path / "erp.json"
    path.write_text(json.dumps(ERP_PRESET), encoding="utf-8")
    return path


def exported(cli: Cli, name: str) -> dict[str, Any]:
    result = cli("store", "preset-export", name, "-")
    assert result.code == 0, result.err
    preset: dict[str, Any] = json.loads(result.out)
    return preset


def assert_one_plain_line(result: Result, *expected: str) -> None:
    assert result.code == 2
    assert result.err.count("\n") == 1 and result.err.startswith("storesync: "), result.err
    assert "Traceback" not in result.err
    for text in expected:
        assert text in result.err


def test_a_store_added_from_a_preset_has_its_settings_and_set_overrides_them(
    cli: Cli, erp_file: Path
) -> None:
    added = cli(
        *ADD_UNTESTED, "Warehouse", "--platform", "generic_json", "--preset", str(erp_file),
        "--set", "auth=none", "--set", "page_size=50",
    )  # fmt: skip

    assert added.code == 0, added.err
    assert "Added Warehouse (generic_json)" in added.out
    settings = exported(cli, "Warehouse")["settings"]
    assert settings["base_url"] == "https://erp.example.com/api/v1"
    assert settings["record_path"] == "data.items"
    assert settings["field_map"]["quantity"] == "stock.available"
    assert settings["auth_header_name"] == "X-Api-Key"
    assert settings["auth"] == "none"
    assert settings["page_size"] == 50


def test_the_secret_of_a_preset_store_is_still_asked_for(cli: Cli, erp_file: Path) -> None:
    result = cli(*ADD_UNTESTED, "ERP", "--platform", "generic_json", "--preset", str(erp_file), stdin="")

    assert_one_plain_line(result, "Token, key or password (secret) is needed")
    assert "No stores yet" in cli("store", "list").out


def test_preset_export_writes_a_file_that_adds_the_same_store(
    cli: Cli, erp_file: Path, tmp_path: Path
) -> None:
    assert cli(*ADD_UNTESTED, "ERP", "--platform", "generic_json", "--preset", str(erp_file),
               "--set", "auth=none").code == 0  # fmt: skip
    target = tmp_path / "shared.json"

    result = cli("store", "preset-export", "ERP", str(target))

    assert result.code == 0, result.err
    assert "without secrets" in result.out
    again = cli(*ADD_UNTESTED, "ERP copy", "--platform", "generic_json", "--preset", str(target))
    assert again.code == 0, again.err
    assert exported(cli, "ERP copy")["settings"] == exported(cli, "ERP")["settings"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"format": "storesync-generic-json-preset",', "not valid JSON (line 1"),
        ('{"shop": "settings"}', "not a StoreSync JSON API preset"),
        (erp_preset_with(auth="magic"), "auth"),
        (erp_preset_with(status_map={"Sent": "gone"}), "'gone' is not a StoreSync order status"),
    ],
)
def test_a_file_that_is_not_a_usable_preset_is_one_line_and_adds_nothing(
    cli: Cli, tmp_path: Path, content: str, reason: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")

    result = cli(*ADD_UNTESTED, "ERP", "--platform", "generic_json", "--preset", str(bad))

    assert_one_plain_line(result, "bad.json is not a usable preset", reason)
    assert "No stores yet" in cli("store", "list").out


def test_wrong_preset_requests_are_one_line_each(cli: Cli, erp_file: Path, tmp_path: Path) -> None:
    assert_one_plain_line(
        cli("store", "add", "Shop", "--platform", "shopify", "--preset", str(erp_file)),
        "--preset is for generic_json stores",
    )
    assert_one_plain_line(
        cli(*ADD_UNTESTED, "ERP", "--platform", "generic_json", "--preset", str(tmp_path / "gone.json")),
        "could not be read",
    )
    assert_one_plain_line(cli("store", "preset-export", "Nope", str(tmp_path / "x.json")), "no store named")
    cli(*ADD_UNTESTED, "ERP", "--platform", "generic_json", "--preset", str(erp_file), "--set", "auth=none")
    assert_one_plain_line(
        cli("store", "preset-export", "ERP", str(tmp_path / "missing-folder" / "x.json")), "cannot write"
    )


@pytest.mark.keyring
def test_a_typed_secret_goes_to_the_keychain_and_never_into_an_exported_preset(
    secret_service: object, cli: Cli, erp_file: Path, tmp_path: Path
) -> None:
    added = cli(*ADD_UNTESTED, "ERP", "--platform", "generic_json", "--preset", str(erp_file), stdin=SECRET)
    assert added.code == 0, added.err
    assert "Secrets saved: 1" in added.out
    target = tmp_path / "shared.json"

    assert cli("store", "preset-export", "ERP", str(target)).code == 0

    text = target.read_text(encoding="utf-8")
    assert SECRET not in text
    assert json.loads(text)["settings"]["auth"] == "header"
    cli("store", "remove", "ERP", "--yes")

"""Secrets through the command line with the real Secret Service: typed (here: piped) once, kept only
in the keychain, used by the sync, never printed, never in the database or the log, and gone with
the store."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest

from app.cli import main
from app.core.presets import preset_to_json
from app.sandbox.catalog import Catalog
from app.sandbox.json_api_styles import FormCredentialsApi, LoginRpcApi
from app.sandbox.mirakl_offers import MiraklSellerApi
from app.sandbox.odoo_json2 import OdooJson2Api
from app.sandbox.simple import SimpleSimulator
from app.storage import open_storage
from app.storage.credentials import SERVICE, username_for
from tests.cli.process import run_cli

TOKEN = "tok-Zx81-never-printed"
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.keyring


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = SimpleSimulator(Catalog(120), credentials={"token": TOKEN})
    server.start()
    yield server
    server.stop()


def keychain_id(data_dir: Path, store_name: str) -> str:
    """The id the store's keychain entries are named after, read from its database."""
    storage = open_storage(data_dir)
    try:
        store = storage.stores.find_store(store_name)
        assert store is not None and store.id is not None
        found = storage.stores.keychain_id(store.id)
    finally:
        storage.close()
    assert found is not None
    return found


PipedCli = Callable[..., tuple[int, str]]


@pytest.fixture
def piped_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> PipedCli:
    """The command line in this process on a data folder, `stdin` piped in: (exit code, what it printed)."""

    def cli(data_dir: Path, *args: str, stdin: str = "") -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out + captured.err

    return cli


def test_a_piped_secret_is_kept_in_the_keychain_used_by_sync_and_removed_with_the_store(
    secret_service: object, simulator: SimpleSimulator, tmp_path: Path, piped_cli: PipedCli
) -> None:
    data_dir = tmp_path / "data"

    def cli(*args: str, stdin: str = "") -> tuple[int, str]:
        return piped_cli(data_dir, *args, stdin=stdin)

    code, output = cli(
        "store", "add", "ERP", "--platform", "generic_json", "--set", f"base_url={simulator.url}",
        "--set", "auth=bearer", "--set", "endpoint=/products", "--set", "record_path=products",
        stdin=TOKEN + "\n",
    )  # fmt: skip
    assert code == 0, output
    assert "Secrets saved: 1" in output
    assert "fetched 120, created 120" in output  # the first sync read the store with the saved token

    code, output = cli("sync", "--store", "ERP")
    assert code == 0, output
    assert "fetched 120, created 0, updated 0, unchanged 120" in output

    entry = username_for(keychain_id(data_dir, "ERP"), "secret")
    assert keyring.get_password(SERVICE, entry) == TOKEN
    code, output = cli("store", "remove", "ERP", "--yes")
    assert code == 0, output
    assert "Removed ERP and deleted its saved secrets (" in output
    assert keyring.get_password(SERVICE, entry) is None

    everything = output + "".join(
        path.read_bytes().decode("utf-8", "replace") for path in data_dir.rglob("*") if path.is_file()
    )
    assert TOKEN not in everything


def test_config_import_reads_the_missing_secrets_from_a_pipe_as_store_add_does(
    secret_service: object, simulator: SimpleSimulator, tmp_path: Path, piped_cli: PipedCli
) -> None:
    """README: import "asks for the missing secrets"; piped, they were ignored and the store said it
    still needed them."""
    cli = piped_cli

    here, there, exported = tmp_path / "here", tmp_path / "there", tmp_path / "config.json"
    code, output = cli(
        here, "store", "add", "ERP", "--platform", "generic_json", "--set", f"base_url={simulator.url}",
        "--set", "auth=bearer", "--set", "endpoint=/products", "--set", "record_path=products",
        "--no-first-sync", stdin=TOKEN + "\n",
    )  # fmt: skip
    assert code == 0, output
    assert cli(here, "config", "export", str(exported))[0] == 0

    code, output = cli(there, "config", "import", str(exported), stdin=TOKEN + "\n")
    assert code == 0, output
    assert "still needs" not in output and TOKEN not in output
    code, output = cli(there, "sync", "--store", "ERP")
    assert code == 0, output
    assert "fetched 120, created 120" in output
    cli(here, "store", "remove", "ERP", "--yes")
    cli(there, "store", "remove", "ERP", "--yes")


def test_a_required_secret_left_empty_saves_nothing(
    secret_service: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n"))
    code = main(
        ["--data-dir", str(tmp_path / "data"), "store", "add", "Shop", "--platform", "shopify",
         "--set", "shop_domain=demo.myshopify.com"]
    )  # fmt: skip
    assert code == 2
    assert "Admin API access token" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "data"), "store", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_a_login_store_asks_for_each_of_its_secrets_and_keeps_them_only_in_the_keychain(
    secret_service: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = LoginRpcApi(
        Catalog(120), credentials={"password": "pw-Kq7-never-printed", "user_token": "ut-Lm3-never"}
    )
    server.start()
    data_dir = tmp_path / "data"
    preset = tmp_path / "erp.json"
    preset.write_text(preset_to_json("ERP", server.store_settings()), encoding="utf-8")
    try:
        monkeypatch.setattr(sys, "stdin", io.StringIO("pw-Kq7-never-printed\nut-Lm3-never\n"))
        code = main(["--data-dir", str(data_dir), "store", "add", "ERP", "--platform", "generic_json",
                     "--preset", str(preset)])  # fmt: skip
        output = "".join(capsys.readouterr())
        assert code == 0, output
        assert "Secrets saved: 2" in output
        assert "fetched 120, created 120" in output  # logged in, read by POST, joined with the names
        assert server.logins == 1
        entry = username_for(keychain_id(data_dir, "ERP"), "user_token")
        assert keyring.get_password(SERVICE, entry) == "ut-Lm3-never"
        everything = output + "".join(
            path.read_bytes().decode("utf-8", "replace") for path in data_dir.rglob("*") if path.is_file()
        )
        assert "pw-Kq7-never-printed" not in everything and "ut-Lm3-never" not in everything
    finally:
        server.stop()


def test_the_self_test_names_the_keychain_as_users_know_it(
    secret_service_available: None, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(tmp_path / "data"), "self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    [line] = [line for line in done.stdout.splitlines() if "OS keychain" in line]
    assert line.startswith("ok"), done.stdout
    assert "GNOME Keyring (Secret Service): saved, read back and deleted a test entry" in line
    assert "keyring.backends" not in done.stdout + done.stderr


def test_store_add_takes_a_shipped_preset_by_name(
    secret_service: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = OdooJson2Api(Catalog(40, seed=3, orders=0))
    server.start()
    data_dir = tmp_path / "data"
    key = server.credentials["secret"]
    try:
        monkeypatch.setattr(sys, "stdin", io.StringIO(key + "\n"))
        code = main(["--data-dir", str(data_dir), "store", "add", "Odoo", "--platform", "generic_json",
                     "--preset", "odoo-19-stock", "--set", f"base_url={server.url}",
                     "--set", 'headers={"X-Odoo-Database": "mycompany"}'])  # fmt: skip
        output = "".join(capsys.readouterr())
        assert code == 0, output
        assert "Added Odoo (generic_json)" in output and "Secrets saved: 1" in output
        assert "fetched 32, created 32" in output and "skipped 8 (not stock)" in output
        assert key not in output
    finally:
        server.stop()


def test_store_test_prints_the_apis_own_message_when_it_answers_200_with_an_error(
    secret_service_available: None, tmp_path: Path
) -> None:
    server = FormCredentialsApi(
        Catalog(30),
        errors_in_body=True,
        credentials={"password": "pw-Rt5-never", "user_token": "ut-Jh6-never"},
    )
    server.start()
    data_dir = str(tmp_path / "data")
    preset = tmp_path / "market.json"
    preset.write_text(preset_to_json("Market", server.store_settings()), encoding="utf-8")
    try:
        wrong = run_cli(
            "--data-dir", data_dir, "store", "add", "Market", "--platform", "generic_json",
            "--preset", str(preset), stdin="pw-Rt5-never\nut-typo\n",
        )  # fmt: skip
        assert wrong.code == 1 and wrong.err.count("\n") == 1, wrong.err
        assert (
            "Market refused the credentials: Wrong username, password or user token (status_code R401)"
            in wrong.err
        )
        assert "nothing was saved" in wrong.err

        added = run_cli(
            "--data-dir", data_dir, "store", "add", "Market", "--platform", "generic_json",
            "--preset", str(preset), "--no-first-sync", stdin="pw-Rt5-never\nut-Jh6-never\n",
        )  # fmt: skip
        assert added.code == 0, added.err
        assert "the first page has 30 products: 30 items to store" in added.out

        server.credentials["user_token"] = "ut-issued-anew"  # the vendor revoked the token
        tested = run_cli("--data-dir", data_dir, "store", "test", "Market")

        assert tested.code == 1
        assert tested.err == (
            "storesync: Could not connect: Market refused the credentials: Wrong username, password or user "
            "token (status_code R401); check them in the store's settings.\n"
        )
        everything = wrong.out + wrong.err + added.out + added.err + tested.out + tested.err
        assert (
            "pw-Rt5-never" not in everything
            and "ut-Jh6-never" not in everything
            and "Traceback" not in everything
        )
    finally:
        server.stop()


def test_a_mirakl_marketplace_is_added_from_its_shipped_preset_and_synced(
    secret_service_available: None, tmp_path: Path
) -> None:
    server = MiraklSellerApi(Catalog(150, seed=3, orders=0))
    server.start()
    data_dir = str(tmp_path / "data")
    key = server.credentials["secret"]
    try:
        added = run_cli(
            "--data-dir", data_dir, "store", "add", "Empik", "--platform", "generic_json",
            "--preset", "mirakl-offers", "--set", f"base_url={server.url}", "--no-first-sync",
            stdin=key + "\n",
        )  # fmt: skip
        assert added.code == 0, added.err
        assert "the first page has 100 products: 100 items to store." in added.out
        assert "Added Empik (generic_json)" in added.out and "Secrets saved: 1" in added.out

        synced = run_cli("--data-dir", data_dir, "sync", "--store", "Empik")

        assert synced.code == 0, synced.err
        assert "fetched 150, created 150" in synced.out
        assert key not in added.out + added.err + synced.out + synced.err
    finally:
        server.stop()

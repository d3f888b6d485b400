"""store add / store test / config / --data-dir / completion, run as the real command line in a child
process against a real data folder and a loopback store simulator."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.presets import preset_to_json
from app.sandbox.catalog import Catalog
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.json_api_styles import NestedStockApi
from app.sandbox.simple import SimpleSimulator
from tests.cli.process import Result, json_store_args, run_cli
from tests.integration.support import started
from tests.sync.harness import start_simulator


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(120)
    yield server
    server.stop()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def add_store(data_dir: Path, simulator: SimpleSimulator, name: str = "Warehouse", *extra: str) -> Result:
    return run_cli(
        "--data-dir", str(data_dir), "store", "add", name, "--platform", "generic_json",
        *json_store_args(simulator), *extra,
    )  # fmt: skip


def status(data_dir: Path) -> dict[str, object]:
    result = run_cli("--data-dir", str(data_dir), "status", "--json")
    assert result.code == 0, result.err
    report: dict[str, object] = json.loads(result.out)
    return report


def test_store_add_tests_the_connection_saves_the_windows_default_jobs_and_runs_the_first_sync(
    data_dir: Path, simulator: SimpleSimulator
) -> None:
    added = add_store(data_dir, simulator)

    assert added.code == 0, added.err
    lines = added.out.splitlines()
    assert lines[0].startswith("Connected to 127.0.0.1:") and "Connected: " not in lines[0]
    assert "Added Warehouse (generic_json): inventory_pull every 15 minutes." in added.out
    assert "Warehouse · inventory_pull: succeeded - fetched 120, created 120" in added.out
    store = status(data_dir)["stores"][0]  # type: ignore[index]
    # The window's new store: stock every 15 minutes only, although this store could import orders.
    assert [(job["kind"], job["schedule_words"]) for job in store["jobs"]] == [
        ("inventory_pull", "Every 15 minutes")
    ]
    assert store["jobs"][0]["last_run"]["trigger"] == "initial"


def test_store_add_without_the_first_sync_leaves_the_history_empty(
    data_dir: Path, simulator: SimpleSimulator
) -> None:
    added = add_store(data_dir, simulator, "Warehouse", "--no-first-sync")

    assert added.code == 0, added.err
    assert "fetched" not in added.out
    assert status(data_dir)["stores"][0]["jobs"][0]["last_run"] is None  # type: ignore[index]


def test_store_add_saves_nothing_when_the_store_refuses_the_connection(
    data_dir: Path, simulator: SimpleSimulator
) -> None:
    simulator.faults.randomly(1.0, Fault(FaultKind.UNAUTHORIZED))

    refused = add_store(data_dir, simulator)

    assert refused.code == 1
    assert refused.err.count("\n") == 1 and "Traceback" not in refused.err
    assert refused.err.startswith("storesync: Could not connect: ")
    assert "nothing was saved (--no-test saves without testing)" in refused.err
    assert status(data_dir)["stores"] == []
    saved_anyway = add_store(data_dir, simulator, "Warehouse", "--no-test", "--no-first-sync")
    assert saved_anyway.code == 0, saved_anyway.err
    assert [s["name"] for s in status(data_dir)["stores"]] == ["Warehouse"]  # type: ignore[attr-defined]


def test_store_test_says_what_the_store_editor_says(data_dir: Path, simulator: SimpleSimulator) -> None:
    add_store(data_dir, simulator, "Warehouse", "--no-first-sync")

    connected = run_cli("--data-dir", str(data_dir), "store", "test", "Warehouse")
    assert connected.code == 0, connected.err
    assert connected.out.startswith("Connected to 127.0.0.1:")  # "Connected: Connected to" before

    simulator.faults.randomly(1.0, Fault(FaultKind.UNAUTHORIZED))
    refused = run_cli("store", "test", "Warehouse", "--data-dir", str(data_dir))
    assert refused.code == 1
    assert refused.err.startswith("storesync: Could not connect: ") and refused.err.count("\n") == 1

    unknown = run_cli("store", "test", "Nope", "--data-dir", str(data_dir))
    assert unknown.code == 2 and "no store named 'Nope' (stores: Warehouse)" in unknown.err


def test_data_dir_is_taken_before_or_after_the_command(tmp_path: Path) -> None:
    before, after = tmp_path / "before", tmp_path / "after"

    assert run_cli("--data-dir", str(before), "store", "list").code == 0
    assert run_cli("store", "list", "--data-dir", str(after)).code == 0
    assert run_cli("status", "--json", "--data-dir", str(after)).code == 0

    assert (before / "storesync.sqlite3").is_file()
    assert (after / "storesync.sqlite3").is_file()


def test_config_export_to_standard_output_writes_no_file(
    data_dir: Path, simulator: SimpleSimulator, tmp_path: Path
) -> None:
    add_store(data_dir, simulator, "Warehouse", "--no-first-sync")

    exported = run_cli("--data-dir", str(data_dir), "config", "export", "-", cwd=tmp_path)

    assert exported.code == 0, exported.err
    document = json.loads(exported.out)
    assert [store["name"] for store in document["stores"]] == ["Warehouse"]
    assert not (tmp_path / "-").exists()


def test_config_import_replace_updates_a_store_that_exists_and_keeps_its_history(
    data_dir: Path, simulator: SimpleSimulator, tmp_path: Path
) -> None:
    add_store(data_dir, simulator)
    document = json.loads(run_cli("--data-dir", str(data_dir), "config", "export", "-").out)
    entry = document["stores"][0]
    entry["settings"]["page_size"] = 40
    entry["enabled"] = False
    entry["jobs"][0]["schedule"] = {"kind": "daily", "at": "06:30"}
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document), encoding="utf-8")

    skipped = run_cli("--data-dir", str(data_dir), "config", "import", str(changed))
    assert "Warehouse: already exists, left unchanged (--replace updates it)." in skipped.out
    assert status(data_dir)["stores"][0]["enabled"] is True  # type: ignore[index]

    replaced = run_cli("--data-dir", str(data_dir), "config", "import", str(changed), "--replace")

    assert replaced.code == 0, replaced.err
    assert "Imported 0 stores, updated 1 stores and 1 jobs" in replaced.out
    store = status(data_dir)["stores"][0]  # type: ignore[index]
    assert store["enabled"] is False
    assert [job["schedule_words"] for job in store["jobs"]] == ["Daily at 06:30"]
    assert store["jobs"][0]["total_runs"] == 1  # the first sync's run still belongs to the job
    again = json.loads(run_cli("--data-dir", str(data_dir), "config", "export", "-").out)
    assert again["stores"][0]["settings"]["page_size"] == 40


def test_store_add_help_lists_each_settings_allowed_values() -> None:
    shown = run_cli("store", "add", "--help")

    assert shown.code == 0
    assert "auth_mode    one of basic, query (default basic)" in shown.out
    assert "inventory_id*  a whole number" in shown.out
    assert re.search(r"base_url\* +an address starting with https://", shown.out)
    assert re.search(r"request_body +a JSON object such as", shown.out)


def test_bash_completes_commands_and_choices_from_the_parser(tmp_path: Path) -> None:
    script = run_cli("completion", "bash")
    assert script.code == 0, script.err
    (tmp_path / "storesync.bash").write_text(script.out, encoding="utf-8")

    def complete(*words: str) -> list[str]:
        line = " ".join(("storesync", *words))
        program = (
            f"source {tmp_path / 'storesync.bash'}; COMP_WORDS=(storesync {' '.join(map(repr, words))}); "
            f"COMP_CWORD={len(words)}; COMP_LINE={line!r}; COMP_POINT={len(line)}; "
            '_shtab_storesync; printf "%s\\n" "${COMPREPLY[@]}"'
        )
        done = subprocess.run(["bash", "-c", program], capture_output=True, text=True, check=True)
        return done.stdout.split()

    assert complete("sto") == ["store"]
    assert "completion" in complete("")
    assert complete("store", "add", "X", "--platform", "") == [
        "shopify", "woocommerce", "baselinker", "amazon", "generic_json",
    ]  # fmt: skip


def test_zsh_registers_the_completion_set_up_as_the_readme_says(tmp_path: Path) -> None:
    zsh = shutil.which("zsh")
    assert zsh is not None, "zsh is installed by .ci/setup.sh --test"
    script = run_cli("completion", "zsh")
    assert script.code == 0, script.err
    (tmp_path / "_storesync").write_text(script.out, encoding="utf-8")

    program = (
        f"autoload -U compinit && compinit -u -d {tmp_path / 'zcompdump'} && "
        f'eval "$(cat {tmp_path / "_storesync"})" && print -r -- $_comps[storesync]'
    )
    done = subprocess.run([zsh, "-f", "-c", program], capture_output=True, text=True, check=False)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "_shtab_storesync"


def test_skipped_records_show_in_store_test_preview_and_in_the_history(
    data_dir: Path, tmp_path: Path
) -> None:
    server = started(NestedStockApi(Catalog(60, seed=5, orders=0)))
    try:
        preset = tmp_path / "nested.json"
        preset.write_text(preset_to_json("Nested", server.store_settings()), encoding="utf-8")
        added = run_cli(
            "--data-dir", str(data_dir), "store", "add", "Nested", "--platform", "generic_json",
            "--preset", str(preset),
        )  # fmt: skip
        assert added.code == 0, added.err
        # 1 product in 5 is a parent: 10 on the first page of 50, 12 in all
        assert "10 skipped as not stock (structure is parent)" in added.out
        assert "failed 0, skipped 12 (not stock)" in added.out

        tested = run_cli("--data-dir", str(data_dir), "store", "test", "Nested", "--preview")
        assert tested.code == 0, tested.err
        assert "The first 5 items as a sync would store them:" in tested.out
        assert "Skipped: structure is parent" in tested.out

        history = run_cli("--data-dir", str(data_dir), "history")
        assert history.code == 0, history.err
        assert "succeeded" in history.out and "failed 0, skipped 12 (not stock)" in history.out
        runs = json.loads(run_cli("--data-dir", str(data_dir), "history", "--json").out)["runs"]
        assert runs[0]["counts"]["skipped"] == 12 and runs[0]["counts"]["failed"] == 0
    finally:
        server.stop()


def test_an_unknown_shipped_preset_is_refused_with_the_names_there_are(data_dir: Path) -> None:
    unknown = run_cli("--data-dir", str(data_dir), "store", "add", "X", "--platform", "generic_json",
                      "--preset", "odoo-17")  # fmt: skip
    assert unknown.code == 2
    shipped = "mirakl-offers, odoo-19-stock, sendcloud-parcels"
    assert f"StoreSync ships no preset called “odoo-17” (shipped presets: {shipped})" in unknown.err

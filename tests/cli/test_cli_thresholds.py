"""`storesync thresholds` in a child process: a spreadsheet's CSV imported, listed and exported again;
a bad file is refused with the lines named and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.process import run_cli


def test_import_list_export_and_a_refused_file(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    sheet = tmp_path / "limits.csv"
    sheet.write_text("sku;threshold\nMUG-1;4\nTEE-2;0\n", encoding="utf-8")
    done = run_cli("--data-dir", data, "thresholds", "import", str(sheet))
    assert (done.code, done.out) == (0, "Imported thresholds for 2 SKUs.\n"), done.err
    assert run_cli("--data-dir", data, "thresholds", "set", "CAP-3", "9").code == 0
    listed = json.loads(run_cli("--data-dir", data, "thresholds", "list", "--json").out)
    assert listed == {"default": 5, "skus": {"CAP-3": 9, "MUG-1": 4, "TEE-2": 0}}

    bad = tmp_path / "bad.csv"
    bad.write_text("MUG-1,lots\n", encoding="utf-8")
    refused = run_cli("--data-dir", data, "thresholds", "import", str(bad), "--replace")
    assert refused.code == 2
    assert refused.err.startswith("storesync: Nothing was imported: line 1: the threshold of MUG-1 must be")
    assert refused.err.count("\n") == 1
    out = tmp_path / "out.csv"
    assert run_cli("--data-dir", data, "thresholds", "export", str(out)).code == 0
    assert out.read_text(encoding="utf-8") == "sku,threshold\nCAP-3,9\nMUG-1,4\nTEE-2,0\n"

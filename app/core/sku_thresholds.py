"""Low-stock thresholds per SKU as a CSV file (`sku,threshold`, a header line optional), the format
the merchant imports from a spreadsheet and exports back; bad lines are reported with their number
and nothing is imported until the whole file is right."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from app.core.csv_rows import data_rows
from app.core.errors import InvalidRequest

HEADER = ("sku", "threshold")
MOST_REPORTED = 5


def parse_thresholds_csv(text: str) -> dict[str, int]:
    """SKU -> threshold; raises InvalidRequest naming the bad lines (first few) and why."""
    found: dict[str, int] = {}
    problems: list[str] = []
    for number, cells in data_rows(text, HEADER):
        if len(cells) < 2 or not cells[0]:
            problems.append(f"line {number}: expected a SKU and a threshold")
            continue
        sku, value = cells[0], cells[1]
        if not value.isdigit():
            problems.append(f"line {number}: the threshold of {sku} must be a whole number of 0 or more")
            continue
        if sku in found:
            problems.append(f"line {number}: {sku} appears twice")
            continue
        found[sku] = int(value)
    if problems:
        more = f" and {len(problems) - MOST_REPORTED} more" if len(problems) > MOST_REPORTED else ""
        raise InvalidRequest("Nothing was imported: " + "; ".join(problems[:MOST_REPORTED]) + more + ".")
    if not found:
        raise InvalidRequest("Nothing was imported: the file has no SKU with a threshold.")
    return found


def thresholds_csv(thresholds: Mapping[str, int]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for sku in sorted(thresholds):
        writer.writerow((sku, thresholds[sku]))
    return out.getvalue()

"""The rows of a small CSV file a merchant made in a spreadsheet: a byte-order mark, blank lines and
a header line are skipped, cells are trimmed, and semicolons work as well as commas."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator


def data_rows(text: str, header: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each row with something in it; line 1 is skipped when it is `header`."""
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if number == 1 and tuple(cell.lower() for cell in cells[: len(header)]) == header:
            continue
        yield number, cells

"""How each backend finds a text in a column whatever its letter case, as the window's search boxes
promise. PostgreSQL's ILIKE folds every alphabet; SQLite's LIKE folds ASCII letters only, so a search
holding other letters ("łódź") goes through contains_folded, a function every SQLite connection of
StoreSync has (app.storage.database); ASCII searches keep LIKE's speed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

CONTAINS_FOLDED: Final = "contains_folded"


def contains_folded(text: str | None, part: str | None) -> bool:
    """Whether `text` holds `part`, whatever the letter case of either."""
    return text is not None and part is not None and part.casefold() in text.casefold()


@dataclass(frozen=True, slots=True)
class TextSearch:
    like: str
    folds_ascii_only: bool

    def condition(self, column: str, text: str) -> tuple[str, list[Any]]:
        """SQL that is true where `column` holds `text` (no wildcard in it counts), and its parameters."""
        if self.folds_ascii_only and not text.isascii():
            return f"{CONTAINS_FOLDED}({column}, ?)", [text]
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return f"{column} {self.like} ? ESCAPE '\\'", [pattern]


SQLITE_SEARCH: Final = TextSearch("LIKE", folds_ascii_only=True)
POSTGRESQL_SEARCH: Final = TextSearch("ILIKE", folds_ascii_only=False)

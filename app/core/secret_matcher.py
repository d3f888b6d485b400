"""Where registered secrets occur in a text, for the log redactor.

One regular expression over every secret has to be compiled again whenever a secret is added, and a
fleet adds secrets with every store it opens: at 200 stores one compile took 150 ms (1 s at 1,000),
on the event loop, once per store, so the work grew with the square of the stores. Here new secrets
are looked for as plain strings until CHUNK_SIZE of them gather; then they are compiled, once, into
one pattern of their own. A text is searched with every pattern and every plain secret, and whatever
any of them covers is masked, so a short secret inside a longer one registered at another time
cannot leave part of the long one showing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

CHUNK_SIZE = 64


@dataclass(frozen=True, slots=True)
class SecretSearch:
    """What one redaction searches with: compiled chunks and the secrets not compiled yet."""

    patterns: tuple[re.Pattern[str], ...]
    plain: tuple[str, ...]

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = [match.span() for pattern in self.patterns for match in pattern.finditer(text)]
        for secret in self.plain:
            start = text.find(secret)
            while start >= 0:
                found.append((start, start + len(secret)))
                start = text.find(secret, start + len(secret))
        return found


class SecretMatcher:
    """Not thread-safe on its own: the redactor calls `add` and `search` under its lock."""

    def __init__(self) -> None:
        self._patterns: list[re.Pattern[str]] = []
        self._plain: list[str] = []
        self._search = SecretSearch((), ())

    def add(self, secrets: Iterable[str]) -> None:
        self._plain.extend(secrets)
        while len(self._plain) >= CHUNK_SIZE:
            chunk, self._plain = self._plain[:CHUNK_SIZE], self._plain[CHUNK_SIZE:]
            self._patterns.append(_alternation(chunk))
        self._search = SecretSearch(tuple(self._patterns), tuple(self._plain))

    def search(self) -> SecretSearch:
        return self._search


def _alternation(secrets: Sequence[str]) -> re.Pattern[str]:
    longest_first = sorted(secrets, key=len, reverse=True)
    return re.compile("|".join(re.escape(secret) for secret in longest_first))


def mask_spans(text: str, spans: list[tuple[int, int]], mask: str) -> str:
    """`text` with every span replaced by `mask`; overlapping spans become one masked stretch."""
    if not spans:
        return text
    ordered = sorted(spans)
    pieces: list[str] = []
    written = 0
    start, end = ordered[0]
    for next_start, next_end in ordered[1:]:
        if next_start < end:
            end = max(end, next_end)
            continue
        pieces += [text[written:start], mask]
        written = end
        start, end = next_start, next_end
    pieces += [text[written:start], mask, text[end:]]
    return "".join(pieces)

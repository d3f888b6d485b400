"""Reading an answer's body under the size cap. A compressed body is small on the wire: the cap counts
the bytes it inflates to, and inflating stops at the cap rather than after it (10 MB of gzip can be
10 GB of text), never holding more than one step past the cap at once."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Final

import httpx

from app.core.errors import InvalidResponse

# The most a compressed body is inflated by in one go: a 64 KB chunk of gzip can hold 64 MB.
INFLATE_STEP: Final = 1024 * 1024
# What every client asks for (httpx would add br and zstd whenever their packages are installed).
ACCEPT_ENCODING: Final = "gzip, deflate"
_GZIP: Final = frozenset({"gzip", "x-gzip"})


class Inflater:
    """Inflates a gzip or deflate body chunk by chunk, at most INFLATE_STEP bytes at a time."""

    def __init__(self, encoding: str, place: str) -> None:
        self._gzip = encoding in _GZIP
        self._place = place
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)
        self._started = False

    def inflate(self, data: bytes) -> Iterator[bytes]:
        try:
            if not self._started and not self._gzip:
                data = self._choose_deflate(data)
            self._started = True
            while True:
                piece = self._zlib.decompress(data, INFLATE_STEP)
                if piece:
                    yield piece
                data = self._zlib.unconsumed_tail
                if not data and len(piece) < INFLATE_STEP:
                    return
        except zlib.error:
            raise self._damaged() from None

    def finish(self) -> bytes:
        try:
            return self._zlib.flush()
        except zlib.error:
            raise self._damaged() from None

    def _choose_deflate(self, data: bytes) -> bytes:
        """The "deflate" coding is meant zlib-wrapped; some servers send it raw, as browsers accept."""
        probe = self._zlib.copy()
        try:
            probe.decompress(data[:64])
        except zlib.error:
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        return data

    def _damaged(self) -> InvalidResponse:
        return InvalidResponse(f"The answer from {self._place} is damaged: its compression cannot be read.")


def inflater_for(content_encoding: str, place: str) -> Inflater | None:
    """The inflater of a Content-Encoding header, None for an uncompressed body."""
    codings = [c.strip().lower() for c in content_encoding.split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return None
    if len(codings) == 1 and (codings[0] in _GZIP or codings[0] == "deflate"):
        return Inflater(codings[0], place)
    raise InvalidResponse(
        f"The answer from {place} is compressed in a way StoreSync cannot read ({content_encoding[:40]})."
    )


async def read_capped(response: httpx.Response, cap: int, place: str) -> bytes:
    """The body of a streamed `response`, inflated; InvalidResponse once it grows past `cap` bytes."""
    too_large = f"The answer from {place} is larger than {cap // (1024 * 1024)} MB."
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise InvalidResponse(too_large)
    inflater = inflater_for(response.headers.get("Content-Encoding", ""), place)
    chunks: list[bytes] = []
    size = 0
    async for raw in response.aiter_raw():
        for piece in (raw,) if inflater is None else inflater.inflate(raw):
            size += len(piece)
            if size > cap:
                raise InvalidResponse(too_large)
            chunks.append(piece)
    if inflater is not None:
        tail = inflater.finish()
        if size + len(tail) > cap:
            raise InvalidResponse(too_large)
        chunks.append(tail)
    return b"".join(chunks)

"""How a server console's panels read the server's pages (RemotePages): a read answers at once with
what is here and fetches the rest; the reader is told once it is in; after a run starts or ends the
old rows stay on screen until the fresh ones arrive; a server that refuses is not asked in a loop."""

from __future__ import annotations

import asyncio

from app.control.client import InstanceUnreachable
from app.control.remote_records import RemotePages


class Server:
    """The rows a server would answer, newest first, and the requests it got."""

    def __init__(self, rows: list[str], tell_total: bool = True) -> None:
        self.rows = rows
        self.tell_total = tell_total
        self.requests: list[tuple[str, int, int]] = []
        self.refusing = False

    async def fetch(self, query: str, offset: int, limit: int) -> tuple[list[str], int | None]:
        self.requests.append((query, offset, limit))
        await asyncio.sleep(0)
        if self.refusing:
            raise InstanceUnreachable("the StoreSync server at 127.0.0.1:9 refused the connection")
        matching = [row for row in self.rows if query in row]
        return matching[offset : offset + limit], len(matching) if self.tell_total else None


async def settle(pages: RemotePages[str, str]) -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def test_a_read_answers_at_once_and_tells_the_reader_when_the_rows_are_in() -> None:
    server = Server([f"run {number}" for number in range(30, 0, -1)])
    pages: RemotePages[str, str] = RemotePages(server.fetch, 10, 1000, "runs")
    arrivals: list[int] = []
    pages.arrived = lambda: arrivals.append(1)

    assert pages.count("run") == 0 and pages.rows("run", 0, 10) == []
    await settle(pages)
    assert arrivals == [1]
    assert pages.count("run") == 30
    assert pages.rows("run", 0, 3) == ["run 30", "run 29", "run 28"]
    assert server.requests == [("run", 0, 10)]

    assert pages.rows("run", 10, 10) == []  # scrolled on: the next page is fetched
    await settle(pages)
    assert pages.rows("run", 10, 2) == ["run 20", "run 19"]
    assert arrivals == [1, 1]


async def test_after_a_change_the_old_rows_stay_until_the_fresh_ones_arrive() -> None:
    server = Server(["run 2", "run 1"])
    pages: RemotePages[str, str] = RemotePages(server.fetch, 10, 1000, "runs")
    pages.rows("run", 0, 10)
    await settle(pages)

    server.rows.insert(0, "run 3")
    pages.invalidate()
    assert pages.rows("run", 0, 10) == ["run 2", "run 1"]
    await settle(pages)
    assert pages.rows("run", 0, 10) == ["run 3", "run 2", "run 1"]
    assert pages.count("run") == 3


async def test_without_a_total_a_full_page_says_there_may_be_more() -> None:
    server = Server([f"line {number}" for number in range(15, 0, -1)], tell_total=False)
    pages: RemotePages[str, str] = RemotePages(server.fetch, 10, 5000, "log")
    pages.count("line")
    await settle(pages)
    assert pages.count("line") == 11  # ten read, the view asks for more
    pages.rows("line", 10, 10)
    await settle(pages)
    assert pages.count("line") == 15
    assert pages.rows("line", 10, 10) == [f"line {number}" for number in range(5, 0, -1)]


async def test_a_refusing_server_is_asked_again_only_after_a_change() -> None:
    server = Server(["run 1"])
    server.refusing = True
    pages: RemotePages[str, str] = RemotePages(server.fetch, 10, 1000, "runs")
    arrivals: list[int] = []
    pages.arrived = lambda: arrivals.append(1)
    pages.rows("run", 0, 10)
    await settle(pages)
    for _ in range(5):
        assert pages.rows("run", 0, 10) == []
        await settle(pages)
    assert len(server.requests) == 1 and arrivals == []

    server.refusing = False
    pages.invalidate()
    pages.rows("run", 0, 10)
    await settle(pages)
    assert pages.rows("run", 0, 10) == ["run 1"] and arrivals == [1]

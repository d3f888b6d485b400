"""A server's Overview figures as the Overview panel reads them (app.core.ports.OverviewQueries), from
its control API's /overview: one answer holds the stores' figures, the day's totals and the ended runs
they count, so the panel's three reads of one refresh are one request, answered when it is in
(RemotePages). The server counts low stock by its own stores' thresholds, so the thresholds the panel
passes are not sent."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from app.control.client import ControlClient
from app.control.remote_pages import RemotePages
from app.core.operations.overview import figures_from_data, totals_from_data
from app.core.ports import DayTotals, StoreFigures

# The runs a refresh counts are checked against end events still on their way: a run that ended within
# the last hour is one of those, however late its event.
ENDED_WINDOW = timedelta(hours=1)


class RemoteOverview:
    def __init__(self, client: ControlClient) -> None:
        self._client = client
        self.pages: RemotePages[str, dict[str, Any]] = RemotePages(self._fetch, 1, 1, "overview figures")
        self._failures_since: datetime | None = None
        self._day: datetime | None = None
        self._recent = 20

    def invalidate(self) -> None:
        self.pages.invalidate()

    def fetch(self) -> None:
        """Ask the server for its figures now; `pages.arrived` is called when they are in."""
        self.pages.rows("", 0, 1)

    def store_figures(
        self,
        failures_since: datetime,
        thresholds: Mapping[int, int],
        default_threshold: int,
        recent: int = 20,
    ) -> dict[int, StoreFigures]:
        """Raises why the server refused its figures, while nothing changed."""
        self._failures_since, self._recent = failures_since, recent
        answer = self._answer()
        refusal = self.pages.refusal("")
        if refusal is not None:
            raise refusal
        return figures_from_data(answer)

    def day_totals(self, since: datetime) -> DayTotals:
        if since != self._day:  # a new day: yesterday's totals are not today's
            self._day = since
            self.pages.invalidate()
        return totals_from_data(self._answer())

    def store_stock(
        self, store_id: int, thresholds: Mapping[int, int], default_threshold: int
    ) -> tuple[int, int]:
        """From the server's latest answer (the console reads it again when a run ends)."""
        figures = figures_from_data(self._answer()).get(store_id) or StoreFigures(store_id)
        return figures.items, figures.low_stock

    def ended_run_ids(self, since: datetime) -> set[int]:
        return {int(run_id) for run_id in self._answer().get("ended_run_ids", ())}

    def _answer(self) -> dict[str, Any]:
        answer = self.pages.rows("", 0, 1)
        return answer[0] if answer else {}

    async def _fetch(self, _key: str, _offset: int, _limit: int) -> tuple[list[dict[str, Any]], int | None]:
        now = datetime.now(UTC)
        answer = await self._client.overview(
            failures_since=None if self._failures_since is None else self._failures_since.isoformat(),
            day_since=None if self._day is None else self._day.isoformat(),
            ended_since=(now - ENDED_WINDOW).isoformat(),
            recent=self._recent,
        )
        return [answer], 1

    async def aclose(self) -> None:
        await self.pages.aclose()

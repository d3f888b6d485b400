"""A courier's shipment list in the shape of Sendcloud's public API v2 "Retrieve parcels", for the
courier preset (resources/presets/sendcloud-parcels.json) and its tests.

    GET /api/v2/parcels?updated_after=ISO&cursor=C
        -> {"next": "<whole address of the next page>" | null, "previous": null,
            "parcels": [{"id", "order_number", "tracking_number", "tracking_url",
                         "status": {"id", "message"}, "date_created", "date_updated",
                         "carrier": {"code"}, "country": {"iso_2"}}]}

HTTP basic auth: the API's public key as the user name, its secret key as the password. Parcels are
listed oldest change first, PAGE_SIZE a page; `updated_after` keeps those changed strictly after it.
Tests add parcels and move them through statuses with `ship` and `move`. Only the fields the preset
reads are simulated; Sendcloud's status names are those of its parcel status list."""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, Final
from urllib.parse import quote

from app.sandbox.messages import Request, Response, json_response
from app.sandbox.server import CONTROL_PREFIX, SimulatorServer

PARCELS_PATH: Final = "/api/v2/parcels"
PAGE_SIZE: Final = 2
# A few of Sendcloud's parcel statuses (id, message).
READY_TO_SEND: Final = (1000, "Ready to send")
EN_ROUTE: Final = (3, "En route to sorting center")
DELIVERED: Final = (11, "Delivered")
CANCELLED: Final = (2000, "Cancelled")


@dataclass(frozen=True, slots=True)
class Parcel:
    id: int
    order_number: str
    tracking_number: str
    status: tuple[int, str]
    created: datetime
    updated: datetime
    carrier: str = "colissimo"
    country: str = "FR"


def parcel_json(parcel: Parcel) -> dict[str, Any]:
    return {
        "id": parcel.id,
        "order_number": parcel.order_number,
        "tracking_number": parcel.tracking_number,
        "tracking_url": f"https://tracking.sendcloud.sc/forward?code={parcel.tracking_number}",
        "status": {"id": parcel.status[0], "message": parcel.status[1]},
        "date_created": parcel.created.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_updated": parcel.updated.strftime("%Y-%m-%dT%H:%M:%S"),
        "carrier": {"code": parcel.carrier},
        "country": {"iso_2": parcel.country},
    }


class SendcloudSimulator(SimulatorServer):
    platform: ClassVar[str] = "sendcloud"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {"username": "demo-public-key", "secret": "demo-secret-key"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._parcels: dict[int, Parcel] = {}
        self._parcel_lock = threading.Lock()
        self._clock = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
        self.route("GET", PARCELS_PATH, self._list)

    def store_settings(self) -> dict[str, Any]:
        """The preset's settings pointed at this simulator."""
        return {"base_url": self.url + "/api/v2", "username": self.credentials["username"]}

    def store_secrets(self) -> dict[str, str]:
        return {"secret": self.credentials["secret"]}

    # --- what the tests do --------------------------------------------------------------------

    def ship(self, order_number: str, tracking_number: str, status: tuple[int, str] = READY_TO_SEND) -> int:
        """A new parcel for the order; returns its id."""
        with self._parcel_lock:
            moment = self._tick()
            parcel_id = len(self._parcels) + 1
            self._parcels[parcel_id] = Parcel(
                parcel_id, order_number, tracking_number, status, moment, moment
            )
            return parcel_id

    def move(self, parcel_id: int, status: tuple[int, str]) -> None:
        with self._parcel_lock:
            self._parcels[parcel_id] = replace(self._parcels[parcel_id], status=status, updated=self._tick())

    def _tick(self) -> datetime:
        self._clock = max(self._clock + timedelta(seconds=1), datetime.now(UTC).replace(microsecond=0))
        return self._clock

    # --- the API ------------------------------------------------------------------------------

    def handle(self, request: Request) -> Response | None:
        if not request.path.startswith(CONTROL_PREFIX) and not self._authorised(request):
            return json_response({"error": {"code": 401, "message": "Unauthorized"}}, 401)
        return super().handle(request)

    def _authorised(self, request: Request) -> bool:
        pair = f"{self.credentials['username']}:{self.credentials['secret']}".encode()
        return request.headers.get("authorization") == "Basic " + base64.b64encode(pair).decode()

    def _list(self, request: Request) -> Response:
        after_text = request.arg("updated_after")
        try:
            after = datetime.fromisoformat(after_text) if after_text else None
        except ValueError:
            return json_response(
                {"error": {"code": 400, "message": "updated_after: enter a valid date/time."}}, 400
            )
        if after is not None and after.tzinfo is None:
            after = after.replace(tzinfo=UTC)
        with self._parcel_lock:
            parcels = sorted(
                (p for p in self._parcels.values() if after is None or p.updated > after),
                key=lambda p: (p.updated, p.id),
            )
        start = int(request.arg("cursor") or 0)
        page = parcels[start : start + PAGE_SIZE]
        following = start + PAGE_SIZE
        next_url = None
        if following < len(parcels):
            query = f"cursor={following}" + (f"&updated_after={quote(after_text)}" if after_text else "")
            next_url = f"{self.url}{PARCELS_PATH}?{query}"
        return json_response({"next": next_url, "previous": None, "parcels": [parcel_json(p) for p in page]})

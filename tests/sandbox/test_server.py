"""The simulator as a client sees it: a real socket, pagination, auth, routing and a clean stop."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from app.sandbox import Catalog, Fault, SimpleSimulator, SimulatorServer, json_response
from app.sandbox.messages import Request, Response
from tests.sandbox.conftest import sandbox_threads


def test_every_sku_arrives_exactly_once_across_pages(store: SimpleSimulator, client: httpx.Client) -> None:
    skus: list[str] = []
    page = 1
    while True:
        response = client.get("/products", params={"page": page, "per_page": 100})
        assert response.status_code == 200
        body = response.json()
        assert body["total_pages"] == 3 == int(response.headers["X-Total-Pages"])
        if not body["products"]:
            break
        skus.extend(p["sku"] for p in body["products"])
        page += 1
    assert page == 4
    assert skus == [store.catalog.sku(i) for i in range(250)]


def test_product_fields_match_the_catalog(store: SimpleSimulator, client: httpx.Client) -> None:
    first = client.get("/products", params={"per_page": 1}).json()["products"][0]
    product = store.catalog.product(0)
    stamp = product.updated_at.isoformat().replace("+00:00", "Z")
    assert first == {
        "id": 1,
        "sku": product.sku,
        "name": product.name,
        "quantity": product.quantity,
        "price": product.price,
        "updated_at": stamp,
    }


def test_a_page_reflects_stock_changes_at_once(store: SimpleSimulator, client: httpx.Client) -> None:
    before = client.get("/products", params={"per_page": 250}).json()["products"]
    changed = set(store.catalog.mutate(0.02))
    after = client.get("/products", params={"per_page": 250}).json()["products"]
    assert {a["sku"] for a, b in zip(after, before, strict=True) if a["quantity"] != b["quantity"]} == changed


def test_requests_without_the_token_are_refused(store: SimpleSimulator) -> None:
    response = httpx.get(f"{store.url}/products", headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 401


def test_orders_are_read_incrementally(store: SimpleSimulator, client: httpx.Client) -> None:
    everything = client.get("/orders").json()
    assert everything["total"] == 12
    cutoff = everything["orders"][5]["updated_at"]
    later = client.get("/orders", params={"updated_since": cutoff}).json()["orders"]
    assert [o["id"] for o in later] == [o["id"] for o in everything["orders"][6:]]
    assert client.get("/orders", params={"updated_since": "yesterday"}).status_code == 400


def test_stock_writes_land_and_report_per_item_errors(store: SimpleSimulator, client: httpx.Client) -> None:
    response = client.post(
        "/products/stock",
        json={
            "items": [
                {"sku": "SKU-0000002", "quantity": 41},
                {"sku": "SKU-9999999", "quantity": 1},
                {"sku": "SKU-0000003", "quantity": -5},
            ]
        },
    )
    results = response.json()["results"]
    assert [r["ok"] for r in results] == [True, False, False]
    assert store.catalog.get("SKU-0000002").quantity == 41


def test_unknown_paths_and_methods_answer_like_an_api(store: SimpleSimulator, client: httpx.Client) -> None:
    assert client.get("/nothing-here").status_code == 404
    assert client.delete("/products").status_code == 405


def test_request_log_counts_per_path(store: SimpleSimulator, client: httpx.Client) -> None:
    for _ in range(3):
        client.get("/products")
    client.get("/orders")
    assert store.request_count("/products") == 3
    assert store.request_count() == 4
    assert store.request_counts() == {"/products": 3, "/orders": 1}


class EchoSimulator(SimulatorServer):
    platform = "echo"

    def __init__(self) -> None:
        super().__init__(Catalog(1))
        self.route("GET", "/shops/{shop}/items/{item}", self._echo)
        self.route("GET", "/broken", self._broken)

    def _echo(self, request: Request) -> Response:
        return json_response({"params": dict(request.params), "q": request.arg("q")})

    def _broken(self, request: Request) -> Response:
        raise RuntimeError("bug in a simulator")


def test_route_patterns_bind_path_segments_and_handler_bugs_become_500s() -> None:
    with EchoSimulator() as simulator:
        echoed = httpx.get(f"{simulator.url}/shops/acme/items/42?q=x").json()
        assert echoed == {"params": {"shop": "acme", "item": "42"}, "q": "x"}
        assert httpx.get(f"{simulator.url}/broken").status_code == 500
        assert simulator.errors and "bug in a simulator" in simulator.errors[0]


def test_stop_closes_idle_keep_alive_connections_and_ends_every_thread() -> None:
    simulator = SimpleSimulator(Catalog(10), credentials={}, tick_seconds=0.05)
    url = simulator.start()
    with httpx.Client(base_url=url) as client:
        assert client.get("/products").status_code == 200  # the connection stays open in the pool
        assert any(t.name == "sandbox-connection" for t in threading.enumerate())
        simulator.stop()
        assert sandbox_threads() == []
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/products")


def test_a_stopped_server_frees_its_port_for_a_new_one() -> None:
    first = SimpleSimulator(Catalog(1))
    first.start()
    port = first.port
    first.stop()
    second = SimpleSimulator(Catalog(1), port=port)
    try:
        assert second.start() == f"http://127.0.0.1:{port}"
    finally:
        second.stop()


def test_stop_ends_a_hanging_request_promptly() -> None:
    simulator = SimpleSimulator(Catalog(1), credentials={})
    simulator.faults.next_requests(1, Fault.timeout(60))
    url = simulator.start()
    sock = socket.create_connection(("127.0.0.1", simulator.port))
    assert url.endswith(str(simulator.port))
    sock.sendall(b"GET /products HTTP/1.1\r\nHost: x\r\n\r\n")
    deadline = time.monotonic() + 5
    while simulator.faults.requests_seen == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    simulator.stop(timeout=5)  # the request would hang for a minute; stop must end it, not wait
    assert sandbox_threads() == []
    sock.close()


def test_recorded_requests_can_be_replayed_from_another_process(
    store: SimpleSimulator, client: httpx.Client
) -> None:
    store.record_requests = True
    client.get("/products", params={"page": 2, "per_page": 10})
    recorded = client.get("/__sandbox/requests").json()["requests"]
    assert len(recorded) == 1
    replay = recorded[0]
    assert (replay["method"], replay["path"], replay["query"]) == (
        "GET",
        "/products",
        [["page", "2"], ["per_page", "10"]],
    )
    again = httpx.request(
        replay["method"], f"{store.url}{replay['path']}", params=replay["query"], headers=replay["headers"]
    )
    assert again.json()["products"][0]["sku"] == "SKU-0000011"
    stats = client.get("/__sandbox/stats").json()
    assert stats["quantity_total"] == sum(store.catalog.quantities().values())

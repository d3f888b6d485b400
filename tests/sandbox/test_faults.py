"""Fault injection as a connector meets it: each misbehaviour on the wire, scripted or seeded."""

from __future__ import annotations

import json

import httpx
import pytest

from app.sandbox import Fault, FaultKind, FaultPlan, SimpleSimulator


def test_the_next_requests_to_a_path_get_the_fault_then_it_recovers(
    store: SimpleSimulator, client: httpx.Client
) -> None:
    store.faults.next_requests(2, Fault.rate_limit(retry_after=3), path="/products")
    assert client.get("/orders").status_code == 200  # another path is not affected
    first, second, third = (client.get("/products") for _ in range(3))
    assert (first.status_code, second.status_code, third.status_code) == (429, 429, 200)
    assert first.headers["Retry-After"] == "3"


def test_a_numbered_request_gets_the_fault(store: SimpleSimulator, client: httpx.Client) -> None:
    store.faults.at_request(3, Fault(FaultKind.UNAVAILABLE))
    statuses = [client.get("/products", params={"page": n}).status_code for n in (1, 2, 3, 4)]
    assert statuses == [200, 200, 503, 200]


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        (FaultKind.SERVER_ERROR, 500),
        (FaultKind.BAD_GATEWAY, 502),
        (FaultKind.UNAVAILABLE, 503),
        (FaultKind.UNAUTHORIZED, 401),
    ],
)
def test_error_statuses(store: SimpleSimulator, client: httpx.Client, kind: FaultKind, status: int) -> None:
    store.faults.next_requests(1, Fault(kind))
    assert client.get("/products").status_code == status


def test_an_html_page_instead_of_json(store: SimpleSimulator, client: httpx.Client) -> None:
    store.faults.next_requests(1, Fault(FaultKind.HTML))
    response = client.get("/products")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.text.startswith("<!DOCTYPE html>")


def test_malformed_json_claims_to_be_json(store: SimpleSimulator, client: httpx.Client) -> None:
    store.faults.next_requests(1, Fault(FaultKind.MALFORMED_JSON))
    response = client.get("/products")
    assert response.headers["Content-Type"].startswith("application/json")
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_a_hang_outlasts_the_client_timeout_and_the_next_request_works(
    store: SimpleSimulator, client: httpx.Client
) -> None:
    store.faults.next_requests(1, Fault.timeout(hang_seconds=2))
    with pytest.raises(httpx.ReadTimeout):
        client.get("/products", timeout=0.3)
    assert client.get("/products").status_code == 200


def test_latency_delays_but_still_answers(store: SimpleSimulator, client: httpx.Client) -> None:
    store.faults.next_requests(1, Fault.latency(0.05))
    assert client.get("/products").status_code == 200
    assert store.faults.injected == 1


def test_a_custom_answer_is_sent_verbatim(store: SimpleSimulator, client: httpx.Client) -> None:
    store.faults.next_requests(1, Fault.custom(200, b'{"status":"ERROR"}', **{"X-Reason": "blocked"}))
    response = client.get("/products")
    assert response.json() == {"status": "ERROR"} and response.headers["X-Reason"] == "blocked"


def test_random_faults_repeat_for_the_same_seed() -> None:
    def pattern(seed: int) -> list[bool]:
        plan = FaultPlan(seed=seed).randomly(0.3, Fault(FaultKind.SERVER_ERROR))
        return [plan.choose("/products") is not None for _ in range(200)]

    assert pattern(1) == pattern(1)
    assert pattern(1) != pattern(2)
    assert 30 < sum(pattern(1)) < 90


def test_faults_can_be_changed_and_cleared_while_serving(
    store: SimpleSimulator, client: httpx.Client
) -> None:
    store.faults.randomly(1.0, Fault(FaultKind.SERVER_ERROR))
    assert client.get("/products").status_code == 500
    store.faults.clear()
    assert client.get("/products").status_code == 200


def test_control_endpoint_sets_faults_and_mutates_from_another_process(
    store: SimpleSimulator, client: httpx.Client
) -> None:
    assert client.post("/__sandbox/faults", json={"faults": ["429=5,next=1"]}).status_code == 200
    limited = client.get("/products")
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "5"
    assert client.post("/__sandbox/mutate", json={"fraction": 0.04}).json() == {"changed": 10}
    stats = client.get("/__sandbox/stats").json()
    assert stats["requests"] == {"/products": 1} and stats["faults_injected"] == 1


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("429=2,next=3", Fault(FaultKind.RATE_LIMIT, retry_after=2.0)),
        ("latency=0.5,p=1", Fault(FaultKind.LATENCY, delay=0.5)),
        ("timeout,at=4", Fault(FaultKind.TIMEOUT, delay=5.0)),
        ("html=403,path=/x", Fault(FaultKind.HTML, status=403)),
    ],
)
def test_text_specs(spec: str, expected: Fault) -> None:
    plan = FaultPlan().apply_spec(spec)
    chosen = [plan.choose("/x") for _ in range(4)]
    assert expected in chosen


@pytest.mark.parametrize("spec", ["", "teapot", "500,often=1", "custom", "500,p=2"])
def test_bad_specs_are_refused_with_a_reason(spec: str) -> None:
    with pytest.raises(ValueError):
        FaultPlan().apply_spec(spec)

"""Finding a simulator by platform, and running one by hand from the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from app.sandbox.registry import PLATFORM_MODULES, SIMULATORS, create_simulator, simulator_class
from app.sandbox.server import SimulatorServer
from app.sandbox.simple import SimpleSimulator

ROOT = Path(__file__).resolve().parents[2]


def test_the_simple_store_is_always_available_and_platforms_map_to_simulators() -> None:
    assert SIMULATORS["simple"] is SimpleSimulator
    assert set(SIMULATORS) <= {"simple", *PLATFORM_MODULES}
    for platform, simulator in SIMULATORS.items():
        assert issubclass(simulator, SimulatorServer), platform


def test_an_unknown_platform_names_the_ones_there_are() -> None:
    with pytest.raises(ValueError, match=r"available: .*simple"):
        simulator_class("magento")


def test_create_simulator_builds_a_catalog_of_the_asked_size() -> None:
    simulator = create_simulator("simple", products=42, seed=1, orders=0)
    assert len(simulator.catalog) == 42 and simulator.catalog.all_orders() == []


def test_running_by_hand_prints_a_url_that_serves_products() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "app.sandbox", "--products", "30", "--json", "--fault", "503,at=1"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        announced = json.loads(process.stdout.readline())
        headers = {"Authorization": f"Bearer {announced['credentials']['token']}"}
        assert httpx.get(f"{announced['url']}/products", headers=headers).status_code == 503
        body = httpx.get(f"{announced['url']}/products", headers=headers, params={"per_page": 50}).json()
        assert len(body["products"]) == 30
        assert announced["settings"]["base_url"] == announced["url"]
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_bad_fault_spec_is_one_clear_line_and_a_non_zero_exit() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.sandbox", "--fault", "teapot"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: unknown fault 'teapot'")
    assert "Traceback" not in result.stderr

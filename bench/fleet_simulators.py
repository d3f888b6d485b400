"""A process hosting many store simulators for `python -m bench fleet`: each simulator its own
loopback server thread, catalogue, credentials and per-request latency, with its platform's own
rate limit (app.sandbox). The fleet bench starts a few of these, so the simulators share neither
the measured process's event loop nor its GIL.

Reads one JSON list of store specs on stdin ({platform, products, seed, latency}), prints one JSON
line with each store's url, settings and secrets, then serves until stdin closes."""

from __future__ import annotations

import json
import sys
from typing import Any

from app.sandbox.faults import FaultPlan
from app.sandbox.registry import create_simulator, simulator_class
from app.sandbox.server import SimulatorServer


def start_simulator(spec: dict[str, Any]) -> SimulatorServer:
    """One simulator with credentials of its own (a connector's rate limiter is per credential, as a
    real store's budget is per token) and a fixed latency on every request."""
    platform = str(spec["platform"])
    seed = int(spec["seed"])
    demo = simulator_class(platform).DEMO_CREDENTIALS
    own = {name: f"{value}-fleet{seed}" for name, value in demo.items()}
    faults = FaultPlan(seed=seed)
    latency = float(spec.get("latency") or 0.0)
    if latency > 0:
        faults.apply_spec(f"latency={latency},p=1")
    simulator = create_simulator(platform, int(spec["products"]), seed, 0, faults=faults, credentials=own)
    simulator.start()
    return simulator


def main() -> int:
    specs: list[dict[str, Any]] = json.loads(sys.stdin.readline())
    simulators = [start_simulator(spec) for spec in specs]
    try:
        print(
            json.dumps(
                [
                    {"url": s.url, "settings": s.store_settings(), "secrets": s.store_secrets()}
                    for s in simulators
                ]
            ),
            flush=True,
        )
        sys.stdin.read()  # until the bench closes our stdin (or dies)
    finally:
        for simulator in simulators:
            simulator.stop(timeout=1.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())

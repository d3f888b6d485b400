"""A store simulator in its own process, as a real store is: it shares no GIL and no memory with the
app being measured. Controlled over its /__sandbox/ endpoints."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent


class SimulatorProcess:
    def __init__(
        self, platform: str, products: int, seed: int = 0, orders: int = 0, extra_args: tuple[str, ...] = ()
    ) -> None:
        self.command = [
            sys.executable,
            "-m",
            "app.sandbox",
            "--platform",
            platform,
            "--products",
            str(products),
            "--seed",
            str(seed),
            "--orders",
            str(orders),
            "--record-requests",
            "--json",
            *extra_args,
        ]
        self.process: subprocess.Popen[str] | None = None
        self.info: dict[str, Any] = {}
        self._control: httpx.Client | None = None

    def __enter__(self) -> SimulatorProcess:
        self.process = subprocess.Popen(self.command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(timeout=10)
            raise RuntimeError(f"the simulator did not start: {' '.join(self.command)}")
        self.info = json.loads(line)
        self._control = httpx.Client(base_url=f"{self.url}/__sandbox", timeout=120)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._control is not None:
            self._control.close()
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)

    @property
    def url(self) -> str:
        return str(self.info["url"])

    @property
    def settings(self) -> dict[str, Any]:
        return dict(self.info["settings"])

    @property
    def secrets(self) -> dict[str, str]:
        return dict(self.info.get("secrets") or self.info["credentials"])

    def _call(self, method: str, action: str, body: Any = None) -> Any:
        assert self._control is not None
        response = self._control.request(method, f"/{action}", json=body)
        response.raise_for_status()
        return response.json()

    def mutate(self, fraction: float) -> int:
        return int(self._call("POST", "mutate", {"fraction": fraction})["changed"])

    def stats(self) -> dict[str, Any]:
        return dict(self._call("GET", "stats"))

    def reset(self) -> None:
        self._call("POST", "reset")

    def recorded_requests(self) -> list[dict[str, Any]]:
        return list(self._call("GET", "requests")["requests"])

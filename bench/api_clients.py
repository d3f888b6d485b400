"""Control API clients in their own process (as the CLI and other tools are): they take no GIL time
from the instance being measured. Prints one JSON line with what they saw.

    python -m bench.api_clients DATA_DIR burst SECONDS CONCURRENCY
    python -m bench.api_clients DATA_DIR poll SECONDS CLIENTS INTERVAL   (SECONDS 0: until SIGTERM)

Each poll latency is given with the wall-clock time its request started, so the caller can keep
those of the stretch it timed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
import time
from pathlib import Path
from typing import Any

from app.control.client import ControlClient, find_instance


async def _burst(client: ControlClient, seconds: float, concurrency: int) -> dict[str, Any]:
    """As many status requests as `concurrency` clients can make back to back for `seconds`."""
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            await client.status()
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return {"requests": len(latencies), "seconds": time.perf_counter() - started, "latencies": latencies}


async def _poll(endpoint: Any, seconds: float, clients: int, interval: float) -> dict[str, Any]:
    """`clients` separate clients, each asking for status every `interval` s, for `seconds`."""
    latencies: list[tuple[float, float]] = []
    failures = 0
    stop = asyncio.Event()
    if seconds > 0:
        asyncio.get_running_loop().call_later(seconds, stop.set)
    else:
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)

    async def poller(offset: float) -> None:
        nonlocal failures
        async with ControlClient(endpoint) as own:
            await asyncio.sleep(offset)
            next_at = time.perf_counter()
            while not stop.is_set():
                wall, started = time.time(), time.perf_counter()
                try:
                    await own.status()
                    latencies.append((wall, time.perf_counter() - started))
                except Exception:
                    failures += 1
                next_at += interval
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), max(0.0, next_at - time.perf_counter()))

    await asyncio.gather(*(poller(interval * i / clients) for i in range(clients)))
    return {"requests": len(latencies), "failures": failures, "latencies": latencies}


async def main(argv: list[str]) -> dict[str, Any]:
    data_dir, mode, seconds = Path(argv[0]), argv[1], float(argv[2])
    endpoint = find_instance(data_dir)
    assert endpoint is not None, "no running instance"
    if mode == "burst":
        async with ControlClient(endpoint) as client:
            return await _burst(client, seconds, int(argv[3]))
    return await _poll(endpoint, seconds, int(argv[3]), float(argv[4]))


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1:]))), flush=True)

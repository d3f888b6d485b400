"""`python -m app.sandbox --platform P --products N --port P [--fault SPEC]...`: one simulator by hand."""

from __future__ import annotations

import argparse
import json
import sys
import threading

from app.sandbox.faults import FaultPlan
from app.sandbox.registry import SIMULATORS, create_simulator


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m app.sandbox", description="Run a store simulator on 127.0.0.1 until Ctrl-C."
    )
    parser.add_argument("--platform", default="simple", help=f"one of: {', '.join(sorted(SIMULATORS))}")
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument("--orders", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument(
        "--tick",
        type=float,
        default=None,
        metavar="SECONDS",
        help="change some stock and add an order every SECONDS",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="e.g. '429=2,next=3', '500,p=0.05', 'latency=0.2,p=1', 'timeout=5,at=4'",
    )
    parser.add_argument(
        "--record-requests",
        action="store_true",
        help="keep every request for GET /__sandbox/requests (benchmark replay)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON line (url, credentials, settings)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    faults = FaultPlan(seed=args.seed)
    try:
        for spec in args.fault:
            faults.apply_spec(spec)
        simulator = create_simulator(
            args.platform,
            args.products,
            args.seed,
            args.orders,
            port=args.port,
            faults=faults,
            tick_seconds=args.tick,
        )
        simulator.record_requests = args.record_requests
        url = simulator.start()
    except (ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(
            json.dumps(
                {
                    "platform": args.platform,
                    "url": url,
                    "credentials": simulator.credentials,
                    "secrets": simulator.store_secrets(),
                    "settings": simulator.store_settings(),
                }
            ),
            flush=True,
        )
    else:
        print(f"{args.platform} simulator with {args.products} products on {url}")
        for name, value in simulator.credentials.items():
            print(f"  demo {name}: {value}")
        print("Press Ctrl-C to stop.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        simulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

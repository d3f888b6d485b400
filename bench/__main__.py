"""`python -m bench <sync|push|soak|startup|ui|api|fleet> ... --json`: measure, compare with baselines."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bench.loop import run


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench")
    commands = parser.add_subparsers(dest="command", required=True)
    sync = commands.add_parser("sync", help="inventory sync of N SKUs vs raw httpx + sqlite3")
    sync.add_argument("--skus", type=int, default=100_000)
    sync.add_argument("--platform", default="generic_json")
    sync.add_argument(
        "--loop", choices=("qasync", "asyncio"), help="qasync (the window's), or asyncio with --database"
    )
    sync.add_argument("--seed", type=int, default=0)
    sync.add_argument("--profile", metavar="PATH", help="cProfile the first timed sync into PATH")
    sync.add_argument(
        "--database",
        metavar="postgresql://...",
        help="PostgreSQL: the sync as a server's worker runs it vs raw httpx + psycopg COPY + upsert, "
        "and the inventory merge alone on that server",
    )
    sync.add_argument("--json", action="store_true")
    push = commands.add_parser("push", help="stock push preview and push of N SKUs with 1% changed")
    push.add_argument("--skus", type=int, default=100_000)
    push.add_argument("--loop", choices=("qasync", "asyncio"), default="qasync")
    push.add_argument("--seed", type=int, default=0)
    push.add_argument("--stalls", action="store_true", help="the loop thread's stack at each stall > 40 ms")
    push.add_argument("--json", action="store_true")
    soak = commands.add_parser("soak", help="the headless demo with every job on a short interval")
    soak.add_argument("--minutes", type=float, default=10)
    soak.add_argument("--interval-minutes", type=int, default=1)
    soak.add_argument("--json", action="store_true")
    startup = commands.add_parser("startup", help="median of 5 cold starts to the window shown")
    startup.add_argument("--runs", type=int, default=5)
    startup.add_argument("--json", action="store_true")
    ui = commands.add_parser("ui", help="largest loop gap during a sync with the window open")
    ui.add_argument("--skus", type=int, default=100_000)
    ui.add_argument("--stores", type=int, default=1, help="stores in the window (1: the benchmark's own)")
    ui.add_argument("--panel", choices=("overview", "inventory", "detail"), default="overview")
    ui.add_argument("--json", action="store_true")
    api = commands.add_parser("api", help="control API: status requests/s, p99 and loop gap under 20 pollers")
    api.add_argument("--skus", type=int, default=100_000)
    api.add_argument(
        "--database",
        metavar="postgresql://...",
        help="the API server (storesync serve) over that server: status time and statements for --jobs",
    )
    api.add_argument("--jobs", default="50,200", help="with --database: the job counts to measure")
    api.add_argument("--json", action="store_true")
    fleet = commands.add_parser("fleet", help="N stores of mixed platforms all due at once on one instance")
    fleet.add_argument("--stores", type=int, default=200)
    fleet.add_argument("--skus", type=int, default=5000)
    fleet.add_argument("--window", action="store_true", help="with the real window open (offscreen)")
    fleet.add_argument("--database", metavar="URL", help="server mode's database instead of a SQLite file")
    fleet.add_argument("--simulator-processes", type=int, default=4)
    fleet.add_argument(
        "--workers", default="1,2,3", help="with a PostgreSQL --database: the worker counts to measure"
    )
    fleet.add_argument("--stalls", action="store_true", help="the loop thread's stack at each stall > 40 ms")
    fleet.add_argument("--json", action="store_true")
    return parser.parse_args(argv)


def _print(figures: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(figures))
        return
    for key, value in figures.items():
        print(f"{key:>26}: {value}")


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.command == "sync":
        from bench.sync_bench import measure

        loop = args.loop or ("asyncio" if args.database else "qasync")
        figures = run(lambda: measure(args.skus, args.platform, args.seed, args.profile, args.database), loop)
        figures["loop"] = loop
        if args.database:
            from bench.postgres_merge_bench import measure_postgres_merge

            figures["merge_alone"] = measure_postgres_merge(args.database, args.skus, args.seed)
    elif args.command == "push":
        from bench.push_bench import measure_push

        figures = run(lambda: measure_push(args.skus, args.seed, args.stalls), args.loop)
        figures["loop"] = args.loop
    elif args.command == "soak":
        from bench.soak import soak

        figures = soak(args.minutes, args.interval_minutes)
    elif args.command == "startup":
        from bench.startup import measure_startup

        figures = measure_startup(args.runs)
    elif args.command == "fleet" and args.database:
        from bench.fleet_workers import measure_fleet_workers

        counts = [int(count) for count in args.workers.split(",")]
        processes = args.simulator_processes
        figures = measure_fleet_workers(args.database, args.stores, args.skus, counts, processes)
    elif args.command == "fleet":
        from bench.fleet import measure_fleet

        figures = measure_fleet(
            args.stores, args.skus, args.window, args.database, args.simulator_processes, args.stalls
        )
    elif args.command == "api" and args.database:
        from bench.api_server_bench import measure_api_server

        figures = measure_api_server(args.database, [int(count) for count in args.jobs.split(",")])
    elif args.command == "api":
        from bench.api_bench import measure_api

        figures = measure_api(args.skus)
    else:
        from bench.ui_bench import measure_ui

        figures = measure_ui(args.skus, args.stores, args.panel)
    _print(figures, args.json)
    targets = figures.get("targets", {})
    return 0 if all(v.get("met", True) for v in targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Schedule options shared by `job add` and `job set-schedule`, turned into the schedule's JSON form
(which the operations validate, as they do for the control API and the window)."""

from __future__ import annotations

import argparse
import re
from typing import Any

from app.cli.common import UsageError

_EVERY = re.compile(r"^\s*(\d+)\s*(m|min|minutes?|h|hours?)?\s*$", re.IGNORECASE)


def add_schedule_arguments(parser: argparse.ArgumentParser, *, required: bool) -> None:
    when = parser.add_mutually_exclusive_group(required=required)
    when.add_argument("--every", metavar="N[m|h]", help="an interval: 15m, 2h (minutes when no unit)")
    when.add_argument("--daily", metavar="HH:MM", help="once a day at this time")
    when.add_argument("--weekly", metavar="DAYS@HH:MM", help="on these days at this time: mon,thu@08:00")
    when.add_argument("--cron", metavar="EXPR", help='five crontab fields, e.g. "0 8-18 * * mon-fri"')
    parser.add_argument("--between", metavar="HH:MM-HH:MM", help="only inside these active hours")
    parser.add_argument("--timezone", metavar="ZONE", help="an IANA time zone (default: the system's)")


def schedule_from(args: argparse.Namespace) -> dict[str, Any] | None:
    """The schedule the options describe, or None when no schedule option was given."""
    schedule: dict[str, Any]
    if args.every:
        match = _EVERY.match(args.every)
        if match is None:
            raise UsageError(f"--every takes minutes or hours such as 15m or 2h, not {args.every!r}")
        unit = (match.group(2) or "m").lower()
        minutes = int(match.group(1)) * (60 if unit.startswith("h") else 1)
        schedule = {"kind": "interval", "every_minutes": minutes}
    elif args.daily:
        schedule = {"kind": "daily", "at": args.daily}
    elif args.weekly:
        days, at_sign, at = args.weekly.partition("@")
        if not at_sign:
            raise UsageError(f"--weekly takes days and a time such as mon,thu@08:00, not {args.weekly!r}")
        schedule = {
            "kind": "weekly",
            "days": [d.strip().lower() for d in days.split(",") if d.strip()],
            "at": at,
        }
    elif args.cron:
        schedule = {"kind": "cron", "cron": args.cron}
    else:
        if args.between or args.timezone:
            raise UsageError("--between and --timezone go with --every, --daily, --weekly or --cron")
        return None
    if args.between:
        start, dash, end = args.between.partition("-")
        if not dash:
            raise UsageError(f"--between takes two times such as 08:00-20:00, not {args.between!r}")
        schedule.update(window_start=start.strip(), window_end=end.strip())
    if args.timezone:
        schedule["timezone"] = args.timezone
    return schedule

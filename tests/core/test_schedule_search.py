"""next_times agrees with a plain minute-by-minute check of the rules, whatever moment it starts from."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.cron import CronExpression, parse_cron
from app.core.schedule import ScheduleSpec

CASES = [
    ("*/7 9-17 * * mon-fri", None),
    ("15,45 22-2 * * fri-mon", None),
    ("0 */3 1-10 * *", None),
    ("30 6 * * sat", ("06:00", "07:00")),
    ("* * * * *", ("23:50", "00:10")),
    ("0 12 13 * fri", None),
]


def matches(cron: CronExpression, window: tuple[str, str] | None, wall: datetime) -> bool:
    if wall.minute not in cron.minutes or wall.hour not in cron.hours or not cron.matches_day(wall.date()):
        return False
    if window is None:
        return True
    start, end = window
    moment = f"{wall:%H:%M}"
    return start <= moment <= end if start < end else moment >= start or moment <= end


@pytest.mark.parametrize(("expression", "window"), CASES)
@pytest.mark.parametrize("zone_name", ["UTC", "Asia/Kolkata"])
def test_cron_times_equal_a_minute_by_minute_scan(
    expression: str, window: tuple[str, str] | None, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    spec = ScheduleSpec.from_cron(
        expression,
        window_start=window[0] if window else None,
        window_end=window[1] if window else None,
        timezone=zone_name,
    )
    cron = parse_cron(expression)
    chooser = random.Random(expression)
    for _ in range(3):
        after = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=chooser.randrange(0, 300 * 86400))
        found = spec.next_times(6, after)
        scan = after.astimezone(zone).replace(second=0, microsecond=0) + timedelta(minutes=1)
        expected: list[datetime] = []
        while len(expected) < 6:
            if matches(cron, window, scan.replace(tzinfo=None)):
                expected.append(scan)
            scan += timedelta(minutes=1)
        assert found == expected


@pytest.mark.parametrize("minutes", [1, 5, 7, 45, 90, 300, 1440, 2880])
def test_interval_times_are_stable_whatever_moment_they_are_asked_from(minutes: int) -> None:
    spec = ScheduleSpec.every(minutes=minutes, timezone="Europe/Warsaw")
    start = datetime(2026, 3, 27, tzinfo=UTC)
    reference = spec.next_times(60, start)
    for index in range(0, 59, 7):
        between = reference[index] + (reference[index + 1] - reference[index]) / 2
        assert spec.next_times(3, between) == reference[index + 1 : index + 4]
        assert spec.next_times(1, reference[index]) == [reference[index + 1]]

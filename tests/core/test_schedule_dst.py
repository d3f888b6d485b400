"""Daylight saving: a skipped time runs once after the gap, a repeated time runs once (its first time)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.core.schedule import ScheduleSpec

WARSAW = ZoneInfo("Europe/Warsaw")


def utc_times(times: list[datetime]) -> list[str]:
    return [f"{moment.astimezone(UTC):%d %H:%M}" for moment in times]


def test_daily_run_in_the_spring_gap_moves_to_the_end_of_the_gap() -> None:
    # 2026-03-29: Warsaw clocks jump from 02:00 to 03:00.
    spec = ScheduleSpec.daily("02:30", timezone="Europe/Warsaw")
    times = spec.next_times(3, datetime(2026, 3, 28, 3, 0, tzinfo=WARSAW))
    assert [f"{moment:%d %H:%M %Z}" for moment in times] == [
        "29 03:00 CEST",
        "30 02:30 CEST",
        "31 02:30 CEST",
    ]


def test_daily_run_in_the_autumn_overlap_runs_once() -> None:
    # 2026-10-25: Warsaw clocks go back from 03:00 CEST to 02:00 CET, so 02:30 happens twice.
    spec = ScheduleSpec.daily("02:30", timezone="Europe/Warsaw")
    times = spec.next_times(2, datetime(2026, 10, 24, 12, 0, tzinfo=WARSAW))
    assert utc_times(times) == ["25 00:30", "26 01:30"]
    assert times[0].fold == 0


def test_after_inside_the_repeated_hour_does_not_repeat_the_run() -> None:
    second_0215 = datetime(2026, 10, 25, 2, 15, fold=1, tzinfo=WARSAW)
    times = ScheduleSpec.daily("02:30", timezone="Europe/Warsaw").next_times(1, second_0215)
    assert utc_times(times) == ["26 01:30"]


def test_interval_skips_nothing_real_and_repeats_nothing_across_spring_forward() -> None:
    spec = ScheduleSpec.every(minutes=30, timezone="Europe/Warsaw")
    times = spec.next_times(4, datetime(2026, 3, 29, 1, 15, tzinfo=WARSAW))
    assert [f"{moment:%H:%M}" for moment in times] == ["01:30", "03:00", "03:30", "04:00"]
    assert len(set(times)) == len(times)
    assert all(b > a for a, b in itertools.pairwise(times))


def test_interval_runs_each_wall_time_once_across_fall_back() -> None:
    spec = ScheduleSpec.every(hours=1, timezone="Europe/Warsaw")
    times = spec.next_times(4, datetime(2026, 10, 25, 0, 30, tzinfo=WARSAW))
    assert [f"{moment:%H:%M %Z}" for moment in times] == [
        "01:00 CEST",
        "02:00 CEST",
        "03:00 CET",
        "04:00 CET",
    ]
    assert times[2].astimezone(UTC) - times[1].astimezone(UTC) == timedelta(hours=2)


def test_every_four_hours_stays_on_the_local_clock_across_dst() -> None:
    spec = ScheduleSpec.every(hours=4, timezone="America/New_York")
    times = spec.next_times(4, datetime(2026, 3, 7, 21, 0, tzinfo=ZoneInfo("America/New_York")))
    assert [f"{moment:%d %H:%M}" for moment in times] == ["08 00:00", "08 04:00", "08 08:00", "08 12:00"]

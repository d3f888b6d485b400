"""Daylight saving: a skipped time runs once after the gap; a repeated time of day runs once (its first
time), while an interval keeps counting real time through the repeated hour."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.schedule import ScheduleSpec

WARSAW = ZoneInfo("Europe/Warsaw")
LONDON = ZoneInfo("Europe/London")


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


def test_every_hour_is_an_hour_of_real_time_across_fall_back() -> None:
    spec = ScheduleSpec.every(hours=1, timezone="Europe/Warsaw")
    times = spec.next_times(5, datetime(2026, 10, 25, 0, 30, tzinfo=WARSAW))
    assert [f"{moment:%H:%M %Z}" for moment in times] == [
        "01:00 CEST",
        "02:00 CEST",
        "02:00 CET",
        "03:00 CET",
        "04:00 CET",
    ]
    assert all(
        b.astimezone(UTC) - a.astimezone(UTC) == timedelta(hours=1) for a, b in itertools.pairwise(times)
    )


@pytest.mark.parametrize(
    ("minutes", "first_utc", "expected_utc"),
    [
        # 2026-10-25: London clocks go back from 02:00 BST to 01:00 GMT (at 01:00 UTC).
        (15, datetime(2026, 10, 25, 0, 45, tzinfo=UTC), ["01:00", "01:15", "01:30", "01:45", "02:00"]),
        (60, datetime(2026, 10, 25, 0, 0, tzinfo=UTC), ["01:00", "02:00", "03:00", "04:00", "05:00"]),
    ],
)
def test_an_interval_does_not_skip_the_repeated_hour(
    minutes: int, first_utc: datetime, expected_utc: list[str]
) -> None:
    spec = ScheduleSpec.every(minutes=minutes, timezone="Europe/London")
    times = spec.next_times(5, first_utc)
    assert [f"{moment.astimezone(UTC):%H:%M}" for moment in times] == expected_utc


def test_an_interval_longer_than_the_repeated_hour_never_runs_twice_in_it() -> None:
    # Every 2 hours: 02:00 comes twice on 2026-10-25 in Warsaw, an hour apart; it runs once.
    spec = ScheduleSpec.every(hours=2, timezone="Europe/Warsaw")
    times = spec.next_times(4, datetime(2026, 10, 24, 23, 0, tzinfo=WARSAW))
    assert [f"{moment:%H:%M %Z}" for moment in times] == [
        "00:00 CEST",
        "02:00 CEST",
        "04:00 CET",
        "06:00 CET",
    ]


@pytest.mark.parametrize("minutes", [1, 15, 35, 40, 60, 90, 120])
def test_autumn_interval_times_are_the_same_whatever_moment_they_are_asked_from(minutes: int) -> None:
    spec = ScheduleSpec.every(minutes=minutes, timezone="Europe/London")
    reference = [t.astimezone(UTC) for t in spec.next_times(30, datetime(2026, 10, 24, 22, 0, tzinfo=UTC))]
    # Within a day no two runs are closer than the interval (a day starts its count at midnight).
    same_day = [
        (a, b)
        for a, b in itertools.pairwise(reference)
        if a.astimezone(LONDON).day == b.astimezone(LONDON).day
    ]
    assert all(b - a >= timedelta(minutes=minutes) for a, b in same_day)
    for index in range(len(reference) - 3):
        middle = reference[index] + (reference[index + 1] - reference[index]) / 2
        assert [t.astimezone(UTC) for t in spec.next_times(3, middle)] == reference[index + 1 : index + 4]
        assert [t.astimezone(UTC) for t in spec.next_times(1, reference[index])] == [reference[index + 1]]


def test_catch_up_counts_the_repeated_hour_of_an_interval() -> None:
    spec = ScheduleSpec.every(minutes=15, timezone="Europe/London")
    slots = spec.times_between(
        datetime(2026, 10, 25, 0, 0, tzinfo=UTC), datetime(2026, 10, 25, 2, 0, tzinfo=UTC)
    )
    assert len(slots) == 8


def test_every_four_hours_stays_on_the_local_clock_across_dst() -> None:
    spec = ScheduleSpec.every(hours=4, timezone="America/New_York")
    times = spec.next_times(4, datetime(2026, 3, 7, 21, 0, tzinfo=ZoneInfo("America/New_York")))
    assert [f"{moment:%d %H:%M}" for moment in times] == ["08 00:00", "08 04:00", "08 08:00", "08 12:00"]

"""Cron expressions keep crontab's meaning, including the pitfalls APScheduler's from_crontab gets wrong."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.core.cron import parse_cron
from app.core.errors import ScheduleError
from app.core.schedule import ScheduleSpec

MONDAY_NOON = datetime(2026, 11, 23, 12, 7, tzinfo=UTC)


def weekdays_of(expression: str, count: int = 7) -> list[str]:
    times = ScheduleSpec.from_cron(expression, timezone="UTC").next_times(count, MONDAY_NOON)
    return [f"{moment:%a}" for moment in times]


def test_zero_means_sunday_as_in_crontab() -> None:
    assert weekdays_of("0 9 * * 0", 2) == ["Sun", "Sun"]


def test_seven_also_means_sunday_and_one_means_monday() -> None:
    assert weekdays_of("0 9 * * 7", 1) == ["Sun"]
    assert weekdays_of("0 9 * * 1", 1) == ["Mon"]


def test_day_and_month_names_in_any_case() -> None:
    assert weekdays_of("0 9 * * SUN,Wed", 3) == ["Wed", "Sun", "Wed"]
    times = ScheduleSpec.from_cron("0 9 1 Feb *", timezone="UTC").next_times(1, MONDAY_NOON)
    assert times == [datetime(2027, 2, 1, 9, 0, tzinfo=times[0].tzinfo)]


def test_weekday_range_may_wrap_the_week() -> None:
    assert weekdays_of("0 9 * * fri-mon", 5) == ["Fri", "Sat", "Sun", "Mon", "Fri"]
    assert weekdays_of("0 9 * * 5-1", 4) == ["Fri", "Sat", "Sun", "Mon"]


def test_weekday_ranges_up_to_seven_and_zero_to_seven() -> None:
    assert parse_cron("0 9 * * 1-7").weekdays == frozenset(range(7))
    assert parse_cron("0 9 * * 0-7").weekdays == frozenset(range(7))
    assert parse_cron("0 9 * * sat-sun").weekdays == frozenset({5, 6})


def test_hour_range_across_midnight_is_split() -> None:
    times = ScheduleSpec.from_cron("0 22-2 * * *", timezone="UTC").next_times(6, MONDAY_NOON)
    assert [f"{moment:%H}" for moment in times] == ["22", "23", "00", "01", "02", "22"]


def test_steps_lists_and_ranges() -> None:
    cron = parse_cron("*/20 8-17/3 1,15 * mon-fri/2")
    assert cron.minutes == (0, 20, 40)
    assert cron.hours == (8, 11, 14, 17)
    assert cron.days == frozenset({1, 15})
    assert cron.weekdays == frozenset({0, 2, 4})
    assert parse_cron("5/15 * * * *").minutes == (5, 20, 35, 50)
    assert parse_cron("0 22-2/2 * * *").hours == (0, 2, 22)


def test_restricted_day_of_month_or_day_of_week_matches_either() -> None:
    times = ScheduleSpec.from_cron("0 0 1 * fri", timezone="UTC").next_times(3, MONDAY_NOON)
    assert [f"{moment:%a %d}" for moment in times] == ["Fri 27", "Tue 01", "Fri 04"]


def test_shortcuts() -> None:
    assert parse_cron("@daily").hours == (0,)
    assert weekdays_of("@weekly", 1) == ["Sun"]


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        (
            "0 9 * *",
            "A cron expression has five fields (minute hour day-of-month month day-of-week); "
            "'0 9 * *' has 4.",
        ),
        ("60 9 * * *", "The minute field of the cron expression, '60', has 60, outside 0-59."),
        ("0 24 * * *", "The hour field of the cron expression, '24', has 24, outside 0-23."),
        ("0 9 0 * *", "The day-of-month field of the cron expression, '0', has 0, outside 1-31."),
        ("0 9 * 13 *", "The month field of the cron expression, '13', has 13, outside 1-12."),
        ("0 9 * * 8", "The day-of-week field of the cron expression, '8', has 8, outside 0-7."),
        ("0 9 * * funday", "'funday', which is neither a number nor a name (sun, mon"),
        ("0 9 * * mon-xyz", "'xyz', which is neither a number nor a name"),
        ("*/0 * * * *", "a step must be a whole number of at least 1"),
        ("0 9 ? * mon", "uses '?', which crontab does not support"),
        ("0 9 L * *", "uses 'L', which crontab does not support"),
        ("0 9 * * 1#2", "which crontab does not support"),
        ("0 9,,10 * * *", "has an empty entry between commas"),
        ("0 nine * * *", "has 'nine', which is not a number"),
        ("@fortnightly", "'@fortnightly' is not a cron shortcut we know"),
    ],
)
def test_bad_fields_are_named_with_the_reason(expression: str, message: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        ScheduleSpec.from_cron(expression).validate()
    assert message in str(caught.value)

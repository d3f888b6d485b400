"""Schedule specs as the schedule editor uses them: validation messages, words and next run times."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.errors import ScheduleError
from app.core.schedule import ScheduleKind, ScheduleSpec, set_system_timezone, system_timezone

WARSAW = ZoneInfo("Europe/Warsaw")
MONDAY_NOON = datetime(2026, 11, 23, 12, 7, tzinfo=UTC)


def times_of_day(times: list[datetime]) -> list[str]:
    return [f"{moment:%H:%M}" for moment in times]


# --- describe ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        (ScheduleSpec.every(minutes=10), "Every 10 minutes"),
        (ScheduleSpec.every(minutes=1), "Every minute"),
        (ScheduleSpec.every(hours=1), "Every hour"),
        (ScheduleSpec.every(hours=4), "Every 4 hours"),
        (ScheduleSpec.every(minutes=90), "Every 90 minutes"),
        (ScheduleSpec.every(hours=48), "Every 2 days"),
        (
            ScheduleSpec.every(hours=1, window_start="08:00", window_end="20:00", timezone="Europe/Warsaw"),
            "Every hour from 08:00 to 20:00, Europe/Warsaw",
        ),
        (ScheduleSpec.daily("00:00"), "Daily at 00:00"),
        (ScheduleSpec.daily("7:05"), "Daily at 07:05"),
        (ScheduleSpec.weekly(("fri", "mon", "wed"), "06:30"), "Weekly on Mon, Wed and Fri at 06:30"),
        (
            ScheduleSpec.weekly(("sun",), "18:00", timezone="America/New_York"),
            "Weekly on Sun at 18:00, America/New_York",
        ),
        (ScheduleSpec.from_cron("0 9 * * sun"), "Cron: 0 9 * * sun (at 09:00 on Sunday)"),
        (ScheduleSpec.from_cron("0 9 * * 0"), "Cron: 0 9 * * 0 (at 09:00 on Sunday)"),
        (ScheduleSpec.from_cron("30 8 * * mon-fri"), "Cron: 30 8 * * mon-fri (at 08:30 on Monday to Friday)"),
        (
            ScheduleSpec.from_cron("*/15 22-2 * * fri-mon"),
            "Cron: */15 22-2 * * fri-mon (every 15 minutes from 22:00 to 02:45 on Friday to Monday)",
        ),
        (
            ScheduleSpec.from_cron("0 0 1,15 * *", timezone="Europe/Warsaw"),
            "Cron: 0 0 1,15 * * (at 00:00 on days 1 and 15 of the month), Europe/Warsaw",
        ),
        (
            ScheduleSpec.from_cron("0 2 * nov-feb *"),
            "Cron: 0 2 * nov-feb * (at 02:00 in November to February)",
        ),
        (
            ScheduleSpec.from_cron("0 9-17 * * 1-5"),
            "Cron: 0 9-17 * * 1-5 (every hour from 09:00 to 17:00 on Monday to Friday)",
        ),
        (ScheduleSpec.from_cron("15 */2 * * *"), "Cron: 15 */2 * * * (every 2 hours from 00:15)"),
        (ScheduleSpec.from_cron("5 * * * *"), "Cron: 5 * * * * (at minute 5 of every hour)"),
        (
            ScheduleSpec.from_cron("0 1,3,5,7,9,11,13 * * *"),
            "Cron: 0 1,3,5,7,9,11,13 * * * (at minute 0 during hours 1, 3, 5, 7, 9, 11 and 13)",
        ),
        (
            ScheduleSpec.from_cron("10,20 9-17 * * *"),
            "Cron: 10,20 9-17 * * * (at minutes 10 and 20 during hours 9-17)",
        ),
        (
            ScheduleSpec.daily("09:00", window_start="08:00", window_end="20:00"),
            "Daily at 09:00, only from 08:00 to 20:00",
        ),
    ],
)
def test_describe_reads_as_plain_words(spec: ScheduleSpec, words: str) -> None:
    spec.validate()
    assert spec.describe() == words


# --- validation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (ScheduleSpec.daily("25:00"), "The run time '25:00' is not a time of day; use HH:MM"),
        (ScheduleSpec.daily("9"), "The run time '9' is not a time of day"),
        (ScheduleSpec.daily("09:60"), "not a time of day"),
        (ScheduleSpec(ScheduleKind.DAILY), "The run time '' is not a time of day"),
        (ScheduleSpec.every(minutes=0), "An interval must be at least 1 minute."),
        (ScheduleSpec.every(minutes=31 * 24 * 60 + 1), "An interval can be at most 31 days."),
        (ScheduleSpec(ScheduleKind.INTERVAL), "Choose how often the job runs."),
        (ScheduleSpec.weekly((), "06:00"), "Choose at least one day of the week."),
        (ScheduleSpec.weekly(("mon", "funday"), "06:00"), "'funday' is not a day of the week; use mon, tue"),
        (ScheduleSpec.every(hours=1, timezone="Mars/Olympus"), "Unknown time zone 'Mars/Olympus'"),
        (
            ScheduleSpec.every(hours=1, window_start="08:00", window_end="08:00"),
            "The active hours start and end at the same time (08:00)",
        ),
        (
            ScheduleSpec.every(hours=1, window_start="08:00"),
            "Give both the start and the end of the active hours",
        ),
        (
            ScheduleSpec.every(hours=1, window_start="08:00", window_end="8pm"),
            "The end of the active hours '8pm'",
        ),
        (ScheduleSpec.every(hours=48, window_start="08:00", window_end="20:00"), "shorter than a day"),
        (ScheduleSpec.from_cron(""), "Enter a cron expression"),
        (
            ScheduleSpec.from_cron("0 9 * * *", window_start="10:00", window_end="12:00"),
            "This schedule never runs: Cron: 0 9 * * * (at 09:00), only from 10:00 to 12:00.",
        ),
        (ScheduleSpec.from_cron("0 0 30 2 *"), "This schedule never runs"),
        (
            ScheduleSpec.weekly(("sat",), "23:30", window_start="08:00", window_end="20:00"),
            "This schedule never runs",
        ),
    ],
)
def test_validate_explains_what_to_change(spec: ScheduleSpec, message: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        spec.validate()
    assert message in str(caught.value)


def test_full_day_names_in_any_case_are_accepted() -> None:
    spec = ScheduleSpec.weekly(("Monday", "FRI"), "06:30")
    spec.validate()
    assert spec.describe() == "Weekly on Mon and Fri at 06:30"


def test_spec_survives_a_round_trip_through_its_dict() -> None:
    spec = ScheduleSpec.every(hours=1, window_start="22:00", window_end="06:00", timezone="Europe/Warsaw")
    assert ScheduleSpec.from_dict(spec.to_dict()) == spec
    assert ScheduleSpec.from_dict(ScheduleSpec.weekly(("mon",), "06:00").to_dict()).days == ("mon",)


# --- next run times ----------------------------------------------------------------------------


def test_every_ten_minutes_fires_on_the_ten_minute_marks_strictly_after() -> None:
    times = ScheduleSpec.every(minutes=10, timezone="UTC").next_times(3, MONDAY_NOON)
    assert times_of_day(times) == ["12:10", "12:20", "12:30"]
    on_the_mark = ScheduleSpec.every(minutes=10, timezone="UTC").next_times(1, MONDAY_NOON.replace(minute=10))
    assert times_of_day(on_the_mark) == ["12:20"]


def test_every_four_hours_is_anchored_at_local_midnight() -> None:
    times = ScheduleSpec.every(hours=4, timezone="Europe/Warsaw").next_times(4, MONDAY_NOON)
    assert [moment.tzinfo for moment in times] == [WARSAW] * 4
    assert times_of_day(times) == ["16:00", "20:00", "00:00", "04:00"]


def test_interval_that_does_not_divide_a_day_restarts_at_midnight() -> None:
    late = datetime(2026, 11, 23, 23, 0, tzinfo=UTC)
    times = ScheduleSpec.every(minutes=7 * 60, timezone="UTC").next_times(3, late)
    assert [f"{t:%d %H:%M}" for t in times] == ["24 00:00", "24 07:00", "24 14:00"]


def test_multi_day_interval_never_drifts() -> None:
    spec = ScheduleSpec.every(hours=72, timezone="UTC")
    first = spec.next_times(4, MONDAY_NOON)
    assert [b - a for a, b in itertools.pairwise(first)] == [timedelta(days=3)] * 3
    assert spec.next_times(3, first[0] + timedelta(hours=1)) == first[1:]


def test_every_hour_from_eight_to_eight_includes_both_ends() -> None:
    spec = ScheduleSpec.every(hours=1, window_start="08:00", window_end="20:00", timezone="Europe/Warsaw")
    day_before = datetime(2026, 11, 22, 23, 30, tzinfo=WARSAW)
    times = spec.next_times(14, day_before)
    assert times_of_day(times) == [f"{hour:02d}:00" for hour in range(8, 21)] + ["08:00"]
    assert times[-1].date() == datetime(2026, 11, 24).date()


def test_interval_with_active_hours_counts_from_the_window_start() -> None:
    spec = ScheduleSpec.every(minutes=45, window_start="08:30", window_end="10:00", timezone="UTC")
    times = spec.next_times(3, datetime(2026, 11, 23, 7, 0, tzinfo=UTC))
    assert times_of_day(times) == ["08:30", "09:15", "10:00"]


def test_active_hours_may_wrap_midnight() -> None:
    spec = ScheduleSpec.every(hours=2, window_start="22:00", window_end="02:00", timezone="UTC")
    times = spec.next_times(4, MONDAY_NOON)
    assert [f"{t:%d %H:%M}" for t in times] == ["23 22:00", "24 00:00", "24 02:00", "24 22:00"]


def test_cron_with_active_hours_only_fires_inside_them() -> None:
    spec = ScheduleSpec.from_cron("0 * * * *", window_start="22:00", window_end="01:00", timezone="UTC")
    times = spec.next_times(5, MONDAY_NOON)
    assert times_of_day(times) == ["22:00", "23:00", "00:00", "01:00", "22:00"]


def test_daily_and_weekly_fire_on_the_chosen_days() -> None:
    daily = ScheduleSpec.daily("00:00", timezone="UTC").next_times(2, MONDAY_NOON)
    assert [f"{t:%a %H:%M}" for t in daily] == ["Tue 00:00", "Wed 00:00"]
    weekly = ScheduleSpec.weekly(("mon", "wed", "fri"), "06:30", timezone="UTC").next_times(4, MONDAY_NOON)
    assert [f"{t:%a %d}" for t in weekly] == ["Wed 25", "Fri 27", "Mon 30", "Wed 02"]


def test_times_are_in_the_specs_zone_whatever_zone_after_is_in() -> None:
    after = datetime(2026, 11, 23, 7, 59, tzinfo=ZoneInfo("America/New_York"))
    times = ScheduleSpec.daily("14:00", timezone="Europe/Warsaw").next_times(1, after)
    assert times == [datetime(2026, 11, 23, 14, 0, tzinfo=WARSAW)]


def test_naive_after_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        ScheduleSpec.every(minutes=5).next_times(1, datetime(2026, 1, 1))


def test_a_schedule_that_never_fires_lists_no_times() -> None:
    assert ScheduleSpec.from_cron("0 0 31 2 *").next_times(3, MONDAY_NOON) == []


def test_without_a_zone_the_system_zone_is_used_and_can_be_supplied() -> None:
    spec = ScheduleSpec.daily("09:00")
    assert spec.zone() is system_timezone()
    set_system_timezone(ZoneInfo("Asia/Tokyo"))
    try:
        assert spec.next_times(1, MONDAY_NOON) == [
            datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
        ]
        assert spec.describe() == "Daily at 09:00"
    finally:
        set_system_timezone(None)
    assert spec.zone() is not ZoneInfo("Asia/Tokyo")


def test_an_empty_zone_name_means_the_system_zone() -> None:
    spec = ScheduleSpec.daily("09:00", timezone=" ")
    spec.validate()
    assert spec.zone() is system_timezone()
    assert spec.describe() == "Daily at 09:00"


def test_days_given_as_a_list_still_make_a_usable_spec() -> None:
    spec = ScheduleSpec(ScheduleKind.WEEKLY, at="06:00", days=["tue"])  # type: ignore[arg-type]
    assert spec.days == ("tue",)
    assert spec.describe() == "Weekly on Tue at 06:00"


def test_a_fractional_interval_is_refused() -> None:
    with pytest.raises(ScheduleError, match="whole number of minutes"):
        ScheduleSpec(ScheduleKind.INTERVAL, every_minutes=1.5).validate()  # type: ignore[arg-type]


def test_a_broken_spec_describes_what_is_wrong_instead_of_failing() -> None:
    assert ScheduleSpec.daily("25:00").describe() == (
        "Invalid schedule: The run time '25:00' is not a time of day; use HH:MM from 00:00 to 23:59."
    )

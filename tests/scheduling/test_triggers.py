"""The APScheduler trigger fires exactly when the schedule editor says the job will run."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger

from app.core.errors import ScheduleError
from app.core.schedule import ScheduleSpec
from app.scheduling import SpecTrigger

START = datetime(2026, 3, 27, 21, 53, 12, tzinfo=UTC)  # the weekend Europe switches to summer time

SPECS = [
    ScheduleSpec.every(minutes=10),
    ScheduleSpec.every(minutes=7, timezone="Europe/Warsaw"),
    ScheduleSpec.every(hours=4, timezone="Europe/Warsaw"),
    ScheduleSpec.every(hours=36, timezone="UTC"),
    ScheduleSpec.every(hours=1, window_start="08:00", window_end="20:00", timezone="Europe/Warsaw"),
    ScheduleSpec.every(minutes=30, window_start="22:00", window_end="02:00", timezone="Europe/Warsaw"),
    ScheduleSpec.daily("02:30", timezone="Europe/Warsaw"),
    ScheduleSpec.daily("00:00"),
    ScheduleSpec.weekly(("sun", "wed"), "06:30", timezone="America/New_York"),
    ScheduleSpec.weekly(("Saturday",), "09:15", window_start="09:00", window_end="10:00"),
    ScheduleSpec.from_cron("0 9 * * 0", timezone="Europe/Warsaw"),
    ScheduleSpec.from_cron("*/20 22-2 * * fri-mon", timezone="Europe/Warsaw"),
    ScheduleSpec.from_cron("0 * * * *", window_start="20:00", window_end="03:00", timezone="Europe/Warsaw"),
    ScheduleSpec.from_cron("30 2 1,15 * sat"),
]


def walk(trigger: SpecTrigger, start: datetime, count: int) -> list[datetime]:
    """Fire times as APScheduler asks for them: each wake-up lands a little after the fire time."""
    times: list[datetime] = []
    previous: datetime | None = None
    now = start
    for _ in range(count):
        fire = trigger.get_next_fire_time(previous, now)
        assert fire is not None
        times.append(fire)
        previous, now = fire, fire + timedelta(milliseconds=300)
    return times


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.describe())
def test_trigger_fires_at_the_listed_next_times(spec: ScheduleSpec) -> None:
    assert walk(SpecTrigger(spec), START, 40) == spec.next_times(40, START)


def test_sunday_cron_fires_on_sunday() -> None:
    fire = SpecTrigger(ScheduleSpec.from_cron("0 9 * * 0", timezone="UTC")).get_next_fire_time(None, START)
    assert fire is not None
    assert (fire.strftime("%A %H:%M"), fire.date()) == ("Sunday 09:00", datetime(2026, 3, 29).date())


def test_a_daily_run_at_0230_fires_once_on_the_autumn_night_the_hour_repeats() -> None:
    trigger = SpecTrigger(ScheduleSpec.daily("02:30", timezone="Europe/Warsaw"))
    fires = walk(trigger, datetime(2026, 10, 24, 12, 0, tzinfo=UTC), 3)
    assert [f"{fire.astimezone(UTC):%d %H:%M}" for fire in fires] == ["25 00:30", "26 01:30", "27 01:30"]


@pytest.mark.parametrize(
    ("zone", "day"),
    [("Europe/London", datetime(2026, 10, 24, 12, 7)), ("America/New_York", datetime(2026, 10, 31, 12, 7))],
)
def test_an_interval_fires_through_the_repeated_hour_on_the_scheduler_clock(zone: str, day: datetime) -> None:
    """APScheduler's clock is in the system zone; the repeated hour's second pass must still fire once
    per slot, in order, an interval apart."""
    spec = ScheduleSpec.every(minutes=15, timezone=zone)
    start = day.replace(tzinfo=ZoneInfo(zone))
    fires = [fire.astimezone(UTC) for fire in walk(SpecTrigger(spec), start, 4 * 24)]
    assert fires == [moment.astimezone(UTC) for moment in spec.next_times(len(fires), start)]
    assert {b - a for a, b in itertools.pairwise(fires)} == {timedelta(minutes=15)}


def test_missed_slots_are_walked_from_the_previous_fire_so_they_can_be_coalesced() -> None:
    trigger = SpecTrigger(ScheduleSpec.every(hours=1, timezone="UTC"))
    previous = datetime(2026, 3, 27, 10, 0, tzinfo=UTC)
    now = datetime(2026, 3, 27, 13, 30, tzinfo=UTC)
    assert trigger.get_next_fire_time(previous, now) == datetime(2026, 3, 27, 11, 0, tzinfo=UTC)
    assert trigger.get_next_fire_time(None, now) == datetime(2026, 3, 27, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("spec", "cron_fields"),
    [
        (
            ScheduleSpec.from_cron("0 9 * * 0", timezone="Europe/Warsaw"),
            {"minute": "0", "hour": "9", "day_of_week": "sun"},
        ),
        (
            ScheduleSpec.weekly(("mon", "wed", "fri"), "06:30", timezone="UTC"),
            {"minute": "30", "hour": "6", "day_of_week": "mon,wed,fri"},
        ),
        (
            ScheduleSpec.from_cron("15 8-17 * * mon-fri", timezone="America/New_York"),
            {"minute": "15", "hour": "8-17", "day_of_week": "mon-fri"},
        ),
    ],
)
def test_agrees_with_apscheduler_cron_written_with_weekday_names(
    spec: ScheduleSpec, cron_fields: dict[str, str]
) -> None:
    reference = CronTrigger(timezone=ZoneInfo(spec.timezone or "UTC"), **cron_fields)
    expected: list[datetime] = []
    previous: datetime | None = None
    for _ in range(20):
        previous = reference.get_next_fire_time(previous, previous or START)
        assert previous is not None
        expected.append(previous)
    assert walk(SpecTrigger(spec), START, 20) == expected


def test_a_schedule_that_cannot_run_is_refused_before_it_reaches_apscheduler() -> None:
    with pytest.raises(ScheduleError, match="hour field"):
        SpecTrigger(ScheduleSpec.from_cron("0 25 * * *"))

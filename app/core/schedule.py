"""Schedule specs: what a merchant chooses in the schedule editor, validated and described in words.

Stdlib only; app.scheduling turns a spec into an APScheduler trigger whose fire times equal
`next_times`. Every kind is a list of wall-clock times in the spec's zone:

- an interval shorter than a day counts from local midnight each day ("every 10 minutes" fires at
  :00, :10, ...; "every 4 hours" at 00:00, 04:00, ...), or from the window start when active hours
  are set ("every 45 minutes from 08:30 to 20:00" fires at 08:30, 09:15, ...);
- an interval of a day or more counts from midnight of Monday 2000-01-03, so it never drifts;
- active hours include both ends and may wrap midnight (22:00 to 06:00).

An interval is elapsed time through a clock change: in the autumn hour that the clock shows twice,
its times run on both passes, each second pass at least one interval after the run before it, so
"every 15 minutes" stays 15 real minutes and "every hour" one real hour. Daily, weekly and cron
times are times of day: once per day, on the first pass.
"""

from __future__ import annotations

import enum
import functools
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core.cron import CronExpression, describe_cron, parse_cron
from app.core.errors import ScheduleError


class ScheduleKind(enum.StrEnum):
    INTERVAL = "interval"
    DAILY = "daily"
    WEEKLY = "weekly"
    CRON = "cron"


WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, slots=True)
class ScheduleSpec:
    """`every_minutes` for INTERVAL; `at` ("HH:MM") for DAILY and WEEKLY; `days` (WEEKDAYS names) for
    WEEKLY; `cron` (five crontab fields) for CRON. `window_start`/`window_end` ("HH:MM") limit any kind
    to active hours; `timezone` is an IANA name, None meaning the system's."""

    kind: ScheduleKind
    every_minutes: int | None = None
    at: str | None = None
    days: tuple[str, ...] = field(default=())
    cron: str | None = None
    window_start: str | None = None
    window_end: str | None = None
    timezone: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.days, tuple):
            object.__setattr__(self, "days", tuple(self.days))

    @classmethod
    def every(cls, *, minutes: int = 0, hours: int = 0, **extra: Any) -> ScheduleSpec:
        return cls(ScheduleKind.INTERVAL, every_minutes=minutes + 60 * hours, **extra)

    @classmethod
    def daily(cls, at: str, **extra: Any) -> ScheduleSpec:
        return cls(ScheduleKind.DAILY, at=at, **extra)

    @classmethod
    def weekly(cls, days: tuple[str, ...], at: str, **extra: Any) -> ScheduleSpec:
        return cls(ScheduleKind.WEEKLY, days=tuple(days), at=at, **extra)

    @classmethod
    def from_cron(cls, expression: str, **extra: Any) -> ScheduleSpec:
        return cls(ScheduleKind.CRON, cron=expression, **extra)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["days"] = list(self.days)
        return {key: value for key, value in data.items() if value not in (None, [])}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScheduleSpec:
        return cls(
            kind=ScheduleKind(data["kind"]),
            every_minutes=data.get("every_minutes"),
            at=data.get("at"),
            days=tuple(data.get("days", ())),
            cron=data.get("cron"),
            window_start=data.get("window_start"),
            window_end=data.get("window_end"),
            timezone=data.get("timezone"),
        )

    @classmethod
    def parse(cls, data: object) -> ScheduleSpec:
        """A spec from its dict form (a config import, the control API), checked as the schedule editor
        checks it; the ScheduleError's `field` names the key at fault."""
        if not isinstance(data, dict):
            raise ScheduleError('A schedule is an object such as {"kind": "interval", ...}.', "schedule")
        for key, value in data.items():
            wanted = _FIELD_TYPES.get(key)
            if wanted is None:
                raise ScheduleError(f"'{key}' is not part of a schedule.", key)
            if value is not None and (not isinstance(value, wanted) or isinstance(value, bool)):
                raise ScheduleError(f"{key} must be {_TYPE_WORDS[wanted]}, not {value!r}.", key)
        if any(not isinstance(day, str) for day in data.get("days") or ()):
            raise ScheduleError("days are names such as mon or tue.", "days")
        try:
            spec = cls.from_dict(data)
        except (KeyError, ValueError):
            kinds = ", ".join(kind.value for kind in ScheduleKind)
            raise ScheduleError(
                f"'{data.get('kind')}' is not a kind of schedule; use {kinds}.", "kind"
            ) from None
        for field_name, check in _field_checks(spec):
            try:
                check()
            except ScheduleError as error:
                raise ScheduleError(str(error), field_name) from None
        spec.validate()
        return spec

    def zone(self) -> tzinfo:
        """The spec's time zone; raises ScheduleError for an unknown name."""
        return named_zone(self.timezone) if self.timezone and self.timezone.strip() else system_timezone()

    def validate(self) -> None:
        """Raise ScheduleError with a plain-language reason when the spec cannot run."""
        _compile(self)
        self.zone()
        if not self.next_times(1, datetime.now(UTC)):
            raise ScheduleError(
                f"This schedule never runs: {self.describe()}. Widen the active hours or change the days."
            )

    def fault(self) -> str | None:
        """Why this spec cannot be read as a schedule, or None; cheap, the checked form is kept. (A spec
        without a fault may still never run: validate() says so.)"""
        try:
            _compile(self)
        except ScheduleError as error:
            return str(error)
        return None

    def describe(self) -> str:
        """The schedule in plain words, e.g. "Every hour from 08:00 to 20:00, Europe/Warsaw"; for a spec
        that cannot run, what is wrong with it (lists show it rather than fail)."""
        try:
            words = _describe(_compile(self))
        except ScheduleError as error:
            return f"Invalid schedule: {error}"
        zone_name = (self.timezone or "").strip()
        return f"{words}, {zone_name}" if zone_name else words

    def next_times(self, count: int, after: datetime) -> list[datetime]:
        """The next `count` run times strictly after `after` (aware), in the spec's time zone.

        Times are wall-clock times of the zone. Across DST changes: a time that does not exist (the
        spring gap, e.g. 02:30 when clocks jump from 02:00 to 03:00) runs at the first moment after
        the gap (03:00), once even if several slots fell in the gap; a time that exists twice (the
        autumn overlap) runs at its first occurrence (fold=0), and an interval's time also at its
        second (fold=1) when a whole interval has passed since the time before it. A schedule that
        can never fire gives an empty list.
        """
        if after.tzinfo is None or after.utcoffset() is None:
            raise ValueError("next_times needs an aware datetime")
        return _upcoming(_compile(self), self.zone(), count, after)

    def times_between(self, after: datetime, until: datetime, limit: int = 10_000) -> list[datetime]:
        """The run times in (`after`, `until`], oldest first, at most `limit` of them (same rules as
        next_times); catch-up uses it to find the slot a missed run stands for."""
        if after.tzinfo is None or until.tzinfo is None:
            raise ValueError("times_between needs aware datetimes")
        return _upcoming(_compile(self), self.zone(), limit, after, until)


MAX_INTERVAL_MINUTES = 31 * 24 * 60
_DAY_MINUTES = 24 * 60
_ONE_DAY = timedelta(days=1)
# A 29 February can be eight years away; a schedule with no slot for this long never fires.
_SEARCH_DAYS = 366 * 9
_RESOLVE_MARGIN = timedelta(hours=3)
_LONG_INTERVAL_EPOCH = datetime(2000, 1, 3)
_HHMM = re.compile(r"(\d{1,2}):(\d{2})")
_DAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FULL_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True, slots=True)
class _Plan:
    """A checked spec in the form the time search needs."""

    kind: ScheduleKind
    every_minutes: int = 0
    at: time | None = None
    weekdays: tuple[int, ...] = ()
    cron: CronExpression | None = None
    window: tuple[time, time] | None = None

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self.every_minutes)


_FIELD_TYPES: dict[str, type] = {
    "kind": str,
    "every_minutes": int,
    "at": str,
    "days": list,
    "cron": str,
    "window_start": str,
    "window_end": str,
    "timezone": str,
}
_TYPE_WORDS: dict[type, str] = {str: "text", int: "a whole number", list: "a list"}


def _field_checks(spec: ScheduleSpec) -> list[tuple[str, Callable[[], object]]]:
    """Each part of a spec with the check of that part alone, in the order a merchant fixes them."""
    checks: list[tuple[str, Callable[[], object]]] = [("timezone", spec.zone)]
    if spec.window_start is not None:
        checks.append(("window_start", lambda: _parse_hhmm(spec.window_start, "start of the active hours")))
    if spec.window_end is not None:
        checks.append(("window_end", lambda: _parse_hhmm(spec.window_end, "end of the active hours")))
    checks.append(("window_start", lambda: _window(spec)))
    if spec.kind is ScheduleKind.INTERVAL:
        checks.append(("every_minutes", lambda: _compile(spec)))
    elif spec.kind is ScheduleKind.CRON:
        checks.append(("cron", lambda: _compile(spec)))
    else:
        checks.append(("at", lambda: _parse_hhmm(spec.at, "run time")))
        if spec.kind is ScheduleKind.WEEKLY:
            checks.append(("days", lambda: _weekdays(spec.days)))
    return checks


@functools.lru_cache(maxsize=512)
def _compile(spec: ScheduleSpec) -> _Plan:
    window = _window(spec)
    if spec.kind is ScheduleKind.INTERVAL:
        minutes = spec.every_minutes
        if minutes is None:
            raise ScheduleError("Choose how often the job runs.")
        if not isinstance(minutes, int) or isinstance(minutes, bool):
            raise ScheduleError("An interval is a whole number of minutes or hours.")
        if minutes < 1:
            raise ScheduleError("An interval must be at least 1 minute.")
        if minutes > MAX_INTERVAL_MINUTES:
            raise ScheduleError("An interval can be at most 31 days.")
        if window is not None and minutes >= _DAY_MINUTES:
            raise ScheduleError("Active hours need an interval shorter than a day.")
        return _Plan(spec.kind, every_minutes=minutes, window=window)
    if spec.kind is ScheduleKind.DAILY:
        return _Plan(spec.kind, at=_parse_hhmm(spec.at, "run time"), window=window)
    if spec.kind is ScheduleKind.WEEKLY:
        return _Plan(
            spec.kind, at=_parse_hhmm(spec.at, "run time"), weekdays=_weekdays(spec.days), window=window
        )
    if not spec.cron or not spec.cron.strip():
        raise ScheduleError("Enter a cron expression, for example '0 9 * * mon-fri'.")
    return _Plan(spec.kind, cron=parse_cron(spec.cron), window=window)


def _parse_hhmm(text: str | None, what: str) -> time:
    match = _HHMM.fullmatch(text.strip()) if text else None
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise ScheduleError(f"The {what} '{text or ''}' is not a time of day; use HH:MM from 00:00 to 23:59.")
    return time(int(match[1]), int(match[2]))


def _window(spec: ScheduleSpec) -> tuple[time, time] | None:
    if spec.window_start is None and spec.window_end is None:
        return None
    if spec.window_start is None or spec.window_end is None:
        raise ScheduleError("Give both the start and the end of the active hours, or neither.")
    start = _parse_hhmm(spec.window_start, "start of the active hours")
    end = _parse_hhmm(spec.window_end, "end of the active hours")
    if start == end:
        raise ScheduleError(
            f"The active hours start and end at the same time ({start:%H:%M}); choose different times, "
            "or no active hours to run around the clock."
        )
    return start, end


def _weekdays(days: tuple[str, ...]) -> tuple[int, ...]:
    if not days:
        raise ScheduleError("Choose at least one day of the week.")
    numbers: set[int] = set()
    for day in days:
        name = day.strip().lower() if isinstance(day, str) else ""
        if name in _FULL_DAY_NAMES:
            name = WEEKDAYS[_FULL_DAY_NAMES.index(name)]
        if name not in WEEKDAYS:
            raise ScheduleError(f"'{day}' is not a day of the week; use {', '.join(WEEKDAYS)}.")
        numbers.add(WEEKDAYS.index(name))
    return tuple(sorted(numbers))


def _in_window(moment: time, window: tuple[time, time]) -> bool:
    start, end = window
    if start < end:
        return start <= moment <= end
    return moment >= start or moment <= end


def _day_times(plan: _Plan, day: date, not_before: datetime) -> Iterable[datetime]:
    """The wall-clock slots that belong to `day`, in order (a wrapping window may end on the next day);
    frequent slots before `not_before` may be left out."""
    midnight = datetime.combine(day, time())
    if plan.kind is ScheduleKind.INTERVAL:
        step = timedelta(minutes=plan.every_minutes)
        if plan.window is not None:
            start = datetime.combine(day, plan.window[0])
            end = datetime.combine(day if plan.window[0] < plan.window[1] else day + _ONE_DAY, plan.window[1])
            count = int((end - start) / step) + 1
            skip = max(0, int((not_before - start) / step))
            return (start + index * step for index in range(min(skip, count), count))
        if plan.every_minutes < _DAY_MINUTES:
            skip = max(0, int((not_before - midnight).total_seconds() // 60 // plan.every_minutes))
            first = min(skip * plan.every_minutes, _DAY_MINUTES)
            return (midnight + timedelta(minutes=m) for m in range(first, _DAY_MINUTES, plan.every_minutes))
        steps = -((_LONG_INTERVAL_EPOCH - midnight) // step)
        slot = _LONG_INTERVAL_EPOCH + steps * step
        return [slot] if slot < midnight + _ONE_DAY else []
    if plan.kind is ScheduleKind.CRON:
        assert plan.cron is not None
        if not plan.cron.matches_day(day):
            return []
        hours = [h for h in plan.cron.hours if midnight.replace(hour=h, minute=59) >= not_before]
        slots: Iterable[datetime] = (
            midnight.replace(hour=h, minute=m) for h in hours for m in plan.cron.minutes
        )
    else:
        assert plan.at is not None
        if plan.kind is ScheduleKind.WEEKLY and day.weekday() not in plan.weekdays:
            return []
        slots = [datetime.combine(day, plan.at)]
    if plan.window is not None:
        window = plan.window
        return (slot for slot in slots if _in_window(slot.time(), window))
    return slots


def _upcoming(
    plan: _Plan, zone: tzinfo, count: int, after: datetime, until: datetime | None = None
) -> list[datetime]:
    found: list[datetime] = []
    last_utc = after.astimezone(UTC)
    until_utc = until.astimezone(UTC) if until is not None else None
    last_day = until.astimezone(zone).date() + _ONE_DAY if until is not None else date.max
    after_local = after.astimezone(zone)
    after_wall = after_local.replace(tzinfo=None)
    # Slots this far before `after` on the local clock cannot come after it: DST moves clocks back
    # by an hour or two, and a slot in a spring gap moves forward, never past `after`'s own wall time.
    # Away from a clock change, any slot before `after` on the local clock is before it.
    steady = all(
        (last_utc + shift).astimezone(zone).utcoffset() == after_local.utcoffset()
        for shift in (-_RESOLVE_MARGIN, _RESOLVE_MARGIN)
    )
    too_early = after_wall if steady else after_wall - _RESOLVE_MARGIN
    day = after_wall.date() - _ONE_DAY
    idle_days = 0
    # The schedule's slot before the one at hand, even when it is not after `after`: whether a
    # repeated time runs again depends on how long ago the slot before it was.
    previous: datetime | None = None
    while len(found) < count and idle_days < _SEARCH_DAYS and day <= last_day:
        idle_days += 1
        for moment_utc, repeat in _day_moments(plan, zone, day, too_early):
            if previous is not None and (
                moment_utc <= previous or (repeat and moment_utc - previous < plan.interval)
            ):
                continue
            previous = moment_utc
            if moment_utc <= last_utc:
                continue
            if until_utc is not None and moment_utc > until_utc:
                return found
            found.append(moment_utc.astimezone(zone))
            last_utc = moment_utc
            idle_days = 0
            if len(found) == count:
                break
        if day >= date.max - timedelta(days=2):
            break
        day += _ONE_DAY
    return found


def _day_moments(
    plan: _Plan, zone: tzinfo, day: date, too_early: datetime
) -> Iterable[tuple[datetime, bool]]:
    """The instants (UTC) of `day`'s slots in order, each with whether it is the second pass of a
    repeated time; only an interval's times get a second pass."""
    walls = (wall for wall in _day_times(plan, day, too_early) if wall >= too_early)
    if plan.kind is not ScheduleKind.INTERVAL or not _clocks_go_back(zone, day):
        return ((_resolve(wall, zone).astimezone(UTC), False) for wall in walls)
    moments: list[tuple[datetime, bool]] = []
    for wall in walls:
        first = _resolve(wall, zone).astimezone(UTC)
        moments.append((first, False))
        second = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
        if second > first:
            moments.append((second, True))
    moments.sort()
    return moments


def _clocks_go_back(zone: tzinfo, day: date) -> bool:
    """Whether the clock repeats some time between `day`'s midnight and two days later (a day's
    slots may run into the next morning)."""
    start = datetime.combine(day, time()).replace(tzinfo=zone)
    end = (start.astimezone(UTC) + 2 * _ONE_DAY).astimezone(zone)
    before, after = start.utcoffset(), end.utcoffset()
    return before is not None and after is not None and after < before


def _resolve(wall: datetime, zone: tzinfo) -> datetime:
    """The instant of a wall-clock time: the first occurrence when it repeats, the end of the gap when
    clocks skip it."""
    moment = wall.replace(tzinfo=zone, fold=0)
    probe = wall
    for _ in range(_DAY_MINUTES + 1):
        candidate = probe.replace(tzinfo=zone, fold=0)
        if candidate.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == probe:
            return candidate
        probe += timedelta(minutes=1)
    return moment


def _describe(plan: _Plan) -> str:
    window = plan.window
    if plan.kind is ScheduleKind.INTERVAL:
        words = _every(plan.every_minutes)
        return f"{words} from {window[0]:%H:%M} to {window[1]:%H:%M}" if window else words
    if plan.kind is ScheduleKind.DAILY:
        words = f"Daily at {plan.at:%H:%M}"
    elif plan.kind is ScheduleKind.WEEKLY:
        words = f"Weekly on {_join([_DAY_LABELS[d] for d in plan.weekdays])} at {plan.at:%H:%M}"
    else:
        assert plan.cron is not None
        words = f"Cron: {plan.cron.text} ({describe_cron(plan.cron)})"
    return f"{words}, only from {window[0]:%H:%M} to {window[1]:%H:%M}" if window else words


def _every(minutes: int) -> str:
    for size, unit in ((_DAY_MINUTES, "day"), (60, "hour"), (1, "minute")):
        if minutes % size == 0:
            amount = minutes // size
            return f"Every {unit}" if amount == 1 else f"Every {amount} {unit}s"
    raise AssertionError(minutes)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


_system_zone_override: list[tzinfo] = []


def set_system_timezone(zone: tzinfo | None) -> None:
    """Let the app supply the system zone (the scheduler passes tzlocal's answer, which also works on
    Windows); None goes back to what the stdlib can find."""
    _system_zone_override[:] = [zone] if zone is not None else []


def system_timezone() -> tzinfo:
    """The zone of specs without one: set_system_timezone's, else $TZ when it names a zone, else
    /etc/localtime (Linux, macOS), else the current UTC offset (then DST changes are not foreseen)."""
    if _system_zone_override:
        return _system_zone_override[0]
    return _stdlib_system_zone(os.environ.get("TZ"))


@functools.lru_cache(maxsize=4)
def _stdlib_system_zone(tz_variable: str | None) -> tzinfo:
    if tz_variable:
        try:
            return ZoneInfo(tz_variable.removeprefix(":"))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    try:
        with open("/etc/localtime", "rb") as localtime:
            return ZoneInfo.from_file(localtime, key="localtime")
    except (OSError, ValueError):
        fixed = datetime.now().astimezone().tzinfo
        return fixed if fixed is not None else UTC


@functools.lru_cache(maxsize=64)
def named_zone(name: str) -> ZoneInfo:
    """The IANA zone `name`, or ScheduleError when there is no such zone."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ScheduleError(f"Unknown time zone '{name}'; use a name such as Europe/Warsaw.") from None

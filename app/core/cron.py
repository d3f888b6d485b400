"""Five-field crontab expressions, parsed with crontab's own meaning (not APScheduler's).

Day of week counts like crontab: 0 and 7 are Sunday, 1 is Monday; names sun..sat and jan..dec are
accepted in any case. Ranges may wrap (`22-2` for hours, `fri-mon` for days): they run to the end of
the field and start again at its beginning. When both day of month and day of week are restricted
(neither starts with `*`), a day matches if EITHER matches, as in Vixie cron.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from app.core.errors import ScheduleError

MONTH_NAMES: tuple[str, ...] = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
CRON_DAY_NAMES: tuple[str, ...] = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")

MACROS: dict[str, str] = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}


@dataclass(frozen=True, slots=True)
class _Field:
    label: str
    low: int
    high: int
    names: tuple[str, ...] = ()
    name_base: int = 0


_MINUTE = _Field("minute", 0, 59)
_HOUR = _Field("hour", 0, 23)
_DAY_OF_MONTH = _Field("day-of-month", 1, 31)
_MONTH = _Field("month", 1, 12, MONTH_NAMES, 1)
# 7 is accepted as a second Sunday and folded onto 0 after parsing.
_DAY_OF_WEEK = _Field("day-of-week", 0, 7, CRON_DAY_NAMES, 0)


@dataclass(frozen=True, slots=True)
class CronExpression:
    """A parsed expression. `weekdays` uses Python's numbering (Monday 0 .. Sunday 6)."""

    text: str
    minutes: tuple[int, ...]
    hours: tuple[int, ...]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]
    days_restricted: bool
    weekdays_restricted: bool

    def matches_day(self, day: date) -> bool:
        if day.month not in self.months:
            return False
        day_ok = day.day in self.days
        weekday_ok = day.weekday() in self.weekdays
        if self.days_restricted and self.weekdays_restricted:
            return day_ok or weekday_ok
        return day_ok and weekday_ok


def parse_cron(expression: str) -> CronExpression:
    """Parse `expression` or raise ScheduleError naming the field and what is wrong with it."""
    text = " ".join(expression.split())
    source = MACROS.get(text.lower(), text)
    if text.startswith("@") and text.lower() not in MACROS:
        raise ScheduleError(
            f"'{text}' is not a cron shortcut we know; use one of {', '.join(MACROS)} or five fields."
        )
    parts = source.split(" ")
    if len(parts) != 5 or not source:
        count = 0 if not source else len(parts)
        raise ScheduleError(
            "A cron expression has five fields (minute hour day-of-month month day-of-week); "
            f"'{text}' has {count}."
        )
    minutes = _parse_field(parts[0], _MINUTE)
    hours = _parse_field(parts[1], _HOUR)
    days = _parse_field(parts[2], _DAY_OF_MONTH)
    months = _parse_field(parts[3], _MONTH)
    cron_weekdays = {value % 7 for value in _parse_field(parts[4], _DAY_OF_WEEK)}
    return CronExpression(
        text=text,
        minutes=tuple(sorted(minutes)),
        hours=tuple(sorted(hours)),
        days=frozenset(days),
        months=frozenset(months),
        weekdays=frozenset((value - 1) % 7 for value in cron_weekdays),
        days_restricted=not parts[2].startswith("*"),
        weekdays_restricted=not parts[4].startswith("*"),
    )


def _parse_field(text: str, spec: _Field) -> set[int]:
    values: set[int] = set()
    for item in text.split(","):
        values.update(_parse_item(item, text, spec))
    return values


def _parse_item(item: str, whole: str, spec: _Field) -> Iterable[int]:
    def fail(why: str) -> ScheduleError:
        return ScheduleError(f"The {spec.label} field of the cron expression, '{whole}', {why}.")

    if not item:
        raise fail("has an empty entry between commas")
    range_text, _, step_text = item.partition("/")
    step = 1
    if step_text or item.endswith("/"):
        if not step_text.isdigit() or int(step_text) < 1:
            raise fail(f"has the step '{step_text}'; a step must be a whole number of at least 1")
        step = int(step_text)
    if range_text == "*":
        # `*` never covers the second Sunday (7).
        return range(spec.low, min(spec.high, 6) + 1 if spec is _DAY_OF_WEEK else spec.high + 1, step)
    first_text, dash, last_text = range_text.partition("-")
    first = _parse_value(first_text, spec, fail)
    if dash:
        last = _parse_value(last_text, spec, fail)
    elif step_text:
        last = 6 if spec is _DAY_OF_WEEK else spec.high
    else:
        return (first,)
    return _cyclic_range(first, last, spec)[::step]


def _cyclic_range(first: int, last: int, spec: _Field) -> list[int]:
    """`first`..`last` inclusive; when `last` comes before `first` the range wraps round the field."""
    if spec is _DAY_OF_WEEK:
        if {first, last} == {0, 7}:
            return list(range(0, 7))
        first, last = first % 7, last % 7
        high = 6
    else:
        high = spec.high
    if first <= last:
        return list(range(first, last + 1))
    return list(range(first, high + 1)) + list(range(spec.low, last + 1))


def _parse_value(text: str, spec: _Field, fail: Callable[[str], ScheduleError]) -> int:
    lowered = text.lower()
    if lowered in spec.names:
        return spec.names.index(lowered) + spec.name_base
    if not text.isdigit():
        if text in ("?", "L", "W") or "#" in text or text.endswith(("L", "W")):
            raise fail(f"uses '{text}', which crontab does not support")
        if spec.names:
            hint = ", ".join(spec.names)
            extra = " or 0-7, where 0 and 7 are Sunday" if spec is _DAY_OF_WEEK else " or 1-12"
            raise fail(f"has '{text}', which is neither a number nor a name ({hint}{extra})")
        raise fail(f"has '{text}', which is not a number")
    value = int(text)
    if not spec.low <= value <= spec.high:
        raise fail(f"has {value}, outside {spec.low}-{spec.high}")
    return value


_FULL_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FULL_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def describe_cron(cron: CronExpression) -> str:
    """Plain words for an expression, e.g. "at 09:00 on Sunday" or "every 15 minutes during hours 8-17"."""
    words = [_describe_time(cron)]
    day_words = _describe_days(cron)
    if day_words:
        words.append(day_words)
    if len(cron.months) < 12:
        words.append(
            "in "
            + _join_runs(
                [month - 1 for month in sorted(cron.months)], lambda month: _FULL_MONTHS[month], cycle=12
            )
        )
    return " ".join(words)


def _describe_time(cron: CronExpression) -> str:
    every_hour = len(cron.hours) == 24
    if not every_hour and len(cron.minutes) * len(cron.hours) <= 6:
        return "at " + _join([f"{hour:02d}:{minute:02d}" for hour in cron.hours for minute in cron.minutes])
    if len(cron.minutes) == 60:
        minute_words = "every minute"
    elif len(cron.minutes) > 1 and cron.minutes == tuple(range(0, 60, cron.minutes[1])):
        minute_words = f"every {cron.minutes[1]} minutes"
    elif len(cron.minutes) == 1:
        minute_words = "every hour" if not every_hour else f"at minute {cron.minutes[0]}"
    else:
        minute_words = "at minutes " + _join_runs(list(cron.minutes), str)
    if every_hour:
        return minute_words if minute_words.startswith("every") else f"{minute_words} of every hour"
    hours = _single_run(list(cron.hours), 24)
    if hours is not None and minute_words.startswith("every"):
        first, last = hours
        return f"{minute_words} from {first:02d}:{cron.minutes[0]:02d} to {last:02d}:{cron.minutes[-1]:02d}"
    if minute_words == "every hour":
        step = cron.hours[1] - cron.hours[0]
        if cron.hours[0] < step and cron.hours == tuple(range(cron.hours[0], 24, step)):
            return f"every {step} hours from {cron.hours[0]:02d}:{cron.minutes[0]:02d}"
        minute_words = f"at minute {cron.minutes[0]}"
    label = "hour" if len(cron.hours) == 1 else "hours"
    return f"{minute_words} during {label} " + _join_runs(list(cron.hours), str, dash=True, cycle=24)


def _single_run(values: list[int], cycle: int) -> tuple[int, int] | None:
    """(first, last) when `values` are consecutive, possibly wrapping round the cycle (22, 23, 0, 1)."""
    breaks = [i for i in range(1, len(values)) if values[i] != values[i - 1] + 1]
    if not breaks:
        return values[0], values[-1]
    if len(breaks) == 1 and values[0] == 0 and values[-1] == cycle - 1:
        return values[breaks[0]], values[breaks[0] - 1]
    return None


def _describe_days(cron: CronExpression) -> str:
    day_words = ""
    if cron.days_restricted:
        label = "day" if len(cron.days) == 1 else "days"
        day_words = f"on {label} " + _join_runs(sorted(cron.days), str, dash=True) + " of the month"
    weekday_words = ""
    if cron.weekdays_restricted and len(cron.weekdays) < 7:
        weekday_words = "on " + _join_runs(sorted(cron.weekdays), lambda day: _FULL_DAYS[day], cycle=7)
    if day_words and weekday_words:
        return f"{day_words} or {weekday_words}"
    return day_words or weekday_words


def _join_runs(values: list[int], name: Callable[[int], str], dash: bool = False, cycle: int = 0) -> str:
    """Consecutive values of three or more read as a range ("Monday to Friday", "8-17"); with `cycle`,
    a run may wrap round ("Friday to Monday", "22-2")."""
    if cycle and values and len(values) < cycle and values[0] == 0 and values[-1] == cycle - 1:
        wrap = max(i for i in range(1, len(values)) if values[i] != values[i - 1] + 1)
        values = values[wrap:] + values[:wrap]
    parts: list[str] = []
    start = 0
    while start < len(values):
        end = start
        while end + 1 < len(values) and values[end + 1] == (values[end] + 1) % (cycle or 10**9):
            end += 1
        if end - start >= 2:
            joiner = "-" if dash else " to "
            parts.append(f"{name(values[start])}{joiner}{name(values[end])}")
        else:
            parts.extend(name(value) for value in values[start : end + 1])
        start = end + 1
    return _join(parts)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"

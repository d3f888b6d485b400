"""What a merchant sets up - a store's settings, a job's kind, schedule and options - checked once for
every way in: the store editor, `config import` and the control API. A problem names the field at
fault and says what to change, so a file that the editor would refuse is refused the same way."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from app.core.errors import ScheduleError, StoreSyncError
from app.core.models import JobKind, Platform
from app.core.platforms import PLATFORM_FIELDS, SettingField, validate_status
from app.core.schedule import ScheduleSpec

# The kinds a store's own jobs may have, and those that run once for all stores.
STORE_JOB_KINDS: Final = (
    JobKind.INVENTORY_PULL,
    JobKind.ORDERS_PULL,
    JobKind.STOCK_PUSH,
    JobKind.LOW_STOCK_CHECK,
)
GLOBAL_JOB_KINDS: Final = (JobKind.CLEANUP,)


class SetupProblem(StoreSyncError, ValueError):
    """A setting, or a part of a job, that cannot be saved; `field` names it (`schedule.cron`,
    `options.threshold`, `shop_domain`)."""

    kind = "setup"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == {}


def setting_problem(field: SettingField, value: Any) -> str | None:
    """Why `value` cannot be the setting `field`, in plain words; None when it can."""
    if field.kind == "int":
        return None if isinstance(value, int) and not isinstance(value, bool) else "must be a whole number"
    if field.kind == "choice":
        return None if value in field.choices else f"must be one of {', '.join(field.choices)}"
    if field.kind == "url":
        ok = isinstance(value, str) and value.startswith(("https://", "http://"))
        return None if ok else "must be an address starting with https://"
    if field.kind == "mapping":
        ok = isinstance(value, Mapping) and all(isinstance(v, str) for v in value.values())
        return None if ok else 'must be an object of dotted paths such as {"sku": "code"}'
    if field.kind == "json":
        return None if isinstance(value, Mapping) else 'must be a JSON object such as {"page": 1}'
    if field.kind == "status_map":
        if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
            return 'must be an object of store statuses such as {"Sent": "shipped"}'
        for ours in value.values():
            try:
                validate_status(ours)
            except ValueError as error:
                return str(error)
        return None
    return None if isinstance(value, str) else "must be text"


def check_store_settings(platform: Platform, settings: object) -> None:
    """Raise SetupProblem for the first non-secret setting the store editor would refuse: a required
    one left empty, or a value of the wrong kind. Settings the platform does not declare are kept."""
    if not isinstance(settings, Mapping):
        raise SetupProblem("settings", "the settings are an object of names and values")
    for field in PLATFORM_FIELDS[platform]:
        if field.kind == "secret":
            continue
        value = settings.get(field.name)
        if is_empty(value):
            if field.required and field.default is None:
                raise SetupProblem(field.name, f"{field.label} is required")
            continue
        if (problem := setting_problem(field, value)) is not None:
            raise SetupProblem(field.name, f"{field.label} {problem}")


def _whole_number(low: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= low
        return None if ok else f"must be a whole number of at least {low}"

    return check


def _positive_number(value: Any) -> str | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and value > 0
    return None if ok else "must be a number above 0"


# The options the engine reads from a job, with what each must be.
OPTION_CHECKS: Final[dict[str, Callable[[Any], str | None]]] = {
    "full_read_hours": _positive_number,
    "threshold": _whole_number(0),
    "retention_days": _whole_number(1),
    "source_store_id": _whole_number(1),
}


def check_job(
    kind: object, schedule: object, options: object, *, for_store: bool
) -> tuple[JobKind, ScheduleSpec]:
    """The job's kind and schedule, checked as the editor checks them; raises SetupProblem naming
    `kind`, `schedule.<part>` or `options.<name>`."""
    allowed = STORE_JOB_KINDS if for_store else GLOBAL_JOB_KINDS
    if kind not in {allowed_kind.value for allowed_kind in allowed}:
        owner = "a store" if for_store else "all stores"
        choices = ", ".join(allowed_kind.value for allowed_kind in allowed)
        raise SetupProblem("kind", f"'{kind}' is not a kind of job for {owner}; use {choices}")
    try:
        spec = ScheduleSpec.parse(schedule)
    except ScheduleError as error:
        field = f"schedule.{error.field}" if error.field and error.field != "schedule" else "schedule"
        raise SetupProblem(field, str(error)) from None
    if not isinstance(options, Mapping):
        raise SetupProblem("options", "the options are an object of names and values")
    for name, value in options.items():
        check = OPTION_CHECKS.get(name)
        if check is not None and (problem := check(value)) is not None:
            raise SetupProblem(f"options.{name}", f"{name} {problem}, not {value!r}")
    return JobKind(str(kind)), spec

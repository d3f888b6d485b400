"""`config import` checks the whole file before it writes anything: every store and job passes the
core checks the store editor and the control API apply (ScheduleSpec.parse, the settings' and job
options' rules of app.core.operations), or the file is refused in one line that names the store, the
job and the field."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, NoReturn

from app.core.errors import InvalidRequest, ScheduleError
from app.core.models import JobKind, Platform
from app.core.operations import push_options
from app.core.operations.jobs import JOB_OPTIONS
from app.core.operations.lookup import parse_whole
from app.core.operations.stores import convert_setting
from app.core.platforms import PLATFORM_FIELDS
from app.core.schedule import ScheduleSpec
from app.core.settings import DEFAULTS

# The kinds a store's own jobs may have, and those that run once for all stores.
STORE_JOB_KINDS = (
    JobKind.INVENTORY_PULL,
    JobKind.ORDERS_PULL,
    JobKind.STOCK_PUSH,
    JobKind.LOW_STOCK_CHECK,
    JobKind.SHIPMENT_PULL,
)
GLOBAL_JOB_KINDS = (JobKind.CLEANUP,)


def check_export(source: str, document: Mapping[str, Any], existing_stores: Collection[str]) -> None:
    """Raise InvalidRequest for the first thing in `document` the editor would refuse; nothing is written."""
    stores = document.get("stores")
    if not isinstance(stores, list):
        _refuse(source, "stores", "the stores are a list")
    names = [str(entry.get("name")) for entry in stores if isinstance(entry, Mapping)]
    for entry in stores:
        if not isinstance(entry, Mapping):
            _refuse(source, "stores", "each store is an object")
        name = entry.get("name")
        where = f"store {name!r}"
        if not isinstance(name, str) or not name.strip():
            _refuse(source, where, "name: give the store a name")
        if names.count(name) > 1:
            _refuse(source, where, "name: the file has two stores of this name")
        _check_settings(source, where, Platform(str(entry.get("platform"))), entry.get("settings", {}))
        jobs = entry.get("jobs", [])
        if not isinstance(jobs, list):
            _refuse(source, where, "jobs: the jobs are a list")
        for number, job in enumerate(jobs, start=1):
            _check_job(source, f"{where}, job {number}", job, name, {*names, *existing_stores})
    global_jobs = document.get("global_jobs", [])
    if not isinstance(global_jobs, list):
        _refuse(source, "global_jobs", "the global jobs are a list")
    for number, job in enumerate(global_jobs, start=1):
        _check_job(source, f"global job {number}", job, None, ())
    settings = document.get("settings", {})
    if not isinstance(settings, Mapping):
        _refuse(source, "settings", "the settings are an object of names and values")
    for key, value in settings.items():
        if key in DEFAULTS and not _same_kind(DEFAULTS[key], value):
            _refuse(source, f"setting {key!r}", f"{value!r} is not a value this setting takes")


def _check_settings(source: str, where: str, platform: Platform, settings: object) -> None:
    """The editor's rules: a required setting is given, and each value is one its field takes."""
    if not isinstance(settings, Mapping):
        _refuse(source, where, "settings: the settings are an object of names and values")
    for field in PLATFORM_FIELDS[platform]:
        value = settings.get(field.name)
        if field.kind == "secret":
            continue
        if value is None or value == "" or value == {}:
            if field.required and field.default is None:
                _refuse(source, where, f"settings.{field.name}: {field.label} is required")
            continue
        try:
            convert_setting(field, value)
        except InvalidRequest as error:
            _refuse(source, where, f"settings.{field.name}: {error}")


def _check_job(source: str, where: str, job: object, owner: str | None, store_names: Collection[str]) -> None:
    if not isinstance(job, Mapping):
        _refuse(source, where, "a job is an object with kind, schedule and options")
    where = f"{where} ({job.get('kind')})"
    allowed = STORE_JOB_KINDS if owner is not None else GLOBAL_JOB_KINDS
    if job.get("kind") not in [kind.value for kind in allowed]:
        choices = ", ".join(kind.value for kind in allowed)
        _refuse(source, where, f"kind: use {choices}")
    kind = JobKind(job["kind"])
    try:
        ScheduleSpec.parse(job.get("schedule"))
    except ScheduleError as error:
        part = f"schedule.{error.field}" if error.field and error.field != "schedule" else "schedule"
        _refuse(source, where, f"{part}: {error}")
    options = job.get("options", {})
    if not isinstance(options, Mapping):
        _refuse(source, where, "options: the options are an object of names and values")
    if kind is JobKind.STOCK_PUSH:
        _check_push(source, where, options, owner, store_names)
        return
    for name, value in options.items():
        rule = JOB_OPTIONS.get(name)
        if rule is None or kind not in rule[0]:
            _refuse(source, where, f"options.{name}: not an option of {kind.value} jobs")
        try:
            parse_whole(value, name, minimum=rule[1])
        except InvalidRequest as error:
            _refuse(source, where, f"options.{name}: {error}")


def _check_push(
    source: str, where: str, options: Mapping[str, Any], owner: str | None, store_names: Collection[str]
) -> None:
    """A file names a push's sources (source_store, or source_stores to combine); its settings are
    checked by the code the push runs."""
    for key in options:
        if key not in (*push_options.BY_NAME, *push_options.SETTINGS, *push_options.STATE):
            _refuse(source, where, f"options.{key}: not an option of stock_push jobs in a file")
    named: list[Any] = [options.get("source_store")]
    if "source_stores" in options:
        named = options["source_stores"] if isinstance(options["source_stores"], list) else [None]
    for name in named or [None]:
        if name not in store_names or name == owner:
            _refuse(
                source,
                where,
                f"options.source_store: a stock push copies from another store of the file or of "
                f"this installation, not {name!r}",
            )
    stand_ins = {key: value for key, value in options.items() if key in push_options.SETTINGS}
    try:
        push_options.check_push_settings(
            {**stand_ins, "source_store_ids": list(range(1, len(named) + 1))}, None
        )
    except InvalidRequest as error:
        _refuse(source, where, f"options: {error}")


def _same_kind(default: Any, value: Any) -> bool:
    if default is None or isinstance(default, str):
        return value is None or isinstance(value, str)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, type(default)) and not isinstance(value, bool)


def _refuse(source: str, where: str, why: str) -> NoReturn:
    raise InvalidRequest(f"{source}: {where}: {why.rstrip('.')}. Nothing was imported.")

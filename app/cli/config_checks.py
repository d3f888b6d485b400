"""`config import` checks the whole file before it writes anything: every store and job passes the
checks the store editor applies (app.core.setup_checks), or the file is refused in one line that
names the store, the job and the field."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any, NoReturn

from app.cli.common import UsageError
from app.core.models import JobKind, Platform
from app.core.settings import DEFAULTS
from app.core.setup_checks import SetupProblem, check_job, check_store_settings


def check_export(source: Path, document: Mapping[str, Any], existing_stores: Collection[str]) -> None:
    """Raise UsageError for the first thing in `document` the editor would refuse; nothing is written."""
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
        try:
            check_store_settings(Platform(str(entry.get("platform"))), entry.get("settings", {}))
        except SetupProblem as problem:
            _refuse(source, where, f"settings.{problem.field}: {problem}")
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


def _check_job(
    source: Path, where: str, job: object, owner: str | None, store_names: Collection[str]
) -> None:
    if not isinstance(job, Mapping):
        _refuse(source, where, "a job is an object with kind, schedule and options")
    where = f"{where} ({job.get('kind')})"
    options = job.get("options", {})
    try:
        kind, _ = check_job(job.get("kind"), job.get("schedule"), options, for_store=owner is not None)
    except SetupProblem as problem:
        _refuse(source, where, f"{problem.field}: {problem}")
    if kind is JobKind.STOCK_PUSH:
        source_store = options.get("source_store")
        if source_store not in store_names or source_store == owner:
            _refuse(
                source,
                where,
                f"options.source_store: a stock push copies from another store of the file or of "
                f"this installation, not {source_store!r}",
            )


def _same_kind(default: Any, value: Any) -> bool:
    if default is None or isinstance(default, str):
        return value is None or isinstance(value, str)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, type(default)) and not isinstance(value, bool)


def _refuse(source: Path, where: str, why: str) -> NoReturn:
    raise UsageError(f"{source}: {where}: {why.rstrip('.')}. Nothing was imported.")

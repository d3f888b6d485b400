"""Jobs: validate a schedule and options, add, change and remove a job, and list the upcoming run
times. Every change is saved, then handed to the running scheduler so it takes effect at once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Final

from app.core.errors import InvalidRequest, ScheduleError
from app.core.events import StoresChanged
from app.core.models import Job, JobKind, Platform, Store
from app.core.operations.lookup import find_store, parse_kind, parse_whole
from app.core.operations.push_options import parse_push_options
from app.core.operations.status import job_report
from app.core.platforms import DECLARATIONS, jobs_for
from app.core.ports import StoreRepository
from app.core.push_settings import PREVIEWED_OPTION
from app.core.schedule import ScheduleSpec
from app.core.services import AppServices

# option -> (job kinds that read it, smallest allowed value); every option is a whole number. A stock
# push's options are app.core.operations.push_options'.
JOB_OPTIONS: dict[str, tuple[frozenset[JobKind], int]] = {
    "threshold": (frozenset({JobKind.LOW_STOCK_CHECK}), 0),
    "all_stores": (frozenset({JobKind.LOW_STOCK_CHECK}), 0),  # 1: check the sum of every store's stock
    "retention_days": (frozenset({JobKind.CLEANUP}), 1),
    "full_read_hours": (frozenset({JobKind.INVENTORY_PULL}), 1),
}
UPCOMING_MOST = 50


def parse_schedule(data: object) -> ScheduleSpec:
    """A schedule from its JSON form ({"kind": "interval", "every_minutes": 15}, {"kind": "daily",
    "at": "02:00"}, {"kind": "weekly", "days": ["mon"], "at": "09:00"}, {"kind": "cron", "cron": ...},
    optional window_start/window_end/timezone), checked as the schedule editor and config import check it."""
    try:
        return ScheduleSpec.parse(data)
    except ScheduleError as error:
        part = f"the schedule's {error.field}: " if error.field and error.field != "schedule" else ""
        raise InvalidRequest(f"{part}{error}") from None


def parse_options(
    stores: StoreRepository, kind: JobKind, store_id: int | None, data: object
) -> dict[str, Any]:
    """A job's options, each checked against what its kind reads (a stock push's as its run reads them:
    push_options)."""
    if not isinstance(data, Mapping):
        raise InvalidRequest("the options must be an object")
    if kind is JobKind.STOCK_PUSH:
        return parse_push_options(stores, store_id, data)
    options: dict[str, Any] = {}
    for name, value in data.items():
        rule = JOB_OPTIONS.get(name)
        if rule is None or kind not in rule[0]:
            allowed = ", ".join(key for key, (kinds, _) in JOB_OPTIONS.items() if kind in kinds) or "none"
            raise InvalidRequest(f"{name!r} is not an option of {kind.value} jobs (options: {allowed})")
        if value is None:
            continue
        options[name] = parse_whole(value, name, minimum=rule[1])
    return options


def job_entry(services: AppServices, job: Job) -> dict[str, Any]:
    """A job as the API lists it: its store, options and catch-up, and status's last and next run."""
    store = services.stores.get_store(job.store_id) if job.store_id is not None else None
    return {
        **job_report(job, services.runs, services.scheduler, datetime.now(UTC)),
        "store_id": job.store_id,
        "store_name": None if store is None else store.name,
        "catch_up": job.catch_up,
        "options": dict(job.options),
    }


async def add_job(services: AppServices, data: Mapping[str, Any]) -> Job:
    """A new job: `kind`, `schedule`, `store` (name or id; none only for cleanup), `options`, `paused`,
    `catch_up`."""
    kind = parse_kind(data.get("kind"))
    store_ref = data.get("store")
    if store_ref is None and kind is not JobKind.CLEANUP:
        raise InvalidRequest(f"a {kind.value} job belongs to a store: say which (store)")
    store = None if store_ref is None else find_store(services.stores, store_ref)
    store_id = None if store is None else store.id
    if store is not None:
        _check_store_runs(store, kind)
    job = Job(
        kind=kind,
        schedule=parse_schedule(data.get("schedule")),
        store_id=store_id,
        paused=_flag(data, "paused", False),
        catch_up=_flag(data, "catch_up", True),
        options=parse_options(services.stores, kind, store_id, data.get("options", {})),
    )
    if kind is JobKind.STOCK_PUSH:
        job.options.setdefault(PREVIEWED_OPTION, False)  # a new push waits for its first preview
    saved = await services.stores.save_job(job)
    assert saved.id is not None
    services.scheduler.reload_job(saved.id)
    services.bus.publish(StoresChanged())
    return saved


STORE_KINDS: Final = frozenset().union(*(declared.capabilities for declared in DECLARATIONS.values()))


def _check_store_runs(store: Store, kind: JobKind) -> None:
    """A job the store's connector cannot run is refused when it is added, not at each of its runs."""
    if kind not in STORE_KINDS or kind in jobs_for(store.platform, store.settings):
        return
    words = kind.value.replace("_", " ")
    if store.platform is Platform.GENERIC_JSON:
        endpoint = {
            JobKind.ORDERS_PULL: "orders_endpoint",
            JobKind.STOCK_PUSH: "stock_endpoint",
            JobKind.SHIPMENT_PULL: "shipments_endpoint",
        }.get(kind)
        if endpoint is not None:
            raise InvalidRequest(
                f"{store.name} cannot run {words} jobs until its {endpoint} is set "
                f"(storesync store edit {store.name!r} --set {endpoint}=...)"
            )
    raise InvalidRequest(f"{store.name} ({store.platform.value}) cannot run {words} jobs")


async def change_job(services: AppServices, job: Job, data: Mapping[str, Any]) -> Job:
    """Change a job's `schedule`, `options` (merged; null removes one), `catch_up` or `paused`."""
    unknown = sorted(set(data) - {"schedule", "options", "catch_up", "paused"})
    if unknown:
        raise InvalidRequest(
            f"a job has no field {unknown[0]!r} to change (schedule, options, catch_up, paused)"
        )
    changed = job
    if "schedule" in data:
        changed = replace(changed, schedule=parse_schedule(data["schedule"]))
    if "options" in data:
        if not isinstance(data["options"], Mapping):
            raise InvalidRequest("the options must be an object")
        kept = {key: value for key, value in job.options.items() if key not in data["options"]}
        given = {key: value for key, value in data["options"].items() if value is not None}
        checked = parse_options(services.stores, job.kind, job.store_id, {**kept, **given})
        changed = replace(changed, options=checked)
    if "catch_up" in data:
        changed = replace(changed, catch_up=_flag(data, "catch_up", job.catch_up))
    assert job.id is not None
    if changed is not job:
        await services.stores.save_job(changed)
        services.scheduler.reload_job(job.id)
    if "paused" in data:
        if _flag(data, "paused", job.paused):
            await services.scheduler.pause_job(job.id)
        else:
            await services.scheduler.resume_job(job.id)
    services.bus.publish(StoresChanged())
    found = services.stores.get_job(job.id)
    assert found is not None
    return found


async def remove_job(services: AppServices, job: Job) -> None:
    assert job.id is not None
    services.scheduler.remove_job(job.id)
    await services.stores.delete_job(job.id)
    services.bus.publish(StoresChanged())


def upcoming(services: AppServices, filters: Mapping[str, Any]) -> dict[str, Any]:
    """The next `count` run times of every scheduled job (or of `job`, or of `store`'s jobs), soonest
    first: the live scheduler's next time, then the schedule's."""
    count = parse_whole(filters.get("count", 5), "count", minimum=1, maximum=UPCOMING_MOST)
    jobs = services.stores.list_jobs()
    if filters.get("store") not in (None, ""):
        store = find_store(services.stores, filters["store"])
        jobs = [job for job in jobs if job.store_id == store.id]
    if filters.get("job") not in (None, ""):
        wanted = parse_whole(filters["job"], "the job id")
        jobs = [job for job in jobs if job.id == wanted]
    names = {store.id: store.name for store in services.stores.list_stores()}
    entries = []
    for job in jobs:
        assert job.id is not None
        first = services.scheduler.next_run_time(job.id)
        times = [] if first is None else [first, *_following(job.schedule, first, count - 1)]
        entries.append(
            {
                "job_id": job.id,
                "store_id": job.store_id,
                "store_name": names.get(job.store_id),
                "kind": job.kind.value,
                "paused": job.paused or services.scheduler.paused_all,
                "times": [moment.isoformat() for moment in times],
            }
        )
    entries.sort(key=_soonest)
    return {"jobs": entries}


def _soonest(entry: dict[str, Any]) -> str:
    times: list[str] = entry["times"]
    return times[0] if times else "~"  # jobs without a next run last


def _following(spec: ScheduleSpec, after: datetime, count: int) -> list[datetime]:
    if count <= 0:
        return []
    try:
        return spec.next_times(count, after)
    except (ScheduleError, ValueError):
        return []


def _flag(data: Mapping[str, Any], name: str, fallback: bool) -> bool:
    value = data.get(name, fallback)
    if not isinstance(value, bool):
        raise InvalidRequest(f"{name} must be true or false, not {value!r}")
    return value

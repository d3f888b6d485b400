"""Finding the stores and jobs a request names, with the same sentence for every caller when one is
unknown."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.errors import InvalidRequest, NotFound
from app.core.models import Job, JobKind, Platform, Store
from app.core.ports import StoreRepository


def find_store(stores: StoreRepository, reference: str | int) -> Store:
    """A store by id (a number) or by name; NotFound lists the stores there are."""
    text = str(reference).strip()
    found = stores.get_store(int(text)) if text.isdigit() else None
    if found is None:
        found = stores.find_store(text)
    if found is None:
        listing = ", ".join(store.name for store in stores.list_stores()) or "none yet"
        raise NotFound(f"no store named {text!r} (stores: {listing})")
    return found


def find_job(stores: StoreRepository, reference: str | int) -> Job:
    job_id = parse_whole(reference, "the job id")
    found = stores.get_job(job_id)
    if found is None:
        raise NotFound(f"no job with id {job_id}")
    return found


def parse_whole(value: object, what: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
    """A whole number from JSON or text; "`what` must be a whole number, not 'x'" otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise InvalidRequest(f"{what} must be a whole number, not {value!r}")
    try:
        number = int(value)
    except ValueError:
        raise InvalidRequest(f"{what} must be a whole number, not {value!r}") from None
    if minimum is not None and number < minimum:
        raise InvalidRequest(f"{what} must be at least {minimum}, not {number}")
    if maximum is not None and number > maximum:
        raise InvalidRequest(f"{what} must be at most {maximum}, not {number}")
    return number


def parse_choice(value: object, what: str, choices: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise InvalidRequest(f"{what} must be one of {', '.join(choices)}, not {value!r}")
    return value


def parse_kind(value: object) -> JobKind:
    return JobKind(parse_choice(value, "the job kind", [kind.value for kind in JobKind]))


def parse_platform(value: object) -> Platform:
    return Platform(parse_choice(value, "the platform", [platform.value for platform in Platform]))


def select_stores(
    stores: StoreRepository, names: Sequence[str], platform: str | None, every: bool
) -> list[Store]:
    """The stores a sync request names: by name, every enabled one of a platform, or every enabled one."""
    known = stores.list_stores()
    chosen: dict[int | None, Store] = {}
    for name in names:
        store = find_store(stores, name)
        chosen[store.id] = store
    if platform:
        wanted = parse_platform(platform)
        matching = [s for s in known if s.platform is wanted and s.enabled]
        if not matching:
            raise InvalidRequest(f"no enabled {platform} store")
        chosen.update((s.id, s) for s in matching)
    if every:
        chosen.update((s.id, s) for s in known if s.enabled)
    if not chosen:
        raise InvalidRequest("no enabled store to sync")
    return list(chosen.values())


def select_jobs(stores: StoreRepository, chosen: Sequence[Store], kind: str | None) -> list[Job]:
    """The jobs of the chosen stores (of one kind, or every kind but cleanup); a cleanup request with no
    store also takes the global cleanup job."""
    jobs = [job for store in chosen for job in stores.list_jobs(store.id)]
    if kind:
        wanted = parse_kind(kind)
        jobs = [job for job in jobs if job.kind is wanted]
        if wanted is JobKind.CLEANUP:
            jobs += [job for job in stores.list_jobs() if job.store_id is None and job.kind is wanted]
    else:
        jobs = [job for job in jobs if job.kind is not JobKind.CLEANUP]
    if not jobs:
        raise InvalidRequest(f"the chosen stores have no jobs{f' of kind {kind}' if kind else ''}")
    return jobs

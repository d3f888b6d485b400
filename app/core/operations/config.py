"""The configuration as one JSON document: stores, jobs and settings, never a secret. An import puts
the secrets the document carries (anywhere in a store's entry) into the keychain, never into the
database, checks the whole document before it writes anything, and reschedules at once."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from app.core.errors import InvalidRequest, KeychainUnavailable
from app.core.events import SettingsChanged, StoresChanged
from app.core.models import Job, JobKind, Platform, Store
from app.core.operations.config_checks import check_export
from app.core.operations.push_options import with_source_ids, with_source_names
from app.core.operations.stores import secret_fields_for
from app.core.platforms import PLATFORM_FIELDS, secret_fields
from app.core.ports import StoreRepository
from app.core.redaction import REDACTOR
from app.core.schedule import ScheduleSpec
from app.core.secret_settings import secret_paths, store_secrets
from app.core.services import AppServices
from app.core.settings import DEFAULTS

EXPORT_FORMAT = "storesync-config"
EXPORT_VERSION = 1


def export_config(services: AppServices) -> dict[str, Any]:
    repository = services.stores
    stores = repository.list_stores()
    names = {s.id: s.name for s in stores}
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "stores": [
            {
                "name": s.name,
                "platform": s.platform.value,
                "enabled": s.enabled,
                "settings": _public_settings(s),
                "jobs": [_job_dict(job, names) for job in repository.list_jobs(s.id)],
            }
            for s in stores
        ],
        "global_jobs": [_job_dict(job, names) for job in repository.list_jobs() if job.store_id is None],
        "settings": {key: services.settings.get_setting(key, value) for key, value in DEFAULTS.items()},
    }


def check_document(source: str, document: object) -> dict[str, Any]:
    """`document` as an export this version reads, or InvalidRequest naming `source` and why not."""
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise InvalidRequest(f"{source} is not a StoreSync configuration export")
    if document.get("version") != EXPORT_VERSION:
        raise InvalidRequest(f"{source} was made by another StoreSync version ({document.get('version')})")
    if not isinstance(document.get("stores", []), list):
        raise InvalidRequest(f"{source} has no list of stores")
    document.setdefault("stores", [])  # a file of settings alone
    try:
        for entry in document["stores"]:
            Platform(entry["platform"])
            str(entry["name"])
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidRequest(f"{source} has a store this version cannot read ({error})") from None
    return document


async def import_config(
    services: AppServices, document: object, *, replace: bool, source: str = "the configuration"
) -> dict[str, Any]:
    """Add the document's stores, jobs and settings; with `replace`, stores that exist follow it too
    (their history stays). Answers {"added", "updated", "left_unchanged" (sentences), "jobs",
    "needs_secrets": [{"store", "fields"}]}."""
    document = check_document(source, document)
    carried = _take_secrets(document)
    repository = services.stores
    check_export(source, document, {s.name for s in repository.list_stores()})
    added: list[Store] = []
    updated: list[Store] = []
    unchanged: list[str] = []
    pending_jobs: list[tuple[Store, dict[str, Any]]] = []
    for entry in document["stores"]:
        existing = repository.find_store(entry["name"])
        if existing is not None and not replace:
            unchanged.append(f"{entry['name']}: already exists, left unchanged (--replace updates it).")
            continue
        if existing is not None and existing.platform.value != entry["platform"]:
            unchanged.append(
                f"{entry['name']}: a {existing.platform.value} store here and {entry['platform']} in "
                "the file, left unchanged."
            )
            continue
        store = Store(
            entry["name"],
            Platform(entry["platform"]),
            dict(entry.get("settings", {})),
            bool(entry.get("enabled", True)),
            id=None if existing is None else existing.id,
            created_at=None if existing is None else existing.created_at,
        )
        secrets = carried[str(entry["name"])]
        if existing is not None:  # keychain first: a refusal leaves the store as it was
            await _save_secrets(services, existing, secrets, added)
        saved = await repository.save_store(store)
        (added if existing is None else updated).append(saved)
        if existing is None:
            await _save_secrets(services, saved, secrets, added)
        pending_jobs.extend((saved, job) for job in entry.get("jobs", []))
    kept = {owner.id: await _kept_jobs(repository, owner, pending_jobs) for owner in updated}
    for owner, job in pending_jobs:
        same_kind = kept.get(owner.id, {}).get(str(job.get("kind")), [])
        job_id = same_kind.pop(0) if same_kind else None
        await repository.save_job(_job_from(job, owner.id, repository, job_id))
    if not any(job.store_id is None for job in repository.list_jobs()):
        for job in document.get("global_jobs", []):
            await repository.save_job(_job_from(job, None, repository))
    given = document.get("settings", {})
    keys = [  # those the file changes: an export carries every setting, most of them as they are
        key
        for key in given
        if key in DEFAULTS and services.settings.get_setting(key, DEFAULTS[key]) != given[key]
    ]
    for key in keys:
        await services.settings.set_setting(key, given[key])
    services.scheduler.reload_all()
    services.bus.publish(StoresChanged())
    if keys:
        services.bus.publish(SettingsChanged(tuple(keys)))
    return {
        "added": [store.name for store in added],
        "updated": [store.name for store in updated],
        "left_unchanged": unchanged,
        "jobs": len(pending_jobs),
        "settings": keys,
        "needs_secrets": _missing_secrets(added, carried),
    }


def _public_settings(found: Store) -> dict[str, Any]:
    secret_names = {f.name for f in PLATFORM_FIELDS[found.platform] if f.kind == "secret"}
    return {key: value for key, value in found.settings.items() if key not in secret_names}


def _job_dict(job: Job, names: dict[int | None, str]) -> dict[str, Any]:
    options = with_source_names(job.options, names) if job.kind is JobKind.STOCK_PUSH else dict(job.options)
    return {
        "kind": job.kind.value,
        "schedule": job.schedule.to_dict(),
        "paused": job.paused,
        "catch_up": job.catch_up,
        "options": options,
    }


async def _kept_jobs(
    repository: StoreRepository, owner: Store, pending: list[tuple[Store, dict[str, Any]]]
) -> dict[str, list[int]]:
    """An updated store keeps its jobs of the kinds the file has (so their history goes on), kind ->
    job ids to reuse; its jobs of other kinds are removed."""
    wanted = [job.get("kind") for store, job in pending if store is owner]
    kept: dict[str, list[int]] = {}
    for job in repository.list_jobs(owner.id):
        assert job.id is not None
        if len(kept.get(job.kind.value, [])) < wanted.count(job.kind.value):
            kept.setdefault(job.kind.value, []).append(job.id)
        else:
            await repository.delete_job(job.id)
    return kept


def _job_from(
    data: dict[str, Any], store_id: int | None, repository: StoreRepository, job_id: int | None = None
) -> Job:
    try:
        kind = JobKind(data["kind"])
        options = dict(data.get("options", {}))
        if kind is JobKind.STOCK_PUSH:

            def id_of(name: str) -> int | None:
                found = repository.find_store(name)
                return None if found is None else found.id

            options = with_source_ids(options, id_of)
        return Job(
            kind=kind,
            schedule=ScheduleSpec.from_dict(data["schedule"]),
            store_id=store_id,
            paused=bool(data.get("paused", False)),
            catch_up=bool(data.get("catch_up", True)),
            options=options,
            id=job_id,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidRequest(f"a job in the export cannot be read ({error})") from None


def _take_secrets(document: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Take every secret out of the stores' entries (top level, settings, a nested preset...), leaving
    the entries without them; returns store name -> secrets. What cannot go to the keychain as the
    store's own field refuses the whole file, naming the store and where."""
    carried: dict[str, dict[str, str]] = {}
    for index, entry in enumerate(document["stores"]):
        separated = store_secrets(Platform(entry["platform"]), entry)
        for value in separated.secrets.values():
            REDACTOR.add_secret(value)
        if separated.problems:
            raise InvalidRequest(f"store {entry['name']!r}: {separated.problems[0]}; nothing was imported")
        document["stores"][index] = separated.cleaned
        carried[str(entry["name"])] = separated.secrets
    for where in secret_paths(document.get("global_jobs", [])):
        raise InvalidRequest(f"global_jobs: {where} is a secret a job cannot hold; nothing was imported")
    return carried


async def _save_secrets(
    services: AppServices, store: Store, secrets: Mapping[str, str], added: list[Store]
) -> None:
    """Keep the file's secrets of a store in the keychain (each write read back); when the keychain
    refuses, the stores this import added are removed again, so nothing is half imported."""
    assert store.id is not None
    try:
        for name, value in secrets.items():
            services.credentials.set_secret(store.id, name, value)
    except BaseException:
        for new in added:
            assert new.id is not None
            with contextlib.suppress(KeychainUnavailable):
                services.credentials.delete_secrets(new.id, secret_fields(new.platform))
            await services.stores.delete_store(new.id)
        raise


def _missing_secrets(added: list[Store], carried: dict[str, dict[str, str]]) -> list[dict[str, Any]]:
    """The secrets each added store still needs: those its settings use that the file did not carry."""
    missing: list[dict[str, Any]] = []
    for created in added:
        fields = [
            field.name
            for field in secret_fields_for(created.platform, created.settings)
            if field.name not in carried.get(str(created.name), {})
        ]
        if fields:
            missing.append({"store": created.name, "fields": fields})
    return missing

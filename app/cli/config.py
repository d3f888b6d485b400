"""The command line's `config export|import`: stores, jobs and settings as JSON, never a secret.
An import puts the secrets a file carries (anywhere in a store's entry) into the keychain, never into
the database, and asks for the ones it lacks when someone is at the keyboard, else says which."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, UsageError, reload_instance, running_services
from app.cli.config_checks import check_export
from app.cli.stores import ask_secrets, secret_fields_for
from app.core.errors import KeychainUnavailable
from app.core.events import StoresChanged
from app.core.models import Job, JobKind, Platform, Store
from app.core.platforms import PLATFORM_FIELDS, secret_fields
from app.core.redaction import REDACTOR
from app.core.schedule import ScheduleSpec
from app.core.secret_settings import secret_paths, store_secrets
from app.core.settings import DEFAULTS

EXPORT_FORMAT = "storesync-config"
EXPORT_VERSION = 1


def add_config_parser(commands: Any) -> None:
    config = commands.add_parser("config", help="export or import stores, jobs and settings (no secrets)")
    actions = config.add_subparsers(dest="action", metavar="action", required=True)
    export = actions.add_parser("export", help="write the configuration to a JSON file")
    export.add_argument("path", help="the file to write (- for standard output)")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    load = actions.add_parser("import", help="add the stores, jobs and settings of an export")
    load.add_argument("path")
    load.add_argument(
        "--replace",
        action="store_true",
        help="update the stores that exist (settings, state and jobs) instead of leaving them unchanged",
    )


def config(args: argparse.Namespace) -> int:
    path = Path(args.path).expanduser()
    if args.action == "export" and args.path == "-":
        sys.stdout.write(json.dumps(asyncio.run(_export(args)), indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    if args.action == "export":
        if path.exists() and not args.force:
            raise UsageError(f"{path} already exists; add --force to overwrite it")
        document = asyncio.run(_export(args))
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"Exported {len(document['stores'])} stores to {path} (no secrets).")
        return EXIT_OK
    return asyncio.run(_import(args, path, _read_export(path)))


async def _export(args: argparse.Namespace) -> dict[str, Any]:
    async with running_services(args) as runtime:
        repository = runtime.storage.stores
        stores = repository.list_stores()
        names = {s.id: s.name for s in stores}
        settings = runtime.storage.settings
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
            "settings": {key: settings.get_setting(key, value) for key, value in DEFAULTS.items()},
        }


def _public_settings(found: Store) -> dict[str, Any]:
    secret_names = {f.name for f in PLATFORM_FIELDS[found.platform] if f.kind == "secret"}
    return {key: value for key, value in found.settings.items() if key not in secret_names}


def _job_dict(job: Job, names: dict[int | None, str]) -> dict[str, Any]:
    options = dict(job.options)
    source = options.pop("source_store_id", None)
    if source is not None:
        options["source_store"] = names.get(source)
    return {
        "kind": job.kind.value,
        "schedule": job.schedule.to_dict(),
        "paused": job.paused,
        "catch_up": job.catch_up,
        "options": options,
    }


async def _import(args: argparse.Namespace, source: Path, document: dict[str, Any]) -> int:
    carried = _take_secrets(document)
    async with running_services(args) as runtime:
        repository = runtime.storage.stores
        check_export(source, document, {s.name for s in repository.list_stores()})
        added: list[Store] = []
        updated: list[Store] = []
        pending_jobs: list[tuple[Store, dict[str, Any]]] = []
        for entry in document["stores"]:
            existing = repository.find_store(entry["name"])
            if existing is not None and not args.replace:
                print(f"{entry['name']}: already exists, left unchanged (--replace updates it).")
                continue
            if existing is not None and existing.platform.value != entry["platform"]:
                print(
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
                await _save_secrets(runtime, existing, secrets, added)
            saved = await repository.save_store(store)
            (added if existing is None else updated).append(saved)
            if existing is None:
                await _save_secrets(runtime, saved, secrets, added)
            pending_jobs.extend((saved, job) for job in entry.get("jobs", []))
        kept = {owner.id: await _kept_jobs(repository, owner, pending_jobs) for owner in updated}
        for owner, job in pending_jobs:
            same_kind = kept.get(owner.id, {}).get(str(job.get("kind")), [])
            job_id = same_kind.pop(0) if same_kind else None
            await repository.save_job(_job_from(job, owner.id, repository, job_id))
        if not any(job.store_id is None for job in repository.list_jobs()):
            for job in document.get("global_jobs", []):
                await repository.save_job(_job_from(job, None, repository))
        for key, value in document.get("settings", {}).items():
            if key in DEFAULTS:
                await runtime.storage.settings.set_setting(key, value)
        missing = _import_secrets(runtime, added, carried)
        runtime.bus.publish(StoresChanged())
        await reload_instance(args)
    replaced = f", updated {len(updated)} stores" if args.replace else ""
    print(f"Imported {len(added)} stores{replaced} and {len(pending_jobs)} jobs from {source}.")
    for name, fields in missing:
        print(
            f"{name} still needs: {', '.join(fields)} - run `storesync store edit {name!r} "
            + " ".join(f"--secret {f}" for f in fields)
            + "`"
        )
    return EXIT_OK


def _read_export(source: Path) -> dict[str, Any]:
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{source} does not exist") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(f"{source} is not a StoreSync configuration export ({error})") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise UsageError(f"{source} is not a StoreSync configuration export")
    if document.get("version") != EXPORT_VERSION:
        raise UsageError(f"{source} was made by another StoreSync version ({document.get('version')})")
    try:
        for entry in document["stores"]:
            Platform(entry["platform"])
            str(entry["name"])
    except (KeyError, TypeError, ValueError) as error:
        raise UsageError(f"{source} has a store this version cannot read ({error})") from None
    return document


async def _kept_jobs(
    repository: Any, owner: Store, pending: list[tuple[Store, dict[str, Any]]]
) -> dict[str, list[int]]:
    """An updated store keeps its jobs of the kinds the file has (so their history goes on), kind ->
    job ids to reuse; its jobs of other kinds are removed."""
    wanted = [job.get("kind") for store, job in pending if store is owner]
    kept: dict[str, list[int]] = {}
    for job in repository.list_jobs(owner.id):
        if len(kept.get(job.kind.value, [])) < wanted.count(job.kind.value):
            kept.setdefault(job.kind.value, []).append(job.id)
        else:
            await repository.delete_job(job.id)
    return kept


def _job_from(data: dict[str, Any], store_id: int | None, repository: Any, job_id: int | None = None) -> Job:
    try:
        options = dict(data.get("options", {}))
        source_name = options.pop("source_store", None)
        if source_name is not None:
            source = repository.find_store(source_name)
            if source is not None:
                options["source_store_id"] = source.id
        return Job(
            kind=JobKind(data["kind"]),
            schedule=ScheduleSpec.from_dict(data["schedule"]),
            store_id=store_id,
            paused=bool(data.get("paused", False)),
            catch_up=bool(data.get("catch_up", True)),
            options=options,
            id=job_id,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise UsageError(f"a job in the export cannot be read ({error})") from None


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
            raise UsageError(f"store {entry['name']!r}: {separated.problems[0]}; nothing was imported")
        document["stores"][index] = separated.cleaned
        carried[str(entry["name"])] = separated.secrets
    for where in secret_paths(document.get("global_jobs", [])):
        raise UsageError(f"global_jobs: {where} is a secret a job cannot hold; nothing was imported")
    return carried


async def _save_secrets(runtime: Any, store: Store, secrets: dict[str, str], added: list[Store]) -> None:
    """Keep the file's secrets of a store in the keychain (each write read back); when the keychain
    refuses, the stores this import added are removed again, so nothing is half imported."""
    try:
        for name, value in secrets.items():
            runtime.credentials.set_secret(store.id, name, value)
    except BaseException:
        for new in added:
            with contextlib.suppress(KeychainUnavailable):
                runtime.credentials.delete_secrets(new.id, secret_fields(new.platform))
            await runtime.storage.stores.delete_store(new.id)
        raise


def _import_secrets(
    runtime: Any, added: list[Store], carried: dict[str, dict[str, str]]
) -> list[tuple[str, list[str]]]:
    """Ask for the secrets the file did not carry when someone is at the keyboard; else list them."""
    missing: list[tuple[str, list[str]]] = []
    for created in added:
        fields = [
            field
            for field in secret_fields_for(PLATFORM_FIELDS[created.platform], created.settings)
            if field.name not in carried.get(str(created.name), {})
        ]
        if not fields:
            continue
        if sys.stdin.isatty():
            print(f"Secrets for {created.name}:")
            for name, value in ask_secrets(fields, created.settings, required_only=False).items():
                runtime.credentials.set_secret(created.id, name, value)
        else:
            missing.append((created.name, [f.name for f in fields]))
    return missing

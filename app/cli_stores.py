"""The command line's setup commands: `store add|edit|remove|list` and `config export|import`.

Secrets are asked for without echo (or read one per line from a pipe) and go only to the keychain;
exports carry stores, jobs and settings but never a secret.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, UsageError, running_services
from app.core.errors import KeychainUnavailable
from app.core.events import StoresChanged
from app.core.models import Job, JobKind, Platform, Store
from app.core.platforms import PLATFORM_FIELDS, SettingField
from app.core.schedule import ScheduleSpec
from app.core.settings import DEFAULTS, default
from app.demo_setup import default_jobs, supported_jobs

EXPORT_FORMAT = "storesync-config"
EXPORT_VERSION = 1


def add_store_parser(commands: Any) -> None:
    store = commands.add_parser("store", help="add, edit, remove or list stores")
    actions = store.add_subparsers(dest="action", metavar="action", required=True)
    add = actions.add_parser("add", help="add a store (asks for its secrets without showing them)")
    add.add_argument("name")
    add.add_argument("--platform", required=True, choices=[p.value for p in Platform])
    add.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a setting (repeatable)")
    add.add_argument("--no-jobs", action="store_true", help="do not add the default jobs")
    edit = actions.add_parser("edit", help="change a store's settings, name or secrets")
    edit.add_argument("name")
    edit.add_argument("--rename", metavar="NEW")
    edit.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    edit.add_argument("--secret", action="append", default=[], metavar="FIELD", help="ask for a new secret")
    state = edit.add_mutually_exclusive_group()
    state.add_argument("--enable", action="store_true")
    state.add_argument("--disable", action="store_true")
    remove = actions.add_parser("remove", help="remove a store and its keychain entries")
    remove.add_argument("name")
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    listing = actions.add_parser("list", help="list the stores")
    listing.add_argument("--json", action="store_true")


def add_config_parser(commands: Any) -> None:
    config = commands.add_parser("config", help="export or import stores, jobs and settings (no secrets)")
    actions = config.add_subparsers(dest="action", metavar="action", required=True)
    export = actions.add_parser("export", help="write the configuration to a JSON file")
    export.add_argument("path")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    load = actions.add_parser("import", help="add the stores, jobs and settings of an export")
    load.add_argument("path")


# --- store -----------------------------------------------------------------------------------


def store(args: argparse.Namespace) -> int:
    if args.action == "remove" and not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("add --yes to remove a store without being asked")
        answer = input(f"Remove the store {args.name!r} and its keychain entries? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing removed.")
            return EXIT_OK
    return asyncio.run(_store(args))


async def _store(args: argparse.Namespace) -> int:
    async with running_services(args) as runtime:
        if args.action == "list":
            return _list(runtime, args.json)
        if args.action == "add":
            return await _add(runtime, args)
        if args.action == "edit":
            return await _edit(runtime, args)
        return await _remove(runtime, args)


def _list(runtime: Any, as_json: bool) -> int:
    stores = runtime.storage.stores.list_stores()
    rows = [
        {
            "name": s.name,
            "platform": s.platform.value,
            "enabled": s.enabled,
            "demo": bool(s.settings.get("demo")),
            "jobs": [job.kind.value for job in runtime.storage.stores.list_jobs(s.id)],
        }
        for s in stores
    ]
    if as_json:
        print(json.dumps(rows, indent=2))
    elif not rows:
        print("No stores yet. Add one with `storesync store add NAME --platform P`.")
    else:
        for row in rows:
            state = "enabled" if row["enabled"] else "disabled"
            print(f"{row['name']}  ({row['platform']}, {state})  jobs: {', '.join(row['jobs']) or 'none'}")
    return EXIT_OK


async def _add(runtime: Any, args: argparse.Namespace) -> int:
    platform = Platform(args.platform)
    repository = runtime.storage.stores
    if repository.find_store(args.name) is not None:
        raise UsageError(f"a store named {args.name!r} already exists")
    fields = PLATFORM_FIELDS[platform]
    settings = _defaults(fields)
    settings.update(_parse_settings(fields, args.set))
    _ask_missing(fields, settings)
    secrets = _ask_secrets(_secret_fields(fields, settings), settings, required_only=False)
    saved = await repository.save_store(Store(args.name, platform, settings))
    try:
        for name, value in secrets.items():
            runtime.credentials.set_secret(saved.id, name, value)
    except BaseException:
        await repository.delete_store(saved.id)
        raise
    supported = await supported_jobs(runtime.connectors, saved, secrets)
    jobs = [] if args.no_jobs else default_jobs(saved.id, supported)
    for job in jobs:
        await repository.save_job(job)
    runtime.bus.publish(StoresChanged())
    described = "; ".join(f"{job.kind} {job.schedule.describe().lower()}" for job in jobs) or "no jobs"
    print(f"Added {args.name} ({platform.value}): {described}. Secrets saved: {len(secrets)}.")
    return EXIT_OK


async def _edit(runtime: Any, args: argparse.Namespace) -> int:
    found = _find(runtime, args.name)
    fields = PLATFORM_FIELDS[found.platform]
    if args.rename:
        other = runtime.storage.stores.find_store(args.rename)
        if other is not None and other.id != found.id:
            raise UsageError(f"a store named {args.rename!r} already exists")
        found.name = args.rename
    found.settings.update(_parse_settings(fields, args.set))
    if args.enable or args.disable:
        found.enabled = bool(args.enable)
    secret_names = {f.name for f in fields if f.kind == "secret"}
    unknown = [name for name in args.secret if name not in secret_names]
    if unknown:
        raise UsageError(
            f"{', '.join(unknown)} is not a secret of {found.platform.value} stores "
            f"(secrets: {', '.join(sorted(secret_names)) or 'none'})"
        )
    chosen = [f for f in fields if f.name in args.secret]
    secrets = _ask_secrets(chosen, found.settings, required_only=False, force=True)
    await runtime.storage.stores.save_store(found)
    for name, value in secrets.items():
        runtime.credentials.set_secret(found.id, name, value)
    runtime.bus.publish(StoresChanged())
    print(f"Saved {found.name}.")
    return EXIT_OK


async def _remove(runtime: Any, args: argparse.Namespace) -> int:
    found = _find(runtime, args.name)
    secret_names = [f.name for f in PLATFORM_FIELDS[found.platform] if f.kind == "secret"]
    # Without a keychain no secret of this store could ever have been saved.
    with contextlib.suppress(KeychainUnavailable):
        runtime.credentials.delete_secrets(found.id, secret_names)
    await runtime.storage.stores.delete_store(found.id)
    runtime.bus.publish(StoresChanged())
    days = runtime.storage.settings.get_setting("retention_days", default("retention_days"))
    print(
        f"Removed {found.name} and its keychain entries. Its sync history stays until the cleanup "
        f"removes history older than {days} days."
    )
    return EXIT_OK


def _find(runtime: Any, name: str) -> Store:
    found: Store | None = runtime.storage.stores.find_store(name)
    if found is None:
        names = ", ".join(s.name for s in runtime.storage.stores.list_stores()) or "none yet"
        raise UsageError(f"no store named {name!r} (stores: {names})")
    return found


# --- settings and secrets --------------------------------------------------------------------


def _defaults(fields: tuple[SettingField, ...]) -> dict[str, Any]:
    return {f.name: f.default for f in fields if f.kind != "secret" and f.default is not None}


def _parse_settings(fields: tuple[SettingField, ...], pairs: list[str]) -> dict[str, Any]:
    by_name = {f.name: f for f in fields if f.kind != "secret"}
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, text = pair.partition("=")
        key = key.strip()
        if not sep:
            raise UsageError(f"--set needs KEY=VALUE, not {pair!r}")
        field = by_name.get(key)
        if field is None:
            if key in {f.name for f in fields}:
                raise UsageError(f"{key} is a secret: it is asked for, never passed on the command line")
            raise UsageError(f"unknown setting {key!r} (settings: {', '.join(by_name)})")
        values[key] = _convert(field, text)
    return values


def _convert(field: SettingField, text: str) -> Any:
    if field.kind == "int":
        try:
            return int(text)
        except ValueError:
            raise UsageError(f"{field.name} must be a whole number, not {text!r}") from None
    if field.kind == "choice" and text not in field.choices:
        raise UsageError(f"{field.name} must be one of {', '.join(field.choices)}, not {text!r}")
    if field.kind == "url" and not text.startswith(("https://", "http://")):
        raise UsageError(f"{field.name} must be an address starting with https://, not {text!r}")
    if field.kind == "mapping":
        try:
            mapping = json.loads(text)
        except json.JSONDecodeError:
            mapping = None
        if not isinstance(mapping, dict):
            raise UsageError(f'{field.name} must be a JSON object such as {{"sku": "code"}}')
        return mapping
    return text


def _ask_missing(fields: tuple[SettingField, ...], settings: dict[str, Any]) -> None:
    missing = [f for f in fields if f.kind != "secret" and f.required and settings.get(f.name) in (None, "")]
    if not missing:
        return
    if not sys.stdin.isatty():
        names = ", ".join(f"{f.name} ({f.label})" for f in missing)
        raise UsageError(f"missing settings: {names}; pass them with --set KEY=VALUE")
    for field in missing:
        print(f"{field.label}: {field.help}")
        settings[field.name] = _convert(field, input(f"{field.label}: ").strip())


def _secret_fields(fields: tuple[SettingField, ...], settings: dict[str, Any]) -> list[SettingField]:
    secrets = [f for f in fields if f.kind == "secret"]
    if settings.get("auth") == "none":  # a JSON API without login has nothing to keep secret
        return [f for f in secrets if f.required]
    return secrets


def _ask_secrets(
    fields: list[SettingField], settings: dict[str, Any], *, required_only: bool, force: bool = False
) -> dict[str, str]:
    """Ask for each secret without echo (a pipe gives one per line); a required one cannot be empty."""
    values: dict[str, str] = {}
    interactive = sys.stdin.isatty()
    for field in fields:
        if required_only and not field.required:
            continue
        needed = field.required or force or settings.get("auth") not in (None, "none")
        if interactive:
            value = getpass.getpass(f"{field.label} (not shown): ")
        else:
            value = sys.stdin.readline().rstrip("\r\n")
        if value:
            values[field.name] = value
        elif needed:
            raise UsageError(f"{field.label} ({field.name}) is needed; type it when asked or pipe it in")
    return values


# --- config ----------------------------------------------------------------------------------


def config(args: argparse.Namespace) -> int:
    path = Path(args.path).expanduser()
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
    async with running_services(args) as runtime:
        repository = runtime.storage.stores
        added: list[Store] = []
        pending_jobs: list[tuple[Store, dict[str, Any]]] = []
        for entry in document["stores"]:
            if repository.find_store(entry["name"]) is not None:
                print(f"{entry['name']}: already exists, left unchanged.")
                continue
            created = await repository.save_store(
                Store(
                    entry["name"],
                    Platform(entry["platform"]),
                    dict(entry.get("settings", {})),
                    bool(entry.get("enabled", True)),
                )
            )
            added.append(created)
            pending_jobs.extend((created, job) for job in entry.get("jobs", []))
        for owner, job in pending_jobs:
            await repository.save_job(_job_from(job, owner.id, repository))
        if not any(job.store_id is None for job in repository.list_jobs()):
            for job in document.get("global_jobs", []):
                await repository.save_job(_job_from(job, None, repository))
        for key, value in document.get("settings", {}).items():
            if key in DEFAULTS:
                await runtime.storage.settings.set_setting(key, value)
        missing = _import_secrets(runtime, added)
        runtime.bus.publish(StoresChanged())
    print(f"Imported {len(added)} stores and {len(pending_jobs)} jobs from {source}.")
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


def _job_from(data: dict[str, Any], store_id: int | None, repository: Any) -> Job:
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
        )
    except (KeyError, TypeError, ValueError) as error:
        raise UsageError(f"a job in the export cannot be read ({error})") from None


def _import_secrets(runtime: Any, added: list[Store]) -> list[tuple[str, list[str]]]:
    """Ask for the secrets of the new stores when someone is at the keyboard; else list them."""
    missing: list[tuple[str, list[str]]] = []
    for created in added:
        fields = _secret_fields(PLATFORM_FIELDS[created.platform], created.settings)
        if not fields:
            continue
        if sys.stdin.isatty():
            print(f"Secrets for {created.name}:")
            for name, value in _ask_secrets(fields, created.settings, required_only=False).items():
                runtime.credentials.set_secret(created.id, name, value)
        else:
            missing.append((created.name, [f.name for f in fields]))
    return missing

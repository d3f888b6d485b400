"""The command line's store commands: `store add|edit|remove|list|test|preset-export`.

Secrets are asked for without echo (or read one per line from a pipe) and go only to the keychain.
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

from app.cli.common import (
    EXIT_OK,
    CommandFailed,
    UsageError,
    instance_client,
    reload_instance,
    running_services,
    store_named,
)
from app.cli.sync import run_jobs, run_through_instance
from app.core.errors import KeychainUnavailable, StoreSyncError
from app.core.events import StoresChanged
from app.core.job_defaults import FIRST_SYNC_KINDS, default_jobs
from app.core.models import Platform, Store, Trigger
from app.core.operations.stores import convert_setting, parse_settings
from app.core.platforms import PLATFORM_FIELDS, SettingField
from app.core.platforms.generic_json import OPTIONAL_SECRETS, SECRETS_BY_AUTH
from app.core.ports import RecordPreview, skip_words
from app.core.presets import PRESET_PLATFORM, PresetError, preset_to_json
from app.core.settings import default
from app.core.shipped_presets import preset_by_name_or_file, shipped_preset_names
from app.demo_setup import supported_jobs


def add_store_parser(commands: Any) -> None:
    store = commands.add_parser("store", help="add, edit, remove or list stores")
    actions = store.add_subparsers(dest="action", metavar="action", required=True)
    add = actions.add_parser(
        "add",
        help="add a store (asks for its secrets without showing them)",
        epilog=_settings_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add.add_argument("name")
    add.add_argument("--platform", required=True, choices=[p.value for p in Platform])
    add.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a setting (repeatable)")
    add.add_argument("--no-jobs", action="store_true", help="do not add the default jobs")
    add.add_argument("--no-test", action="store_true", help="save without testing the connection first")
    add.add_argument("--no-first-sync", action="store_true", help="do not run the first sync after saving")
    add.add_argument(
        "--preset",
        metavar="FILE",
        help=f"start from a preset file ({PRESET_PLATFORM.value}), or a preset StoreSync ships, by name "
        f"({', '.join(shipped_preset_names()) or 'none'}); --set overrides it",
    )
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
    test = actions.add_parser("test", help="test a saved store's connection, as the store editor does")
    test.add_argument("name")
    test.add_argument(
        "--preview",
        action="store_true",
        help="also list the first items as a sync would store them, and what it would skip or fail (and why)",
    )
    listing = actions.add_parser("list", help="list the stores")
    listing.add_argument("--json", action="store_true")
    export = actions.add_parser(
        "preset-export", help=f"write a {PRESET_PLATFORM.value} store's settings, without secrets, to a file"
    )
    export.add_argument("name")
    export.add_argument("path", help="the file to write (- for the terminal)")


def _settings_help() -> str:
    """Each platform's --set keys with their allowed values (* required), and the secrets asked for."""
    lines = ["settings per platform (* = required; secrets are asked for, never passed):"]
    for platform, fields in PLATFORM_FIELDS.items():
        lines.append(f"  {platform.value}:")
        settings = [f for f in fields if f.kind != "secret"]
        width = max((len(f.name) + 1 for f in settings), default=0)
        for field in settings:
            mark = "*" if field.required and field.default is None else ""
            lines.append(f"    {field.name + mark:<{width}}  {_allowed_values(field)}")
        secrets = [f.name for f in fields if f.kind == "secret"]
        lines.append(f"    secrets: {', '.join(secrets) or 'none'}")
    return "\n".join(lines)


ALLOWED_VALUES = {
    "int": "a whole number",
    "url": "an address starting with https://",
    "mapping": 'a JSON object such as {"sku": "code"}',
    "json": 'a JSON object such as {"page": 1}',
    "status_map": "their status=ours pairs separated by ; (e.g. paid=processing;sent=shipped)",
    "text": "text",
}


def _allowed_values(field: SettingField) -> str:
    allowed = f"one of {', '.join(field.choices)}" if field.kind == "choice" else ALLOWED_VALUES[field.kind]
    if field.default in (None, "") or isinstance(field.default, dict):  # a mapping's default is long
        return allowed
    return f"{allowed} (default {field.default})"


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
            await _edit(runtime, args)
            await reload_instance(args)
            return EXIT_OK
        if args.action == "test":
            return await _test(runtime, args.name, args.preview)
        if args.action == "preset-export":
            return _export_preset(runtime, args.name, args.path)
        await _remove(runtime, args)
        await reload_instance(args)
        return EXIT_OK


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
    """As the window adds a store: the connection is tested before anything is saved, then the store,
    its secrets and its default jobs are saved, and the first sync runs."""
    platform = Platform(args.platform)
    repository = runtime.storage.stores
    if repository.find_store(args.name) is not None:
        raise UsageError(f"a store named {args.name!r} already exists")
    fields = PLATFORM_FIELDS[platform]
    settings = _defaults(fields)
    if args.preset:
        settings.update(_preset_settings(platform, args.preset))
    settings.update(_parse_settings(fields, args.set))
    _ask_missing(fields, settings)
    secrets = ask_secrets(secret_fields_for(fields, settings), settings, required_only=False)
    if not args.no_test:
        answer = await _connection_answer(runtime, Store(args.name, platform, settings), secrets)
        if not answer.startswith(CONNECTED):
            raise CommandFailed(f"{answer.rstrip('.')}; nothing was saved (--no-test saves without testing)")
        print(answer)
    saved = await repository.save_store(Store(args.name, platform, settings))
    try:
        for name, value in secrets.items():
            runtime.credentials.set_secret(saved.id, name, value)
    except BaseException:
        await repository.delete_store(saved.id)
        raise
    supported = await supported_jobs(runtime.connectors, saved, secrets)
    jobs = [] if args.no_jobs else default_jobs(saved.id, supported)
    jobs = [await repository.save_job(job) for job in jobs]
    runtime.bus.publish(StoresChanged())
    described = "; ".join(f"{job.kind} {job.schedule.describe().lower()}" for job in jobs) or "no jobs"
    print(f"Added {args.name} ({platform.value}): {described}. Secrets saved: {len(secrets)}.")
    first = [job for job in jobs if job.kind in FIRST_SYNC_KINDS]
    async with instance_client(args) as client:
        if client is not None:
            await client.reload()
        if args.no_first_sync or not first:
            return EXIT_OK
        print("First sync:")
        if client is not None:
            return await run_through_instance(client, {"jobs": [job.id for job in first]})
        return await run_jobs(runtime, first, {saved.id: saved.name}, Trigger.INITIAL)


CONNECTED = "Connected: "


async def _connection_answer(runtime: Any, candidate: Store, secrets: dict[str, str]) -> str:
    """The store editor's words: "Connected: <the store's answer>" or "Could not connect: <why>"."""
    try:
        answer = await runtime.connectors.test_connection(candidate, secrets)
    except StoreSyncError as error:
        return f"Could not connect: {error}"
    return f"{CONNECTED}{answer}"


async def _test(runtime: Any, name: str, preview: bool) -> int:
    found = _find(runtime, name)
    assert found.id is not None
    secrets = {
        field.name: value
        for field in secret_fields_for(PLATFORM_FIELDS[found.platform], found.settings)
        if (value := runtime.credentials.get_secret(found.id, field.name)) is not None
    }
    answer = await _connection_answer(runtime, found, secrets)
    if not answer.startswith(CONNECTED):
        raise CommandFailed(answer)
    print(answer)
    if preview:
        try:
            read = await runtime.connectors.preview_inventory(found, secrets, limit=PREVIEW_ITEMS)
        except StoreSyncError as error:
            raise CommandFailed(f"Could not read the records: {error}") from None
        print("\n".join(preview_lines(read)))
    return EXIT_OK


PREVIEW_ITEMS = 5


def preview_lines(preview: RecordPreview) -> list[str]:
    """The store editor's preview as lines: the first items, then what the pages read would skip
    and fail, and why."""
    lines = [f"The first {len(preview.records)} items as a sync would store them:"]
    lines += [
        f"  {r.sku}  {r.name or '-'}  quantity {r.quantity}"
        + ("" if r.price is None else f"  price {r.price}")
        for r in preview.records
    ]
    lines.append(
        f"On the pages read: {preview.items} to store, {preview.skipped} skipped as not stock, "
        f"{len(preview.failures)} failed."
    )
    if preview.skipped:
        lines.append(f"Skipped: {skip_words(preview.skips)}")
    lines += [f"  fails: {failure.key}: {failure.message}" for failure in preview.failures[:PREVIEW_ITEMS]]
    return lines


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
    secrets = ask_secrets(chosen, found.settings, required_only=False, force=True)
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


def _export_preset(runtime: Any, name: str, path: str) -> int:
    found = _find(runtime, name)
    if found.platform is not PRESET_PLATFORM:
        raise UsageError(
            f"{found.name} is a {found.platform.value} store; presets are for {PRESET_PLATFORM.value}"
        )
    text = preset_to_json(found.name, found.settings)
    if path == "-":
        sys.stdout.write(text)
        return EXIT_OK
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
    print(f"Wrote the settings of {found.name} to {path}, without secrets (they stay in the keychain).")
    return EXIT_OK


def _preset_settings(platform: Platform, path: str) -> dict[str, Any]:
    if platform is not PRESET_PLATFORM:
        raise UsageError(f"--preset is for {PRESET_PLATFORM.value} stores, not {platform.value}")
    try:
        return preset_by_name_or_file(path).settings
    except PresetError as error:
        raise UsageError(f"{path} is not a usable preset: {error}") from None


def _find(runtime: Any, name: str) -> Store:
    found: Store = store_named(runtime.storage.stores, name)
    return found


# --- settings and secrets --------------------------------------------------------------------


def _defaults(fields: tuple[SettingField, ...]) -> dict[str, Any]:
    return {f.name: f.default for f in fields if f.kind != "secret" and f.default is not None}


def _parse_settings(fields: tuple[SettingField, ...], pairs: list[str]) -> dict[str, Any]:
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, text = pair.partition("=")
        if not sep:
            raise UsageError(f"--set needs KEY=VALUE, not {pair!r}")
        values[key.strip()] = text
    return parse_settings(fields, values)


def _ask_missing(fields: tuple[SettingField, ...], settings: dict[str, Any]) -> None:
    missing = [f for f in fields if f.kind != "secret" and f.required and settings.get(f.name) in (None, "")]
    if not missing:
        return
    if not sys.stdin.isatty():
        names = ", ".join(f"{f.name} ({f.label})" for f in missing)
        raise UsageError(f"missing settings: {names}; pass them with --set KEY=VALUE")
    for field in missing:
        print(f"{field.label}: {field.help}")
        settings[field.name] = convert_setting(field, input(f"{field.label}: ").strip())


def secret_fields_for(fields: tuple[SettingField, ...], settings: dict[str, Any]) -> list[SettingField]:
    secrets = [f for f in fields if f.kind == "secret"]
    used = SECRETS_BY_AUTH.get(str(settings.get("auth"))) if "auth" in settings else None
    if used is not None:  # a JSON API asks only for what its login method sends
        return [f for f in secrets if f.required or f.name in used]
    return secrets


def ask_secrets(
    fields: list[SettingField], settings: dict[str, Any], *, required_only: bool, force: bool = False
) -> dict[str, str]:
    """Ask for each secret without echo (a pipe gives one per line); a required one cannot be empty."""
    values: dict[str, str] = {}
    interactive = sys.stdin.isatty()
    for field in fields:
        if required_only and not field.required:
            continue
        needed = (
            field.required
            or force
            or (settings.get("auth") not in (None, "none") and field.name not in OPTIONAL_SECRETS)
        )
        if interactive:
            value = getpass.getpass(f"{field.label} (not shown): ")
        else:
            value = sys.stdin.readline().rstrip("\r\n")
        if value:
            values[field.name] = value
        elif needed:
            raise UsageError(f"{field.label} ({field.name}) is needed; type it when asked or pipe it in")
    return values

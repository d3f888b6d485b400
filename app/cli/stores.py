"""The command line's store commands: `store add|edit|remove|list|test|preset-export`.

Secrets are asked for without echo (or read one per line from a pipe) and go only to the keychain.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, CommandFailed, UsageError, mid_sentence, server_options
from app.cli.local_instance import instance_or_local
from app.cli.sync import sync_jobs
from app.core.job_defaults import FIRST_SYNC_KINDS
from app.core.models import Platform, Trigger
from app.core.operations.stores import convert_setting, parse_settings, secret_fields_for
from app.core.platforms import PLATFORM_FIELDS, SettingField, secrets_in_use
from app.core.ports import skip_words
from app.core.presets import PRESET_PLATFORM, PresetError, preset_to_json
from app.core.shipped_presets import preset_by_name_or_file, shipped_preset_names


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
    remove = actions.add_parser("remove", help="remove a store and its saved secrets")
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
        answer = input(f"Remove the store {args.name!r} and its saved secrets? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing removed.")
            return EXIT_OK
    return asyncio.run(_store(args))


async def _store(args: argparse.Namespace) -> int:
    """Through the running instance when there is one (its scheduler follows at once, the secrets go
    to its keychain), else in this process: the same calls either way."""
    async with instance_or_local(args) as instance:
        if args.action == "list":
            return await _list(instance, args)
        if args.action == "add":
            return await _add(instance, args)
        if args.action == "edit":
            return await _edit(instance, args)
        if args.action == "test":
            return await _test(instance, args.name, args.preview)
        if args.action == "preset-export":
            return await _export_preset(instance, args.name, args.path)
        return await _remove(instance, args)


async def _list(instance: Any, args: argparse.Namespace) -> int:
    kinds: dict[int, list[str]] = {}
    for job in await instance.jobs():
        kinds.setdefault(job["store_id"], []).append(job["kind"])
    rows = [
        {
            "name": s["name"],
            "platform": s["platform"],
            "enabled": s["enabled"],
            "demo": s["demo"],
            "jobs": kinds.get(s["id"], []),
        }
        for s in await instance.stores()
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
    elif not rows:
        print(f"No stores yet. Add one with `storesync store add NAME --platform P{server_options(args)}`.")
    else:
        for row in rows:
            state = "enabled" if row["enabled"] else "disabled"
            print(f"{row['name']}  ({row['platform']}, {state})  jobs: {', '.join(row['jobs']) or 'none'}")
    return EXIT_OK


async def _add(instance: Any, args: argparse.Namespace) -> int:
    """As the window adds a store: the connection is tested before anything is saved, then the store,
    its secrets and its default jobs are saved, and the first sync runs."""
    platform = Platform(args.platform)
    if any(existing["name"] == args.name for existing in await instance.stores()):
        raise UsageError(f"a store named {args.name!r} already exists")
    fields = PLATFORM_FIELDS[platform]
    settings = _defaults(fields)
    if args.preset:
        settings.update(_preset_settings(platform, args.preset))
    settings.update(_parse_settings(fields, args.set))
    _ask_missing(fields, settings)
    secrets = ask_secrets(platform, secret_fields_for(platform, settings), settings)
    request = {"name": args.name, "platform": platform.value, "settings": settings, "secrets": secrets}
    if not args.no_test:
        answer = await instance.check_connection(request)
        if not answer["ok"]:
            reason = str(answer["message"]).rstrip(".")
            raise CommandFailed(
                f"Could not connect: {reason}; nothing was saved (--no-test saves without testing)"
            )
        print(connected_words(answer["message"]))
    await instance.add_store({**request, "default_jobs": not args.no_jobs})
    jobs = await instance.jobs(args.name)
    described = "; ".join(f"{job['kind']} {mid_sentence(job['schedule_words'])}" for job in jobs) or "no jobs"
    print(f"Added {args.name} ({platform.value}): {described}. Secrets saved: {len(secrets)}.")
    first = [job["id"] for job in jobs if job["kind"] in FIRST_SYNC_KINDS]
    if args.no_first_sync or not first:
        return EXIT_OK
    print("First sync:")
    return await sync_jobs(instance, first, Trigger.INITIAL)


CONNECTED = "Connected: "


def connected_words(message: str) -> str:
    """The connection test's answer, said once: "Connected to 127.0.0.1: 50 records on the first page."
    as it is, any other answer after "Connected: " ("Connected: Connected to …" before)."""
    return message if message.startswith("Connected") else f"{CONNECTED}{message}"


async def _test(instance: Any, name: str, preview: bool) -> int:
    answer = await instance.test_store(name)
    if not answer["ok"]:
        raise CommandFailed(f"Could not connect: {answer['message']}")
    print(connected_words(answer["message"]))
    if preview:
        read = await instance.preview_store(name, limit=PREVIEW_ITEMS)
        if not read["ok"]:
            raise CommandFailed(f"Could not read the records: {read['message']}")
        print("\n".join(preview_lines(read)))
    return EXIT_OK


PREVIEW_ITEMS = 5


def preview_lines(preview: dict[str, Any]) -> list[str]:
    """The store editor's preview as lines: the first items, then what the pages read would skip
    and fail, and why."""
    records, failures, skips = preview["records"], preview["failures"], preview["skips"]
    lines = [f"The first {len(records)} items as a sync would store them:"]
    lines += [
        f"  {r['sku']}  {r['name'] or '-'}  quantity {r['quantity']}"
        + ("" if r["price"] is None else f"  price {r['price']}")
        for r in records
    ]
    skipped = sum(skips.values())
    lines.append(
        f"On the pages read: {preview['items']} to store, {skipped} skipped as not stock, "
        f"{len(failures)} failed."
    )
    if skipped:
        lines.append(f"Skipped: {skip_words(skips)}")
    lines += [f"  fails: {failure['key']}: {failure['message']}" for failure in failures[:PREVIEW_ITEMS]]
    return lines


async def _edit(instance: Any, args: argparse.Namespace) -> int:
    found = await instance.store(args.name)
    fields = PLATFORM_FIELDS[Platform(found["platform"])]
    changes: dict[str, Any] = {}
    if args.rename:
        changes["name"] = args.rename
    if args.set:
        changes["settings"] = _parse_settings(fields, args.set)
    if args.enable or args.disable:
        changes["enabled"] = bool(args.enable)
    secret_names = {f.name for f in fields if f.kind == "secret"}
    unknown = [name for name in args.secret if name not in secret_names]
    if unknown:
        raise UsageError(
            f"{', '.join(unknown)} is not a secret of {found['platform']} stores "
            f"(secrets: {', '.join(sorted(secret_names)) or 'none'})"
        )
    chosen = [f for f in fields if f.name in args.secret]
    settings = {**found["settings"], **changes.get("settings", {})}
    secrets = ask_secrets(Platform(found["platform"]), chosen, settings, force=True)
    if secrets:
        changes["secrets"] = secrets
    saved = await instance.change_store(found["id"], changes)
    print(f"Saved {saved['name']}.")
    return EXIT_OK


async def _remove(instance: Any, args: argparse.Namespace) -> int:
    removed = await instance.remove_store(args.name)
    kept = removed.get("secrets_kept")
    where = removed.get("secrets_deleted_from")
    secrets = "" if kept or not where else f" and deleted its saved secrets ({where})"
    print(
        f"Removed {removed['name']}{secrets}. Its sync history stays until the cleanup removes history "
        f"older than {removed['history_kept_days']} days."
    )
    if kept:
        print(f"Its saved secrets were not deleted: {kept}", file=sys.stderr)
    return EXIT_OK


async def _export_preset(instance: Any, name: str, path: str) -> int:
    found = await instance.store(name)
    if found["platform"] != PRESET_PLATFORM.value:
        raise UsageError(
            f"{found['name']} is a {found['platform']} store; presets are for {PRESET_PLATFORM.value}"
        )
    text = preset_to_json(found["name"], found["settings"])
    if path == "-":
        sys.stdout.write(text)
        return EXIT_OK
    try:
        await asyncio.to_thread(Path(path).write_text, text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
    print(f"Wrote the settings of {found['name']} to {path}, without secrets (they stay in the keychain).")
    return EXIT_OK


def _preset_settings(platform: Platform, path: str) -> dict[str, Any]:
    if platform is not PRESET_PLATFORM:
        raise UsageError(f"--preset is for {PRESET_PLATFORM.value} stores, not {platform.value}")
    try:
        return preset_by_name_or_file(path).settings
    except PresetError as error:
        raise UsageError(f"{path} is not a usable preset: {error}") from None


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


def ask_secrets(
    platform: Platform, fields: list[SettingField], settings: dict[str, Any], *, force: bool = False
) -> dict[str, str]:
    """Ask for each secret without echo (a pipe gives one per line); one the store's runs need (its
    login method's, app.core.platforms.secrets_in_use), or every one with `force`, cannot be empty."""
    in_use = secrets_in_use(platform, settings)
    values: dict[str, str] = {}
    interactive = sys.stdin.isatty()
    for field in fields:
        needed = force or in_use.get(field.name, field.required)
        if interactive:
            value = getpass.getpass(f"{field.label} (not shown): ")
        else:
            value = sys.stdin.readline().rstrip("\r\n")
        if value:
            values[field.name] = value
        elif needed:
            raise UsageError(f"{field.label} ({field.name}) is needed; type it when asked or pipe it in")
    return values

"""The command line's `config export|import`: stores, jobs and settings as JSON, never a secret.
An import puts the secrets a file carries (anywhere in a store's entry) into the keychain, never into
the database, and asks for the ones it lacks when someone is at the keyboard, else says which. Both
go through the running instance when there is one."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, UsageError, server_options
from app.cli.local_instance import instance_or_local
from app.cli.stores import ask_secrets
from app.core.models import Platform
from app.core.operations.config import check_document
from app.core.platforms import PLATFORM_FIELDS


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
    async with instance_or_local(args) as instance:
        document: dict[str, Any] = await instance.export_config()
    return document


async def _import(args: argparse.Namespace, source: Path, document: dict[str, Any]) -> int:
    """Through the running instance when there is one, so its schedule follows the file at once."""
    async with instance_or_local(args) as instance:
        done = await instance.import_config(document, replace=args.replace, source=str(source))
        for line in done["left_unchanged"]:
            print(line)
        missing = await _take_missing_secrets(instance, done["needs_secrets"])
    replaced = f", updated {len(done['updated'])} stores" if args.replace else ""
    settings = done.get("settings") or []
    set_too = f"; settings set: {', '.join(settings)}" if settings else ""
    print(f"Imported {len(done['added'])} stores{replaced} and {done['jobs']} jobs from {source}{set_too}.")
    for entry in missing:
        name, fields = entry["store"], entry["fields"]
        print(
            f"{name} still needs: {', '.join(fields)} - run `storesync store edit {name!r} "
            + " ".join(f"--secret {f}" for f in fields)
            + f"{server_options(args)}`"
        )
    return EXIT_OK


def _read_export(source: Path) -> dict[str, Any]:
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{source} does not exist") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(f"{source} is not a StoreSync configuration export ({error})") from None
    return check_document(str(source), document)


async def _take_missing_secrets(instance: Any, needed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The secrets the file did not carry, asked for when someone is at the keyboard or read from a pipe
    one per line, in the order the stores and their fields are listed (they go to the keychain, or a
    server's credentials directory, through `instance`); returns those still missing, to be listed."""
    if not sys.stdin.isatty():
        return await _piped_secrets(instance, needed)
    for entry in needed:
        store = await instance.store(entry["store"])
        platform = Platform(store["platform"])
        fields = [f for f in PLATFORM_FIELDS[platform] if f.name in entry["fields"]]
        print(f"Secrets for {store['name']}:")
        secrets = ask_secrets(platform, fields, store["settings"])
        if secrets:
            await instance.change_store(store["id"], {"secrets": secrets})
    return []


async def _piped_secrets(instance: Any, needed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    still: list[dict[str, Any]] = []
    for entry in needed:
        secrets = {name: value for name in entry["fields"] if (value := sys.stdin.readline().rstrip("\r\n"))}
        if secrets:
            store = await instance.store(entry["store"])
            await instance.change_store(store["id"], {"secrets": secrets})
        left = [name for name in entry["fields"] if name not in secrets]
        if left:
            still.append({**entry, "fields": left})
    return still

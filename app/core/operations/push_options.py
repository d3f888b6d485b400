"""A stock push job's options as the API, the command line and a configuration file give them: source
stores by id or by name, and every setting app.core.push_settings reads (combine, locations, sku_map,
buffer, guard), checked by the same code the push runs, so a job that saves is a job that runs.

A configuration file names the source stores (their ids belong to the installation that wrote it) and
carries no preview state: a push read from a file waits for its first preview, as a new one does."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from app.core.errors import ConfigError, InvalidRequest
from app.core.operations.lookup import find_store, parse_whole
from app.core.ports import StoreRepository
from app.core.push_settings import APPROVAL_OPTION, PREVIEWED_OPTION, PushSettings

SETTINGS: Final = ("combine", "locations", "sku_map", "buffer", "guard")
BY_ID: Final = ("source_store_id", "source_store_ids")
BY_NAME: Final = ("source_store", "source_stores")
STATE: Final = (PREVIEWED_OPTION, APPROVAL_OPTION)
OPTIONS: Final = (*BY_ID, *BY_NAME, *SETTINGS, *STATE)


def parse_push_options(
    stores: StoreRepository, target_id: int | None, data: Mapping[str, Any]
) -> dict[str, Any]:
    """The options of a stock push into store `target_id`, or InvalidRequest saying what is wrong."""
    options: dict[str, Any] = {}
    for name, value in data.items():
        if name not in OPTIONS:
            raise InvalidRequest(
                f"{name!r} is not an option of stock_push jobs (options: {', '.join(OPTIONS)})"
            )
        if name == "source_store":
            options["source_store_id"] = find_store(stores, value).id
        elif name == "source_stores":
            options["source_store_ids"] = [find_store(stores, one).id for one in _listed(value, name)]
        elif name == "source_store_id":
            options[name] = parse_whole(value, name, minimum=1)
        elif name == "source_store_ids":
            options[name] = [parse_whole(one, name, minimum=1) for one in _listed(value, name)]
        else:
            options[name] = value
    sources = options.get("source_store_ids") or [options.get("source_store_id")]
    if sources == [None]:
        raise InvalidRequest("a stock push needs the store to take the stock from (source_store)")
    for source in sources:
        if stores.get_store(source) is None:
            raise InvalidRequest(f"no store with id {source} to take the stock from")
        if source == target_id:
            raise InvalidRequest("a stock push cannot use its own store as the source; choose another store")
    check_push_settings(options, target_id)
    return options


def check_push_settings(options: Mapping[str, Any], target_id: int | None) -> None:
    """InvalidRequest when the push would refuse these options at its run."""
    try:
        PushSettings.from_options(options, target_id)
    except ConfigError as error:
        raise InvalidRequest(str(error).rstrip(".")) from None


def with_source_names(options: Mapping[str, Any], names: Mapping[int | None, str]) -> dict[str, Any]:
    """For a configuration file: the sources by name, without the preview state."""
    written = {key: value for key, value in options.items() if key not in (*BY_ID, *STATE)}
    if options.get("source_store_id") is not None:
        written["source_store"] = names.get(options["source_store_id"])
    if options.get("source_store_ids") is not None:
        written["source_stores"] = [names.get(source) for source in options["source_store_ids"]]
    return written


def with_source_ids(options: Mapping[str, Any], find: Callable[[str], int | None]) -> dict[str, Any]:
    """From a configuration file: the sources by id, and a first preview to wait for."""
    read = {key: value for key, value in options.items() if key not in (*BY_NAME, *STATE)}
    if options.get("source_store") is not None:
        read["source_store_id"] = find(str(options["source_store"]))
    if options.get("source_stores") is not None:
        read["source_store_ids"] = [find(str(name)) for name in options["source_stores"]]
    read[PREVIEWED_OPTION] = False
    return read


def _listed(value: object, name: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise InvalidRequest(f"{name} must be a list of one or more stores")
    return value

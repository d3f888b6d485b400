"""The OpenAPI 3.1 description of the control API, served at /api/v1/openapi.json and committed as
docs/control-api.openapi.json (`python -m app.control.openapi` writes it; a test keeps them equal)."""

from __future__ import annotations

import json
import sys
from typing import Any

OBJECT: dict[str, Any] = {"type": "object"}


def _error_responses(*statuses: int) -> dict[str, Any]:
    words = {
        400: "The request cannot be done as asked; `message` says why.",
        401: "The token is missing or wrong.",
        404: "No such store, job or run.",
        409: "It clashes with what exists.",
        503: "The keychain is not available.",
    }
    return {
        str(status): {
            "description": words[status],
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for status in (401, *statuses)
    }


def _operation(
    summary: str,
    *,
    body: dict[str, Any] | None = None,
    parameters: list[dict[str, Any]] | None = None,
    result: dict[str, Any] | None = None,
    errors: tuple[int, ...] = (),
    status: int = 200,
    media: str = "application/json",
) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "summary": summary,
        "responses": {
            str(status): {"description": "Done.", "content": {media: {"schema": result or OBJECT}}},
            **_error_responses(*errors),
        },
    }
    if parameters:
        operation["parameters"] = parameters
    if body is not None:
        operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    return operation


def _query(name: str, description: str, kind: str = "string") -> dict[str, Any]:
    return {"name": name, "in": "query", "description": description, "schema": {"type": kind}}


def _path(name: str, description: str, kind: str = "integer") -> dict[str, Any]:
    schema = {"type": kind}
    return {"name": name, "in": "path", "required": True, "description": description, "schema": schema}


def _paths() -> dict[str, dict[str, Any]]:
    store_ref = _path("store", "The store's id or its name.", "string")
    job_id = _path("job_id", "The job's id.")
    run_id = _path("run_id", "The run's id.")
    return {
        "/api/v1/status": {
            "get": _operation(
                "The scheduler (running, paused, since, pid, version) and every store and job, with the "
                "last and next run of each, as `storesync status --json` prints them.",
                result={"$ref": "#/components/schemas/Status"},
            )
        },
        "/api/v1/scheduler/pause": {"post": _operation("Pause every job until resumed.")},
        "/api/v1/scheduler/resume": {
            "post": _operation("Resume every job; slots that passed while paused are not replayed.")
        },
        "/api/v1/reload": {
            "post": _operation("Re-read stores and jobs from the database (after a change made elsewhere).")
        },
        "/api/v1/openapi.json": {"get": _operation("This description.")},
        "/api/v1/runs": {
            "get": _operation(
                "The history of runs, newest first, one page at a time.",
                parameters=[
                    _query("store", "A store's name or id."),
                    _query("job", "A job's id.", "integer"),
                    _query("kind", "A job kind (inventory_pull, orders_pull, stock_push, ...)."),
                    _query("status", "running, succeeded, partial, failed, interrupted or skipped."),
                    _query("since", "Runs started from then: 2026-05-01, 2026-05-01T08:00 or 24h."),
                    _query("until", "Runs started until then (same forms as since)."),
                    _query("offset", "Where the page starts (0).", "integer"),
                    _query("limit", "How many runs (1-1000, 50).", "integer"),
                ],
                errors=(400, 404),
            ),
            "post": _operation(
                "Start runs now, chosen by `jobs` (ids), or `stores` (names or ids), `platform`, `all` "
                "and `kind`; `force` runs a paused job once. Answers the run id of each started job "
                "(follow it on /api/v1/events) and why any was not started.",
                body={
                    "type": "object",
                    "properties": {
                        "jobs": {"type": "array", "items": {"type": "integer"}},
                        "stores": {"type": "array", "items": {"type": "string"}},
                        "platform": {"type": "string"},
                        "all": {"type": "boolean"},
                        "kind": {"type": "string"},
                        "force": {"type": "boolean"},
                        "trigger": {
                            "enum": ["cli", "manual", "initial"],
                            "description": "what the history says started it: cli (default), manual "
                            "(Sync now in a window watching this instance) or initial (a new store's "
                            "first sync)",
                        },
                    },
                },
                status=202,
                errors=(400, 404),
            ),
        },
        "/api/v1/runs/{run_id}": {
            "get": _operation(
                "One run: counts, log lines and the quantity change of every SKU it changed.",
                parameters=[run_id],
                errors=(400, 404),
            )
        },
        "/api/v1/orders": {
            "get": _operation(
                "The imported orders, newest first, one page at a time: store, number, date, status (ours "
                "and the store's), total, customer country and tracking number.",
                parameters=[
                    _query("store", "A store's name or id."),
                    _query(
                        "status",
                        "pending, paid, processing, shipped, delivered, cancelled, refunded, "
                        "on_hold or unknown.",
                    ),
                    _query("since", "Orders placed from then: 2026-05-01, 2026-05-01T08:00 or 7d."),
                    _query("until", "Orders placed before then (same forms as since)."),
                    _query("offset", "Where the page starts (0).", "integer"),
                    _query("limit", "How many orders (1-1000, 50).", "integer"),
                ],
                errors=(400, 404),
            )
        },
        "/api/v1/orders/{order_id}": {
            "get": _operation(
                "One order with its status history, oldest change first: each step's status, the name "
                "its source used for it, and the source (the order's store or a courier store).",
                parameters=[_path("order_id", "The order's id.")],
                errors=(400, 404),
            )
        },
        "/api/v1/upcoming": {
            "get": _operation(
                "The next run times of every job (or of one store's, or one job), soonest first.",
                parameters=[
                    _query("count", "How many times per job (1-50, 5).", "integer"),
                    _query("store", "A store's name or id."),
                    _query("job", "A job's id.", "integer"),
                ],
                errors=(400, 404),
            )
        },
        "/api/v1/jobs": {
            "get": _operation(
                "Every job (or one store's).", parameters=[_query("store", "A store's name or id.")]
            ),
            "post": _operation(
                "Add a job; it is scheduled at once.",
                body={"$ref": "#/components/schemas/NewJob"},
                status=201,
                errors=(400, 404),
            ),
        },
        "/api/v1/jobs/{job_id}": {
            "get": _operation("One job.", parameters=[job_id], errors=(404,)),
            "patch": _operation(
                "Change a job's schedule, options (merged; null removes one), catch_up or paused; it takes "
                "effect at once.",
                parameters=[job_id],
                body={"$ref": "#/components/schemas/JobChange"},
                errors=(400, 404),
            ),
            "delete": _operation("Remove a job (its history stays).", parameters=[job_id], errors=(404,)),
        },
        "/api/v1/jobs/{job_id}/pause": {
            "post": _operation("Pause one job.", parameters=[job_id], errors=(404,))
        },
        "/api/v1/jobs/{job_id}/resume": {
            "post": _operation("Resume one job.", parameters=[job_id], errors=(404,))
        },
        "/api/v1/stores": {
            "get": _operation("Every store, with its settings (never its secrets) and job ids."),
            "post": _operation(
                "Add a store; its secrets go to the keychain and are never sent back.",
                body={"$ref": "#/components/schemas/NewStore"},
                status=201,
                errors=(400, 409, 503),
            ),
        },
        "/api/v1/stores/{store}": {
            "get": _operation("One store.", parameters=[store_ref], errors=(404,)),
            "patch": _operation(
                "Change a store's name, settings (merged), secrets or enabled; its jobs are rescheduled.",
                parameters=[store_ref],
                body={"type": "object"},
                errors=(400, 404, 409, 503),
            ),
            "delete": _operation(
                "Remove a store, its jobs and its saved secrets (its history stays until cleanup).",
                parameters=[store_ref],
                errors=(404,),
            ),
        },
        "/api/v1/stores/{store}/test": {
            "post": _operation(
                "The store editor's connection test with the saved settings and secrets: "
                '{"ok", "kind", "message"}, the message being what the editor shows.',
                parameters=[store_ref],
                errors=(404, 503),
            )
        },
        "/api/v1/stores/{store}/preview": {
            "post": _operation(
                "The store editor's preview with the saved settings: the first `limit` items as a sync "
                'would store them, and over the pages read {"items", "skips" (by reason), "failures"}; '
                '{"ok": false, "message"} when the store cannot be read.',
                parameters=[store_ref, _query("limit", "How many items (1-50, default 5).", "integer")],
                errors=(400, 404),
            )
        },
        "/api/v1/connection-test": {
            "post": _operation(
                "The store editor's Test connection before saving: the store a POST to /api/v1/stores "
                'would add, tried with its secrets, nothing saved; {"ok", "kind", "message"}.',
                body={"$ref": "#/components/schemas/NewStore"},
                errors=(400, 409),
            )
        },
        "/api/v1/config": {
            "get": _operation(
                "The configuration as `storesync config export` writes it: stores, jobs and settings, "
                "never a secret."
            ),
            "post": _operation(
                'Import a configuration: {"document": an export, "replace": update the stores that '
                'exist}. Secrets it carries go to the keychain; answers {"added", "updated", '
                '"left_unchanged", "jobs", "settings" (the keys it set), "needs_secrets"}. The whole '
                "document is checked first.",
                body=OBJECT,
                errors=(400, 503),
            ),
        },
        "/api/v1/inventory": {
            "get": _operation(
                "The stored stock of every SKU in every store, as the Inventory panel shows it: "
                '{"items": [{"sku", "store", "store_id", "quantity", "price", "name", "updated_at"}]}, '
                "by SKU, then store.",
                parameters=[
                    _query("sku", "Only this SKU (exact)."),
                    _query("search", "Only SKUs or names holding this text (the Inventory panel's search)."),
                    _query("store", "Only this store (name or id)."),
                    _query("low", "true: only SKUs at or below their threshold.", "boolean"),
                ],
                errors=(400, 404),
            )
        },
        "/api/v1/overview": {
            "get": _operation(
                "The Overview's figures: each store's items, low-stock items, failed runs and latest run "
                'durations, and the day\'s totals: {"stores": [{"store_id", "items", "low_stock", '
                '"failures", "durations"}], "today": {"runs", "items_changed", "orders_imported"}, '
                '"ended_run_ids": the ended runs the figures count}.',
                parameters=[
                    _query("failures_since", "Count failed runs since then (default 24h ago)."),
                    _query("day_since", "The start of today for the totals (default midnight here)."),
                    _query("ended_since", "List the ended runs since then (default the earlier of both)."),
                    _query("recent", "Run durations per store (1-100, default 20).", "integer"),
                ],
                errors=(400,),
            )
        },
        "/api/v1/sku-history": {
            "get": _operation(
                "One SKU's recorded quantity changes in every store, reads and pushes, oldest first: "
                '{"sku", "changes": [{"time", "store", "old", "new", "run_id", "rule", "write_state"}]}.',
                parameters=[{**_query("sku", "The SKU."), "required": True}],
                errors=(400,),
            )
        },
        "/api/v1/thresholds": {
            "get": _operation(
                'Low-stock thresholds: {"default": the Settings\' threshold, "skus": {sku: its own}}.'
            ),
            "patch": _operation(
                'Set SKUs\' own thresholds: {"skus": {sku: threshold, or null for the default again}, '
                '"replace": remove every one not listed}. The next low-stock check and the window use '
                "them at once.",
                body={
                    "type": "object",
                    "required": ["skus"],
                    "properties": {
                        "skus": {"type": "object", "additionalProperties": {"type": ["integer", "null"]}},
                        "replace": {"type": "boolean"},
                    },
                },
                errors=(400,),
            ),
        },
        "/api/v1/push-previews": {
            "post": _operation(
                "What the stock pushes among the chosen jobs would write now, nothing written (`storesync "
                "sync --dry-run`). Jobs are chosen as for POST /api/v1/runs. Each preview carries its "
                "`plan`: rows (as `row_fields` names them), unmatched SKUs, the guard's `refusals`.",
                body={
                    "type": "object",
                    "properties": {
                        "jobs": {"type": "array", "items": {"type": "integer"}},
                        "stores": {"type": "array", "items": {"type": "string"}},
                        "platform": {"type": "string"},
                        "all": {"type": "boolean"},
                        "kind": {"type": "string"},
                    },
                },
                errors=(400, 404),
            )
        },
        "/api/v1/jobs/{job_id}/approval": {
            "post": _operation(
                'Approve exactly the plan a preview answered ({"plan": that plan}) for a stock push the '
                "guard refused: its next run writes those writes, skipping each SKU that changed since.",
                parameters=[job_id],
                body={"type": "object", "required": ["plan"], "properties": {"plan": OBJECT}},
                errors=(400, 404),
            )
        },
        "/api/v1/alerts": {
            "get": _operation(
                'The alert settings of Settings -> Alerts: {"settings", "secrets_saved": {field: true, '
                'false or null (no keychain)}, "secrets_in" (keychain, or a server\'s credentials '
                'directory), "last_delivery"}; never a secret.'
            ),
            "patch": _operation(
                'Change alert settings: {"settings": {warn_after_failures, pause_after_failures, '
                "stale_after_hours, quiet_hours_start, quiet_hours_end, alert_email_*, alert_webhook_*}, "
                '"secrets": {"smtp_password" | "webhook_url": text}}; all are checked before any is saved; '
                "secrets go to the keychain (on a server, its credentials directory). Answers "
                '{"saved": [keys]}; takes effect at once.',
                body={
                    "type": "object",
                    "properties": {"settings": OBJECT, "secrets": OBJECT},
                },
                errors=(400, 503),
            ),
        },
        "/api/v1/alerts/test": {
            "post": _operation(
                'Send a test alert now: {"channel": "email" | "webhook"}; answers {"ok", "message"} '
                "(the message says why it was not sent).",
                body={
                    "type": "object",
                    "required": ["channel"],
                    "properties": {"channel": {"enum": ["email", "webhook"]}},
                },
                errors=(400,),
            )
        },
        "/api/v1/logs": {
            "get": _operation(
                'The latest log lines, oldest first: {"lines": [{"id", "time", "level", "message", '
                '"store_id", "run_id"}]}; new ones arrive on /api/v1/events as log_recorded.',
                parameters=[
                    _query("level", "debug, info, warning, error or critical: this level and above."),
                    _query("store", "Only lines about this store (name or id)."),
                    _query("run", "Only lines of this run (its id).", "integer"),
                    _query("text", "Only lines containing this text (any case)."),
                    _query("limit", "How many lines (0-5000, 50).", "integer"),
                    _query("offset", "Skip this many of the newest matching lines first (0).", "integer"),
                ],
                errors=(400, 404),
            )
        },
        "/api/v1/backup": {
            "post": _operation(
                'The instance writes a consistent copy of the database to {"path": an absolute file name '
                'that does not exist yet}; answers {"path", "size_bytes"}.',
                body={"type": "object", "required": ["path"], "properties": {"path": {"type": "string"}}},
                status=201,
                errors=(400, 409),
            )
        },
        "/api/v1/events": {
            "get": _operation(
                'Server-sent events: each `data:` line is one JSON event such as {"type": "sync_progress", '
                '"run_id": 7, "pages": 3, "records": 3000, ...} (sync_queued, sync_started, sync_progress, '
                "sync_finished, sync_failed, sync_skipped, rate_limited_until, needs_attention, "
                "schedule_changed, stores_changed, log_recorded, ...).",
                parameters=[_query("types", "Only these event types, comma-separated.")],
                media="text/event-stream",
                result={"type": "string"},
                errors=(400,),
            )
        },
    }


def openapi_document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "StoreSync control API",
            "version": "1",
            "description": "Served by the running StoreSync instance (the window or `storesync headless`) "
            "on 127.0.0.1 at the port named in the token file `control-api.json` of the data folder, "
            "and on a server by `storesync serve` at the address it is told (https off loopback), with "
            "the token of its `control-token`. "
            "Every request needs `Authorization: Bearer <token>` with the token of that file. Errors "
            'answer {"error": {"kind", "message"}}, the message being the sentence the command line prints.',
        },
        "servers": [{"url": "http://127.0.0.1:{port}", "variables": {"port": {"default": "0"}}}],
        "security": [{"bearer": []}],
        "paths": _paths(),
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["kind", "message"],
                            "properties": {"kind": {"type": "string"}, "message": {"type": "string"}},
                        }
                    },
                },
                "NewJob": {
                    "type": "object",
                    "required": ["kind", "schedule"],
                    "properties": {
                        "kind": {"type": "string"},
                        "store": {"type": "string", "description": "Name or id; none only for cleanup."},
                        "schedule": {"$ref": "#/components/schemas/Schedule"},
                        "options": {
                            "type": "object",
                            "description": "source_store (stock_push), threshold and all_stores "
                            "(low_stock_check; all_stores 1 checks the sum of every store's stock), "
                            "retention_days (cleanup), full_read_hours (inventory_pull).",
                        },
                        "paused": {"type": "boolean"},
                        "catch_up": {"type": "boolean"},
                    },
                },
                "JobChange": {
                    "type": "object",
                    "properties": {
                        "schedule": {"$ref": "#/components/schemas/Schedule"},
                        "options": OBJECT,
                        "paused": {"type": "boolean"},
                        "catch_up": {"type": "boolean"},
                    },
                },
                "Schedule": {
                    "type": "object",
                    "required": ["kind"],
                    "properties": {
                        "kind": {"enum": ["interval", "daily", "weekly", "cron"]},
                        "every_minutes": {"type": "integer"},
                        "at": {"type": "string", "description": "HH:MM"},
                        "days": {"type": "array", "items": {"type": "string"}},
                        "cron": {"type": "string"},
                        "window_start": {"type": "string"},
                        "window_end": {"type": "string"},
                        "timezone": {"type": "string"},
                    },
                },
                "NewStore": {
                    "type": "object",
                    "required": ["name", "platform"],
                    "properties": {
                        "name": {"type": "string"},
                        "platform": {"type": "string"},
                        "settings": OBJECT,
                        "secrets": OBJECT,
                        "enabled": {"type": "boolean"},
                        "default_jobs": {
                            "type": "boolean",
                            "description": "add the window's default jobs its connector supports",
                        },
                    },
                },
                "Status": {
                    "type": "object",
                    "required": ["scheduler", "generated_at", "stores", "global_jobs"],
                    "properties": {
                        "scheduler": {
                            "type": "object",
                            "properties": {
                                "running": {"type": "boolean"},
                                "paused": {"type": "boolean"},
                                "since": {"type": "string", "format": "date-time"},
                                "pid": {"type": "integer"},
                                "version": {"type": "string"},
                                "data_dir": {"type": "string"},
                                "workers": {
                                    "type": ["integer", "null"],
                                    "description": "On `storesync serve`: how many workers sent a "
                                    "heartbeat lately (0: queued runs wait for one); null where the "
                                    "instance runs its syncs itself.",
                                },
                            },
                        },
                        "generated_at": {"type": "string", "format": "date-time"},
                        "stores": {
                            "type": "array",
                            "items": OBJECT,
                            "description": "Each store with `stale` (why its data is stale, or null) and its "
                            "jobs, each with `paused_reason` (why it paused itself after failing, or null), "
                            "`running` and `queued` (a run waits for a free run slot, or on a server for a "
                            "worker).",
                        },
                        "global_jobs": {"type": "array", "items": OBJECT},
                    },
                },
            },
        },
    }


def openapi_text() -> str:
    return json.dumps(openapi_document(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(openapi_text())

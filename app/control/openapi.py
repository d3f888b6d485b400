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
    }


def openapi_document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "StoreSync control API",
            "version": "1",
            "description": "Served by the running StoreSync instance (the window or `storesync headless`) "
            "on 127.0.0.1 at the port named in the token file `control-api.json` of the data folder. "
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
                            },
                        },
                        "generated_at": {"type": "string", "format": "date-time"},
                        "stores": {"type": "array", "items": OBJECT},
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

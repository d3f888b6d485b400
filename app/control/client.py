"""ControlClient: talks to the running instance through its control API.

`find_instance(data_dir)` reads the token file: no file means no instance runs (work in-process); a
file whose process is gone is a stale file (StaleTokenFile). The client's calls then tell a token the
instance refuses (TokenRejected) from an instance that does not answer (InstanceUnreachable), and turn
a refused request into RequestRefused carrying the instance's own sentence.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from app.control.token_file import ControlEndpoint, process_alive, read_token_file, token_file_path
from app.core.errors import InvalidRequest, StoreSyncError

API = "/api/v1"


class ControlError(StoreSyncError):
    """The running instance could not be used; the message says why in one line."""

    kind = "control_api"


class StaleTokenFile(ControlError):
    """The token file was left by an instance that no longer runs."""

    kind = "stale_token_file"


class TokenRejected(ControlError):
    """The instance answered 401: the token file does not belong to the instance listening."""

    kind = "token_rejected"


class InstanceUnreachable(ControlError):
    """The token file names a live process, but nothing answers at its port."""

    kind = "instance_unreachable"


class RequestRefused(InvalidRequest):
    """The instance refused the request (4xx); the message is its sentence, as the CLI says it."""

    def __init__(self, message: str, status: int, kind: str) -> None:
        super().__init__(message)
        self.http_status = status
        self.kind = kind


def find_instance(data_dir: Path) -> ControlEndpoint | None:
    """The running instance of `data_dir`, or None when none runs. Raises StaleTokenFile for a file
    whose process is gone, ControlError for a file that is not a token file."""
    try:
        endpoint = read_token_file(data_dir)
    except ValueError as error:
        raise ControlError(str(error)) from None
    except OSError as error:
        raise ControlError(f"cannot read {token_file_path(data_dir)}: {error.strerror or error}") from None
    if endpoint is None:
        return None
    if not process_alive(endpoint.pid):
        raise StaleTokenFile(
            f"the token file {token_file_path(data_dir)} was left by StoreSync process {endpoint.pid}, "
            "which no longer runs"
        )
    return endpoint


class ControlClient:
    """Typed calls to one instance. Use `async with ControlClient(endpoint) as client:`."""

    def __init__(self, endpoint: ControlEndpoint, *, timeout: float = 10.0) -> None:
        self.endpoint = endpoint
        self._http = httpx.AsyncClient(
            base_url=endpoint.base_url,
            headers={"Authorization": f"Bearer {endpoint.token}"},
            timeout=timeout,
            trust_env=False,  # loopback: never through a proxy from the environment
        )

    async def __aenter__(self) -> ControlClient:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- the instance ---------------------------------------------------------------------------

    async def status(self) -> dict[str, Any]:
        """The scheduler and every store and job, as `storesync status --json` prints them."""
        return await self._call("GET", "/status")

    async def pause_all(self) -> dict[str, Any]:
        return await self._call("POST", "/scheduler/pause")

    async def resume_all(self) -> dict[str, Any]:
        return await self._call("POST", "/scheduler/resume")

    async def reload(self) -> dict[str, Any]:
        return await self._call("POST", "/reload")

    async def openapi(self) -> dict[str, Any]:
        return await self._call("GET", "/openapi.json")

    # --- plumbing -------------------------------------------------------------------------------

    async def _call(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        query = {key: value for key, value in (params or {}).items() if value is not None}
        try:
            response = await self._http.request(method, API + path, json=body, params=query)
        except httpx.TransportError as error:
            raise self._unreachable(error) from None
        return self._result(response)

    def _unreachable(self, error: httpx.TransportError) -> ControlError:
        where = f"{self.endpoint.host}:{self.endpoint.port}"
        if isinstance(error, httpx.ConnectError):
            return InstanceUnreachable(
                f"StoreSync process {self.endpoint.pid} is running but its control API at {where} "
                "refused the connection"
            )
        return InstanceUnreachable(
            f"the StoreSync control API at {where} did not answer ({type(error).__name__})"
        )

    def _result(self, response: httpx.Response) -> dict[str, Any]:
        if response.status_code == 401:
            raise TokenRejected(
                f"the StoreSync instance at port {self.endpoint.port} refused the token from the token "
                "file (the file belongs to another instance)"
            )
        try:
            data = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise ControlError(
                f"the control API answered {response.status_code} with something that is not JSON"
            ) from None
        if response.is_success and isinstance(data, dict):
            return data
        if response.is_success:
            raise ControlError("the control API answered with something other than a JSON object")
        error = data.get("error", {}) if isinstance(data, dict) else {}
        message = str(error.get("message") or f"the control API answered {response.status_code}")
        if 400 <= response.status_code < 500:
            raise RequestRefused(message, response.status_code, str(error.get("kind", "invalid_request")))
        raise ControlError(message)


async def lines_of_events(response: httpx.Response) -> AsyncIterator[dict[str, Any]]:
    """The JSON events of a server-sent-events answer, one dict per `data:` block."""
    data: list[str] = []
    async for line in response.aiter_lines():
        if line.startswith("data:"):
            data.append(line[5:].lstrip())
        elif not line and data:
            yield json.loads("\n".join(data))
            data = []

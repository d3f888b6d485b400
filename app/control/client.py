"""ControlClient: talks to the running instance through its control API.

`find_instance(data_dir)` reads the token file: no file means no instance runs (work in-process); a
file whose process is gone is a stale file (StaleTokenFile). The client's calls then tell a token the
instance refuses (TokenRejected) from an instance that does not answer (InstanceUnreachable), and turn
a refused request into RequestRefused carrying the instance's own sentence.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import AsyncIterator, Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

import httpx

from app.control.token_file import ControlEndpoint, process_alive, read_token_file, token_file_path
from app.core.errors import WORKER_STOPPED, InvalidRequest, StoreSyncError
from app.core.events import ALREADY_QUEUED, ALREADY_RUNNING

API = "/api/v1"
# The events that tell how runs asked for go: started, progressing, ended, turned away, or dropped from a
# server's queue.
FOLLOWED_EVENTS = (
    "sync_started",
    "sync_progress",
    "sync_finished",
    "sync_failed",
    "sync_skipped",
    "sync_left_queue",
)
LONG_SECONDS = 300.0
"""For calls that read a whole store or write a whole file (previews, backups, tests of alerts)."""


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

    def __init__(
        self,
        endpoint: ControlEndpoint,
        *,
        timeout: float = 10.0,
        verify: ssl.SSLContext | bool = True,
        certificate_file: str | None = None,
    ) -> None:
        """`certificate_file`: the file `verify` was made from, named when the server's is not it."""
        self.endpoint = endpoint
        self.certificate_file = certificate_file
        self._http = httpx.AsyncClient(
            base_url=endpoint.base_url,
            headers={"Authorization": f"Bearer {endpoint.token}"},
            timeout=timeout,
            verify=verify,
            trust_env=False,  # never through a proxy from the environment
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

    # --- runs -----------------------------------------------------------------------------------

    async def history(
        self,
        *,
        store: str | None = None,
        job: int | None = None,
        kind: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> dict[str, Any]:
        """A page of runs, newest first: {"total", "offset", "limit", "next_offset", "runs"}."""
        filters = {"store": store, "job": job, "kind": kind, "status": status, "since": since, "until": until}
        return await self._call("GET", "/runs", params={**filters, "offset": offset, "limit": limit})

    async def run(self, run_id: int) -> dict[str, Any]:
        """One run with its counts, log lines and per-SKU changes."""
        return await self._call("GET", f"/runs/{run_id}")

    async def orders(
        self,
        *,
        store: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> dict[str, Any]:
        """A page of orders, newest first: {"total", "offset", "limit", "next_offset", "orders"}."""
        filters = {"store": store, "status": status, "since": since, "until": until}
        return await self._call("GET", "/orders", params={**filters, "offset": offset, "limit": limit})

    async def order(self, order_id: int) -> dict[str, Any]:
        """One order with its status history."""
        return await self._call("GET", f"/orders/{order_id}")

    async def upcoming(
        self, *, count: int = 5, store: str | None = None, job: int | None = None
    ) -> dict[str, Any]:
        return await self._call("GET", "/upcoming", params={"count": count, "store": store, "job": job})

    async def trigger(
        self,
        *,
        stores: list[str] | None = None,
        platform: str | None = None,
        every: bool = False,
        kind: str | None = None,
        jobs: list[int] | None = None,
        force: bool = False,
        trigger: str = "cli",
    ) -> dict[str, Any]:
        """Start runs now: {"started": [{job_id, run_id, ...}], "skipped": [{job_id, reason, ...}]}."""
        body = {
            "trigger": trigger,
            "stores": stores or [],
            "platform": platform,
            "all": every,
            "kind": kind,
            "jobs": jobs or [],
            "force": force,
        }
        return await self._call("POST", "/runs", body=body)

    async def trigger_and_follow(
        self,
        on_progress: Callable[[dict[str, Any]], None] | None = None,
        **choice: Any,
    ) -> dict[str, Any]:
        """Start runs as `trigger(**choice)` does and follow them to their end: {"runs": [each started
        run as the history lists it, once ended], "skipped": [...]}; `on_progress` gets each
        sync_progress event of those runs. The event stream is open before the runs start, so no end
        is missed however fast a run is. A job the instance queued without starting it yet (every run
        slot busy, or a server whose workers have not taken it) is followed from its start."""
        types = ",".join(FOLLOWED_EVENTS)
        try:
            async with self._http.stream(
                "GET", API + "/events", params={"types": types}, timeout=httpx.Timeout(10.0, read=None)
            ) as response:
                if not response.is_success:
                    await response.aread()
                    self._result(response)
                answer = await self.trigger(**choice)
                followed = FollowedRuns(answer, str(choice.get("trigger", "cli")))
                if not followed.done:
                    await follow_to_the_end(response, followed, on_progress)
        except httpx.TransportError as error:
            raise self._unreachable(error) from None
        return {"runs": followed.runs(), "skipped": [*answer["skipped"], *followed.skipped]}

    # --- jobs -----------------------------------------------------------------------------------

    async def jobs(self, store: str | None = None) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = (await self._call("GET", "/jobs", params={"store": store}))["jobs"]
        return found

    async def job(self, job_id: int) -> dict[str, Any]:
        return await self._call("GET", f"/jobs/{job_id}")

    async def add_job(self, job: Mapping[str, Any]) -> dict[str, Any]:
        """`kind`, `schedule`, `store` (none for cleanup), optional `options`, `paused`, `catch_up`."""
        return await self._call("POST", "/jobs", body=job)

    async def change_job(self, job_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Any of `schedule`, `options` (merged; null removes one), `catch_up`, `paused`."""
        return await self._call("PATCH", f"/jobs/{job_id}", body=changes)

    async def remove_job(self, job_id: int) -> dict[str, Any]:
        return await self._call("DELETE", f"/jobs/{job_id}")

    async def pause_job(self, job_id: int) -> dict[str, Any]:
        return await self._call("POST", f"/jobs/{job_id}/pause")

    async def resume_job(self, job_id: int) -> dict[str, Any]:
        return await self._call("POST", f"/jobs/{job_id}/resume")

    # --- stores ---------------------------------------------------------------------------------

    async def stores(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = (await self._call("GET", "/stores"))["stores"]
        return found

    async def store(self, store: str | int) -> dict[str, Any]:
        return await self._call("GET", f"/stores/{quote(str(store), safe='')}")

    async def add_store(self, store: Mapping[str, Any]) -> dict[str, Any]:
        """`name`, `platform`, `settings`, `secrets` (kept in the keychain, never sent back), `enabled`."""
        return await self._call("POST", "/stores", body=store)

    async def change_store(self, store: str | int, changes: Mapping[str, Any]) -> dict[str, Any]:
        return await self._call("PATCH", f"/stores/{quote(str(store), safe='')}", body=changes)

    async def remove_store(self, store: str | int) -> dict[str, Any]:
        return await self._call("DELETE", f"/stores/{quote(str(store), safe='')}")

    async def test_store(self, store: str | int) -> dict[str, Any]:
        """The connection test: {"ok": bool, "kind": error kind or None, "message": sentence}."""
        return await self._call("POST", f"/stores/{quote(str(store), safe='')}/test")

    async def preview_store(self, store: str | int, *, limit: int = 5) -> dict[str, Any]:
        """What a sync would store, skip and fail: {"ok", "records", "items", "skips", "failures"}."""
        path = f"/stores/{quote(str(store), safe='')}/preview"
        return await self._call("POST", path, params={"limit": limit})

    async def check_connection(self, store: Mapping[str, Any]) -> dict[str, Any]:
        """Test connection before saving (`store` as for add_store); nothing is saved."""
        return await self._call("POST", "/connection-test", body=store)

    # --- configuration --------------------------------------------------------------------------

    async def export_config(self) -> dict[str, Any]:
        return await self._call("GET", "/config")

    async def import_config(
        self, document: Mapping[str, Any], *, replace: bool = False, source: str = "the configuration"
    ) -> dict[str, Any]:
        body = {"document": document, "replace": replace, "source": source}
        return await self._call("POST", "/config", body=body)

    # --- stock -----------------------------------------------------------------------------------

    async def inventory(
        self,
        *,
        sku: str | None = None,
        store: str | None = None,
        low: bool = False,
        search: str | None = None,
    ) -> dict[str, Any]:
        """The stored stock per SKU and store: {"items": [{sku, store, store_id, quantity, price, ...}]}."""
        params = {"sku": sku, "store": store, "low": "true" if low else None, "search": search}
        return await self._call("GET", "/inventory", params=params, wait=LONG_SECONDS)

    async def overview(
        self,
        *,
        failures_since: str | None = None,
        day_since: str | None = None,
        ended_since: str | None = None,
        recent: int | None = None,
    ) -> dict[str, Any]:
        """The Overview's figures: {"stores": [{store_id, items, ...}], "today": {...}, "ended_run_ids"}."""
        params = {
            "failures_since": failures_since,
            "day_since": day_since,
            "ended_since": ended_since,
            "recent": recent,
        }
        return await self._call("GET", "/overview", params=params)

    async def sku_history(self, sku: str) -> dict[str, Any]:
        """Every recorded change of one SKU in every store: {"sku", "changes": [...]}."""
        return await self._call("GET", "/sku-history", params={"sku": sku})

    async def thresholds(self) -> dict[str, Any]:
        """{"default": the Settings' low-stock threshold, "skus": {sku: its own threshold}}."""
        return await self._call("GET", "/thresholds")

    async def change_thresholds(
        self, skus: Mapping[str, int | None], *, replace: bool = False
    ) -> dict[str, Any]:
        """Set (or with None remove) SKUs' own thresholds; `replace` removes every one not listed."""
        return await self._call("PATCH", "/thresholds", body={"skus": dict(skus), "replace": replace})

    # --- pushes ----------------------------------------------------------------------------------

    async def push_previews(self, **choice: Any) -> dict[str, Any]:
        """The plans of the stock pushes among the jobs chosen as for `trigger`; nothing written."""
        return await self._call("POST", "/push-previews", body=choice, wait=LONG_SECONDS)

    async def approve_push(self, job_id: int, plan: Mapping[str, Any]) -> dict[str, Any]:
        """The go for exactly `plan` (a preview's): the job's next run writes it, guard or not."""
        return await self._call("POST", f"/jobs/{job_id}/approval", body={"plan": plan})

    # --- alerts, logs, backup ----------------------------------------------------------------------

    async def alerts(self) -> dict[str, Any]:
        """{"settings", "secrets_saved", "last_delivery"}; never a secret."""
        return await self._call("GET", "/alerts")

    async def change_alerts(
        self, settings: Mapping[str, Any], secrets: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        body = {"settings": dict(settings), "secrets": dict(secrets or {})}
        return await self._call("PATCH", "/alerts", body=body)

    async def test_alert(self, channel: str) -> dict[str, Any]:
        """{"ok": true} or {"ok": false, "message": why the test was not sent}."""
        return await self._call("POST", "/alerts/test", body={"channel": channel}, wait=LONG_SECONDS)

    async def logs(
        self,
        *,
        level: str | None = None,
        store: str | None = None,
        run: int | None = None,
        text: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> dict[str, Any]:
        """The latest log lines (after the `offset` newest), oldest first: {"lines": [{id, time, level,
        message, store_id, run_id}]}."""
        params = {"level": level, "store": store, "run": run, "text": text, "limit": limit, "offset": offset}
        return await self._call("GET", "/logs", params=params)

    async def backup(self, path: str) -> dict[str, Any]:
        """The instance writes a consistent copy of the database to `path` (absolute, new)."""
        return await self._call("POST", "/backup", body={"path": path}, wait=LONG_SECONDS)

    # --- events ---------------------------------------------------------------------------------

    async def events(
        self, types: list[str] | None = None, *, opened: asyncio.Event | None = None
    ) -> AsyncIterator[dict[str, Any]]:
        """Follow the instance's events ({"type": "sync_progress", ...}) until it stops or the caller
        stops iterating. `opened` is set once the instance listens for this stream: no later event
        is missed."""
        params = {"types": ",".join(types)} if types else {}
        try:
            async with self._http.stream(
                "GET", API + "/events", params=params, timeout=httpx.Timeout(10.0, read=None)
            ) as response:
                if not response.is_success:
                    await response.aread()
                    self._result(response)
                if opened is not None:
                    opened.set()
                async for event in lines_of_events(response):
                    yield event
        except httpx.TransportError as error:
            raise self._unreachable(error) from None

    # --- plumbing -------------------------------------------------------------------------------

    async def _call(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        wait: float | None = None,
    ) -> dict[str, Any]:
        """`wait`: seconds for an answer when longer than the client's usual timeout."""
        query = {key: value for key, value in (params or {}).items() if value is not None}
        timeout = self._http.timeout if wait is None else httpx.Timeout(wait)
        try:
            response = await self._http.request(method, API + path, json=body, params=query, timeout=timeout)
        except httpx.TransportError as error:
            raise self._unreachable(error) from None
        return self._result(response)

    def _unreachable(self, error: httpx.TransportError) -> ControlError:
        where = f"{self.endpoint.host}:{self.endpoint.port}"
        text = str(error)
        if "CERTIFICATE_VERIFY_FAILED" in text:
            return InstanceUnreachable(self._untrusted(where, text))
        if "without sending a response" in text and self.endpoint.scheme == "http":
            return InstanceUnreachable(
                f"{where} did not answer plain http; if it is a server with TLS, connect with https://{where}"
            )
        if "WRONG_VERSION_NUMBER" in text and self.endpoint.scheme == "https":
            return InstanceUnreachable(
                f"{where} answered, but without TLS: connect with http://{where} (plain http is only "
                "for a server on this computer), or start the server with --tls-cert and --tls-key"
            )
        if isinstance(error, httpx.ConnectError) and _no_such_host(text):
            return InstanceUnreachable(f"no computer named {self.endpoint.host} was found")
        if isinstance(error, httpx.ConnectError):
            who = (
                f"StoreSync process {self.endpoint.pid} is running but its control API at {where}"
                if self.endpoint.pid
                else f"the StoreSync server at {where}"
            )
            return InstanceUnreachable(f"{who} refused the connection")
        return InstanceUnreachable(
            f"the StoreSync control API at {where} did not answer ({type(error).__name__})"
        )

    def _untrusted(self, where: str, text: str) -> str:
        if "mismatch" in text:  # "Hostname mismatch" or "IP address mismatch"
            return (
                f"the certificate of {where} is not made out for {self.endpoint.host}; connect with a name "
                "or address the certificate holds"
            )
        if self.certificate_file:
            named = self.certificate_file
            return f"the certificate of {where} is neither the one in {named} nor signed by it"
        return f"the certificate of {where} is not trusted; name the server's certificate file to trust it"

    def _result(self, response: httpx.Response) -> dict[str, Any]:
        if response.status_code == 401 and not self.endpoint.pid:
            raise TokenRejected(
                f"the StoreSync server at {self.endpoint.host}:{self.endpoint.port} refused the token"
            )
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


def _no_such_host(text: str) -> bool:
    return "Name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text


class FollowedRuns:
    """The runs a trigger started, and the jobs it queued without starting them yet (every run slot
    busy, or a server whose workers have not taken them), followed from the events to their end. A run
    a server's worker was cut short in by its death is followed into the run the queue starts again."""

    def __init__(self, answer: Mapping[str, Any], trigger: str) -> None:
        """`trigger`: the one the runs were asked for with; another's start or skip is not theirs."""
        self.trigger = trigger
        started = answer["started"]
        self.order: list[int] = [entry["run_id"] for entry in started if entry["run_id"] is not None]
        self.pending = set(self.order)
        self.queued = {entry["job_id"]: entry for entry in started if entry["run_id"] is None}
        self.ended: dict[int, dict[str, Any]] = {}
        self.skipped: list[dict[str, Any]] = []
        self.rerun: list[dict[str, Any]] = []
        """Runs cut short by their worker's death, whose job the server's queue runs again."""
        # Starts with our trigger of jobs not waited for (yet): the queue may start a job again before
        # its cut-short run is seen ending.
        self._unclaimed: dict[int, int] = {}

    @property
    def done(self) -> bool:
        return not self.pending and not self.queued

    def runs(self) -> list[dict[str, Any]]:
        """The ended runs as the history lists them, in the order they started."""
        return [self.ended[run_id] for run_id in self.order if run_id in self.ended]

    def end(self, run: Mapping[str, Any]) -> None:
        if run["id"] not in self.pending:
            return
        self.ended[run["id"]] = dict(run)
        self.pending.discard(run["id"])
        job_id = run.get("job_id")
        if run.get("error_kind") != WORKER_STOPPED or job_id is None:
            return
        self.rerun.append(dict(run))
        again = self._unclaimed.pop(job_id, None)
        if again is not None and again > run["id"]:
            self._follow(again)
        else:
            self.queued[job_id] = {
                "job_id": job_id, "run_id": None, "store_id": run.get("store_id"), "kind": run.get("kind")
            }  # fmt: skip

    def _follow(self, run_id: int) -> None:
        self.pending.add(run_id)
        self.order.append(run_id)

    def take(self, event: Mapping[str, Any]) -> bool:
        """Whether `event` (not progress) started, skipped or ended one of these. A queued job whose
        runs all left a server's queue before one of ours started was dropped there without a run."""
        kind = event["type"]
        if kind == "sync_left_queue":
            entry = self.queued.pop(event["job_id"], None)
            if entry is not None:
                self.skipped.append({**entry, "run_id": None, "reason": LEFT_THE_QUEUE})
            return entry is not None
        if kind in ("sync_started", "sync_skipped"):
            turned_away = event.get("reason") in (ALREADY_RUNNING, ALREADY_QUEUED)  # as ours is in flight
            if event.get("trigger") != self.trigger or turned_away:
                return False  # a scheduled run's, or another attempt's
            if event["run_id"] is not None and (
                event["run_id"] in self.pending or event["run_id"] in self.ended
            ):
                return False  # told again (a server tells what it reads of its runs)
            entry = self.queued.pop(event["job_id"], None)
            if entry is None:
                if kind == "sync_started":
                    self._unclaimed[event["job_id"]] = event["run_id"]
                return False
            if kind == "sync_started":
                self._follow(event["run_id"])
            else:
                self.skipped.append({**entry, "run_id": event["run_id"], "reason": event["reason"]})
            return True
        run = event.get("run")
        if run is None or run["id"] not in self.pending:
            return False
        self.end(run)
        return True


async def follow_to_the_end(
    response: httpx.Response,
    followed: FollowedRuns,
    on_progress: Callable[[dict[str, Any]], None] | None,
) -> None:
    """Read the event stream until every run followed has ended; InstanceUnreachable when the stream
    ends before."""
    async for event in lines_of_events(response):
        if event["type"] == "sync_progress":
            if on_progress is not None and event["run_id"] in followed.pending:
                on_progress(event)
        elif followed.take(event) and followed.done:
            return
    raise InstanceUnreachable(STOPPED_SENDING)


LEFT_THE_QUEUE = (
    "it left the server's queue without running: its job or store was removed, or a run of it had just "
    "happened"
)
STOPPED_SENDING = (
    "the StoreSync instance stopped sending its events before the runs ended (it was stopped or restarted)"
)


async def lines_of_events(response: httpx.Response) -> AsyncIterator[dict[str, Any]]:
    """The JSON events of a server-sent-events answer, one dict per `data:` block."""
    data: list[str] = []
    async for line in response.aiter_lines():
        if line.startswith("data:"):
            data.append(line[5:].lstrip())
        elif not line and data:
            yield json.loads("\n".join(data))
            data = []

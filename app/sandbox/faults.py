"""Fault injection for the simulators: what goes wrong with which request, scripted or at random.

A `FaultPlan` is consulted once per request (before the route runs). Rules are checked in this
order: request number (`at_request`), scripted "next N requests" (`next_requests`), then random
faults (`randomly`). The plan is thread-safe and may be changed while the server runs.
"""

from __future__ import annotations

import enum
import random
import threading
from dataclasses import dataclass, field
from typing import Any


class FaultKind(enum.StrEnum):
    LATENCY = "latency"  # wait `delay` seconds, then answer normally
    RATE_LIMIT = "429"  # 429 with Retry-After: `retry_after` seconds
    SERVER_ERROR = "500"
    BAD_GATEWAY = "502"
    UNAVAILABLE = "503"
    TIMEOUT = "timeout"  # hang `delay` seconds (longer than the client's timeout), then drop the socket
    HTML = "html"  # a web page (status `status`, default 200) instead of API data
    MALFORMED_JSON = "malformed"  # 200 application/json with a truncated body
    UNAUTHORIZED = "401"
    CUSTOM = "custom"  # answer with `status`, `body` and `headers` exactly as given


@dataclass(frozen=True, slots=True)
class Fault:
    """One injected misbehaviour. Unused fields are ignored for kinds that do not need them."""

    kind: FaultKind
    delay: float = 0.0
    retry_after: float = 1.0
    status: int | None = None
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = "application/json"

    @classmethod
    def latency(cls, seconds: float) -> Fault:
        return cls(FaultKind.LATENCY, delay=seconds)

    @classmethod
    def rate_limit(cls, retry_after: float = 1.0) -> Fault:
        return cls(FaultKind.RATE_LIMIT, retry_after=retry_after)

    @classmethod
    def timeout(cls, hang_seconds: float = 5.0) -> Fault:
        return cls(FaultKind.TIMEOUT, delay=hang_seconds)

    @classmethod
    def custom(
        cls, status: int, body: bytes, content_type: str = "application/json", **headers: str
    ) -> Fault:
        return cls(
            FaultKind.CUSTOM,
            status=status,
            body=body,
            content_type=content_type,
            headers=tuple(headers.items()),
        )


@dataclass(slots=True)
class _Scripted:
    fault: Fault
    remaining: int
    path: str | None


@dataclass(slots=True)
class _Random:
    fault: Fault
    probability: float
    path: str | None


@dataclass(slots=True)
class FaultPlan:
    """Decides, per request, whether and how to misbehave. Request numbers count from 1."""

    seed: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _by_number: dict[int, Fault] = field(default_factory=dict, repr=False)
    _scripted: list[_Scripted] = field(default_factory=list, repr=False)
    _random: list[_Random] = field(default_factory=list, repr=False)
    _rng: random.Random = field(init=False, repr=False)
    _requests: int = 0
    injected: int = 0

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def at_request(self, number: int, fault: Fault) -> FaultPlan:
        """Request number `number` (counting every request this plan has seen) gets `fault`."""
        with self._lock:
            self._by_number[number] = fault
        return self

    def next_requests(self, count: int, fault: Fault, path: str | None = None) -> FaultPlan:
        """The next `count` requests (to `path` only, when given) get `fault`."""
        with self._lock:
            self._scripted.append(_Scripted(fault, count, path))
        return self

    def randomly(self, probability: float, fault: Fault, path: str | None = None) -> FaultPlan:
        """Each request (to `path` only, when given) gets `fault` with `probability`, seeded."""
        if not 0.0 <= probability <= 1.0:
            raise ValueError(f"probability must be between 0 and 1, not {probability}")
        with self._lock:
            self._random.append(_Random(fault, probability, path))
        return self

    def clear(self) -> None:
        with self._lock:
            self._by_number.clear()
            self._scripted.clear()
            self._random.clear()

    @property
    def requests_seen(self) -> int:
        with self._lock:
            return self._requests

    def choose(self, path: str) -> Fault | None:
        """Called by the server once per request; returns the fault to inject, if any."""
        with self._lock:
            self._requests += 1
            fault = self._by_number.pop(self._requests, None)
            if fault is None:
                fault = self._take_scripted(path)
            if fault is None:
                fault = self._roll(path)
            if fault is not None:
                self.injected += 1
            return fault

    def _take_scripted(self, path: str) -> Fault | None:
        for rule in self._scripted:
            if rule.path is None or rule.path == path:
                rule.remaining -= 1
                if rule.remaining <= 0:
                    self._scripted.remove(rule)
                return rule.fault
        return None

    def _roll(self, path: str) -> Fault | None:
        for rule in self._random:
            if (rule.path is None or rule.path == path) and self._rng.random() < rule.probability:
                return rule.fault
        return None

    def apply_spec(self, spec: str) -> FaultPlan:
        """Adds one rule written as text, as `--fault` and the control endpoint take it.

        `KIND[=VALUE][,next=N][,at=K][,p=P][,path=/x]`, e.g. `429=2,next=3`, `500,p=0.05`,
        `latency=0.2,p=1`, `timeout=5,at=4`, `html,path=/products`. VALUE is the delay for
        latency/timeout, Retry-After for 429, the status for html. Without next/at/p: the next request.
        """
        options = _parse_spec(spec)
        fault = _fault_from(options)
        path = options.get("path")
        if "at" in options:
            return self.at_request(int(options["at"]), fault)
        if "p" in options:
            return self.randomly(float(options["p"]), fault, path)
        return self.next_requests(int(options.get("next", "1")), fault, path)


def _parse_spec(spec: str) -> dict[str, str]:
    parts = [part.strip() for part in spec.split(",") if part.strip()]
    if not parts:
        raise ValueError("empty fault spec")
    kind, _, value = parts[0].partition("=")
    options = {"kind": kind.strip().lower(), "value": value.strip()}
    for part in parts[1:]:
        key, sep, val = part.partition("=")
        if not sep or key.strip() not in {"next", "at", "p", "path"}:
            raise ValueError(f"unknown fault option {part!r} (use next=N, at=K, p=P or path=/x)")
        options[key.strip()] = val.strip()
    return options


def _fault_from(options: dict[str, str]) -> Fault:
    try:
        kind = FaultKind(options["kind"])
    except ValueError:
        known = ", ".join(k.value for k in FaultKind if k is not FaultKind.CUSTOM)
        raise ValueError(f"unknown fault {options['kind']!r}; known: {known}") from None
    value = options["value"]
    extra: dict[str, Any] = {}
    if kind in (FaultKind.LATENCY, FaultKind.TIMEOUT):
        extra["delay"] = float(value) if value else (0.2 if kind is FaultKind.LATENCY else 5.0)
    elif kind is FaultKind.RATE_LIMIT and value:
        extra["retry_after"] = float(value)
    elif kind is FaultKind.HTML and value:
        extra["status"] = int(value)
    elif kind is FaultKind.CUSTOM:
        raise ValueError("custom faults are set from code, not from text")
    return Fault(kind, **extra)

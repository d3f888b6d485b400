"""Which simulator speaks which platform's wire format.

A platform's simulator module (its declaration's `simulator_module`, `app/sandbox/<platform>.py`)
exposes `SIMULATOR`, a `SimulatorServer` subclass
whose constructor takes the base's arguments (catalog, *, port, faults, credentials, tick_seconds).
Modules are imported lazily on first use; a platform whose module is not there yet is simply absent.
"simple" (the built-in simple JSON store) is always present.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any

from app.core.platforms import DECLARATIONS
from app.sandbox.catalog import Catalog
from app.sandbox.server import SimulatorServer
from app.sandbox.simple import SimpleSimulator

PLATFORM_MODULES: dict[str, str] = {p.value: d.simulator_module for p, d in DECLARATIONS.items()}


def _load(platform: str) -> type[SimulatorServer] | None:
    module_name = PLATFORM_MODULES[platform]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            return None
        raise
    simulator = getattr(module, "SIMULATOR", None)
    if not (isinstance(simulator, type) and issubclass(simulator, SimulatorServer)):
        raise TypeError(f"{module_name}.SIMULATOR must be a SimulatorServer subclass")
    return simulator


class _LazySimulators(Mapping[str, type[SimulatorServer]]):
    """platform value -> simulator class, filled by importing the platform modules on first use."""

    def __init__(self) -> None:
        self._loaded: dict[str, type[SimulatorServer]] | None = None

    def _all(self) -> dict[str, type[SimulatorServer]]:
        if self._loaded is None:
            loaded: dict[str, type[SimulatorServer]] = {"simple": SimpleSimulator}
            for platform in PLATFORM_MODULES:
                simulator = _load(platform)
                if simulator is not None:
                    loaded[platform] = simulator
            self._loaded = loaded
        return self._loaded

    def __getitem__(self, platform: str) -> type[SimulatorServer]:
        return self._all()[platform]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


SIMULATORS: Mapping[str, type[SimulatorServer]] = _LazySimulators()


def simulator_class(platform: str) -> type[SimulatorServer]:
    """The simulator for `platform`; ValueError naming the available ones when there is none."""
    try:
        return SIMULATORS[platform]
    except KeyError:
        raise ValueError(
            f"no simulator for platform {platform!r}; available: {', '.join(sorted(SIMULATORS))}"
        ) from None


def create_simulator(
    platform: str, products: int = 100, seed: int = 0, orders: int = 10, **options: Any
) -> SimulatorServer:
    """A (not yet started) simulator of `platform` over a fresh catalog."""
    return simulator_class(platform)(Catalog(products, seed=seed, orders=orders), **options)

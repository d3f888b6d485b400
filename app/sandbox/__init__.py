"""Loopback store simulators with fault injection, for the demo mode, integration tests and benches.

    from app.sandbox import Catalog, FaultPlan, Fault, SimpleSimulator
    with SimpleSimulator(Catalog(1000, seed=1)) as store:   # serving on store.url
        store.faults.next_requests(2, Fault.rate_limit(1))

Platform simulators subclass `SimulatorServer` (server.py) and register in registry.py.
"""

from app.sandbox.catalog import Catalog, CatalogPage, Order, OrderLine, Product
from app.sandbox.faults import Fault, FaultKind, FaultPlan
from app.sandbox.messages import (
    Request,
    Response,
    json_bytes,
    json_response,
    text_response,
)
from app.sandbox.server import SimulatorServer
from app.sandbox.simple import SimpleSimulator

__all__ = [
    "Catalog",
    "CatalogPage",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "Order",
    "OrderLine",
    "Product",
    "Request",
    "Response",
    "SimpleSimulator",
    "SimulatorServer",
    "json_bytes",
    "json_response",
    "text_response",
]

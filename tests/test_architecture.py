"""DESIGN.md §1's layer table, enforced: every import of every module under app/ is checked."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
STDLIB = set(sys.stdlib_module_names) | {"__future__"}

# package -> (allowed third-party top-level modules, allowed app packages)
RULES: dict[str, tuple[set[str], set[str]]] = {
    "core": (set(), {"core"}),
    "storage": (
        {"peewee", "keyring", "platformdirs", "playhouse", "secretstorage", "jeepney", "psycopg"},
        {"core", "storage"},
    ),
    # orjson: reading answers and writing bulk rows at C speed (app.connectors.answer_body, .bulk).
    "connectors": ({"httpx", "orjson"}, {"core", "connectors"}),
    "sandbox": (set(), {"core", "sandbox"}),
    "sync": (set(), {"core", "sync", "connectors"}),
    "scheduling": ({"apscheduler", "tzlocal"}, {"core", "sync", "scheduling"}),
    "ui": ({"PySide6", "qasync", "shiboken6"}, {"core", "ui"}),
    # Alerts away from the desktop: webhooks through httpx, email through the standard library's smtplib.
    "alerts": ({"httpx"}, {"core", "alerts"}),
    # aiohttp serves the control API on the app's loop; httpx is its client's.
    "control": ({"aiohttp", "httpx"}, {"core", "control"}),
    # Server mode's worker: the engine on PostgreSQL storage, run from procrastinate's task queue.
    "worker": (
        {"procrastinate"},
        {"core", "storage", "connectors", "sync", "scheduling", "worker"},
    ),
}
# The command line composes everything, like bootstrap; its own rule is that it has no import cycle.
COMPOSITION_PACKAGES = {"cli"}
# sync may use only the connectors' registry and base classes, not a platform module.
SYNC_CONNECTOR_MODULES = {"app.connectors", "app.connectors.registry", "app.connectors.base"}


def _imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package_parts = path.relative_to(APP.parent).with_suffix("").parts
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level]
                if path.name == "__init__.py":
                    base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((module, node.lineno))
    return found


def _modules() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "__pycache__" not in p.parts)


def _breaches(path: Path) -> list[str]:
    parts = path.relative_to(APP).parts
    if len(parts) < 2:  # app/__init__.py, app/bootstrap.py: the composition root
        return []
    layer = parts[0]
    if layer in COMPOSITION_PACKAGES:
        return []
    allowed_external, allowed_app = RULES[layer]
    problems = []
    for module, line in _imports(path):
        top = module.split(".")[0]
        where = f"{path.relative_to(APP.parent)}:{line} imports {module}"
        if top == "app":
            target = module.split(".")[1] if module.count(".") else ""
            if target not in allowed_app:
                problems.append(f"{where} ({layer} must not import app.{target or '*'})")
            elif layer == "sync" and target == "connectors" and module not in SYNC_CONNECTOR_MODULES:
                problems.append(f"{where} (sync reaches connectors only through registry/base)")
        elif top not in STDLIB and top not in allowed_external:
            problems.append(f"{where} ({layer} must not import {top})")
    return problems


def test_every_layer_has_a_rule() -> None:
    layers = {p.name for p in APP.iterdir() if p.is_dir() and p.name != "__pycache__"}
    unruled = layers - set(RULES) - COMPOSITION_PACKAGES
    assert not unruled, f"packages without a rule in DESIGN.md's table: {unruled}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(APP.parent)))
def test_module_respects_layer_rules(path: Path) -> None:
    assert _breaches(path) == []


def test_rules_catch_a_breach(tmp_path: Path) -> None:
    """The checker itself must notice a forbidden import, or the rules above prove nothing."""
    fake = APP / "core" / "_architecture_probe.py"
    fake.write_text("import httpx\nfrom app.storage import database\n", encoding="utf-8")
    try:
        assert len(_breaches(fake)) == 2
    finally:
        fake.unlink()


def _module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports (`from pkg import sub` counts as sub)."""
    modules = {_module_name(p): p for p in package.rglob("*.py") if "__pycache__" not in p.parts}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    targets.add(sub if sub in modules else node.module)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of the graph (as a path that returns to its start), or [] when none."""
    done: set[str] = set()

    def visit(node: str, trail: list[str]) -> list[str]:
        if node in trail:
            return [*trail[trail.index(node) :], node]
        if node in done:
            return []
        for target in sorted(graph[node]):
            found = visit(target, [*trail, node])
            if found:
                return found
        done.add(node)
        return []

    for start in sorted(graph):
        found = visit(start, [])
        if found:
            return found
    return []


def test_cli_package_has_no_import_cycle() -> None:
    assert _cycle(_package_graph(APP / "cli")) == []


def test_cli_common_module_imports_nothing_of_the_cli_package() -> None:
    assert _package_graph(APP / "cli")["app.cli.common"] == set()


def test_cycle_check_notices_a_cycle() -> None:
    """The cycle finder must see the circle the old cli modules formed, or the test above proves nothing."""
    graph = {
        "app.cli": {"app.cli_config"},
        "app.cli_config": {"app.cli_stores"},
        "app.cli_stores": {"app.cli"},
    }
    assert _cycle(graph) == ["app.cli", "app.cli_config", "app.cli_stores", "app.cli"]

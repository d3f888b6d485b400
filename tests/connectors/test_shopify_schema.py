"""Every document the Shopify connector can send is valid against the real Admin API schema."""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from graphql import GraphQLSchema, build_client_schema, parse, validate
from graphql.execution.values import get_variable_values
from graphql.language import OperationDefinitionNode

from app.connectors import shopify_documents as docs

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "shopify"
VERSIONS = ("2026-01", "2026-04")


@functools.cache
def admin_schema(version: str) -> GraphQLSchema:
    with gzip.open(FIXTURES / f"admin_{version}.json.gz", "rt", encoding="utf-8") as handle:
        introspection = json.load(handle)
    # graphql-core 3.3 rejects a few details of Shopify's own schema; the types are what matter here.
    return build_client_schema(introspection["data"], assume_valid=True)


def problems(version: str, document: str, variables: Mapping[str, Any] | None = None) -> list[str]:
    """Validation errors of `document` (and of `variables` against its definitions), as text."""
    schema = admin_schema(version)
    ast = parse(document)
    found = [error.message for error in validate(schema, ast)]
    if found or variables is None:
        return found
    operation = next(d for d in ast.definitions if isinstance(d, OperationDefinitionNode))
    coerced = get_variable_values(schema, operation.variable_definitions or (), dict(variables))
    if isinstance(coerced, list):
        found.extend(error.message for error in coerced)
    return found


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", sorted(docs.ALL_DOCUMENTS))
def test_document_is_valid_for_supported_versions(name: str, version: str) -> None:
    assert problems(version, docs.ALL_DOCUMENTS[name]) == []


def test_pinned_version_has_a_schema_fixture() -> None:
    assert docs.DEFAULT_API_VERSION in VERSIONS


def test_validation_rejects_a_field_the_schema_lacks() -> None:
    """The check itself must notice a wrong document, or the test above proves nothing."""
    bad = docs.SHOP.replace("myshopifyDomain", "myshopifyDomainName")
    assert problems(docs.DEFAULT_API_VERSION, bad)


def test_2026_04_dropped_compare_quantity_so_the_mutation_uses_change_from_quantity() -> None:
    old = admin_schema("2026-01").type_map["InventoryQuantityInput"]
    new = admin_schema("2026-04").type_map["InventoryQuantityInput"]
    assert "compareQuantity" in old.fields  # type: ignore[attr-defined]
    assert "compareQuantity" not in new.fields  # type: ignore[attr-defined]
    assert "changeFromQuantity" in new.fields  # type: ignore[attr-defined]


def test_bad_variables_are_reported() -> None:
    variables = {"input": {"name": "available", "quantities": [{"quantity": 1}]}, "idempotencyKey": "k"}
    assert problems(docs.DEFAULT_API_VERSION, docs.SET_QUANTITIES, variables)


def test_page_sizes_stay_under_the_single_query_cost_cap() -> None:
    for levels in (None, 1, 5, 20, 100):
        size = docs.inventory_page_size(levels)
        assert 1 <= size <= docs.MAX_PAGE_SIZE
        assert docs.inventory_query_cost(size, levels) <= docs.MAX_QUERY_COST
    assert docs.orders_query_cost(docs.MAX_PAGE_SIZE) <= docs.MAX_QUERY_COST

"""An answer's body: what counts as API data, under the caps on size and nesting, money exact."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from app.connectors.answer_body import parse_json_body
from app.core.errors import InvalidResponse

JSON = "application/json; charset=utf-8"


def test_money_stays_exact() -> None:
    body = parse_json_body(b'{"price": 19.99, "total": 0.1}', JSON, "shop/api")
    assert body["price"] == Decimal("19.99")
    assert body["total"] + Decimal("0.2") == Decimal("0.3")


@pytest.mark.parametrize(
    "body",
    [
        b'{"products": [{"sku": "A", "stock": [{"qty": 1, "price": 2.50}]}]}',  # a float three levels down
        b'{"sku": "\\ud800", "quantity": 1}',  # a lone surrogate escape
        b'{"id": 123456789012345678901234567890}',  # a whole number beyond 64 bits
        b'\xef\xbb\xbf{"sku": "A"}',  # a byte order mark
        b'{"price": 1e2, "sku": "A", "sku": "B"}',  # an exponent, a repeated key
    ],
)
def test_every_answer_reads_as_the_standard_json_reader_with_exact_money_reads_it(body: bytes) -> None:
    expected = json.loads(body, parse_float=Decimal)
    document = parse_json_body(body, JSON, "shop/api")
    assert document == expected
    assert repr(document) == repr(expected), "floats became Decimal, not float"


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_refused(constant: bytes) -> None:
    with pytest.raises(InvalidResponse, match="not valid JSON"):
        parse_json_body(b'{"quantity": ' + constant + b"}", JSON, "shop/api")


def test_a_login_page_without_content_type_is_named_a_web_page() -> None:
    with pytest.raises(InvalidResponse, match="web page, not API data"):
        parse_json_body(b"  <html><form>Log in</form></html>", None, "shop/api")


def test_plain_text_is_not_taken_for_json() -> None:
    with pytest.raises(InvalidResponse, match="not JSON"):
        parse_json_body(b"Service temporarily down", "text/plain", "shop/api")


def test_json_without_a_json_content_type_is_still_read() -> None:
    assert parse_json_body(b'[{"sku": "A"}]', "text/plain", "shop/api") == [{"sku": "A"}]


def test_deep_nesting_is_refused_without_crashing() -> None:
    with pytest.raises(InvalidResponse, match="nested too deeply"):
        parse_json_body(b"[" * 100 + b"]" * 100, JSON, "shop/api")
    with pytest.raises(InvalidResponse, match="nested too deeply"):
        parse_json_body(b"[" * 100_000 + b"]" * 100_000, JSON, "shop/api")


def test_body_size_is_capped() -> None:
    with pytest.raises(InvalidResponse, match="larger than 1 MB"):
        parse_json_body(b"[" + b"1," * 600_000 + b"1]", JSON, "shop/api", max_bytes=1024 * 1024)


def test_without_exact_numbers_floats_stay_floats_and_depth_is_still_capped() -> None:
    """A platform whose money is always text (Shopify's GraphQL) takes the fast reading."""
    body = parse_json_body(b'{"cost": {"restoreRate": 50.0}}', JSON, "shop/api", exact_numbers=False)
    assert body == {"cost": {"restoreRate": 50.0}} and type(body["cost"]["restoreRate"]) is float
    with pytest.raises(InvalidResponse, match="nested too deeply"):
        parse_json_body(b"[" * 100 + b"]" * 100, JSON, "shop/api", exact_numbers=False)
    with pytest.raises(InvalidResponse, match="nested too deeply"):
        parse_json_body(b'{"a": ' * 65 + b"1" + b"}" * 65, JSON, "shop/api", exact_numbers=False)
    shallow = b'{"a": ' * 63 + b"1" + b"}" * 63
    assert parse_json_body(shallow, JSON, "shop/api", exact_numbers=False) == json.loads(shallow)


def test_brackets_inside_text_do_not_count_as_depth() -> None:
    body = b'{"name": "' + b"[" * 200 + b'", "notes": "' + b"{" * 100 + b'"}'
    assert parse_json_body(body, JSON, "shop/api", exact_numbers=False)["name"] == "[" * 200

"""Order status mapping as the merchant types it: 'store status = ours' lines."""

from __future__ import annotations

import pytest

from app.core.models import Platform
from app.core.platforms import PLATFORM_FIELDS, format_status_lines, parse_status_lines


def test_lines_read_as_a_mapping_and_round_trip() -> None:
    mapping = parse_status_lines("Sent = shipped\n\n  New=PENDING  \n")
    assert mapping == {"Sent": "shipped", "New": "pending"}
    assert parse_status_lines(format_status_lines(mapping)) == mapping


@pytest.mark.parametrize(
    ("text", "reason"),
    [("Sent shipped", "Line 1 should read"), ("Sent = posted", "'posted' is not a StoreSync order status")],
)
def test_a_bad_line_says_what_is_wrong(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_status_lines(text)


def test_every_platform_that_imports_orders_has_an_editable_status_map() -> None:
    for platform in (Platform.SHOPIFY, Platform.WOOCOMMERCE, Platform.BASELINKER, Platform.GENERIC_JSON):
        assert "status_map" in [field.name for field in PLATFORM_FIELDS[platform]]
    assert "status_map" not in [field.name for field in PLATFORM_FIELDS[Platform.AMAZON]]

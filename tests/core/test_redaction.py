"""No secret reaches a log handler: not in the message, its arguments, a traceback or a header dump."""

from __future__ import annotations

import base64
import io
import logging
from collections.abc import Iterator
from urllib.parse import quote, quote_plus

import pytest

from app.core.redaction import MASK, Redactor
from app.core.secret_matcher import CHUNK_SIZE

SECRET = "cs_9f8e7d6c5b4a/+=&?x"


@pytest.fixture
def redactor() -> Redactor:
    redactor = Redactor()
    redactor.add_secret(SECRET)
    return redactor


@pytest.fixture
def captured(redactor: Redactor) -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A real logger with a real stream handler carrying the filter, as install_logging sets it up."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(redactor)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger(f"test.redaction.{id(stream)}")
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    yield logger, stream
    logger.removeHandler(handler)


@pytest.mark.parametrize(
    "form",
    [
        SECRET,
        quote(SECRET, safe=""),
        quote(SECRET),
        quote_plus(SECRET),
        base64.b64encode(SECRET.encode()).decode(),
        base64.urlsafe_b64encode(SECRET.encode()).decode(),
        base64.b64encode(SECRET.encode()).decode().rstrip("="),
    ],
    ids=["plain", "quote-safe-none", "quote", "quote_plus", "base64", "urlsafe-base64", "base64-unpadded"],
)
def test_every_encoding_of_a_secret_is_masked(redactor: Redactor, form: str) -> None:
    assert redactor.redact(f"sent {form} to the store") == f"sent {MASK} to the store"


def test_short_values_are_not_treated_as_secrets() -> None:
    redactor = Redactor()
    redactor.add_secret("abc")
    redactor.add_secret("")
    redactor.add_secret(None)
    assert redactor.redact("abc is fine") == "abc is fine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HTTP Request: GET https://shop.example/wp-json/wc/v3/products?consumer_key=ck_1&consumer_secret=cs_2"
            "&page=2",
            f"HTTP Request: GET https://shop.example/wp-json/wc/v3/products?consumer_key={MASK}"
            f"&consumer_secret={MASK}&page=2",
        ),
        (
            "POST /token body=grant_type=refresh_token&refresh_token=Atzr|abc&client_secret=xyz",
            f"POST /token body=grant_type=refresh_token&refresh_token={MASK}&client_secret={MASK}",
        ),
        (
            "url?api_key=k1&key=k2&monkey=banana&password=p&token=t&secret=s&access_token=a",
            f"url?api_key={MASK}&key={MASK}&monkey=banana&password={MASK}&token={MASK}&secret={MASK}"
            f"&access_token={MASK}",
        ),
        ("Authorization: Bearer eyJhbGciOi.abc", f"Authorization: Bearer {MASK}"),
        ("authorization: Basic dXNlcjpwYXNz", f"authorization: Basic {MASK}"),
        (
            "{'X-Shopify-Access-Token': 'shpat_123', 'Accept': 'json'}",
            f"{{'X-Shopify-Access-Token': '{MASK}', 'Accept': 'json'}}",
        ),
        ('"X-BLToken": "5000-abc"', f'"X-BLToken": "{MASK}"'),
        ("x-amz-access-token=Atza|123", f"x-amz-access-token={MASK}"),
        ('{"consumer_secret": "cs_1", "sku": "A"}', f'{{"consumer_secret": "{MASK}", "sku": "A"}}'),
        ("Missing Authorization header for SKU key-chain", "Missing Authorization header for SKU key-chain"),
        ("pass them with --set KEY=VALUE", "pass them with --set KEY=VALUE"),
        ("--set TOKEN=VALUE or SECRET=X", "--set TOKEN=VALUE or SECRET=X"),
        ("a form body token=t1&secret=s1", f"a form body token={MASK}&secret={MASK}"),
    ],
)
def test_headers_and_secret_parameters_are_masked_without_being_registered(text: str, expected: str) -> None:
    assert Redactor().redact(text) == expected


def test_message_arguments_are_masked_before_any_handler(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = captured
    logger.info("Connecting with %s and %r", SECRET, {"token": SECRET})
    output = stream.getvalue()
    assert SECRET not in output
    assert output.count(MASK) == 2


def test_tracebacks_are_masked(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = captured
    try:
        raise ValueError(f"the store refused key {SECRET}")
    except ValueError:
        logger.exception("Sync failed")
    output = stream.getvalue()
    assert "Traceback" in output and "ValueError: the store refused key" in output
    assert SECRET not in output


def test_a_secret_registered_later_is_masked_from_then_on(redactor: Redactor) -> None:
    assert redactor.redact("new-secret-value") == "new-secret-value"
    redactor.add_secret("new-secret-value")
    assert redactor.redact("x new-secret-value y") == f"x {MASK} y"


def test_a_longer_secret_is_masked_whole_when_a_shorter_one_is_inside_it() -> None:
    redactor = Redactor()
    redactor.add_secret("abcd")
    redactor.add_secret("abcdefgh")
    assert redactor.redact("abcdefgh") == MASK


def test_a_message_that_cannot_be_formatted_is_still_logged_and_masked(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = captured
    logger.warning("count %d", SECRET)
    assert SECRET not in stream.getvalue()
    assert "count" in stream.getvalue()


def test_redacting_twice_changes_nothing(redactor: Redactor) -> None:
    """Each handler runs the filter on the same record; the second pass must leave the first's mask."""
    text = f"GET /?consumer_secret=cs_1&key={SECRET} Authorization: Bearer abc {{'x-bltoken': 'q'}}"
    once = redactor.redact(text)
    assert redactor.redact(once) == once
    assert SECRET not in once and "cs_1" not in once


def _fleet_secret(number: int) -> str:
    return f"shpat_{number:05d}f1e2d3c4b5a6978"


def test_every_secret_of_a_large_fleet_is_masked() -> None:
    redactor = Redactor()
    count = 3 * CHUNK_SIZE + 5  # compiled chunks and secrets not compiled yet alike
    for number in range(count):
        redactor.add_secret(_fleet_secret(number))
    for number in (0, CHUNK_SIZE - 1, CHUNK_SIZE, 2 * CHUNK_SIZE + 1, count - 1):
        line = f"GET /items?token={_fleet_secret(number)} for store {number}: 401"
        assert redactor.redact(line) == f"GET /items?token={MASK} for store {number}: 401"
    assert redactor.redact("Fetched 250 items from store 7") == "Fetched 250 items from store 7"


@pytest.mark.parametrize("short_first", [True, False])
def test_secrets_inside_each_other_registered_far_apart_mask_the_longer_whole(short_first: bool) -> None:
    redactor = Redactor()
    short, long = "abcd1234", "xyabcd1234zw-long-secret"
    redactor.add_secret(short if short_first else long)
    for number in range(2 * CHUNK_SIZE):
        redactor.add_secret(_fleet_secret(number))
    redactor.add_secret(long if short_first else short)
    assert redactor.redact(f"token {long} refused") == f"token {MASK} refused"
    assert redactor.redact(f"token {short} refused") == f"token {MASK} refused"

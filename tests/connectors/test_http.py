"""The one HTTP policy: what every connector's requests look like and how every failure reads."""

from __future__ import annotations

import ssl

import httpx
import pytest
import respx

from app.connectors.http import Credentials, HttpPolicy, HttpSession, require_safe_url, verified_tls
from app.core.errors import AuthError, ConfigError, InvalidResponse, RateLimited, RemoteError, TransientError

from .conftest import RecordedSleeps

URL = "https://shop.example.com/api/items"


@pytest.fixture
async def session(policy: HttpPolicy) -> HttpSession:
    return HttpSession(policy, credentials=Credentials.bearer("tok-SECRET-123"))


@respx.mock
async def test_request_carries_user_agent_credentials_and_params(session: HttpSession) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(200, json=[{"sku": "A"}]))
    response = await session.request("GET", URL, params={"page": 2})
    sent = route.calls.last.request
    assert sent.headers["User-Agent"].startswith("StoreSync/")
    assert sent.headers["Authorization"] == "Bearer tok-SECRET-123"
    assert sent.url.params["page"] == "2"
    assert response.body == [{"sku": "A"}]
    await session.aclose()


@respx.mock
async def test_query_credentials_are_added_to_every_request(policy: HttpPolicy) -> None:
    session = HttpSession(policy, credentials=Credentials.query(api_key="k-SECRET"))
    route = respx.get(URL).mock(return_value=httpx.Response(200, json=[]))
    await session.request("GET", URL + "?page=1")
    assert dict(route.calls.last.request.url.params) == {"page": "1", "api_key": "k-SECRET"}


def test_plain_http_is_refused_except_on_this_computer() -> None:
    with pytest.raises(ConfigError, match="https"):
        require_safe_url("http://shop.example.com/wp-json")
    for local in ("http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]:9/x", "http://127.4.5.6/"):
        assert require_safe_url(local).scheme == "http"
    with pytest.raises(ConfigError):
        require_safe_url("ftp://shop.example.com/")


@respx.mock
async def test_redirect_is_reported_and_never_followed(session: HttpSession) -> None:
    respx.get(URL).mock(return_value=httpx.Response(302, headers={"Location": "https://login.evil.test/x"}))
    other = respx.get("https://login.evil.test/x").mock(return_value=httpx.Response(200, json={}))
    with pytest.raises(ConfigError, match=r"redirected to login\.evil\.test — check the URL"):
        await session.request("GET", URL)
    assert not other.called


@respx.mock
async def test_html_page_is_named_as_a_web_page(session: HttpSession) -> None:
    respx.get(URL).mock(
        return_value=httpx.Response(
            200,
            text="<!DOCTYPE html><title>Just a moment</title>",
            headers={"Content-Type": "text/html; charset=utf-8"},
        )
    )
    with pytest.raises(InvalidResponse, match="answered with a web page"):
        await session.request("GET", URL)


@respx.mock
async def test_firewall_403_page_is_a_web_page_not_a_credentials_problem(session: HttpSession) -> None:
    respx.get(URL).mock(return_value=httpx.Response(403, html="<html><h1>Mod_Security</h1></html>"))
    with pytest.raises(InvalidResponse, match="web page"):
        await session.request("GET", URL)


@respx.mock
async def test_401_is_an_auth_error_and_not_retried(session: HttpSession, sleeps: RecordedSleeps) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(401, json={"message": "nope"}))
    with pytest.raises(AuthError, match="refused the credentials"):
        await session.request("GET", URL)
    assert route.call_count == 1
    assert sleeps == []


@respx.mock
async def test_404_is_a_settings_problem(session: HttpSession) -> None:
    respx.get(URL).mock(return_value=httpx.Response(404, json={}))
    with pytest.raises(ConfigError, match=r"shop\.example\.com/api/items"):
        await session.request("GET", URL)


@respx.mock
async def test_429_waits_for_retry_after_then_succeeds(session: HttpSession, sleeps: RecordedSleeps) -> None:
    route = respx.get(URL).mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json={"ok": 1})]
    )
    response = await session.request("GET", URL)
    assert response.body == {"ok": 1}
    assert route.call_count == 2
    assert sleeps == [7.0]


@respx.mock
async def test_429_without_retry_after_backs_off_exponentially(
    session: HttpSession, sleeps: RecordedSleeps
) -> None:
    route = respx.get(URL).mock(
        side_effect=[httpx.Response(429), httpx.Response(429), httpx.Response(200, json={"ok": 1})]
    )
    response = await session.request("GET", URL)
    assert response.body == {"ok": 1}
    assert route.call_count == 3
    assert sleeps == [0.5, 1.0]  # base 1 s doubling, times the fixed jitter of 0.5


@respx.mock
async def test_retry_after_as_http_date_is_honoured(session: HttpSession, sleeps: RecordedSleeps) -> None:
    respx.get(URL).mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
            httpx.Response(200, json={}),
        ]
    )
    await session.request("GET", URL)
    assert sleeps == [0.0]


@respx.mock
async def test_a_long_server_wait_goes_to_the_engine_instead_of_blocking(
    session: HttpSession, sleeps: RecordedSleeps
) -> None:
    respx.get(URL).mock(return_value=httpx.Response(429, headers={"Retry-After": "3600"}))
    with pytest.raises(RateLimited) as caught:
        await session.request("GET", URL)
    assert caught.value.retry_after == 3600.0
    assert sleeps == []


@respx.mock
async def test_server_errors_back_off_exponentially_then_give_up(
    session: HttpSession, sleeps: RecordedSleeps
) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(502, text="Bad gateway"))
    with pytest.raises(TransientError, match="HTTP 502"):
        await session.request("GET", URL)
    assert route.call_count == 4
    assert sleeps == [0.5, 1.0, 2.0]


@respx.mock
async def test_connection_errors_are_retried(session: HttpSession, sleeps: RecordedSleeps) -> None:
    route = respx.get(URL).mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=[])])
    await session.request("GET", URL)
    assert route.call_count == 2


@respx.mock
async def test_other_client_errors_are_remote_errors_with_the_status(session: HttpSession) -> None:
    respx.get(URL).mock(return_value=httpx.Response(422, json={}))
    with pytest.raises(RemoteError) as caught:
        await session.request("GET", URL)
    assert caught.value.code == "422"


@respx.mock
async def test_messages_never_carry_the_query_string(policy: HttpPolicy) -> None:
    session = HttpSession(policy, credentials=Credentials.query(consumer_secret="cs_SECRET"))
    respx.get(URL).mock(return_value=httpx.Response(404, json={}))
    with pytest.raises(ConfigError) as caught:
        await session.request("GET", URL)
    assert "cs_SECRET" not in str(caught.value)
    assert "?" not in str(caught.value)


@respx.mock
async def test_oversized_body_is_refused(sleeps: RecordedSleeps) -> None:
    policy = HttpPolicy(max_body_bytes=1000)
    session = HttpSession(policy)
    respx.get(URL).mock(return_value=httpx.Response(200, json=[{"sku": "x" * 100}] * 20))
    with pytest.raises(InvalidResponse, match="larger than"):
        await session.request("GET", URL)


@respx.mock
async def test_nan_in_a_body_is_refused(session: HttpSession) -> None:
    respx.get(URL).mock(
        return_value=httpx.Response(
            200, text='[{"sku": "A", "quantity": NaN}]', headers={"Content-Type": "application/json"}
        )
    )
    with pytest.raises(InvalidResponse, match="not valid JSON"):
        await session.request("GET", URL)


@respx.mock
async def test_a_redirect_to_a_login_page_on_the_same_host_is_reported_too(session: HttpSession) -> None:
    respx.get(URL).mock(return_value=httpx.Response(301, headers={"Location": "/wp-login.php?redirect=x"}))
    with pytest.raises(ConfigError, match=r"redirected to shop\.example\.com — check the URL"):
        await session.request("GET", URL)


@respx.mock
async def test_a_transport_error_never_repeats_a_secret(policy: HttpPolicy) -> None:
    session = HttpSession(policy, credentials=Credentials.query(key="k-SECRET-9"), scrub=["other-SECRET"])
    respx.get(URL).mock(side_effect=httpx.ConnectError("failed for ?key=k-SECRET-9 and other-SECRET"))
    with pytest.raises(TransientError) as caught:
        await session.request("GET", URL)
    assert "SECRET" not in str(caught.value)
    assert str(caught.value).startswith("Could not reach shop.example.com")


def test_policy_follows_the_app_settings() -> None:
    policy = HttpPolicy.from_settings(
        {
            "retry_attempts": 2,
            "request_timeout_seconds": 12.5,
            "request_deadline_seconds": 60,
            "max_pages_per_read": 500,
        }
    )
    assert (policy.retry.attempts, policy.read_timeout, policy.request_timeout) == (2, 12.5, 60.0)
    assert policy.max_pages == 500
    assert HttpPolicy.from_settings({}).request_timeout == 120.0
    client = policy.new_client()
    assert client.follow_redirects is False
    assert client.headers["User-Agent"].startswith("StoreSync/")


def test_every_client_verifies_store_certificates_and_host_names() -> None:
    """The TLS settings are built once and shared; they must still refuse an unverified store."""
    first, second = HttpPolicy().new_client(), HttpPolicy(read_timeout=5).new_client()
    contexts = [client._transport._pool._ssl_context for client in (first, second)]  # type: ignore[attr-defined]
    assert contexts[0] is contexts[1] is verified_tls()
    assert verified_tls().verify_mode == ssl.CERT_REQUIRED
    assert verified_tls().check_hostname is True


@respx.mock
async def test_an_empty_no_content_answer_is_accepted_as_done(session: HttpSession) -> None:
    respx.post(URL).mock(return_value=httpx.Response(204))
    assert (await session.request("POST", URL, json={"items": []})).body is None

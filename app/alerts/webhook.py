"""One alert as a JSON POST: StoreSync's own body (the facts as fields) or a Slack-compatible
`{"text": ...}`. The URL is a credential (Slack's carries its token), so messages name only its host."""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from app.core.addresses import is_loopback
from app.core.alert_text import AlertMessage
from app.core.errors import ConfigError, StoreSyncError
from app.core.product import USER_AGENT

TIMEOUT_SECONDS = 20.0


def body_of(message: AlertMessage, body_format: str) -> dict[str, Any]:
    if body_format == "slack":
        return {"text": f"*StoreSync: {message.subject}*\n{message.text}"}
    return {"source": "storesync", "subject": message.subject, "text": message.text, **message.fields}


def check_url(url: str) -> httpx.URL:
    """https, or http to this machine only: an alert says which stores fail and which SKUs run low."""
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as error:
        raise ConfigError("The webhook URL is not a valid address.") from error
    if parsed.scheme == "https" and parsed.host:
        return parsed
    if parsed.scheme == "http" and is_loopback(parsed.host):
        return parsed
    raise ConfigError("The webhook URL must start with https:// (plain http only to this computer).")


async def post_webhook(
    url: str | None,
    body_format: str,
    message: AlertMessage,
    tls: ssl.SSLContext,
    *,
    kept_in: str = "keychain",
) -> None:
    """Raises StoreSyncError with one plain line unless the receiver answers 2xx. `kept_in`: where
    the URL is kept (the keychain, a server's credentials directory)."""
    if not url:
        raise ConfigError(f"Webhook alerts are not set up: the webhook URL is not in the {kept_in}.")
    target = check_url(url)
    where = target.host
    timeout = httpx.Timeout(TIMEOUT_SECONDS)
    try:
        async with httpx.AsyncClient(
            verify=tls, timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT}
        ) as client:
            answer = await client.post(target, json=body_of(message, body_format))
    except httpx.TimeoutException as error:
        raise StoreSyncError(f"The webhook at {where} did not answer in time.") from error
    except httpx.HTTPError as error:
        raise StoreSyncError(_unreachable(where, target.scheme, error)) from error
    if not answer.is_success:
        raise StoreSyncError(f"The webhook at {where} answered HTTP {answer.status_code}.")


def _unreachable(where: str, scheme: str, error: httpx.HTTPError) -> str:
    """One line a merchant can act on, for the failures TLS and the network have words for."""
    text = str(error)
    if "CERTIFICATE_VERIFY_FAILED" in text:
        return f"The webhook at {where} has a certificate that cannot be trusted."
    if "WRONG_VERSION_NUMBER" in text and scheme == "https":
        if is_loopback(where):
            return (
                f"The webhook at {where} answered without TLS: a receiver on this computer may use http://."
            )
        return (
            f"The webhook at {where} answered without TLS: its receiver must speak https "
            "(http:// is only for a receiver on this computer)."
        )
    if isinstance(error, httpx.ConnectError):
        return f"Could not connect to the webhook at {where}: nothing answers there, or the address is wrong."
    reason = text or type(error).__name__
    return f"Could not reach the webhook at {where}: {reason}."

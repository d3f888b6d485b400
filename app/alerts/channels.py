"""Each channel's settings as read from the `setting` table (secrets come from the keychain)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from app.core.alert_policy import AlertKind
from app.core.alert_settings import SECURITY_MODES
from app.core.alert_settings import SMTP_PASSWORD as SMTP_PASSWORD
from app.core.alert_settings import WEBHOOK_URL as WEBHOOK_URL

EMAIL: Final = "email"
WEBHOOK: Final = "webhook"
CHANNELS: Final = (EMAIL, WEBHOOK)


def chosen_kinds(value: object) -> frozenset[AlertKind]:
    """The kinds a channel sends; unknown names in a hand-edited setting are ignored."""
    if not isinstance(value, list | tuple):
        return frozenset(AlertKind)
    return frozenset(AlertKind(item) for item in value if item in {kind.value for kind in AlertKind})


@dataclass(frozen=True, slots=True)
class EmailSettings:
    enabled: bool
    host: str
    port: int
    security: str
    username: str
    sender: str
    recipients: tuple[str, ...]
    kinds: frozenset[AlertKind]

    @classmethod
    def read(cls, setting: Callable[[str], Any]) -> EmailSettings:
        recipients = tuple(
            part.strip() for part in str(setting("alert_email_to") or "").split(",") if part.strip()
        )
        return cls(
            enabled=bool(setting("alert_email_enabled")),
            host=str(setting("alert_email_host") or "").strip(),
            port=int(setting("alert_email_port") or 587),
            security=str(setting("alert_email_security") or "starttls"),
            username=str(setting("alert_email_username") or "").strip(),
            sender=str(setting("alert_email_from") or "").strip(),
            recipients=recipients,
            kinds=chosen_kinds(setting("alert_email_events")),
        )

    def problem(self) -> str | None:
        """What is missing before an email can be sent, in words; None when it is complete."""
        if not self.host:
            return "no SMTP server is set"
        if self.security not in SECURITY_MODES:
            return f"the SMTP security must be one of {', '.join(SECURITY_MODES)}"
        if not 0 < self.port < 65536:
            return f"the SMTP port {self.port} is not a port number"
        if not self.recipients:
            return "no recipient address is set"
        if not (self.sender or self.username):
            return "no sender address is set"
        return None


@dataclass(frozen=True, slots=True)
class WebhookSettings:
    enabled: bool
    body_format: str
    kinds: frozenset[AlertKind]

    @classmethod
    def read(cls, setting: Callable[[str], Any]) -> WebhookSettings:
        return cls(
            enabled=bool(setting("alert_webhook_enabled")),
            body_format=str(setting("alert_webhook_format") or "json"),
            kinds=chosen_kinds(setting("alert_webhook_events")),
        )

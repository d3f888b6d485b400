"""Alerts worded for channels outside the window (email, webhooks): one subject line, a few lines of
text, and the facts as fields for a machine that reads the webhook. English, like the log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core.alert_policy import Alert, AlertKind

MAX_SKUS_NAMED = 50


@dataclass(frozen=True, slots=True)
class AlertMessage:
    kind: AlertKind
    subject: str
    text: str
    fields: dict[str, Any]


def word_alert(alert: Alert, store: str, job: str, at: datetime) -> AlertMessage:
    """`store` and `job` are the names the merchant knows ("Shop", "Shop · Stock")."""
    kind = alert.kind
    if kind is AlertKind.FAILURE:
        in_a_row = alert.failed_in_a_row
        subject = f"{job} failed" if in_a_row == 1 else f"{job} failed {in_a_row} times in a row"
        text = f"The last run said: {alert.message}"
    elif kind is AlertKind.RECOVERY:
        subject = f"{job} works again"
        ended = "partly succeeded" if alert.message == "partial" else "succeeded"
        text = f"The last run {ended}."
    elif kind is AlertKind.PAUSED:
        subject = f"{job} paused itself"
        text = f"{job} was {alert.message}. Resume it in StoreSync once the cause is fixed."
    elif kind is AlertKind.ATTENTION:
        subject = f"{store} needs attention"
        text = alert.message
    elif kind is AlertKind.STALE:
        subject = f"{store}: stock data is stale"
        text = alert.message
    else:
        skus = alert.skus
        named = ", ".join(skus[:MAX_SKUS_NAMED])
        more = f" and {len(skus) - MAX_SKUS_NAMED} more" if len(skus) > MAX_SKUS_NAMED else ""
        subject = f"Low stock in {store}: {len(skus)} SKUs"
        text = f"At or below their threshold: {named}{more}."
    fields: dict[str, Any] = {
        "event": kind.value,
        "store": store if alert.store_id is not None or kind is AlertKind.LOW_STOCK else None,
        "job": job if alert.job_id is not None else None,
        "message": alert.message,
        "at": at.isoformat(),
    }
    if kind is AlertKind.FAILURE:
        fields["failed_in_a_row"] = alert.failed_in_a_row
    if kind is AlertKind.LOW_STOCK:
        fields["skus"] = list(alert.skus)
        fields["threshold"] = alert.threshold
    return AlertMessage(kind, subject, text, fields)

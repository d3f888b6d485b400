"""Desktop notifications through the tray, for the kinds of alert the merchant chose in Settings.

Which events are news (once per problem, never for ordinary successes) is app.core.alert_policy's
decision, shared with email and webhooks; this module words each alert for the tray, translated,
and keeps quiet hours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from app.core.alert_policy import Alert, AlertKind, AlertPolicy
from app.core.events import Event
from app.ui.actions import AppActions
from app.ui.bridge import EventBridge
from app.ui.formatting import job_kind_label
from app.ui.models.store_status import StoreStatusModel

# The Settings switch of each kind; a job pausing itself is a failure too.
SWITCHES: dict[AlertKind, str] = {
    AlertKind.FAILURE: "notify_on_failure",
    AlertKind.PAUSED: "notify_on_failure",
    AlertKind.RECOVERY: "notify_on_recovery",
    AlertKind.ATTENTION: "notify_on_attention",
    AlertKind.STALE: "notify_on_attention",
    AlertKind.LOW_STOCK: "notify_on_low_stock",
}


@dataclass(frozen=True, slots=True)
class Notification:
    kind: str  # an AlertKind value
    title: str
    text: str


class Notifier(QObject):
    def __init__(
        self,
        actions: AppActions,
        bridge: EventBridge,
        status: StoreStatusModel,
        show: Callable[[Notification], None],
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._status = status
        self._show = show
        self._policy = AlertPolicy(actions.setting, clock)
        self.sent: list[Notification] = []
        bridge.any_event.connect(self.on_event)

    def on_event(self, event: Event) -> None:
        alert = self._policy.decide(event)
        if alert is None or not self._actions.setting(SWITCHES[alert.kind]) or self._policy.quiet_now():
            return
        notification = self._word(alert)
        self.sent.append(notification)
        self._show(notification)

    def _job_name(self, job_id: int | None) -> str:
        state = self._status.state_for_job(job_id) if job_id is not None else None
        if state is None:
            return QCoreApplication.translate("Notifications", "A sync")
        return f"{state.store_name} · {job_kind_label(state.job.kind)}"

    def _store_name(self, store_id: int | None) -> str:
        if store_id is None:
            return QCoreApplication.translate("Notifications", "all stores")
        store = self._actions.services.stores.get_store(store_id)
        return store.name if store is not None else QCoreApplication.translate("Notifications", "A store")

    def _word(self, alert: Alert) -> Notification:
        kind = alert.kind
        if kind is AlertKind.FAILURE:
            return Notification(
                kind,
                QCoreApplication.translate("Notifications", "{name} failed").format(
                    name=self._job_name(alert.job_id)
                ),
                alert.message,
            )
        if kind is AlertKind.RECOVERY:
            return Notification(
                kind,
                QCoreApplication.translate("Notifications", "{name} works again").format(
                    name=self._job_name(alert.job_id)
                ),
                QCoreApplication.translate("Notifications", "The last run ended {status}.").format(
                    status=alert.message
                ),
            )
        if kind is AlertKind.PAUSED:
            return Notification(
                kind,
                QCoreApplication.translate("Notifications", "{name} paused itself").format(
                    name=self._job_name(alert.job_id)
                ),
                alert.message,
            )
        if kind is AlertKind.ATTENTION:
            return Notification(
                kind,
                QCoreApplication.translate("Notifications", "{store} needs attention").format(
                    store=self._store_name(alert.store_id)
                ),
                alert.message,
            )
        if kind is AlertKind.STALE:
            return Notification(
                kind,
                QCoreApplication.translate("Notifications", "{store}: stock data is stale").format(
                    store=self._store_name(alert.store_id)
                ),
                alert.message,
            )
        skus = alert.skus
        shown = ", ".join(skus[:5]) + (self.tr(" and %Ln more", "", len(skus) - 5) if len(skus) > 5 else "")
        return Notification(
            kind,
            QCoreApplication.translate("Notifications", "Low stock in {store}").format(
                store=self._store_name(alert.store_id)
            ),
            self.tr("%Ln SKU(s) at or below their low-stock threshold: {skus}", "", len(skus)).format(
                skus=shown
            ),
        )

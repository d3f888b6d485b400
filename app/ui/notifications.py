"""Desktop notifications through the tray, for the events the merchant chose in Settings.

One notification when a job starts failing (not one per retry or per failed run after it), one when
it recovers, one when a store needs attention, one per new set of low-stock SKUs; nothing during
quiet hours, and nothing for ordinary successes such as catch-up runs after the laptop slept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QObject

from app.core.events import AttentionCleared, LowStock, NeedsAttention, SyncFailed, SyncFinished
from app.core.models import RunStatus
from app.ui.actions import AppActions
from app.ui.bridge import EventBridge
from app.ui.formatting import job_kind_label, number
from app.ui.models.store_status import StoreStatusModel


@dataclass(frozen=True, slots=True)
class Notification:
    kind: str  # failure, recovery, attention, low_stock
    title: str
    text: str


def _parse(value: object) -> time | None:
    try:
        return time.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def in_quiet_hours(start: object, end: object, now: datetime) -> bool:
    """Quiet hours may wrap midnight (22:00-07:00); equal or unset bounds mean none."""
    begin, finish = _parse(start), _parse(end)
    if begin is None or finish is None or begin == finish:
        return False
    moment = now.time()
    if begin < finish:
        return begin <= moment < finish
    return moment >= begin or moment < finish


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
        self._clock = clock
        self._failing: set[int] = set()
        self._attention: set[int] = set()
        self._low_stock: dict[int, frozenset[str]] = {}
        self.sent: list[Notification] = []
        bridge.sync_failed.connect(self.on_failed)
        bridge.sync_finished.connect(self.on_finished)
        bridge.needs_attention.connect(self.on_attention)
        bridge.attention_cleared.connect(self.on_attention_cleared)
        bridge.low_stock.connect(self.on_low_stock)

    def _name(self, job_id: int) -> str:
        state = self._status.state_for_job(job_id)
        if state is None:
            return QCoreApplication.translate("Notifications", "A sync")
        return f"{state.store_name} · {job_kind_label(state.job.kind)}"

    def _store_name(self, store_id: int) -> str:
        store = self._actions.services.stores.get_store(store_id)
        return store.name if store is not None else QCoreApplication.translate("Notifications", "A store")

    def _notify(self, setting: str, notification: Notification) -> None:
        if not self._actions.setting(setting):
            return
        now = self._clock()
        quiet = in_quiet_hours(
            self._actions.setting("quiet_hours_start"), self._actions.setting("quiet_hours_end"), now
        )
        if quiet:
            return
        self.sent.append(notification)
        self._show(notification)

    def on_failed(self, event: SyncFailed) -> None:
        job_id = event.run.job_id
        if job_id in self._failing:
            return
        self._failing.add(job_id)
        self._notify(
            "notify_on_failure",
            Notification(
                "failure",
                QCoreApplication.translate("Notifications", "{name} failed").format(name=self._name(job_id)),
                event.message,
            ),
        )

    def on_finished(self, event: SyncFinished) -> None:
        job_id = event.run.job_id
        if event.run.status not in (RunStatus.SUCCEEDED, RunStatus.PARTIAL) or job_id not in self._failing:
            return
        self._failing.discard(job_id)
        self._notify(
            "notify_on_recovery",
            Notification(
                "recovery",
                QCoreApplication.translate("Notifications", "{name} works again").format(
                    name=self._name(job_id)
                ),
                QCoreApplication.translate("Notifications", "The last run ended {status}.").format(
                    status=event.run.status.value
                ),
            ),
        )

    def on_attention(self, event: NeedsAttention) -> None:
        if event.store_id in self._attention:
            return
        self._attention.add(event.store_id)
        self._notify(
            "notify_on_attention",
            Notification(
                "attention",
                QCoreApplication.translate("Notifications", "{store} needs attention").format(
                    store=self._store_name(event.store_id)
                ),
                event.reason,
            ),
        )

    def on_attention_cleared(self, event: AttentionCleared) -> None:
        self._attention.discard(event.store_id)

    def on_low_stock(self, event: LowStock) -> None:
        skus = frozenset(event.skus)
        if not skus or self._low_stock.get(event.store_id) == skus:
            return
        self._low_stock[event.store_id] = skus
        shown = ", ".join(sorted(skus)[:5]) + (
            self.tr(" and %Ln more", "", len(skus) - 5) if len(skus) > 5 else ""
        )
        self._notify(
            "notify_on_low_stock",
            Notification(
                "low_stock",
                QCoreApplication.translate("Notifications", "Low stock in {store}").format(
                    store=self._store_name(event.store_id)
                ),
                self.tr("%Ln SKU(s) at or below {threshold}: {skus}", "", len(skus)).format(
                    threshold=number(event.threshold), skus=shown
                ),
            ),
        )

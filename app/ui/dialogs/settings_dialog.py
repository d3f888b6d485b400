"""The Settings dialog: General, Sync, Notifications, Alerts and Data tabs.

Values are stored through services.settings under the keys of app.core.settings.DEFAULTS; saving
publishes SettingsChanged with the keys that changed, so the scheduler, tray and notifications
apply them at once without a restart. Open with `open()`.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.errors import StoreSyncError
from app.core.events import SettingsChanged
from app.core.services import AppServices
from app.core.settings import DEFAULTS
from app.ui import autostart
from app.ui.dialogs.async_slot import async_slot
from app.ui.dialogs.settings_alerts import AlertsTab
from app.ui.dialogs.settings_data import DataTab, reason_for
from app.ui.dialogs.settings_inputs import Binding, check, decimal_spin, spin
from app.ui.languages import LANGUAGES, SYSTEM, locale_for

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    """SettingsDialog(services, parent=None). Emits `accepted` after the settings are saved."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._bindings: dict[str, Binding] = {}
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        self.setModal(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), QCoreApplication.translate("SettingsDialog", "General"))
        self.tabs.addTab(self._sync_tab(), QCoreApplication.translate("SettingsDialog", "Sync"))
        self.tabs.addTab(
            self._notifications_tab(), QCoreApplication.translate("SettingsDialog", "Notifications")
        )
        self.alerts = AlertsTab(services, self.store_values)
        self._bindings.update(self.alerts.bindings)
        self.tabs.addTab(self.alerts, QCoreApplication.translate("SettingsDialog", "Alerts"))
        self.tabs.addTab(self._data_tab(), QCoreApplication.translate("SettingsDialog", "Data"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._load()

    # --- tabs -----------------------------------------------------------------------------

    def _bind(self, key: str, binding: Binding) -> QWidget:
        self._bindings[key] = binding
        return binding.widget

    def _general_tab(self) -> QWidget:
        form = QFormLayout()
        self.start_at_login = check(
            QCoreApplication.translate("SettingsDialog", "Start StoreSync when I log in")
        )
        form.addRow(self._bind("start_at_login", Binding.of(self.start_at_login)))
        form.addRow(
            self._bind(
                "start_minimized",
                Binding.of(
                    check(QCoreApplication.translate("SettingsDialog", "Start minimized to the tray"))
                ),
            )
        )
        form.addRow(
            self._bind(
                "close_to_tray",
                Binding.of(
                    check(
                        QCoreApplication.translate(
                            "SettingsDialog", "Closing the window keeps StoreSync running in the tray"
                        )
                    )
                ),
            )
        )
        self.language = QComboBox()
        self.language.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Language"))
        system = locale_for(SYSTEM).nativeLanguageName()
        self.language.addItem(
            QCoreApplication.translate("SettingsDialog", "System ({language})").format(language=system),
            SYSTEM,
        )
        for language in LANGUAGES:
            self.language.addItem(language.native_name, language.code)
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Language"),
            self._bind("language", Binding.choice(self.language)),
        )
        note = QLabel(
            QCoreApplication.translate(
                "SettingsDialog", "A new language takes effect when StoreSync restarts."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return _page(form)

    def _sync_tab(self) -> QWidget:
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Runs at the same time, at most"),
            self._bind(
                "max_concurrent_runs",
                Binding.of(
                    spin(1, 32, QCoreApplication.translate("SettingsDialog", "Maximum concurrent runs"))
                ),
            ),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Retries after a network error"),
            self._bind(
                "retry_attempts",
                Binding.of(spin(0, 10, QCoreApplication.translate("SettingsDialog", "Retry attempts"))),
            ),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Wait for a store's answer"),
            self._bind(
                "request_timeout_seconds",
                Binding.of(
                    decimal_spin(
                        5,
                        300,
                        QCoreApplication.translate("SettingsDialog", " s"),
                        QCoreApplication.translate("SettingsDialog", "Request timeout"),
                    )
                ),
            ),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Give up on one request after"),
            self._bind(
                "request_deadline_seconds",
                Binding.of(
                    decimal_spin(
                        10,
                        3600,
                        QCoreApplication.translate("SettingsDialog", " s"),
                        QCoreApplication.translate("SettingsDialog", "Request deadline, retries included"),
                    )
                ),
            ),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Pages per read, at most"),
            self._bind(
                "max_pages_per_read",
                Binding.of(
                    spin(
                        10, 1_000_000, QCoreApplication.translate("SettingsDialog", "Pages per read, at most")
                    )
                ),
            ),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Stop a run after"),
            self._bind(
                "run_timeout_seconds",
                Binding.minutes(
                    spin(
                        1,
                        24 * 60,
                        QCoreApplication.translate("SettingsDialog", "Run timeout"),
                        QCoreApplication.translate("SettingsDialog", " min"),
                    )
                ),
            ),
        )
        form.addRow(
            self._bind(
                "catch_up_missed_runs",
                Binding.of(
                    check(
                        QCoreApplication.translate(
                            "SettingsDialog",
                            "Catch up runs missed while StoreSync was closed or the computer slept",
                        )
                    )
                ),
            )
        )
        return _page(form)

    def _notifications_tab(self) -> QWidget:
        form = QFormLayout()
        form.addRow(QLabel(QCoreApplication.translate("SettingsDialog", "Show a notification when")))
        form.addRow(
            self._bind(
                "notify_on_failure",
                Binding.of(
                    check(
                        QCoreApplication.translate(
                            "SettingsDialog",
                            "a job keeps failing or pauses itself (how often: the Alerts tab)",
                        )
                    )
                ),
            )
        )
        form.addRow(
            self._bind(
                "notify_on_recovery",
                Binding.of(
                    check(QCoreApplication.translate("SettingsDialog", "a failing store works again"))
                ),
            )
        )
        form.addRow(
            self._bind(
                "notify_on_attention",
                Binding.of(
                    check(
                        QCoreApplication.translate(
                            "SettingsDialog", "a store needs your attention or its data is stale"
                        )
                    )
                ),
            )
        )
        form.addRow(
            self._bind(
                "notify_on_low_stock",
                Binding.of(check(QCoreApplication.translate("SettingsDialog", "stock runs low"))),
            )
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Low stock means at most"),
            self._bind(
                "low_stock_threshold",
                Binding.of(
                    spin(
                        0,
                        100000,
                        QCoreApplication.translate("SettingsDialog", "Low stock threshold"),
                        QCoreApplication.translate("SettingsDialog", " items"),
                    )
                ),
            ),
        )
        self.quiet_enabled = check(
            QCoreApplication.translate("SettingsDialog", "Quiet hours: no notifications between")
        )
        self.quiet_start = _time_edit(QCoreApplication.translate("SettingsDialog", "Quiet hours start"))
        self.quiet_end = _time_edit(QCoreApplication.translate("SettingsDialog", "Quiet hours end"))
        self.quiet_enabled.toggled.connect(self.quiet_start.setEnabled)
        self.quiet_enabled.toggled.connect(self.quiet_end.setEnabled)
        row = QHBoxLayout()
        for widget in (
            self.quiet_enabled,
            self.quiet_start,
            QLabel(QCoreApplication.translate("SettingsDialog", "and")),
            self.quiet_end,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        form.addRow(row)
        return _page(form)

    def _data_tab(self) -> QWidget:
        self.data = DataTab(self._services.maintenance)
        self._bind("retention_days", Binding.of(self.data.retention))
        # The parts tests and screenshots look at, under the dialog's own names.
        self.database_location = self.data.database_location
        self.database_size = self.data.database_size
        self.backup_button = self.data.backup_button
        self.export_button = self.data.export_button
        self.data_status = self.data.status
        return self.data

    # --- loading and saving ---------------------------------------------------------------

    def _stored(self, key: str) -> Any:
        return self._services.settings.get_setting(key, DEFAULTS[key])

    def _load(self) -> None:
        for key, binding in self._bindings.items():
            binding.set(self._stored(key))
        try:
            self.start_at_login.setChecked(autostart.is_enabled())
        except OSError:
            log.warning("Could not read whether StoreSync starts at login", exc_info=True)
        start, end = self._stored("quiet_hours_start"), self._stored("quiet_hours_end")
        has_quiet = bool(start and end)
        self.quiet_enabled.setChecked(has_quiet)
        self.quiet_start.setEnabled(has_quiet)
        self.quiet_end.setEnabled(has_quiet)
        self.quiet_start.setTime(QTime.fromString(start or "22:00", "HH:mm"))
        self.quiet_end.setTime(QTime.fromString(end or "07:00", "HH:mm"))

    def values(self) -> dict[str, Any]:
        """Every setting as the dialog shows it now."""
        found = {key: binding.get() for key, binding in self._bindings.items()}
        quiet = self.quiet_enabled.isChecked()
        found["quiet_hours_start"] = self.quiet_start.time().toString("HH:mm") if quiet else None
        found["quiet_hours_end"] = self.quiet_end.time().toString("HH:mm") if quiet else None
        return found

    @async_slot
    async def _on_save_clicked(self) -> None:
        await self.save()

    async def save(self) -> tuple[str, ...] | None:
        """Store what changed, apply start-at-login, tell everyone, close; None when nothing could be
        saved (the dialog stays open and says why)."""
        keys = await self._store()
        if keys is not None and isValid(self):
            self.accept()
        return keys

    async def store_values(self) -> bool:
        """Store what the dialog shows without closing it (the Alerts tab's Test buttons)."""
        return await self._store() is not None

    async def _store(self) -> tuple[str, ...] | None:
        changed = {key: value for key, value in self.values().items() if value != self._stored(key)}
        wanted_autostart = self.start_at_login.isChecked()
        if wanted_autostart != self._autostart_state():
            try:
                autostart.set_enabled(wanted_autostart)
            except OSError as error:
                reason = reason_for(error)
                self.message.setText(
                    QCoreApplication.translate(
                        "SettingsDialog", "Could not change starting at login: {reason}"
                    ).format(reason=reason)
                )
                return None
        self.save_button.setEnabled(False)
        try:
            await self.alerts.save_secrets()
        except StoreSyncError as error:
            if isValid(self):
                self.save_button.setEnabled(True)
                self.message.setText(str(error))
            return None
        try:
            for key, value in changed.items():
                await self._services.settings.set_setting(key, value)
        except Exception:
            log.exception("Saving settings failed")
            if isValid(self):
                self.save_button.setEnabled(True)
                self.message.setText(
                    QCoreApplication.translate(
                        "SettingsDialog", "The settings could not be saved; the log has the details."
                    )
                )
            return None
        keys = tuple(changed)
        if keys:
            self._services.bus.publish(SettingsChanged(keys))
        if isValid(self):
            self.save_button.setEnabled(True)
        return keys

    def _autostart_state(self) -> bool:
        try:
            return autostart.is_enabled()
        except OSError:
            return False

    # --- backup and export (the Data tab does the work) ----------------------------------

    @property
    def file_dialog(self) -> QFileDialog | None:
        return self.data.file_dialog

    async def backup_to(self, path: str) -> bool:
        return await self.data.backup_to(path)

    async def export_history_to(self, path: str) -> int | None:
        return await self.data.export_history_to(path)


def _page(form: QFormLayout) -> QWidget:
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.addLayout(form)
    outer.addStretch(1)
    return page


def _time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit

"""Add or edit a store: its platform settings, its secrets (to the keychain), its jobs and schedules.

Opened with `open()`, never `exec()`: saving and testing are coroutines on the qasync loop, and a
nested modal loop inside a coroutine breaks the other tasks (DESIGN.md §4).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.errors import KeychainUnavailable, StoreSyncError
from app.core.models import Platform, Store
from app.core.platforms import DECLARATIONS, PLATFORM_FIELDS, PLATFORM_LABELS
from app.core.ports import RecordPreview
from app.core.presets import PRESET_PLATFORM, Preset
from app.core.services import AppServices
from app.ui.dialogs.async_slot import async_slot
from app.ui.dialogs.connection_check import ConnectionCheck
from app.ui.dialogs.fields import SECRET_MARK, PlatformForm
from app.ui.dialogs.preset_files import PresetFiles, fill_form
from app.ui.dialogs.store_jobs import JobsSection
from app.ui.dialogs.store_saving import StoreEntry, save_store_entry

log = logging.getLogger(__name__)


class StoreEditor(QDialog):
    """StoreEditor(services, store=None, parent=None): `store=None` adds a new store.

    Emits `saved(store_id)` after the store, its secrets and its jobs are saved, the scheduler has
    reloaded the jobs and StoresChanged was published; then the dialog closes itself.
    """

    saved = Signal(int)

    def __init__(
        self,
        services: AppServices,
        store: Store | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._store = store
        self._busy = False
        self._stored_secrets: frozenset[str] = frozenset()
        self._preset_extras: dict[str, Any] = {}  # imported settings the form has no input for
        self.setWindowTitle(
            QCoreApplication.translate("StoreEditor", "Add a store")
            if store is None
            else QCoreApplication.translate("StoreEditor", "Edit {name}").format(name=store.name)
        )
        self.setModal(True)
        self._build(clock)
        if store is not None:
            self._load(store)
        self._update_state()

    # --- building -------------------------------------------------------------------------

    def _build(self, clock: Callable[[], datetime] | None) -> None:
        self.name = QLineEdit()
        self.name.setAccessibleName(QCoreApplication.translate("StoreEditor", "Store name"))
        self.name.setPlaceholderText(QCoreApplication.translate("StoreEditor", "e.g. Main shop"))
        self.platform = QComboBox()
        self.platform.setAccessibleName(QCoreApplication.translate("StoreEditor", "Platform"))
        for platform in Platform:
            self.platform.addItem(PLATFORM_LABELS[platform], platform.value)
        self.enabled = QCheckBox(
            QCoreApplication.translate("StoreEditor", "Sync this store on its schedules")
        )
        self.enabled.setToolTip(
            QCoreApplication.translate(
                "StoreEditor", "Turn off to keep the store and its history without syncing it."
            )
        )
        self.enabled.setChecked(True)

        # One form per platform, only the chosen one shown (a stacked widget would be as tall as the
        # longest form); switching back and forth keeps what was typed.
        self.forms = QWidget()
        forms_layout = QVBoxLayout(self.forms)
        forms_layout.setContentsMargins(0, 0, 0, 0)
        self._forms: dict[Platform, PlatformForm] = {}
        for platform in Platform:
            form = PlatformForm(platform)
            form.edited.connect(self._update_state)
            form.hide()
            self._forms[platform] = form
            forms_layout.addWidget(form)

        self.presets = PresetFiles(self._preset_source, self.apply_preset)

        self.keychain_note = QLabel(self._keychain_note())
        self.keychain_note.setWordWrap(True)

        self.check = ConnectionCheck(self._services.connections, self._entry_for_check)
        self.check.busy_changed.connect(self._set_busy)
        # The parts tests and screenshots look at, under the names the dialog always had.
        self.test_button = self.check.test_button
        self.preview_button = self.check.preview_button
        self.spinner = self.check.spinner
        self.test_result = self.check.result
        self.preview = self.check.preview

        sources = [
            other
            for other in self._services.stores.list_stores()
            if self._store is None or other.id != self._store.id
        ]
        self.jobs = JobsSection(clock=clock, sources=sources)
        self.jobs.changed.connect(self._update_state)
        self.first_sync = QCheckBox(
            QCoreApplication.translate("StoreEditor", "Run a first sync after saving")
            if self._store is None
            else QCoreApplication.translate("StoreEditor", "Sync now after saving")
        )
        self.first_sync.setChecked(self._store is None)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        top = QFormLayout()
        top.addRow(QCoreApplication.translate("StoreEditor", "Name"), self.name)
        top.addRow(QCoreApplication.translate("StoreEditor", "Platform"), self.platform)
        top.addRow("", self.enabled)
        body_layout.addLayout(top)
        body_layout.addWidget(self.forms)
        body_layout.addWidget(self.presets)
        body_layout.addWidget(self.keychain_note)
        body_layout.addWidget(self.check)
        jobs_title = QLabel(QCoreApplication.translate("StoreEditor", "What to sync"))
        jobs_title.setStyleSheet("font-weight: bold;")
        body_layout.addWidget(jobs_title)
        body_layout.addWidget(self.jobs)
        body_layout.addWidget(self.first_sync)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self._scroll, self._body = scroll, body

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(
            QCoreApplication.translate("StoreEditor", "Why the store cannot be saved")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 720)
        self._fit_width()

        self.name.textChanged.connect(self._update_state)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self._platform_changed()

    def _keychain_note(self) -> str:
        try:
            backend = self._services.credentials.backend_name()
        except Exception:
            backend = QCoreApplication.translate("StoreEditor", "your system keychain")
        return QCoreApplication.translate(
            "StoreEditor",
            "Fields marked {mark} are secrets: they are saved in {backend}, never in StoreSync's "
            "database, logs or exports.",
        ).format(mark=QCoreApplication.translate("StoreEditor", SECRET_MARK), backend=backend)

    def _load(self, store: Store) -> None:
        self.name.setText(store.name)
        self.enabled.setChecked(store.enabled)
        self.platform.setCurrentIndex(list(Platform).index(store.platform))
        self.platform.setEnabled(False)
        assert store.id is not None
        stored: set[str] = set()
        try:
            for name in self.current_form().secret_names():
                if self._services.credentials.get_secret(store.id, name):
                    stored.add(name)
        except KeychainUnavailable as error:
            self.test_result.setText(str(error))
        self._stored_secrets = frozenset(stored)
        self.current_form().load(store.settings, has_saved_secrets=bool(stored))
        self.jobs.load(self._services.stores.list_jobs(store.id))

    # --- state ----------------------------------------------------------------------------

    def current_platform(self) -> Platform:
        return Platform(self.platform.currentData())

    def current_form(self) -> PlatformForm:
        return self._forms[self.current_platform()]

    def problems(self) -> list[str]:
        """Everything that keeps Save disabled, in plain words."""
        found: list[str] = []
        name = self.name.text().strip()
        if not name:
            found.append(QCoreApplication.translate("StoreEditor", "Give the store a name."))
        else:
            other = self._services.stores.find_store(name)
            if other is not None and (self._store is None or other.id != self._store.id):
                found.append(
                    QCoreApplication.translate(
                        "StoreEditor", "Another store is already called '{name}'."
                    ).format(name=name)
                )
        found.extend(self.current_form().problems(self._stored_secrets))
        found.extend(self.jobs.problems())
        return found

    def _platform_changed(self) -> None:
        for form in self._forms.values():
            form.setVisible(form is self.current_form())
        self.check.offer_preview(DECLARATIONS[self.current_platform()].preview)
        self.presets.setVisible(self.current_platform() is PRESET_PLATFORM)
        QTimer.singleShot(0, self._fit_width)  # once the form shown has been laid out
        self._update_state()

    def _fit_width(self) -> None:
        """As wide as the form needs (a schedule row in French or Arabic is wider than in English), within
        the screen: a form wider than its view was cut at the right, and in a right-to-left window the
        values sat out of view on the left and looked empty."""
        scroll = self._scroll
        margins = self._layout.contentsMargins()
        around = margins.left() + margins.right() + 2 * scroll.frameWidth()
        around += scroll.verticalScrollBar().sizeHint().width()
        wanted = self._body.minimumSizeHint().width() + around
        if wanted <= self.width():
            return
        screen = self.screen()
        self.resize(min(screen.availableGeometry().width(), wanted) if screen else wanted, self.height())

    def _update_state(self) -> None:
        self.message.setText("\n".join(self._update_buttons()))

    def _update_buttons(self) -> list[str]:
        problems = self.problems()
        self.save_button.setEnabled(not problems and not self._busy)
        self.check.set_enabled(not self._busy)
        return problems

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    # --- the store as entered -------------------------------------------------------------

    def store_from_form(self) -> Store:
        platform = self.current_platform()
        own_keys = {field.name for field in PLATFORM_FIELDS[platform]}
        kept: dict[str, Any] = {}
        if self._store is not None:
            kept = {key: value for key, value in self._store.settings.items() if key not in own_keys}
        if platform is PRESET_PLATFORM:
            kept.update(self._preset_extras)
        settings = {**kept, **self.current_form().settings()}
        name, enabled = self.name.text().strip(), self.enabled.isChecked()
        if self._store is None:
            return Store(name=name, platform=platform, settings=settings, enabled=enabled)
        return replace(self._store, name=name, settings=settings, enabled=enabled)

    def _secrets_for_use(self) -> dict[str, str]:
        """Typed secrets, completed with the saved ones of an existing store (for a test)."""
        secrets = self.current_form().secrets()
        if self._store is not None and self._store.id is not None:
            for name in self._stored_secrets - secrets.keys():
                saved = self._services.credentials.get_secret(self._store.id, name)
                if saved:
                    secrets[name] = saved
        return secrets

    # --- presets --------------------------------------------------------------------------

    def _preset_source(self) -> tuple[str, dict[str, Any]]:
        store = self.store_from_form()
        return store.name, store.settings

    def apply_preset(self, preset: Preset) -> None:
        """The JSON API form takes the preset (typed secrets stay); an empty name takes the preset's."""
        self._preset_extras = fill_form(self._forms[PRESET_PLATFORM], preset.settings)
        if not self.name.text().strip() and preset.name:
            self.name.setText(preset.name)
        self._update_state()

    # --- test connection and preview ------------------------------------------------------

    def _entry_for_check(self) -> tuple[Store, dict[str, str]]:
        return self.store_from_form(), self._secrets_for_use()

    async def test_connection(self) -> bool:
        """Ask the store with the settings as typed; the answer is shown under the button."""
        return await self.check.test_connection()

    async def preview_records(self) -> RecordPreview:
        return await self.check.preview_records()

    # --- saving ---------------------------------------------------------------------------

    @async_slot
    async def _on_save_clicked(self) -> None:
        await self.save()

    async def save(self) -> int | None:
        """Save everything; returns the store id, or None (with the reason shown) when nothing changed.

        The form is read before the first await, so closing the dialog mid-save changes nothing."""
        if self._busy or self.problems():
            return None
        entry = StoreEntry(
            store=self.store_from_form(),
            secrets=self.current_form().secrets(),
            jobs=self.jobs.chosen(),
            first_sync=self.first_sync.isChecked(),
        )
        self._set_busy(True)
        try:
            saved = await save_store_entry(self._services, entry)
        except KeychainUnavailable as error:
            self._report(
                QCoreApplication.translate(
                    "StoreEditor",
                    "Nothing was saved, because the keychain refused the secrets. Your input is still here.",
                )
                + "\n"
                + str(error)
            )
            return None
        except StoreSyncError as error:
            self._report(
                QCoreApplication.translate("StoreEditor", "Could not save: {reason}").format(reason=error)
            )
            return None
        except Exception:
            log.exception("Saving a store failed unexpectedly")
            self._report(
                QCoreApplication.translate(
                    "StoreEditor", "Could not save the store; the log has the details."
                )
            )
            return None
        finally:
            if isValid(self):
                self._set_busy(False)
        assert saved.id is not None
        if isValid(self):
            self._store = saved
            self.saved.emit(saved.id)
            self.accept()
        return saved.id

    def _report(self, text: str) -> None:
        if isValid(self):
            self.message.setText(text)

"""Edit schedule in a server's console: one job's schedule in the schedule editor, saved through the
console (the server's control API), with a refusal or a lost server told in one line."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.core.console import Console
from app.core.errors import StoreSyncError
from app.core.schedule import ScheduleSpec
from app.ui.dialogs.async_slot import async_slot
from app.ui.dialogs.schedule_editor import ScheduleEditor


class JobScheduleDialog(QDialog):
    """Open with `open()`; closes once the console has taken the new schedule."""

    def __init__(
        self, console: Console, job_id: int, title: str, spec: ScheduleSpec, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._console = console
        self._job_id = job_id
        self.setWindowTitle(self.tr("Edit schedule: {job}").format(job=title))
        self.editor = ScheduleEditor(spec, self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.editor.changed.connect(lambda: self.save_button.setEnabled(self.editor.is_valid()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @async_slot
    async def save(self) -> None:
        if not self.editor.is_valid():
            return
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        try:
            await self._console.set_schedule(self._job_id, self.editor.spec())
        except StoreSyncError as error:
            self.message.setText(self.tr("Could not save the schedule: {reason}").format(reason=error))
            return
        finally:
            self.save_button.setEnabled(True)
        self.message.setText("")
        self.accept()

"""The store editor, schedule editor, store removal and settings dialogs. Each is opened with
`open()` (never `exec()`), takes the AppServices bundle, and reports back through Qt signals:

- StoreEditor(services, store=None, parent=None), signal saved(int store_id)
- confirm_remove_store(services, store, parent=None) -> RemoveStoreDialog, signal removed(int store_id)
- SettingsDialog(services, parent=None), signal accepted() after saving
- ScheduleEditor(spec=None, parent=None), signal changed(); spec(), error(), is_valid()
"""

from app.ui.dialogs.remove_store import RemoveStoreDialog, confirm_remove_store, remove_store
from app.ui.dialogs.schedule_editor import ScheduleEditor
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.store_editor import StoreEditor

__all__ = [
    "RemoveStoreDialog",
    "ScheduleEditor",
    "SettingsDialog",
    "StoreEditor",
    "confirm_remove_store",
    "remove_store",
]

"""One store at a glance: its jobs, its recent runs (charts of the items each changed, and of the
requests and rate limiting within a chosen run) and whether its connection works."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import StoreSyncError
from app.core.models import RunStatus, Store, SyncRun
from app.core.ports import RunQuery
from app.ui.about import keychain_backend
from app.ui.actions import AppActions
from app.ui.formatting import (
    counts_summary,
    duration,
    full_time,
    job_kind_label,
    next_run_text,
    run_status_label,
    trigger_label,
)
from app.ui.icons import platform_icon
from app.ui.items_changed_chart import ItemsChangedChart
from app.ui.models.job_state import RowStatus
from app.ui.models.store_status import StoreStatusModel
from app.ui.request_rate_chart import RequestRateChart
from app.ui.schedule_words import schedule_words


class StoreDetail(QDialog):
    """Opened with show(), never exec(): the loop keeps running while it is open."""

    RECENT_RUNS = 20

    def __init__(
        self, actions: AppActions, model: StoreStatusModel, store: Store, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(
            QCoreApplication.translate("StoreDetail", "Store: {name}").format(name=store.name)
        )
        self.setWindowIcon(platform_icon(store.platform))
        self._actions = actions
        self._store = store
        states = [s for s in model.states() if s.store_id == store.id]

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("StoreDetail", "Name:"), QLabel(store.name))
        form.addRow(QCoreApplication.translate("StoreDetail", "Platform:"), QLabel(store.platform.value))
        form.addRow(
            QCoreApplication.translate("StoreDetail", "Enabled:"),
            QLabel(
                QCoreApplication.translate("StoreDetail", "yes")
                if store.enabled
                else QCoreApplication.translate("StoreDetail", "no")
            ),
        )
        self.keychain_label = QLabel(keychain_backend(actions.services))
        form.addRow(QCoreApplication.translate("StoreDetail", "Secrets kept in:"), self.keychain_label)
        self.connection_label = QLabel(self._connection_state(states))
        self.connection_label.setWordWrap(True)
        self.test_button = QPushButton(QCoreApplication.translate("StoreDetail", "Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        connection_row = QHBoxLayout()
        connection_row.addWidget(self.connection_label, 1)
        connection_row.addWidget(self.test_button)
        form.addRow(QCoreApplication.translate("StoreDetail", "Connection:"), connection_row)

        self.jobs = QTableWidget(len(states), 4)
        self.jobs.setAccessibleName(QCoreApplication.translate("StoreDetail", "Jobs of this store"))
        self.jobs.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("StoreDetail", "Job"),
                QCoreApplication.translate("StoreDetail", "Status"),
                QCoreApplication.translate("StoreDetail", "Next run"),
                QCoreApplication.translate("StoreDetail", "Schedule"),
            ]
        )
        for row, state in enumerate(states):
            values = (
                job_kind_label(state.job.kind),
                model.status_text(state),
                QCoreApplication.translate("StoreDetail", "paused")
                if state.job.paused
                else next_run_text(state.next_run),
                schedule_words(state.job.schedule),
            )
            for column, value in enumerate(values):
                self.jobs.setItem(row, column, QTableWidgetItem(value))
        self.jobs.resizeColumnsToContents()

        self.items_chart = ItemsChangedChart()
        self.request_chart = RequestRateChart()
        try:
            runs = actions.services.runs.list_runs(
                RunQuery(store_id=store.id), offset=0, limit=self.RECENT_RUNS
            )
        except StoreSyncError as error:
            runs, runs_read = [], False
            self.items_chart.set_error(str(error))
            self.request_chart.set_error(str(error))
        else:
            runs_read = True
            self.items_chart.set_runs(runs)
        self._recent_runs = runs
        self.request_run = QComboBox()
        self.request_run.setAccessibleName(
            QCoreApplication.translate("StoreDetail", "Run whose requests are shown")
        )
        for run in runs:
            kind = job_kind_label(run.kind) if run.kind is not None else ""
            self.request_run.addItem(f"{full_time(run.started_at)} · {kind}", run.id)
        self.runs = QTableWidget(len(runs), 6)
        self.runs.setAccessibleName(QCoreApplication.translate("StoreDetail", "Recent runs of this store"))
        self.runs.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("StoreDetail", "Started"),
                QCoreApplication.translate("StoreDetail", "Job"),
                QCoreApplication.translate("StoreDetail", "Status"),
                QCoreApplication.translate("StoreDetail", "Duration"),
                QCoreApplication.translate("StoreDetail", "Trigger"),
                QCoreApplication.translate("StoreDetail", "Result"),
            ]
        )
        for row, run in enumerate(runs):
            run_values = (
                full_time(run.started_at),
                job_kind_label(run.kind) if run.kind is not None else "",
                run_status_label(run.status),
                duration(run.duration_seconds),
                trigger_label(run.trigger),
                run.error_message or counts_summary(run.counts),
            )
            for column, value in enumerate(run_values):
                self.runs.setItem(row, column, QTableWidgetItem(value))
        self.runs.resizeColumnsToContents()
        for table in (self.jobs, self.runs):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
        self.runs.currentCellChanged.connect(self._run_row_chosen)
        self.request_run.currentIndexChanged.connect(self.show_requests)
        if runs:
            self.show_requests(0)  # the latest run
        else:
            self.request_run.setEnabled(False)
            if runs_read:
                self.request_chart.set_empty(QCoreApplication.translate("StoreDetail", "No run yet."))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        edit = buttons.addButton(
            QCoreApplication.translate("StoreDetail", "Edit store…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        edit.clicked.connect(lambda: actions.edit_store(store.id))
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(QCoreApplication.translate("StoreDetail", "Jobs")))
        layout.addWidget(self.jobs)
        layout.addWidget(QLabel(QCoreApplication.translate("StoreDetail", "Recent runs")))
        layout.addWidget(self._charts(), 1)
        layout.addWidget(self.runs, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 44)

    def _charts(self) -> QTabWidget:
        requests_page = QWidget()
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(QCoreApplication.translate("StoreDetail", "Run:")))
        chooser.addWidget(self.request_run, 1)
        page_layout = QVBoxLayout(requests_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(chooser)
        page_layout.addWidget(self.request_chart, 1)
        self.charts = QTabWidget()
        self.charts.addTab(
            self.items_chart, QCoreApplication.translate("StoreDetail", "Items changed per run")
        )
        self.charts.addTab(requests_page, QCoreApplication.translate("StoreDetail", "Requests in a run"))
        return self.charts

    def _run_row_chosen(self, row: int, *_: int) -> None:
        if 0 <= row < self.request_run.count():
            self.request_run.setCurrentIndex(row)

    def show_requests(self, index: int) -> None:
        """Chart the requests of the `index`-th recent run (0: the latest)."""
        if not 0 <= index < len(self._recent_runs):
            return
        run: SyncRun = self._recent_runs[index]
        if run.status is RunStatus.RUNNING:
            self.request_chart.set_empty(
                QCoreApplication.translate(
                    "StoreDetail", "This run is still going: its requests are shown when it ends."
                )
            )
            return
        self.request_chart.set_loading()
        try:
            profile = self._actions.services.runs.request_profile(run.id or 0)
        except StoreSyncError as error:
            self.request_chart.set_error(str(error))
            return
        if profile is None:
            self.request_chart.set_empty(
                QCoreApplication.translate(
                    "StoreDetail",
                    "No requests recorded for this run: it made none, or ran before StoreSync counted them.",
                )
            )
        else:
            self.request_chart.set_profile(profile)

    @staticmethod
    def _connection_state(states: list) -> str:  # type: ignore[type-arg]
        for state in states:
            status = state.status()
            if status is RowStatus.ATTENTION:
                return QCoreApplication.translate("StoreDetail", "Needs attention: {reason}").format(
                    reason=state.attention_reason
                )
            if status is RowStatus.RATE_LIMITED:
                return QCoreApplication.translate(
                    "StoreDetail", "Rate-limited by the store: {message}"
                ).format(message=state.rate_limit_message)
            if status is RowStatus.FAILED and state.last_error:
                return QCoreApplication.translate("StoreDetail", "Last run failed: {error}").format(
                    error=state.last_error
                )
        if any(state.last_run is not None for state in states):
            return QCoreApplication.translate("StoreDetail", "Working")
        return QCoreApplication.translate("StoreDetail", "Not synced yet")

    def test_connection(self) -> None:
        self.test_button.setEnabled(False)
        self.connection_label.setText(QCoreApplication.translate("StoreDetail", "Testing…"))
        services = self._actions.services
        store = self._store

        async def test() -> None:
            try:
                assert store.id is not None
                fields = services.connections.secret_fields(store.platform)
                secrets = {
                    name: value
                    for name in fields
                    if (value := services.credentials.get_secret(store.id, name)) is not None
                }
                answer = await services.connections.test_connection(store, secrets)
                self.connection_label.setText(answer)
            except StoreSyncError as error:
                self.connection_label.setText(
                    QCoreApplication.translate("StoreDetail", "Connection failed: {error}").format(
                        error=error
                    )
                )
            finally:
                self.test_button.setEnabled(True)

        self._actions.run_task(test(), QCoreApplication.translate("StoreDetail", "Test connection"))

"""The schedule editor explains a schedule while it is typed: words, the next five runs, or what is wrong."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from app.core.schedule import ScheduleKind, ScheduleSpec
from app.ui.dialogs.schedule_editor import ScheduleEditor

MONDAY_MORNING = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)


def editor(qtbot: QtBot, spec: ScheduleSpec | None = None) -> ScheduleEditor:
    widget = ScheduleEditor(spec, clock=lambda: MONDAY_MORNING)
    qtbot.addWidget(widget)
    return widget


def run_lines(widget: ScheduleEditor) -> list[str]:
    return widget.next_runs.text().splitlines()[1:]


def test_a_valid_schedule_shows_its_words_and_the_next_five_runs(qtbot: QtBot) -> None:
    widget = editor(
        qtbot, ScheduleSpec.every(hours=1, window_start="08:00", window_end="20:00", timezone="Europe/Warsaw")
    )

    assert widget.is_valid()
    assert widget.description.text() == "Every hour from 08:00 to 20:00, Europe/Warsaw"
    lines = run_lines(widget)
    assert len(lines) == 5
    assert lines[0].startswith("Mon 23 Nov 2026, 09:00")
    assert lines[4].startswith("Mon 23 Nov 2026, 13:00")
    assert not widget.problem.isVisibleTo(widget)


def test_typing_an_invalid_cron_explains_why_and_marks_the_schedule_invalid(qtbot: QtBot) -> None:
    widget = editor(qtbot, ScheduleSpec.from_cron("*/15 * * * *"))
    assert widget.is_valid()

    widget.cron.clear()
    qtbot.keyClicks(widget.cron, "61 * * * *")

    assert not widget.is_valid()
    assert "61" in widget.problem.text()
    assert "minute" in widget.problem.text()
    assert widget.problem.isVisibleTo(widget)
    assert widget.next_runs.text() == ""
    assert widget.error() == widget.problem.text()


def test_fixing_the_cron_brings_the_next_runs_back_as_you_type(qtbot: QtBot) -> None:
    widget = editor(qtbot, ScheduleSpec.from_cron("61 * * * *"))
    assert not widget.is_valid()
    changes: list[None] = []
    widget.changed.connect(lambda: changes.append(None))

    widget.cron.clear()
    qtbot.keyClicks(widget.cron, "30 9 * * mon-fri")

    assert widget.is_valid()
    assert len(run_lines(widget)) == 5
    assert run_lines(widget)[0].startswith("Mon 23 Nov 2026, 09:30")
    assert changes, "every keystroke re-checks the schedule"


def test_switching_to_daily_at_a_time_builds_a_daily_spec(qtbot: QtBot) -> None:
    widget = editor(qtbot)

    widget.mode.setCurrentIndex(2)
    widget.daily_at.setTime(QTime(6, 45))

    spec = widget.spec()
    assert spec.kind is ScheduleKind.DAILY
    assert spec.at == "06:45"
    assert widget.is_valid()
    assert "06:45" in widget.description.text()


def test_weekly_without_any_day_is_refused_with_a_reason(qtbot: QtBot) -> None:
    widget = editor(qtbot, ScheduleSpec.weekly(("mon",), "09:00"))
    assert widget.is_valid()

    widget.day_boxes["mon"].setChecked(False)

    assert not widget.is_valid()
    assert widget.problem.text()


def test_an_unknown_time_zone_is_named_in_the_reason(qtbot: QtBot) -> None:
    widget = editor(qtbot)

    widget.zone.setEditText("Mars/Olympus")

    assert not widget.is_valid()
    assert "Mars/Olympus" in widget.problem.text()


def test_a_saved_schedule_loads_back_unchanged(qtbot: QtBot) -> None:
    original = ScheduleSpec.weekly(("mon", "thu"), "21:15", window_start=None, timezone="America/New_York")

    widget = editor(qtbot, original)

    assert widget.spec() == original
    hourly = ScheduleSpec.every(hours=3, window_start="08:00", window_end="18:00")
    widget.set_spec(hourly)
    assert widget.spec() == hourly

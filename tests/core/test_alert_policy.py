"""Which events are news for every alert channel: a failure after N failed runs in a row (once), its
recovery, a job that paused itself, attention and staleness once per problem, low stock once per set."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.core.alert_memory import ToldProblems
from app.core.alert_policy import AlertKind, AlertPolicy, in_quiet_hours
from app.core.alert_text import word_alert
from app.core.events import (
    AttentionCleared,
    JobAutoPaused,
    LowStock,
    NeedsAttention,
    StoreFresh,
    StoreStale,
    SyncFailed,
    SyncFinished,
)
from app.core.models import RunStatus, SyncRun, Trigger
from app.core.settings import DEFAULTS


def _policy(**settings: Any) -> AlertPolicy:
    values = {**DEFAULTS, **settings}
    return AlertPolicy(values.__getitem__)


def _failed(job_id: int, in_a_row: int) -> SyncFailed:
    now = datetime.now(UTC)
    run = SyncRun(job_id, Trigger.SCHEDULED, now, RunStatus.FAILED, now)
    return SyncFailed(run, 1, "auth", "The store refused the credentials.", in_a_row)


def _finished(job_id: int, status: RunStatus = RunStatus.SUCCEEDED) -> SyncFinished:
    now = datetime.now(UTC)
    return SyncFinished(SyncRun(job_id, Trigger.SCHEDULED, now, status, now), 1)


def test_failure_is_told_once_after_the_default_three_failed_runs_and_recovery_once() -> None:
    policy = _policy()
    decided = [policy.decide(_failed(7, n)) for n in (1, 2, 3, 4, 5)]
    told = [alert for alert in decided if alert is not None]
    assert [(a.kind, a.failed_in_a_row) for a in told] == [(AlertKind.FAILURE, 3)]
    assert told[0].message == "The store refused the credentials."
    recovery = policy.decide(_finished(7))
    assert recovery is not None and recovery.kind is AlertKind.RECOVERY
    assert policy.decide(_finished(7)) is None, "an ordinary success is not news"


def test_a_success_after_failures_never_reported_is_not_a_recovery() -> None:
    policy = _policy(warn_after_failures=3)
    assert policy.decide(_failed(7, 1)) is None
    assert policy.decide(_finished(7)) is None


def test_zero_turns_the_failure_warning_off() -> None:
    policy = _policy(warn_after_failures=0)
    assert all(policy.decide(_failed(7, n)) is None for n in range(1, 20))


def test_a_paused_job_is_told_with_its_reason() -> None:
    alert = _policy().decide(JobAutoPaused(7, 1, "paused after 10 failed runs: the store refused"))
    assert alert is not None and alert.kind is AlertKind.PAUSED
    assert alert.message == "paused after 10 failed runs: the store refused"


def test_attention_and_staleness_once_per_problem() -> None:
    policy = _policy()
    events = [
        NeedsAttention(2, "token refused"),
        NeedsAttention(2, "token refused"),
        AttentionCleared(2),
        NeedsAttention(2, "token refused"),
        StoreStale(2, "last read 30 hours ago"),
        StoreStale(2, "last read 31 hours ago"),
        StoreFresh(2),
        StoreStale(2, "last read 25 hours ago"),
    ]
    kinds = [alert.kind for alert in map(policy.decide, events) if alert is not None]
    assert kinds == [AlertKind.ATTENTION, AlertKind.ATTENTION, AlertKind.STALE, AlertKind.STALE]


def test_low_stock_once_per_set_of_skus_with_the_skus_named() -> None:
    policy = _policy()
    first = policy.decide(LowStock(3, ("B-2", "A-1"), 5))
    assert first is not None and first.skus == ("A-1", "B-2")
    assert policy.decide(LowStock(3, ("A-1", "B-2"), 5)) is None
    assert policy.decide(LowStock(3, (), 5)) is None
    again = policy.decide(LowStock(3, ("A-1", "B-2"), 5))
    assert again is not None, "the same SKUs low again after they were restocked are news"
    over_all = policy.decide(LowStock(None, ("A-1",), 5, job_id=7))
    assert over_all is not None and over_all.store_id is None
    assert over_all.job_id == 7, "the webhook's job names the check that found them"


def test_quiet_hours_may_wrap_midnight() -> None:
    at = datetime(2026, 1, 1, 23, 30)
    assert in_quiet_hours("22:00", "07:00", at)
    assert in_quiet_hours("22:00", "07:00", at.replace(hour=6, minute=59))
    assert not in_quiet_hours("22:00", "07:00", at.replace(hour=7, minute=0))
    assert in_quiet_hours("12:00", "14:00", at.replace(hour=13))
    assert not in_quiet_hours(None, "07:00", at)
    assert not in_quiet_hours("08:00", "08:00", at.replace(hour=8))


def test_what_was_told_before_a_restart_is_not_told_again_and_its_recovery_is() -> None:
    policy = _policy(warn_after_failures=1)
    policy.recall(ToldProblems(failing_jobs=frozenset({7}), attention_stores=frozenset({1})))
    assert policy.decide(_failed(7, 4)) is None
    assert policy.decide(NeedsAttention(1, "token refused")) is None
    recovery = policy.decide(_finished(7))
    assert recovery is not None and recovery.kind is AlertKind.RECOVERY
    # The run that worked cleared the attention too, with no AttentionCleared from this process.
    again = policy.decide(NeedsAttention(1, "token refused again"))
    assert again is not None and again.kind is AlertKind.ATTENTION


def test_a_first_failure_is_not_said_to_be_one_of_several() -> None:
    at = datetime.now(UTC)
    once = AlertPolicy({**DEFAULTS, "warn_after_failures": 1}.__getitem__).decide(_failed(7, 1))
    assert once is not None
    assert word_alert(once, "Shop", "Shop · inventory pull", at).subject == "Shop · inventory pull failed"
    thrice = _policy().decide(_failed(8, 3))
    assert thrice is not None
    assert word_alert(thrice, "Shop", "Shop · inventory pull", at).subject == (
        "Shop · inventory pull failed 3 times in a row"
    )


def test_what_was_told_is_kept_as_a_setting_and_read_back_whatever_the_setting_holds() -> None:
    told = ToldProblems(failing_jobs=frozenset({7, 9}), attention_stores=frozenset({1}))
    assert ToldProblems.from_setting(told.as_setting()) == told
    assert ToldProblems.from_setting(None) == ToldProblems()  # never kept: nothing told
    assert ToldProblems.from_setting("junk") == ToldProblems()
    assert ToldProblems.from_setting({"failing_jobs": [3, "4", True, None], "attention_stores": 5}) == (
        ToldProblems(failing_jobs=frozenset({3}))
    )

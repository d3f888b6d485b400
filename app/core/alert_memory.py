"""What the alerts had already told when this process started, read from the history: a job failing at
least `warn_after_failures` runs in a row had its failure alert, and a store whose latest failure needs the
merchant (a refused token, a missing setting) had its attention alert. A restarted app, or a serve taking
over another's alerts, then tells the recovery and does not tell the same failure again."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from app.core.failure_streak import failed_in_a_row
from app.core.models import RunStatus
from app.core.ports import RunRepository, StoreRepository

# A job's latest run leaves it failing only if it failed, or did not end a streak (skipped, running).
_MAY_BE_FAILING = frozenset({RunStatus.FAILED, RunStatus.SKIPPED, RunStatus.RUNNING})


@dataclass(frozen=True, slots=True)
class ToldProblems:
    failing_jobs: frozenset[int] = frozenset()
    attention_stores: frozenset[int] = frozenset()


def told_problems(
    stores: StoreRepository, runs: RunRepository, warn_after: int, attention_kinds: Collection[str]
) -> ToldProblems:
    """Reads the history: a few queries, then one streak per job whose latest run did not work."""
    jobs = [job for job in stores.list_jobs() if job.id is not None]
    histories = runs.job_histories([job.id for job in jobs if job.id is not None])
    failing: set[int] = set()
    attention: set[int] = set()
    for job in jobs:
        assert job.id is not None
        history = histories.get(job.id)
        if history is None or history.last_failed is None or history.last_run is None:
            continue
        if history.last_run.status not in _MAY_BE_FAILING:  # its latest run worked: no streak to count
            continue
        streak = failed_in_a_row(runs, job.id, job.resumed_at)
        if streak == 0:
            continue
        if 0 < warn_after <= streak:
            failing.add(job.id)
        if job.store_id is not None and history.last_failed.error_kind in attention_kinds:
            attention.add(job.store_id)
    return ToldProblems(frozenset(failing), frozenset(attention))

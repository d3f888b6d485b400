"""The task queue every worker shares (procrastinate on the server's PostgreSQL), and the three tasks on it.

- `storesync.queue_due_runs`, periodic: turns the schedules into queued runs. Every worker's periodic
  deferrer offers each tick; procrastinate's database defers it once per tick however many workers run,
  so one worker at a time makes the decision, and another takes over when that one is gone.
- `storesync.run_job`: one run of one StoreSync job, queued with `queueing_lock` (at most one waiting run
  per job: due runs never pile up) and `lock` (at most one running: never two at once across workers).
- `storesync.retry_stalled_jobs`, periodic: procrastinate's way (3.x) to take up again the jobs of a worker
  that died without a word (SIGKILL, power loss): its heartbeat stops, its jobs are found stalled and set
  back to waiting, and another worker runs them. The run the dead worker left is marked interrupted by
  the first look (app.storage.postgres_run_owners), and the job's run is done again.

Runs and the queue's own upkeep go in two queues, each with a worker of its own in every process, so a
full house of long runs never delays the next tick."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import procrastinate
from procrastinate.exceptions import AlreadyEnqueued

from app.worker.due_runs import DueRun

log = logging.getLogger("app.worker")

RUN_TASK = "storesync.run_job"
TICK_TASK = "storesync.queue_due_runs"
RETRY_TASK = "storesync.retry_stalled_jobs"
RUNS_QUEUE = "storesync_runs"
UPKEEP_QUEUE = "storesync_upkeep"
# A worker process serves both queues, each with a procrastinate worker of its own, and each of those
# registers its heartbeat: two rows of procrastinate_workers per StoreSync worker process.
QUEUE_WORKERS_PER_PROCESS = 2


@dataclass(frozen=True, slots=True)
class QueueTiming:
    """How often schedules are looked at, and after how long without a heartbeat a worker is dead."""

    tick_seconds: int = 60
    stalled_after_seconds: float = 30.0

    @property
    def cron(self) -> str:
        """procrastinate's cron, with its optional sixth (seconds) field below a minute."""
        if self.tick_seconds >= 60:
            return f"*/{self.tick_seconds // 60} * * * *"
        return f"* * * * * */{self.tick_seconds}"

    @property
    def on_time(self) -> timedelta:
        """How late a slot's run may be queued and still count as scheduled rather than catch-up."""
        return timedelta(seconds=2 * self.tick_seconds + 30)

    @property
    def heartbeat_seconds(self) -> float:
        return max(0.5, self.stalled_after_seconds / 3)


def job_lock(job_id: int) -> str:
    """The key of both locks of a StoreSync job's runs."""
    return f"storesync-job-{job_id}"


async def queue_run(app: procrastinate.App, due: DueRun) -> bool:
    """Queue one run of a job on the runs queue with both of its locks; False when a run of the job is
    waiting already (its queueing lock), so a job is never queued twice. The due-runs tick and the API
    server's "Sync now" both queue through here."""
    lock = job_lock(due.job_id)
    try:
        await app.configure_task(RUN_TASK, queue=RUNS_QUEUE, lock=lock, queueing_lock=lock).defer_async(
            job_id=due.job_id,
            trigger=due.trigger.value,
            slot=None if due.slot is None else due.slot.isoformat(),
        )
    except AlreadyEnqueued:
        return False
    return True


def queue_app(url: str) -> procrastinate.App:
    """The procrastinate app on the server at `url`, without tasks: enough to queue runs by name."""
    return procrastinate.App(
        connector=procrastinate.PsycopgConnector(conninfo=url, min_size=1, max_size=4, timeout=30)
    )


RunJob = Callable[[int, str, str | None], Awaitable[str]]
FindDue = Callable[[datetime], Awaitable[list[DueRun]]]


def build_queue(url: str, run_job: RunJob, find_due: FindDue, timing: QueueTiming) -> procrastinate.App:
    """The procrastinate app on the server at `url`, with StoreSync's tasks bound to `run_job` (one run
    of a job) and `find_due` (the runs due at a moment)."""
    app = queue_app(url)

    @app.task(name=RUN_TASK, queue=RUNS_QUEUE)
    async def run_job_task(job_id: int, trigger: str, slot: str | None = None) -> str:
        return await run_job(job_id, trigger, slot)

    @app.periodic(cron=timing.cron, periodic_id="due-runs")
    @app.task(name=TICK_TASK, queue=UPKEEP_QUEUE, queueing_lock=TICK_TASK)
    async def queue_due_runs(timestamp: int) -> int:
        queued = 0
        for due in await find_due(datetime.now(UTC)):
            queued += await queue_run(app, due)
        return queued

    @app.periodic(cron=timing.cron, periodic_id="stalled-jobs")
    @app.task(name=RETRY_TASK, queue=UPKEEP_QUEUE, queueing_lock=RETRY_TASK)
    async def retry_stalled_jobs(timestamp: int) -> int:
        stalled = await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=timing.stalled_after_seconds)
        retried = 0
        for job in stalled:
            try:
                await app.job_manager.retry_job(job)
            except procrastinate.exceptions.ConnectorException as error:
                # Another run of the job was queued meanwhile (its queueing lock): that one runs instead.
                log.info(
                    "A stalled run of job %s is not queued again: %s",
                    job.task_kwargs.get("job_id", "?"),
                    error,
                )
                continue
            log.warning(
                "A run of job %s is queued again: the worker running it stopped answering",
                job.task_kwargs.get("job_id", "?"),
            )
            retried += 1
        return retried

    return app

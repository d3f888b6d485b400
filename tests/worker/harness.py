"""The server-mode harness shared by the worker and API server tests: a migrated PostgreSQL database,
stores with a stock job due now, `storesync worker` and `storesync serve` child processes, and polls of
the shared tables with a deadline."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from app.core.models import Job, JobKind, Platform, Store
from app.core.schedule import ScheduleSpec
from app.sandbox.simple import SimpleSimulator
from app.storage import postgres
from app.storage.postgres_storage import open_postgres_storage
from app.worker.queue_schema import migrate_queue
from tests.known_secrets import SERVER_TOKEN
from tests.sync.harness import store_settings


def migrate_database(url: str) -> str:
    """StoreSync's schema and the workers' queue in the database at `url`, as `storesync migrate` does."""
    with postgres.connect(url) as connection:
        postgres.migrate(connection)
        migrate_queue(connection)
    return url


ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 90.0


async def add_stores(url: str, server: SimpleSimulator, count: int, first: int = 0) -> list[int]:
    """`count` stores, each with a stock job due now and next due in about 12 hours: a job that never ran
    and was made before StoreSync kept when jobs were added (no created_at), which the workers run at
    once (initial). One added now would wait for its first slot (tests/worker/test_first_runs.py)."""
    storage = open_postgres_storage(url)
    at = (datetime.now(UTC) + timedelta(hours=12)).strftime("%H:%M")
    job_ids = []
    try:
        for number in range(first, first + count):
            store = await storage.stores.save_store(
                Store(f"Shop {number:02}", Platform.GENERIC_JSON, store_settings(server, 50))
            )
            job = await storage.stores.save_job(
                Job(JobKind.INVENTORY_PULL, ScheduleSpec.daily(at, timezone="UTC"), store_id=store.id)
            )
            assert job.id is not None
            job_ids.append(job.id)
    finally:
        storage.close()
    with psycopg.connect(url, connect_timeout=10) as connection:
        connection.execute("UPDATE job SET created_at = NULL WHERE id = ANY(%s)", (job_ids,))
    return job_ids


def runs(url: str) -> list[tuple[int, str, str]]:
    """(job id, trigger, status) of every run, oldest first."""
    with psycopg.connect(url, connect_timeout=10) as connection:
        rows = connection.execute("SELECT job_id, trigger, status FROM sync_run ORDER BY id").fetchall()
    return [(int(job_id), trigger, status) for job_id, trigger, status in rows]


def finished_runs(url: str) -> int:
    """Runs that ended, whatever their result."""
    return sum(1 for _, _, status in runs(url) if status != "running")


def queued_runs(url: str) -> int:
    """Runs waiting in the queue or being run."""
    with psycopg.connect(url, connect_timeout=10) as connection:
        row = connection.execute(
            "SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'storesync.run_job' "
            "AND status IN ('todo', 'doing')"
        ).fetchone()
    return int(row[0]) if row else 0


def last_tick(url: str) -> int:
    """The time (Unix seconds) of the latest tick that looked at the schedules, 0 before the first."""
    with psycopg.connect(url, connect_timeout=10) as connection:
        row = connection.execute(
            "SELECT max(defer_timestamp) FROM procrastinate_periodic_defers "
            "WHERE task_name = 'storesync.queue_due_runs'"
        ).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def start_worker(url: str, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as output:
        return subprocess.Popen(
            [
                sys.executable, "main.py", "worker", "--database", url,
                "--tick-seconds", "1", "--stalled-after", "6", "--graceful-seconds", "20",
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=output,
            stderr=subprocess.STDOUT,
        )  # fmt: skip


@asynccontextmanager
async def workers(url: str, tmp_path: Path, count: int) -> AsyncIterator[list[subprocess.Popen[bytes]]]:
    started = [start_worker(url, tmp_path / f"worker-{n}.log") for n in range(count)]
    try:
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=30)


async def poll(condition: Callable[[], bool], seconds: float, what: str) -> None:
    """Wait for `condition`, asked five times a second (each ask is a query), with a deadline."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not await asyncio.to_thread(condition):
        if loop.time() > deadline:
            raise AssertionError(f"{what} not reached within {seconds} s")
        await asyncio.sleep(0.2)


async def eventually(
    ask: Callable[[], Awaitable[dict[str, Any]]], condition: Callable[[dict[str, Any]], bool], what: str
) -> None:
    """Ask the API until its answer meets `condition`, with a deadline."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + DEADLINE
    while not condition(answer := await ask()):
        if loop.time() > deadline:
            raise AssertionError(f"{what} not reached within {DEADLINE} s: {answer}")
        await asyncio.sleep(0.3)


async def wait_for_ticks(url: str, more: int) -> None:
    """Until the schedules were looked at for `more` seconds' ticks after the latest (with one-second
    ticks), so a doubled run would have shown."""
    target = last_tick(url) + more
    await poll(lambda: last_tick(url) >= target, seconds=DEADLINE, what=f"{more} more ticks")


@contextmanager
def systemd_credentials(folder: Path) -> Iterator[dict[str, str]]:
    """A credentials directory holding SERVER_TOKEN (tests/known_secrets.py, which the end-of-suite scan
    looks for) as `control-token`, owner-only, and the environment of a child process systemd started
    with it. The folder is the test's input, not anyone's output: it is removed on the way out."""
    folder.mkdir(mode=0o700)
    token = folder / "control-token"
    token.write_text(SERVER_TOKEN + "\n", encoding="utf-8")
    token.chmod(0o600)
    try:
        yield child_env(CREDENTIALS_DIRECTORY=str(folder))
    finally:
        shutil.rmtree(folder)


def free_port() -> int:
    """A loopback port nothing listens on now (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def storesync(*args: str) -> list[str]:
    return [sys.executable, "main.py", *args]


def child_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


@dataclass(frozen=True, slots=True)
class ServeProcess:
    """A running `storesync serve`: its process, port, token and output file."""

    process: subprocess.Popen[bytes]
    port: int
    token: str
    output: Path

    def text(self) -> str:
        return self.output.read_text(encoding="utf-8", errors="replace")


def start_serve(
    url: str, data_dir: Path, output: Path, options: tuple[str, ...], env: dict[str, str]
) -> subprocess.Popen[bytes]:
    listen = [] if "--listen" in options else ["--listen", f"127.0.0.1:{free_port()}"]
    command = storesync("--data-dir", str(data_dir), "serve", "--database", url, *listen, *options)
    with output.open("ab") as sink:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT)


def served(
    process: subprocess.Popen[bytes], output: Path, data_dir: Path, env: dict[str, str]
) -> ServeProcess:
    """The running server as its first lines describe it (where it listens), with its token."""
    text = output.read_text(errors="replace")
    assert process.poll() is None, text
    port = int(text.split("API server on ", 1)[1].split()[0].rsplit(":", 1)[1])
    directory = env.get("CREDENTIALS_DIRECTORY")
    token_file = Path(directory) / "control-token" if directory else data_dir / "control-token"
    return ServeProcess(process, port, token_file.read_text(encoding="utf-8").strip(), output)


@asynccontextmanager
async def api_server(
    url: str, data_dir: Path, output: Path, *options: str, env: dict[str, str] | None = None
) -> AsyncIterator[ServeProcess]:
    """`storesync serve` on a free loopback port (unless `options` say where), until it listens; the
    token is the one it wrote to its data folder, or the credentials directory's (`env`)."""
    environment = env or child_env()
    process = start_serve(url, data_dir, output, options, environment)
    try:
        await poll(
            lambda: process.poll() is not None or "API server on" in output.read_text(errors="replace"),
            seconds=DEADLINE,
            what="`storesync serve` to listen",
        )
        yield served(process, output, data_dir, environment)
    finally:
        if process.poll() is None:
            process.terminate()
        await asyncio.to_thread(process.wait, 30)


def self_signed_certificate(folder: Path, names: tuple[str, ...] = ("localhost",)) -> tuple[Path, Path]:
    """A certificate for `names` and 127.0.0.1, signed by its own key: (certificate file, key file)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    now = datetime.now(UTC)
    alternative = [x509.DNSName(name) for name in names] + [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName(alternative), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    certificate_file, key_file = folder / "server.pem", folder / "server.key"
    certificate_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_file.chmod(0o600)
    return certificate_file, key_file

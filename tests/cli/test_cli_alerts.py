"""`storesync alerts` in a child process: thresholds and quiet hours saved, bad values refused with
exit 2, a webhook URL piped in goes to the keychain and the test reaches a loopback receiver, and a
test that cannot be sent is one line with exit 1."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from tests.alerts.servers import WebhookReceiver
from tests.cli.process import run_cli


@pytest.fixture
async def webhook() -> AsyncIterator[WebhookReceiver]:
    receiver = WebhookReceiver()
    await receiver.start()
    yield receiver
    await receiver.stop()


def test_thresholds_and_quiet_hours_are_saved_and_shown(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    done = run_cli(
        "--data-dir",
        data,
        "alerts",
        "set",
        "--warn-after",
        "2",
        "--pause-after",
        "6",
        "--stale-after-hours",
        "12",
        "--quiet-hours",
        "22:00-7:30",
    )
    assert done.code == 0, done.err
    shown = run_cli("--data-dir", data, "alerts", "show", "--json")
    settings = json.loads(shown.out)["settings"]
    assert (settings["warn_after_failures"], settings["pause_after_failures"]) == (2, 6)
    assert settings["stale_after_hours"] == 12
    assert (settings["quiet_hours_start"], settings["quiet_hours_end"]) == ("22:00", "07:30")
    text = run_cli("--data-dir", data, "alerts", "show").out
    assert "Warn after 2 failed runs in a row; pause a job after 6." in text
    assert "Email: off, no SMTP server set, no recipient set; " in text
    assert run_cli("--data-dir", data, "alerts", "set", "--warn-after", "1", "--pause-after", "0").code == 0
    text = run_cli("--data-dir", data, "alerts", "show").out
    assert "Warn after 1 failed run in a row; never pause a job." in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["set", "--pause-after", "-1"], "pause_after_failures must be 0 (never) or more"),
        (["set", "--quiet-hours", "25:00-07:00"], "'25:00' is not a time like 22:00"),
        (["email", "--events", "failure,bogus"], "Unknown alert event 'bogus'"),
        (["email", "--port", "70000"], "alert_email_port 70000 is not a port number"),
    ],
)
def test_bad_values_are_refused_with_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    done = run_cli("--data-dir", str(tmp_path / "data"), "alerts", *args)
    assert done.code == 2
    assert message in done.err and done.err.count("\n") == 1


def test_a_test_that_cannot_be_sent_is_one_line_with_exit_1(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert run_cli("--data-dir", data, "alerts", "email", "--host", "127.0.0.1").code == 0
    done = run_cli("--data-dir", data, "alerts", "test", "email")
    assert done.code == 1
    assert done.err.count("\n") == 1
    assert done.err.startswith("storesync: The test email was not sent: Email alerts are not set up: ")
    assert done.err.endswith("no recipient address is set.\n")


async def test_a_piped_webhook_url_is_kept_in_the_keychain_and_the_test_arrives(
    tmp_path: Path, webhook: WebhookReceiver, secret_service: KeyringBackend
) -> None:
    data = str(tmp_path / "data")
    saved = await asyncio.to_thread(
        run_cli,
        "--data-dir",
        data,
        "alerts",
        "webhook",
        "--on",
        "--format",
        "slack",
        "--url",
        stdin=webhook.url + "\n",
    )
    assert saved.code == 0, saved.err
    assert saved.out == "Saved webhook on, webhook format slack, webhook URL.\n" and "T0KEN" not in saved.out
    sent = await asyncio.to_thread(run_cli, "--data-dir", data, "alerts", "test", "webhook")
    assert sent.code == 0, sent.err
    assert sent.out == "Sent a test webhook alert.\n"
    shown = await asyncio.to_thread(run_cli, "--data-dir", data, "alerts", "show", "--json")
    assert json.loads(shown.out)["secrets_saved"] == {"smtp_password": False, "webhook_url": True}
    assert [set(body) for body in webhook.bodies] == [{"text"}]
    shown = await asyncio.to_thread(run_cli, "--data-dir", data, "alerts", "show")
    [delivery] = [line for line in shown.out.splitlines() if line.startswith("Last webhook delivery")]
    assert re.fullmatch(r"Last webhook delivery \(\d\d:\d\d \(\d+ s ago\)\): worked", delivery), delivery

    def database_files() -> bytes:
        return b"".join(path.read_bytes() for path in (tmp_path / "data").glob("storesync.sqlite3*"))

    assert b"T0KEN" not in await asyncio.to_thread(database_files)


@pytest.mark.parametrize("url", ["http://10.1.2.3/hook", "ftp://127.0.0.1/x", "not a url"])
def test_a_webhook_url_it_would_not_post_to_is_refused_and_nothing_changes(tmp_path: Path, url: str) -> None:
    """It was saved, and the channel switched on, to fail only at the first alert."""
    data = str(tmp_path / "data")
    done = run_cli(
        "--data-dir", data, "alerts", "webhook", "--on", "--events", "failure", "--url", stdin=url + "\n"
    )
    assert done.code != 0 and done.err.count("\n") == 1, done
    assert "The webhook URL" in done.err and url not in done.err
    settings = json.loads(run_cli("--data-dir", data, "alerts", "show", "--json").out)["settings"]
    assert settings["alert_webhook_enabled"] is False
    assert settings["alert_webhook_events"] != ["failure"]


def test_a_channel_switched_on_without_its_secret_is_saved_with_a_warning(tmp_path: Path) -> None:
    done = run_cli("--data-dir", str(tmp_path / "data"), "alerts", "webhook", "--on")
    assert done.code == 0, done.err
    assert done.out == "Saved webhook on.\n"  # the setting's key before
    assert done.err.startswith("storesync: webhook alerts are on but cannot be sent: ")
    assert done.err.endswith("(storesync alerts webhook --url)\n") and done.err.count("\n") == 1
    off = run_cli("--data-dir", str(tmp_path / "data"), "alerts", "webhook", "--off")
    assert (off.code, off.out, off.err) == (0, "Saved webhook off.\n", "")  # was 'Saved webhook enabled.'

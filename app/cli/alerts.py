"""`storesync alerts show|set|email|webhook|test`: the failure warning and auto-pause, the stale age,
and alerts by email and webhook, as in the Settings dialog's Alerts tab. The SMTP password and the
webhook URL are asked for without echo (or read from a pipe) and go to the keychain, never to argv."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from typing import Any

from app.cli.common import EXIT_OK, CommandFailed, UsageError
from app.cli.local_instance import instance_or_local
from app.cli.report import when
from app.core.alert_settings import SECURITY_MODES, SMTP_PASSWORD, WEBHOOK_FORMATS, WEBHOOK_URL
from app.core.wording import counted


def add_alerts_parser(commands: Any) -> None:
    alerts = commands.add_parser(
        "alerts", help="failure warnings, auto-pause, stale data, email and webhook alerts"
    )
    actions = alerts.add_subparsers(dest="action", metavar="action", required=True)
    show = actions.add_parser("show", help="the alert settings and how the last deliveries went")
    show.add_argument("--json", action="store_true", help="machine-readable output")

    limits = actions.add_parser("set", help="when to warn, pause and call data stale; quiet hours")
    limits.add_argument(
        "--warn-after", type=int, metavar="N", help="warn after N failed runs in a row (0: never)"
    )
    limits.add_argument(
        "--pause-after", type=int, metavar="M", help="pause a job after M failed runs in a row (0: never)"
    )
    limits.add_argument(
        "--stale-after-hours", type=float, metavar="H", help="a store's data is stale after H hours"
    )
    limits.add_argument(
        "--quiet-hours", metavar="HH:MM-HH:MM|off", help="no alerts in this time (may wrap midnight)"
    )

    email = actions.add_parser("email", help="set up email alerts (SMTP)")
    _switch(email)
    email.add_argument("--host", help="the SMTP server")
    email.add_argument("--port", type=int, help="587 for STARTTLS, 465 for TLS")
    email.add_argument("--security", choices=SECURITY_MODES)
    email.add_argument("--user", help="the SMTP user name")
    email.add_argument("--from", dest="sender", metavar="ADDRESS", help="the sender address")
    email.add_argument("--to", metavar="ADDRESSES", help="recipients, separated by commas")
    email.add_argument(
        "--events",
        metavar="LIST",
        help="which events: failure,recovery,paused,attention,low_stock,stale or all",
    )
    email.add_argument(
        "--password", action="store_true", help="ask for the SMTP password (or read it from a pipe)"
    )

    webhook = actions.add_parser("webhook", help="set up webhook alerts (JSON POST)")
    _switch(webhook)
    webhook.add_argument(
        "--format", choices=WEBHOOK_FORMATS, help="StoreSync's JSON or a Slack-compatible body"
    )
    webhook.add_argument("--events", metavar="LIST", help="which events (as for email)")
    webhook.add_argument(
        "--url", action="store_true", help="ask for the webhook URL (or read it from a pipe)"
    )

    test = actions.add_parser("test", help="send a test alert now")
    test.add_argument("channel", choices=("email", "webhook"))


def _switch(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--on", dest="enabled", action="store_const", const=True, help="send alerts this way")
    group.add_argument(
        "--off", dest="enabled", action="store_const", const=False, help="stop sending this way"
    )


def alerts(args: argparse.Namespace) -> int:
    return asyncio.run(_alerts(args))


async def _alerts(args: argparse.Namespace) -> int:
    secret = _ask_secret(args)  # before the services start: a prompt must not hold the database
    async with instance_or_local(args) as instance:
        if args.action == "show":
            _show(await instance.alerts(), args.json)
        elif args.action == "test":
            sent = await instance.test_alert(args.channel)
            if not sent["ok"]:
                raise CommandFailed(f"The test {args.channel} was not sent: {sent['message']}")
            print(f"Sent a test {args.channel} alert.")
        else:
            changes = _changes(args)
            saved = (await instance.change_alerts(changes, dict([secret]) if secret else {}))["saved"]
            said = [_saved_words(key, changes.get(key)) for key in saved]
            print(f"Saved {', '.join(said)}." if saved else "Nothing to change.")
            for warning in _unusable_channels(await instance.alerts()):
                print(f"storesync: {warning}", file=sys.stderr)
    return EXIT_OK


def _setting_words(key: str) -> str:
    """ "alert_webhook_enabled" -> "webhook enabled", "smtp_password" -> "SMTP password"."""
    words = key.removeprefix("alert_").replace("_", " ")
    return words.replace("smtp", "SMTP").replace(" url", " URL")


def _saved_words(key: str, value: Any) -> str:
    """A saved setting with its new value: "webhook off", "warn after failures 1"; a secret by name."""
    words = _setting_words(key)
    if key in (SMTP_PASSWORD, WEBHOOK_URL):
        return words
    if key.endswith("_enabled"):
        return f"{words.removesuffix(' enabled')} {'on' if value else 'off'}"
    if isinstance(value, list):
        value = ", ".join(map(str, value)) or "none"
    return f"{words} {value if value not in (None, '') else 'none'}"


def _unusable_channels(document: dict[str, Any]) -> list[str]:
    """Each channel that is on but cannot send, for want of its secret."""
    values, saved = document["settings"], document["secrets_saved"]
    place = document.get("secrets_in") or "keychain"
    why = document.get("secrets_problem")
    found = []
    if values["alert_webhook_enabled"] and saved[WEBHOOK_URL] is not True:
        reason = why if saved[WEBHOOK_URL] is None and why else f"no URL is saved in the {place}"
        found.append(f"webhook alerts are on but cannot be sent: {reason} (storesync alerts webhook --url)")
    if values["alert_email_enabled"] and values["alert_email_username"] and saved[SMTP_PASSWORD] is not True:
        reason = why if saved[SMTP_PASSWORD] is None and why else f"no password is saved in the {place}"
        found.append(f"email alerts are on but cannot be sent: {reason} (storesync alerts email --password)")
    return found


def _ask_secret(args: argparse.Namespace) -> tuple[str, str] | None:
    field, label = {
        "email": (SMTP_PASSWORD, "SMTP password") if getattr(args, "password", False) else (None, ""),
        "webhook": (WEBHOOK_URL, "Webhook URL") if getattr(args, "url", False) else (None, ""),
    }.get(args.action, (None, ""))
    if field is None:
        return None
    value = (
        getpass.getpass(f"{label} (not shown): ")
        if sys.stdin.isatty()
        else sys.stdin.readline().rstrip("\r\n")
    )
    if not value:
        raise UsageError(f"the {label} is empty; type it when asked or pipe it in")
    return field, value


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if args.action == "set":
        for option, key in (
            ("warn_after", "warn_after_failures"),
            ("pause_after", "pause_after_failures"),
            ("stale_after_hours", "stale_after_hours"),
        ):
            if getattr(args, option) is not None:
                found[key] = getattr(args, option)
        if args.quiet_hours is not None:
            found.update(_quiet_hours(args.quiet_hours))
        return found
    prefix = f"alert_{args.action}_"
    if args.enabled is not None:
        found[prefix + "enabled"] = args.enabled
    if args.events is not None:
        found[prefix + "events"] = args.events  # a comma-separated list, checked where it is saved
    if args.action == "email":
        for option, key in (
            ("host", "host"),
            ("port", "port"),
            ("security", "security"),
            ("user", "username"),
            ("sender", "from"),
            ("to", "to"),
        ):
            value = getattr(args, option)
            if value is not None:
                found[prefix + key] = value
    elif args.format is not None:
        found[prefix + "format"] = args.format
    return found


def _quiet_hours(text: str) -> dict[str, Any]:
    if text.strip().lower() == "off":
        return {"quiet_hours_start": None, "quiet_hours_end": None}
    start, sep, end = text.partition("-")
    if not sep:
        raise UsageError("--quiet-hours takes HH:MM-HH:MM (for example 22:00-07:00) or off")
    return {"quiet_hours_start": start, "quiet_hours_end": end}


def _show(document: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return
    values, saved, status = document["settings"], document["secrets_saved"], document["last_delivery"]
    place = document.get("secrets_in") or "keychain"
    words = {True: f"saved in the {place}", False: "not set", None: "unknown (see below)"}
    quiet = (
        f"{values['quiet_hours_start']}-{values['quiet_hours_end']}"
        if values["quiet_hours_start"] and values["quiet_hours_end"]
        else "none"
    )
    v = values
    email_on = "on" if v["alert_email_enabled"] else "off"
    webhook_on = "on" if v["alert_webhook_enabled"] else "off"
    host = v["alert_email_host"]
    server = f"{host}:{v['alert_email_port']} ({v['alert_email_security']})" if host else "no SMTP server set"
    to = f"to {v['alert_email_to']}" if v["alert_email_to"] else "no recipient set"
    warn, pause = int(v["warn_after_failures"] or 0), int(v["pause_after_failures"] or 0)
    lines = [
        (f"Warn after {counted(warn, 'failed run')} in a row" if warn else "Never warn of failed runs")
        + (f"; pause a job after {pause}." if pause else "; never pause a job."),
        f"A store's data is stale after {v['stale_after_hours']:g} hours. Quiet hours: {quiet}.",
        f"Email: {email_on}, {server}, {to}; "
        f"events: {', '.join(v['alert_email_events']) or 'none'}; password {words[saved[SMTP_PASSWORD]]}.",
        f"Webhook: {webhook_on}, {v['alert_webhook_format']} body; "
        f"events: {', '.join(v['alert_webhook_events']) or 'none'}; URL {words[saved[WEBHOOK_URL]]}.",
    ]
    if None in (saved[SMTP_PASSWORD], saved[WEBHOOK_URL]):
        lines.append(f"Alert secrets: {document.get('secrets_problem') or f'no working {place}'}")
    for channel in ("email", "webhook"):
        entry = status.get(channel)
        if isinstance(entry, dict):
            outcome = "worked" if entry.get("ok") else f"failed: {entry.get('message')}"
            at = entry.get("at")
            lines.append(
                f"Last {channel} delivery ({when(at) if isinstance(at, str) else 'unknown'}): {outcome}"
            )
    print("\n".join(lines))

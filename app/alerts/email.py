"""One alert email over SMTP: STARTTLS on 587 or implicit TLS on 465, certificates verified, login
when a user name is set. Blocking (smtplib), so the dispatcher runs it on a worker thread."""

from __future__ import annotations

import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from app.alerts.channels import EmailSettings
from app.core.alert_text import AlertMessage
from app.core.errors import ConfigError, StoreSyncError

TIMEOUT_SECONDS = 20.0


def compose(settings: EmailSettings, message: AlertMessage) -> EmailMessage:
    email = EmailMessage()
    email["Subject"] = f"StoreSync: {message.subject}"
    email["From"] = settings.sender or settings.username
    email["To"] = ", ".join(settings.recipients)
    email["Date"] = formatdate(localtime=True)
    email["Message-ID"] = make_msgid(domain="storesync.local")
    email.set_content(f"{message.subject}\n\n{message.text}\n\nAt {message.fields['at']}.\n-- \nStoreSync\n")
    return email


def send_email(
    settings: EmailSettings, password: str | None, message: AlertMessage, *, kept_in: str = "keychain"
) -> None:
    """Raises StoreSyncError with one plain line when the server cannot be reached or refuses.
    `kept_in`: where the password is kept (the keychain, a server's credentials directory)."""
    problem = settings.problem()
    if problem is not None:
        raise ConfigError(f"Email alerts are not set up: {problem}.")
    if settings.username and not password:
        raise ConfigError(f"Email alerts are not set up: the SMTP password is not in the {kept_in}.")
    context = ssl.create_default_context()
    where = f"{settings.host}:{settings.port}"
    try:
        if settings.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=TIMEOUT_SECONDS, context=context
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
        with client:
            if settings.security == "starttls":
                client.starttls(context=context)
            if settings.username:
                assert password is not None
                client.login(settings.username, password)
            client.send_message(compose(settings, message))
    except smtplib.SMTPAuthenticationError as error:
        raise StoreSyncError(
            f"The mail server {where} refused the user name or password ({error.smtp_code})."
        ) from error
    except smtplib.SMTPNotSupportedError as error:
        raise StoreSyncError(
            f"The mail server {where} does not offer STARTTLS; try TLS on port 465."
        ) from error
    except ssl.SSLCertVerificationError as error:
        raise StoreSyncError(
            f"The mail server {where} has a certificate that cannot be trusted: {error.verify_message}."
        ) from error
    except ssl.SSLError as error:
        raise StoreSyncError(
            f"TLS with the mail server {where} failed ({error.reason}); check the security mode and port."
        ) from error
    except smtplib.SMTPRecipientsRefused as error:
        refused = ", ".join(error.recipients)
        raise StoreSyncError(f"The mail server {where} refused the recipients: {refused}.") from error
    except smtplib.SMTPResponseException as error:
        raise StoreSyncError(
            f"The mail server {where} answered {error.smtp_code}: {_text(error.smtp_error)}."
        ) from error
    except (smtplib.SMTPException, OSError) as error:
        raise StoreSyncError(f"Could not send email through {where}: {_unreachable(error)}.") from error


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _unreachable(error: BaseException) -> str:
    """Why the mail server could not be used, in words rather than the system's error numbers."""
    if isinstance(error, socket.timeout | TimeoutError):
        return "it did not answer in time"
    if isinstance(error, ConnectionRefusedError):
        return "nothing answers at that address and port"
    if isinstance(error, socket.gaierror):
        return "no computer of that name was found"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror[:1].lower() + error.strerror[1:]
    return str(error) or type(error).__name__

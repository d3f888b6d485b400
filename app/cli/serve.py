"""`storesync serve`: the control API over a server's PostgreSQL database, for the window's console
(File -> Connect to server) and the command line, beside the workers (README, "Running StoreSync on a
server"). Loopback by default; any other address only with TLS."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, UsageError, on_stop_signals
from app.cli.migrate import database_url
from app.cli.worker import log_to_stderr
from app.control.token_file import SERVER_PORT, SERVER_TOKEN_NAME
from app.storage.credentials_directory import credentials_directory
from app.storage.paths import resolve_data_dir


def add_serve_parser(commands: Any) -> None:
    serve = commands.add_parser(
        "serve",
        help="serve the control API over a PostgreSQL server's database (server mode); runs no sync itself",
        epilog="The server's URL comes from --database or STORESYNC_DATABASE_URL. The token is read from "
        f"$CREDENTIALS_DIRECTORY/{SERVER_TOKEN_NAME} (systemd's LoadCredential=) when there is one; "
        f"otherwise a new one is written to {SERVER_TOKEN_NAME} in the data folder (its path is logged, "
        "never the token).",
    )
    serve.add_argument("--database", metavar="postgresql://...", help="the server's database")
    serve.add_argument(
        "--listen",
        metavar="HOST:PORT",
        default=f"127.0.0.1:{SERVER_PORT}",
        help=f"where to listen (default 127.0.0.1:{SERVER_PORT}); an address other than loopback needs TLS",
    )
    serve.add_argument("--tls-cert", metavar="FILE", help="the server's certificate (PEM)")
    serve.add_argument("--tls-key", metavar="FILE", help="the certificate's private key (PEM)")
    serve.add_argument(
        "--credentials-dir",
        metavar="DIR",
        help="one owner-only file per secret: the stores' (for connection tests and previews) and the "
        "alerts' SMTP password and webhook URL",
    )


def parse_listen(text: str) -> tuple[str, int]:
    """`HOST:PORT`, `:PORT` (loopback) or `[v6]:PORT` as a host and a port."""
    host, separator, port_text = text.strip().rpartition(":")
    if not separator or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise UsageError(f"--listen takes HOST:PORT, such as 0.0.0.0:8443 (not {text!r})")
    host = host.strip("[]") or "127.0.0.1"
    return host, int(port_text)


def serve(args: argparse.Namespace) -> int:
    from app.api_server import ApiServer, ServeOptions

    host, port = parse_listen(args.listen)
    options = ServeOptions(
        url=database_url(args.database),
        data_dir=resolve_data_dir(args.data_dir),
        host=host,
        port=port,
        tls_cert=Path(args.tls_cert).expanduser() if args.tls_cert else None,
        tls_key=Path(args.tls_key).expanduser() if args.tls_key else None,
        credentials_dir=credentials_directory(args.credentials_dir),
    )
    if options.credentials_dir is not None and not options.credentials_dir.is_dir():
        raise UsageError(f"the credentials directory {options.credentials_dir} does not exist")
    log_to_stderr(debug=args.debug)

    async def main() -> None:
        stop = asyncio.Event()
        on_stop_signals(stop.set)
        server = ApiServer(options)
        await server.start()
        try:
            await stop.wait()
        finally:
            await server.stop()

    asyncio.run(main())
    return EXIT_OK

"""Runs last: no secret the suite handed to the app — nor its URL-encoded or base64 form — may appear
in any file the tests left behind: logs, database files (with -wal), backups, exports, configs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.redaction import REDACTOR
from app.storage.paths import database_file
from tests.known_secrets import (
    IMPORT_BACKUP_NAME,
    IMPORT_EXPORT_NAME,
    IMPORTED_SECRET,
    KNOWN_TEST_SECRETS,
    encoded_forms,
)

# Shorter forms would also match ordinary words and ids in unrelated files.
MIN_SCANNED_LENGTH = 8
# Test inputs the suite writes on purpose (fixtures it builds to feed the app) are not app output.
INPUT_SUFFIXES = {".py", ".pyc", ".gz"}


def _needles() -> dict[bytes, str]:
    forms = set(REDACTOR.known_forms())
    for secret in KNOWN_TEST_SECRETS:
        forms |= encoded_forms(secret)
    return {form.encode(): form for form in forms if len(form) >= MIN_SCANNED_LENGTH}


def _files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file() and path.suffix not in INPUT_SUFFIXES]


def test_no_secret_in_any_file_the_suite_produced(
    tmp_path_factory: pytest.TempPathFactory, throwaway_home: Path
) -> None:
    needles = _needles()
    assert needles, "the suite registered no secret at all, so this scan would prove nothing"
    roots = [tmp_path_factory.getbasetemp(), throwaway_home]
    leaks = []
    scanned = 0
    for root in roots:
        for path in _files(root):
            data = path.read_bytes()
            scanned += 1
            leaks += [f"{path}: {form[:4]}…" for needle, form in needles.items() if needle in data]
    assert scanned > 0
    assert leaks == []


def test_the_scan_covered_an_imported_config_and_the_backup_and_export_made_after_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The files of tests/integration/test_secrets_never_in_the_database.py are among those scanned
    above: the database a `config import` carrying IMPORTED_SECRET went into, a backup and an export."""
    if os.environ.get("STORESYNC_TEST_SECRET_SERVICE") != "1":
        pytest.skip("the import needs the real Secret Service (.ci/test.sh)")
    assert IMPORTED_SECRET in KNOWN_TEST_SECRETS
    root = tmp_path_factory.getbasetemp()
    for name in (IMPORT_BACKUP_NAME, IMPORT_EXPORT_NAME):
        [made] = list(root.rglob(name))
        assert database_file(made.parent / "data").is_file()


def test_the_scan_finds_a_planted_secret(tmp_path: Path) -> None:
    """The scan above must be able to fail: a planted base64 secret is found."""
    secret = KNOWN_TEST_SECRETS[0]
    planted = tmp_path / "planted.log"
    planted.write_bytes(b"noise " + min(encoded_forms(secret), key=len).encode() + b" noise")
    needles = _needles()
    try:
        assert any(needle in planted.read_bytes() for needle in needles)
    finally:
        planted.unlink()

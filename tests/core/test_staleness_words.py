"""How old a store's last read is, in the words the stale alert, the status and the tray use."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.core.staleness import age_words


@pytest.mark.parametrize(
    ("age", "words"),
    [
        (timedelta(seconds=20), "1 minute"),
        (timedelta(seconds=90), "2 minutes"),  # read 90 s before: it said "1 hours"
        (timedelta(minutes=59), "59 minutes"),
        (timedelta(minutes=59, seconds=45), "1 hour"),  # not "60 minutes"
        (timedelta(minutes=61), "1 hour"),
        (timedelta(hours=30), "30 hours"),
        (timedelta(hours=50), "2 days"),
    ],
)
def test_an_age_is_said_in_the_unit_that_fits_it(age: timedelta, words: str) -> None:
    assert age_words(age) == words

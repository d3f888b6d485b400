"""Fixtures for connector unit tests: an HTTP policy whose waits are recorded instead of slept."""

from __future__ import annotations

import pytest

from app.connectors.http import HttpPolicy
from app.connectors.policy import RetryPolicy


class RecordedSleeps(list[float]):
    """The waits the retry policy asked for, in order; nothing is actually slept."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> RecordedSleeps:
    return RecordedSleeps()


@pytest.fixture
def policy(sleeps: RecordedSleeps) -> HttpPolicy:
    return HttpPolicy(retry=RetryPolicy(attempts=4, base_delay=1.0, sleep=sleeps, jitter=lambda: 0.5))

"""Full collections wait while syncs run (they held the loop 50-100 ms each) and come back after."""

from __future__ import annotations

import gc

from app.sync.collector import FullCollectionDeferral


def test_full_collections_wait_until_the_last_overlapping_sync_ends() -> None:
    before = gc.get_threshold()
    deferral = FullCollectionDeferral()
    try:
        with deferral.during_sync():
            assert gc.get_threshold()[:2] == before[:2]
            assert gc.get_threshold()[2] > 1_000_000
            with deferral.during_sync():
                assert deferral.active
            assert gc.get_threshold()[2] > 1_000_000, "the first sync still runs"
        assert not deferral.active
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*before)


def test_a_failing_sync_restores_the_collector() -> None:
    before = gc.get_threshold()
    deferral = FullCollectionDeferral()
    try:
        with deferral.during_sync():
            raise RuntimeError("the store went away")
    except RuntimeError:
        pass
    finally:
        restored = gc.get_threshold()
        gc.set_threshold(*before)
    assert restored == before

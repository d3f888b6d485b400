"""Benchmarks run on demand (`python -m bench <command> --json`), never part of the test suite."""

"""Server mode's worker (DESIGN.md §6): the engine run from procrastinate's PostgreSQL task queue, so any
number of `storesync worker` processes on any machines share the stores' schedules."""

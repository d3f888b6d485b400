"""What the window, the command line and the control API do to stores, jobs and runs, in one set of
words: each operation validates its input (raising app.core.errors.InvalidRequest with the sentence
every caller shows), changes things through the core ports, and describes the result as plain data."""

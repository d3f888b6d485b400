"""Plain-Python domain: data classes, events, errors, ports and schedule specs (stdlib only)."""

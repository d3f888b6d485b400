"""Alerts that reach a merchant away from the desktop: email over SMTP and webhooks (JSON POST).

What is news comes from app.core.alert_policy, shared with the desktop notifications; this package
only delivers, off the event loop's critical path, and never fails a run.
"""

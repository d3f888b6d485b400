"""Store connectors: one HTTP policy (policy.py, http.py), the response guard (guard.py), paginators,
the HttpConnector base, one module per platform, and the registry that builds them by platform."""

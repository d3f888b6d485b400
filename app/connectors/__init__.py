"""Store connectors: one HTTP policy (policy.py, http.py), an answer's body read and parsed under its
caps (answer_body.py), a record's fields read and checked (record_fields.py), paginators, the
HttpConnector base, one module per platform, and the registry that builds them by platform."""

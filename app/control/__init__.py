"""The control API of the running instance (HTTP/JSON on loopback, one token file) and its client."""

"""StoreSync: keeps several online stores' stock and orders in step from the desktop."""

from importlib import metadata as _metadata


def _read_version() -> str:
    """The one version number lives in pyproject.toml; installed metadata or the file itself tell it."""
    try:
        return _metadata.version("storesync")
    except _metadata.PackageNotFoundError:
        pass
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        with pyproject.open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0.0.0"


__version__ = _read_version()

"""The Premium Support service: an HTTP JSON API over SQLite or PostgreSQL."""

from importlib import metadata

# One version for client and service: pyproject's, from the installed metadata (which the
# frozen bundle carries as well).
try:
    __version__ = metadata.version("premium-support-desk")
except metadata.PackageNotFoundError:  # a tree that was never installed
    __version__ = "0+unknown"

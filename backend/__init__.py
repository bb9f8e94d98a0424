"""The Premium Support service: an HTTP JSON API over SQLite or PostgreSQL."""

__version__ = "0.1.0"

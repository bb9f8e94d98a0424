"""The client's local store: one SQLite file per account and server (no Qt)."""

"""The HTTP client of the Premium Support API (no Qt)."""

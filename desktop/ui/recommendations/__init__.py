"""Recommendations (R19): what to read, watch or learn next."""

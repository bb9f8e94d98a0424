"""The rules of DOMAIN.md as plain Python: no FastAPI, no database sessions."""

"""Premium Support Desk: the desktop client for team admins."""

__version__ = "0.1.0"

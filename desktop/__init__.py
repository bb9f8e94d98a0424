"""Premium Support Desk: the desktop client for team admins."""

from desktop.version import version as _version

__version__ = _version()

"""The HTTP client of the Premium Support API (no Qt)."""

import sys

# httpx imports its command-line tool whenever click, rich and pygments are installed
# (they are in a developer's environment): ~50 ms of every start for nothing the app
# uses. Without the module httpx falls back to a stub; the client itself is unchanged.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

"""Who is asking, as the read pages need it: the id, the team and the role.

The ticket list and the ticket page decide what a caller may see from these three
alone. A ``User`` row has them; so has ``callers.Caller``, the remembered caller that
the lean read path (``backend/api/lean_reads.py``) uses without building an ORM
object per request.
"""

from __future__ import annotations

from typing import Protocol


class Viewer(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def team_id(self) -> str | None: ...

    @property
    def role(self) -> str: ...

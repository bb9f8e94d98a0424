"""insights rollups counted again: a ticket solved before its first response was due is not late

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 07:00:00

A ticket solved with no response from support (a callback cancelled, the admin's own
fix) turned "breached" once its due time passed, long after it was solved: the rollups
counted it as unanswered, and insights as late. Now it is late only if it was solved
after the response was due; solved in time, it is counted neither in time nor late
(``rollups._daily``; docs/rules.md, "In time"). The tables are rebuilt with the
service's own ``rollups.rebuild``, as 0013 says a change to what they count does.
"""

from __future__ import annotations

from alembic import op

from backend.db import rollups

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    rollups.rebuild(op.get_bind())


def downgrade() -> None:
    # The earlier counting is gone with its code; the tables stay as the current
    # code counts them (a later `rebuild-rollups` with the earlier code restores it).
    pass

"""ticket satisfaction: the admin's good/bad rating of a solved ticket

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 23:00:00

Columns on ``ticket`` rather than a table of their own: a ticket has at most
one rating (it can be changed until the ticket is closed), and the ticket's
page reads it in the same row. The index answers insights' count of the
tickets rated in a period.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.add_column(sa.Column("satisfaction_rating", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("satisfaction_comment", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("satisfaction_rated_at", sa.DateTime(timezone=True), nullable=True)
        )
    op.create_index(
        "ix_ticket_team_rated", "ticket", ["team_id", "satisfaction_rated_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_ticket_team_rated", table_name="ticket")
    # Not batch mode: on SQLite it copies the table and drops the old one, which the
    # messages' foreign keys refuse once there are tickets; SQLite (3.35+) drops a column
    # in place, as PostgreSQL does.
    for column in ("satisfaction_rated_at", "satisfaction_comment", "satisfaction_rating"):
        op.drop_column("ticket", column)

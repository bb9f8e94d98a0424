"""ticket followers: teammates an admin added to a ticket (issue 21)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 01:30:00

A table of its own, one row per (ticket, user): a ticket has any number of
followers, each added once by someone. The user index answers "which tickets
does this user follow". A new table only, so the downgrade drops it whole: no
column of ``ticket`` changes, and SQLite never has to copy the ticket table
(which the messages' foreign keys refuse once there are tickets; see 0015).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ticket_followers",
        sa.Column("ticket_id", sa.String(length=40), nullable=False),
        sa.Column("user_id", sa.String(length=40), nullable=False),
        sa.Column("added_by_id", sa.String(length=40), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_ticket_followers_ticket_id_ticket")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_ticket_followers_user_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["added_by_id"],
            ["user_account.id"],
            name=op.f("fk_ticket_followers_added_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("ticket_id", "user_id", name=op.f("pk_ticket_followers")),
    )
    op.create_index("ix_ticket_followers_user", "ticket_followers", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_ticket_followers_user", table_name="ticket_followers")
    op.drop_table("ticket_followers")

"""insights indexes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 21:16:57.968428
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_team_created", ["team_id", "created_at"], unique=False)
        batch_op.create_index("ix_ticket_team_solved", ["team_id", "solved_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_team_solved")
        batch_op.drop_index("ix_ticket_team_created")

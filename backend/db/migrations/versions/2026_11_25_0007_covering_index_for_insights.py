"""covering index for insights

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 21:24:26.583320
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_team_created"))
        batch_op.create_index(
            "ix_ticket_team_created",
            [
                "team_id",
                "created_at",
                "category",
                "product",
                "first_responded_at",
                "first_response_due_at",
            ],
            unique=False,
        )
        batch_op.create_index("ix_ticket_team_status", ["team_id", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_team_status")
        batch_op.drop_index("ix_ticket_team_created")
        batch_op.create_index(
            batch_op.f("ix_ticket_team_created"), ["team_id", "created_at"], unique=False
        )

"""recommendation feedback

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26 02:58:20.477290
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recommendation_feedback",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("user_id", sa.String(length=40), nullable=False),
        sa.Column("item_key", sa.String(length=120), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_recommendation_feedback_user_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_feedback")),
        sa.UniqueConstraint("user_id", "item_key", name=op.f("uq_recommendation_feedback_user_id")),
    )


def downgrade() -> None:
    op.drop_table("recommendation_feedback")

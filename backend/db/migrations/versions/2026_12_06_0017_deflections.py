"""deflections: questions a help-centre article answered before they became tickets

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 01:50:00

A table of its own (one row per "This answered my question"), read by insights
per team and period through ix_deflection_team_created.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deflection",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("team_id", sa.String(length=40), nullable=False),
        sa.Column("user_id", sa.String(length=40), nullable=False),
        sa.Column("article_key", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_deflection_team_id_team")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_deflection_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deflection")),
    )
    op.create_index(
        "ix_deflection_team_created", "deflection", ["team_id", "created_at"], unique=False
    )


def downgrade() -> None:
    # Nothing refers to this table, so dropping it works with rows in it on SQLite too.
    op.drop_index("ix_deflection_team_created", table_name="deflection")
    op.drop_table("deflection")

"""consultation bookings

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 01:55:29.506020
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consultation_booking",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("team_id", sa.String(length=40), nullable=False),
        sa.Column("product", sa.String(length=16), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("booked_by", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["booked_by"],
            ["user_account.id"],
            name=op.f("fk_consultation_booking_booked_by_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_consultation_booking_team_id_team")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_booking")),
        sa.UniqueConstraint("starts_at", name=op.f("uq_consultation_booking_starts_at")),
        sa.UniqueConstraint("team_id", "product", name=op.f("uq_consultation_booking_team_id")),
    )


def downgrade() -> None:
    op.drop_table("consultation_booking")

"""addon next tier, team billing anchor day

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 13:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing rows: no scheduled tier change; the anchor is recovered
    # from the period's days at the first renewal (billing.recovered_anchor_day).
    with op.batch_alter_table("addon") as batch:
        batch.add_column(sa.Column("next_tier", sa.String(length=16), nullable=True))
    with op.batch_alter_table("team") as batch:
        batch.add_column(sa.Column("billing_anchor_day", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("team") as batch:
        batch.drop_column("billing_anchor_day")
    with op.batch_alter_table("addon") as batch:
        batch.drop_column("next_tier")

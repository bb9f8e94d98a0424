"""insights rollups: per team and UTC day, counted as tickets are written (R20)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 19:00:00

Also two partial indexes on tickets for what a day's rollup cannot answer:
which answered tickets sit in the median's response-time bucket, and which
unanswered ones are not due yet (so not breached *now*). Their expressions
differ per database, so they live here rather than in the models.

The tables are filled with the service's own ``rollups.rebuild``: one
definition of what a ticket counts for. A later change to these tables ships a
migration of its own that rebuilds them again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backend.db import rollups

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

RESPONSE_INDEX = {
    # The expression must read as rollups.response_order does, for the planner to match it.
    "postgresql": (
        "CREATE INDEX ix_ticket_team_response ON ticket "
        "(team_id, (EXTRACT(epoch FROM first_responded_at - created_at)), created_at) "
        "INCLUDE (submitter_id, first_responded_at) WHERE first_responded_at IS NOT NULL"
    ),
    "sqlite": (
        "CREATE INDEX ix_ticket_team_response ON ticket "
        "(team_id, julianday(first_responded_at) - julianday(created_at), created_at, "
        "submitter_id, first_responded_at) WHERE first_responded_at IS NOT NULL"
    ),
}
UNANSWERED_INDEX = (
    "CREATE INDEX ix_ticket_team_unanswered_due ON ticket "
    "(team_id, first_response_due_at, created_at, submitter_id) "
    "WHERE first_responded_at IS NULL"
)


def _scope_columns() -> list[sa.Column[str]]:
    return [
        sa.Column("team_id", sa.String(length=40), nullable=False),
        sa.Column("submitter_id", sa.String(length=40), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "insights_daily",
        *_scope_columns(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("product", sa.String(length=16), nullable=False),
        *(
            sa.Column(name, sa.Integer(), nullable=False)
            for name in ("opened", "solved", "met", "late", "unanswered")
        ),
        sa.PrimaryKeyConstraint(
            "team_id", "submitter_id", "day", "category", "product", name=op.f("pk_insights_daily")
        ),
    )
    op.create_table(
        "insights_response_time",
        *_scope_columns(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "team_id", "submitter_id", "day", "bucket", name=op.f("pk_insights_response_time")
        ),
    )
    op.create_table(
        "insights_open",
        *_scope_columns(),
        sa.Column("open", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "submitter_id", name=op.f("pk_insights_open")),
    )
    bind = op.get_bind()
    op.execute(RESPONSE_INDEX[bind.dialect.name])
    op.execute(UNANSWERED_INDEX)
    rollups.rebuild(bind)


def downgrade() -> None:
    op.execute("DROP INDEX ix_ticket_team_unanswered_due")
    op.execute("DROP INDEX ix_ticket_team_response")
    op.drop_table("insights_open")
    op.drop_table("insights_response_time")
    op.drop_table("insights_daily")

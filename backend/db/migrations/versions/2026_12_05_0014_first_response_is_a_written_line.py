"""first response is a written line: chat joins become system events (R3)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 22:00:00

Until now an agent taking a chat posted a line as if they had written it
("Sam Agent joined the chat.") and that moment counted as the ticket's first
response; a completed callback counted too. R3 reads: the first response is
the agent's first *written* line. This migration

- gives ``message`` a ``kind``: ``text`` for written lines, ``chat_joined`` /
  ``chat_ended`` for system events (the API shows these as events);
- marks the join lines the service wrote before as ``chat_joined``. They are
  found by their exact wording, as the service formatted it from the agent's
  name (the agents' endpoint, and the demo agent in English and Japanese),
  on chat tickets, from agents only. No chat end was ever stored as a line:
  nothing to mark for it, and no end time to invent;
- sets every ticket's ``first_responded_at`` again from its first agent-written
  line, NULL where there is none (a chat only joined, a call with no note);
- counts insights' rollups again with ``rollups.rebuild``, the code of
  ``python -m backend rebuild-rollups``, so that in-time counts follow.

Downgrading drops the column: the join lines read as messages again, the
recomputed first responses stay (the old ones were wrong).
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from alembic import op

from backend.db import rollups

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# The join lines as the service wrote them before this revision (frozen here:
# the code that wrote them is gone). ``{name}`` the agent's full name,
# ``{first}`` its first word.
JOIN_LINES = (
    "{name} joined the chat.",  # POST /v1/agent/tickets/{id}/chat/join
    "{first} from Premium Support has joined the chat.",  # the demo agent, en
    "プレミアム サポートの {first} がチャットに参加しました。",  # the demo agent, ja
)
# Cheap filters for the candidates' bodies, so that only few rows reach Python.
JOIN_MARKS = ("%joined the chat.", "%がチャットに参加しました。")

MESSAGE = sa.table(
    "message",
    sa.column("id", sa.String),
    sa.column("ticket_id", sa.String),
    sa.column("author_id", sa.String),
    sa.column("body", sa.Text),
    sa.column("kind", sa.String),
)
USER = sa.table("user_account", sa.column("id"), sa.column("name"), sa.column("role"))
TICKET = sa.table("ticket", sa.column("id"), sa.column("channel"))


def join_lines(agent_name: str) -> set[str]:
    first = agent_name.split()[0] if agent_name.split() else agent_name
    return {line.format(name=agent_name, first=first) for line in JOIN_LINES}


def _join_line_ids(bind: sa.Connection) -> Iterable[str]:
    candidates = bind.execute(
        sa.select(MESSAGE.c.id, MESSAGE.c.body, USER.c.name)
        .join(USER, USER.c.id == MESSAGE.c.author_id)
        .join(TICKET, TICKET.c.id == MESSAGE.c.ticket_id)
        .where(
            USER.c.role == "agent",
            TICKET.c.channel == "chat",
            sa.or_(*(MESSAGE.c.body.like(mark) for mark in JOIN_MARKS)),
        )
    )
    return [id_ for id_, body, name in candidates if body in join_lines(name)]


# Written in plain SQL that reads the same on both databases. The written
# lines of agents only (R3): the first one is the ticket's first response.
RECOMPUTE_FIRST_RESPONSE = """
UPDATE ticket SET first_responded_at = (
    SELECT min(message.created_at)
    FROM message JOIN user_account ON user_account.id = message.author_id
    WHERE message.ticket_id = ticket.id
      AND user_account.role = 'agent'
      AND message.kind = 'text'
)
"""


def upgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=16), nullable=False, server_default="text")
        )
    bind = op.get_bind()
    ids = list(_join_line_ids(bind))
    for start in range(0, len(ids), 500):
        bind.execute(
            sa.update(MESSAGE)
            .where(MESSAGE.c.id.in_(ids[start : start + 500]))
            .values(kind="chat_joined")
        )
    bind.execute(sa.text(RECOMPUTE_FIRST_RESPONSE))
    rollups.rebuild(bind)


def downgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.drop_column("kind")

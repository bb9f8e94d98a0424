"""search in messages: substring indexes over ticket subjects and message bodies

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 01:45:00

``GET /v1/tickets?q=`` matches the subject and every line of the thread, in
English, Japanese and Dutch. Japanese has no spaces between words, so word
indexes do not do: both databases get a trigram (substring) index.

SQLite: an FTS5 table with the ``trigram`` tokenizer, one row per subject and
per message, kept up to date by triggers (so every writer, the ORM's and the
seeder's, keeps it right). It is not an external-content table: those refer to
rows by rowid, which VACUUM may renumber for tables whose key is a string; the
ids are stored as unindexed columns instead. PostgreSQL: pg_trgm GIN indexes on
the two columns, which ``ILIKE '%…%'`` uses. Queries shorter than a trigram are
answered by a scan on both (backend/db/queries/ticket_search.py).
"""

from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_SQLITE_UP = [
    """CREATE VIRTUAL TABLE search_text USING fts5(
        ticket_id UNINDEXED, message_id UNINDEXED, body, tokenize = 'trigram'
    )""",
    # Subjects have message_id NULL; written lines carry theirs (system lines such as
    # "an agent joined" are events, not text anyone wrote: not searched).
    """CREATE TRIGGER search_ticket_insert AFTER INSERT ON ticket BEGIN
        INSERT INTO search_text (ticket_id, message_id, body) VALUES (new.id, NULL, new.subject);
    END""",
    """CREATE TRIGGER search_ticket_subject AFTER UPDATE OF subject ON ticket BEGIN
        DELETE FROM search_text WHERE ticket_id = old.id AND message_id IS NULL;
        INSERT INTO search_text (ticket_id, message_id, body) VALUES (new.id, NULL, new.subject);
    END""",
    """CREATE TRIGGER search_ticket_delete AFTER DELETE ON ticket BEGIN
        DELETE FROM search_text WHERE ticket_id = old.id;
    END""",
    """CREATE TRIGGER search_message_insert AFTER INSERT ON message
        WHEN new.kind = 'text' BEGIN
        INSERT INTO search_text (ticket_id, message_id, body)
        VALUES (new.ticket_id, new.id, new.body);
    END""",
    """CREATE TRIGGER search_message_body AFTER UPDATE OF body, ticket_id, kind ON message BEGIN
        DELETE FROM search_text WHERE message_id = old.id;
        INSERT INTO search_text (ticket_id, message_id, body)
        SELECT new.ticket_id, new.id, new.body WHERE new.kind = 'text';
    END""",
    """CREATE TRIGGER search_message_delete AFTER DELETE ON message BEGIN
        DELETE FROM search_text WHERE message_id = old.id;
    END""",
    # The backfill: what was written before this migration.
    "INSERT INTO search_text (ticket_id, message_id, body) SELECT id, NULL, subject FROM ticket",
    "INSERT INTO search_text (ticket_id, message_id, body) SELECT ticket_id, id, body FROM message"
    " WHERE kind = 'text'",
]
_SQLITE_DOWN = [
    *(
        f"DROP TRIGGER IF EXISTS {name}"
        for name in (
            "search_ticket_insert",
            "search_ticket_subject",
            "search_ticket_delete",
            "search_message_insert",
            "search_message_body",
            "search_message_delete",
        )
    ),
    "DROP TABLE IF EXISTS search_text",
]

_POSTGRES_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # Building the index reads every existing row: that is the backfill.
    "CREATE INDEX ix_ticket_subject_trgm ON ticket USING gin (subject gin_trgm_ops)",
    "CREATE INDEX ix_message_body_trgm ON message USING gin (body gin_trgm_ops)",
]
# The extension stays: other databases' objects (or an operator's) may use it.
_POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_message_body_trgm",
    "DROP INDEX IF EXISTS ix_ticket_subject_trgm",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _run(_SQLITE_UP)
    else:
        _run(_POSTGRES_UP)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _run(_SQLITE_DOWN)
    else:
        _run(_POSTGRES_DOWN)

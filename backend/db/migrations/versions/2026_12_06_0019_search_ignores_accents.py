"""search ignores accents: "ideeen" finds "ideeën", "cafe" finds "café"

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 04:40:00

Both databases index folded text (accents off Latin letters, lower case:
``textfold``) and fold the text searched for the same way.

SQLite 3.40's trigram tokenizer cannot drop accents itself (``remove_diacritics``
came with 3.45), so 0018's triggers now write ``search_fold(text)`` into
``search_text``: a deterministic function every connection of the service's engine
registers (``backend.db.session``), so every writer that goes through it (service,
CLI, seeder, migrations) folds alike, and one that does not fails loudly ("no such
function") rather than writing text the search cannot find. The index is rebuilt
here from what is written.

PostgreSQL: ``unaccent`` wrapped in an IMMUTABLE function (``unaccent`` itself is
only STABLE: it reads its dictionary by name, so it cannot be indexed), with the
dictionary named with its schema so the result does not depend on ``search_path``;
0018's pg_trgm indexes become indexes over ``search_fold(column)``.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

_TRIGGERS = (
    "search_ticket_insert",
    "search_ticket_subject",
    "search_message_insert",
    "search_message_body",
)


def _sqlite_triggers(fold: str) -> list[str]:
    """0018's writing triggers, the text passed through ``fold`` ("" for none)."""
    return [
        f"""CREATE TRIGGER search_ticket_insert AFTER INSERT ON ticket BEGIN
            INSERT INTO search_text (ticket_id, message_id, body)
            VALUES (new.id, NULL, {fold}(new.subject));
        END""",
        f"""CREATE TRIGGER search_ticket_subject AFTER UPDATE OF subject ON ticket BEGIN
            DELETE FROM search_text WHERE ticket_id = old.id AND message_id IS NULL;
            INSERT INTO search_text (ticket_id, message_id, body)
            VALUES (new.id, NULL, {fold}(new.subject));
        END""",
        f"""CREATE TRIGGER search_message_insert AFTER INSERT ON message
            WHEN new.kind = 'text' BEGIN
            INSERT INTO search_text (ticket_id, message_id, body)
            VALUES (new.ticket_id, new.id, {fold}(new.body));
        END""",
        f"""CREATE TRIGGER search_message_body
            AFTER UPDATE OF body, ticket_id, kind ON message BEGIN
            DELETE FROM search_text WHERE message_id = old.id;
            INSERT INTO search_text (ticket_id, message_id, body)
            SELECT new.ticket_id, new.id, {fold}(new.body) WHERE new.kind = 'text';
        END""",
        # The index again, from what is written.
        "DELETE FROM search_text",
        f"INSERT INTO search_text (ticket_id, message_id, body)"
        f" SELECT id, NULL, {fold}(subject) FROM ticket",
        f"INSERT INTO search_text (ticket_id, message_id, body)"
        f" SELECT ticket_id, id, {fold}(body) FROM message WHERE kind = 'text'",
    ]


def _postgres_up(unaccent_schema: str) -> list[str]:
    return [
        f"""CREATE FUNCTION search_fold(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT lower({unaccent_schema}.unaccent(
                '{unaccent_schema}.unaccent'::regdictionary, $1)) $$""",
        "DROP INDEX IF EXISTS ix_message_body_trgm",
        "DROP INDEX IF EXISTS ix_ticket_subject_trgm",
        # Building the index reads every existing row: that is the backfill.
        "CREATE INDEX ix_ticket_subject_fold_trgm ON ticket"
        " USING gin (search_fold(subject) gin_trgm_ops)",
        "CREATE INDEX ix_message_body_fold_trgm ON message"
        " USING gin (search_fold(body) gin_trgm_ops)",
    ]


# The extension stays, as 0018 leaves pg_trgm: others may use it.
_POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_message_body_fold_trgm",
    "DROP INDEX IF EXISTS ix_ticket_subject_fold_trgm",
    "DROP FUNCTION IF EXISTS search_fold(text)",
    "CREATE INDEX ix_ticket_subject_trgm ON ticket USING gin (subject gin_trgm_ops)",
    "CREATE INDEX ix_message_body_trgm ON message USING gin (body gin_trgm_ops)",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def _drop_sqlite_triggers() -> None:
    _run([f"DROP TRIGGER IF EXISTS {name}" for name in _TRIGGERS])


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _drop_sqlite_triggers()
        _run(_sqlite_triggers("search_fold"))
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema = bind.execute(
        text(
            "SELECT n.nspname FROM pg_extension AS e"
            " JOIN pg_namespace AS n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'"
        )
    ).scalar_one()
    _run(_postgres_up(f'"{schema}"'))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _drop_sqlite_triggers()
        _run(_sqlite_triggers(""))
    else:
        _run(_POSTGRES_DOWN)

"""The local store's schema, one migration per version (``PRAGMA user_version``).

Cache tables can always be rebuilt from the service; drafts and the outbox
cannot, so a rebuild keeps them.
"""

from __future__ import annotations

# Tables that only mirror the service: dropped and refilled when the cache is rebuilt.
CACHE_TABLES = (
    "message_search",
    "thread_message",
    "ticket_search",
    "ticket",
    "sync_state",
    "snapshot",
)

MIGRATIONS: tuple[str, ...] = (
    # 1: tickets as last seen, searchable by subject (trigram: any language, any substring).
    """
    CREATE TABLE ticket (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        number INTEGER NOT NULL,
        subject TEXT NOT NULL,
        status TEXT NOT NULL,
        product TEXT NOT NULL,
        channel TEXT NOT NULL,
        premium INTEGER NOT NULL,
        category TEXT NOT NULL,
        language TEXT NOT NULL,
        submitter_id TEXT NOT NULL,
        submitter_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        first_response_due_at TEXT NOT NULL,
        first_responded_at TEXT,
        sla_state TEXT NOT NULL
    );
    CREATE INDEX ticket_by_update ON ticket (updated_at DESC, id DESC);
    CREATE INDEX ticket_by_submitter ON ticket (submitter_id, updated_at DESC, id DESC);
    CREATE VIRTUAL TABLE ticket_search USING fts5(
        subject, content='ticket', content_rowid='rowid', tokenize='trigram'
    );
    CREATE TRIGGER ticket_search_insert AFTER INSERT ON ticket BEGIN
        INSERT INTO ticket_search (rowid, subject) VALUES (new.rowid, new.subject);
    END;
    CREATE TRIGGER ticket_search_delete AFTER DELETE ON ticket BEGIN
        INSERT INTO ticket_search (ticket_search, rowid, subject)
        VALUES ('delete', old.rowid, old.subject);
    END;
    CREATE TRIGGER ticket_search_update AFTER UPDATE OF subject ON ticket BEGIN
        INSERT INTO ticket_search (ticket_search, rowid, subject)
        VALUES ('delete', old.rowid, old.subject);
        INSERT INTO ticket_search (rowid, subject) VALUES (new.rowid, new.subject);
    END;
    CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: "#1042" finds its ticket without walking the list (the bench saw 0.4 s at 1M).
    """
    CREATE INDEX ticket_by_number ON ticket (number);
    """,
    # 3: what the user is writing, saved as they type: never part of a cache rebuild.
    """
    CREATE TABLE draft (
        key TEXT PRIMARY KEY,
        ticket_id TEXT,
        body TEXT NOT NULL,
        files TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
    );
    """,
    # 4: the outbox (sent exactly once, in order), what a draft was written against,
    #    and the last-seen copies of whole documents (threads, the team, insights…).
    """
    ALTER TABLE draft ADD COLUMN based_on TEXT;
    ALTER TABLE draft ADD COLUMN fields TEXT NOT NULL DEFAULT '{}';
    CREATE TABLE outbox (
        key TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        ticket_id TEXT,
        body TEXT NOT NULL,
        fields TEXT NOT NULL DEFAULT '{}',
        files TEXT NOT NULL DEFAULT '[]',
        uploads TEXT NOT NULL DEFAULT '{}',
        state TEXT NOT NULL,
        error_status INTEGER,
        error_code TEXT NOT NULL DEFAULT '',
        error_detail TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE snapshot (key TEXT PRIMARY KEY, body TEXT NOT NULL, saved_at TEXT NOT NULL);
    """,
    # 5: when a ticket was solved, for the Insights "solved" drill-down (R20). Tickets
    #    cached before have none, and a sync from the cursor would only bring changed
    #    ones: the cursors go, so the next sync reads every ticket again and fills it
    #    (the cached tickets stay on show meanwhile; drafts and the outbox are untouched).
    """
    ALTER TABLE ticket ADD COLUMN solved_at TEXT;
    DELETE FROM sync_state WHERE key LIKE 'tickets.%.updated_since';
    """,
    # 6: a list sorted by any of its columns (issue 19): each order is an index walk, for
    #    the team's list (column, id) and the user's own (submitter_id, column, id), so a
    #    page at 1M reads its rows and nothing else (no sorting of every match).
    """
    CREATE INDEX ticket_sorted_by_number ON ticket (number, id);
    CREATE INDEX ticket_mine_sorted_by_number ON ticket (submitter_id, number, id);
    CREATE INDEX ticket_sorted_by_subject ON ticket (subject COLLATE NOCASE, id);
    CREATE INDEX ticket_mine_sorted_by_subject ON ticket (submitter_id, subject COLLATE NOCASE, id);
    CREATE INDEX ticket_sorted_by_status ON ticket (status, id);
    CREATE INDEX ticket_mine_sorted_by_status ON ticket (submitter_id, status, id);
    CREATE INDEX ticket_sorted_by_response ON ticket (first_response_due_at, id);
    CREATE INDEX ticket_mine_sorted_by_response ON ticket (submitter_id, first_response_due_at, id);
    CREATE INDEX ticket_sorted_by_channel ON ticket (channel, id);
    CREATE INDEX ticket_mine_sorted_by_channel ON ticket (submitter_id, channel, id);
    CREATE INDEX ticket_sorted_by_product ON ticket (product, id);
    CREATE INDEX ticket_mine_sorted_by_product ON ticket (submitter_id, product, id);
    CREATE INDEX ticket_sorted_by_submitter ON ticket (submitter_name, id);
    CREATE INDEX ticket_mine_sorted_by_submitter ON ticket (submitter_id, submitter_name, id);
    """,
    # 7: Status sorts in the workflow's order (new, open, pending, solved, closed), not the
    #    alphabet of its codes: a computed rank, indexed as the other orders are.
    """
    ALTER TABLE ticket ADD COLUMN status_rank INTEGER GENERATED ALWAYS AS (
        CASE status WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' THEN 2
                    WHEN 'solved' THEN 3 WHEN 'closed' THEN 4 ELSE 5 END
    ) VIRTUAL;
    DROP INDEX ticket_sorted_by_status;
    DROP INDEX ticket_mine_sorted_by_status;
    CREATE INDEX ticket_sorted_by_status ON ticket (status_rank, id);
    CREATE INDEX ticket_mine_sorted_by_status ON ticket (submitter_id, status_rank, id);
    """,
    # 8: the service counts a first response from the agent's first written line, no longer
    #    from a chat's join (R3, its migration 0014), and recounted past tickets without
    #    changing when they were updated: the cursors go, so the next sync reads every
    #    ticket again and the lists' response columns say what the service now knows.
    """
    DELETE FROM sync_state WHERE key LIKE 'tickets.%.updated_since';
    """,
    # 9: the search finds a ticket by any message of its cached thread (issue 21). The
    #    thread is kept as the service's JSON (snapshot "ticket:<id>"); triggers on it keep
    #    one row per message, and a trigram index over them (any language, any substring),
    #    in step with every save, so no caller can forget to. The threads already cached
    #    are indexed here, in the migration's transaction; nothing else is touched (drafts,
    #    the outbox and the journal stay as they are). The step can be taken again.
    """
    CREATE TABLE IF NOT EXISTS thread_message (
        rowid INTEGER PRIMARY KEY,
        ticket_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        body TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS thread_message_by_ticket ON thread_message (ticket_id, position);
    CREATE VIRTUAL TABLE IF NOT EXISTS message_search USING fts5(
        body, content='thread_message', content_rowid='rowid', tokenize='trigram'
    );
    CREATE TRIGGER IF NOT EXISTS message_search_insert AFTER INSERT ON thread_message BEGIN
        INSERT INTO message_search (rowid, body) VALUES (new.rowid, new.body);
    END;
    CREATE TRIGGER IF NOT EXISTS message_search_delete AFTER DELETE ON thread_message BEGIN
        INSERT INTO message_search (message_search, rowid, body)
        VALUES ('delete', old.rowid, old.body);
    END;
    CREATE TRIGGER IF NOT EXISTS thread_message_insert AFTER INSERT ON snapshot
    WHEN substr(new.key, 1, 7) = 'ticket:' AND json_valid(new.body) BEGIN
        INSERT INTO thread_message (ticket_id, position, body)
        SELECT substr(new.key, 8), m.key, json_extract(m.value, '$.body')
        FROM json_each(new.body, '$.messages') AS m
        WHERE json_type(m.value, '$.body') = 'text';
    END;
    CREATE TRIGGER IF NOT EXISTS thread_message_update AFTER UPDATE OF key, body ON snapshot
    WHEN substr(old.key, 1, 7) = 'ticket:' OR substr(new.key, 1, 7) = 'ticket:' BEGIN
        DELETE FROM thread_message WHERE ticket_id = substr(old.key, 8)
            AND substr(old.key, 1, 7) = 'ticket:';
        INSERT INTO thread_message (ticket_id, position, body)
        SELECT substr(new.key, 8), m.key, json_extract(m.value, '$.body')
        FROM json_each(CASE WHEN json_valid(new.body) THEN new.body END, '$.messages') AS m
        WHERE substr(new.key, 1, 7) = 'ticket:' AND json_type(m.value, '$.body') = 'text';
    END;
    CREATE TRIGGER IF NOT EXISTS thread_message_delete AFTER DELETE ON snapshot
    WHEN substr(old.key, 1, 7) = 'ticket:' BEGIN
        DELETE FROM thread_message WHERE ticket_id = substr(old.key, 8);
    END;
    -- A ticket gone from the service (or no longer ours) takes its thread with it.
    CREATE TRIGGER IF NOT EXISTS ticket_thread_delete AFTER DELETE ON ticket BEGIN
        DELETE FROM snapshot WHERE key = 'ticket:' || old.id;
    END;
    -- Made whole again if a step was repeated (IF NOT EXISTS above, for the same reason).
    DELETE FROM thread_message;
    INSERT INTO thread_message (ticket_id, position, body)
    SELECT substr(s.key, 8), m.key, json_extract(m.value, '$.body')
    FROM snapshot AS s,
        json_each(CASE WHEN json_valid(s.body) THEN s.body END, '$.messages') AS m
    WHERE substr(s.key, 1, 7) = 'ticket:' AND json_type(m.value, '$.body') = 'text';
    """,
    # 10: the search ignores accents ("ideeen" finds "ideeën", issue 21). SQLite 3.40's
    #    trigram tokenizer cannot drop them, so the app writes a folded copy beside each
    #    subject and cached message (textfold: in Python, as it writes the
    #    row; tickets.py, snapshots.py) and both indexes are rebuilt over the copies. The
    #    messages are no longer copied out of a saved thread by triggers (SQL cannot
    #    fold): the snapshot's save writes them. ``search_fold`` exists on the migrating
    #    connection only (database.migrate_step), to fold what is cached already; nothing
    #    left in the schema calls it. The new columns (``ADDED_COLUMNS``) are added by
    #    migrate_step where missing, so the step can be taken again, as 9's can. Drafts,
    #    the outbox and the journal stay as they are.
    """
    UPDATE ticket SET search_subject = search_fold(subject);
    DROP TRIGGER IF EXISTS ticket_search_insert;
    DROP TRIGGER IF EXISTS ticket_search_delete;
    DROP TRIGGER IF EXISTS ticket_search_update;
    DROP TABLE IF EXISTS ticket_search;
    CREATE VIRTUAL TABLE ticket_search USING fts5(
        search_subject, content='ticket', content_rowid='rowid', tokenize='trigram'
    );
    CREATE TRIGGER ticket_search_insert AFTER INSERT ON ticket BEGIN
        INSERT INTO ticket_search (rowid, search_subject) VALUES (new.rowid, new.search_subject);
    END;
    CREATE TRIGGER ticket_search_delete AFTER DELETE ON ticket BEGIN
        INSERT INTO ticket_search (ticket_search, rowid, search_subject)
        VALUES ('delete', old.rowid, old.search_subject);
    END;
    CREATE TRIGGER ticket_search_update AFTER UPDATE OF search_subject ON ticket BEGIN
        INSERT INTO ticket_search (ticket_search, rowid, search_subject)
        VALUES ('delete', old.rowid, old.search_subject);
        INSERT INTO ticket_search (rowid, search_subject) VALUES (new.rowid, new.search_subject);
    END;
    INSERT INTO ticket_search (ticket_search) VALUES ('rebuild');

    UPDATE thread_message SET folded = search_fold(body);
    DROP TRIGGER IF EXISTS thread_message_insert;
    DROP TRIGGER IF EXISTS thread_message_update;
    DROP TRIGGER IF EXISTS message_search_insert;
    DROP TRIGGER IF EXISTS message_search_delete;
    DROP TABLE IF EXISTS message_search;
    CREATE VIRTUAL TABLE message_search USING fts5(
        folded, content='thread_message', content_rowid='rowid', tokenize='trigram'
    );
    CREATE TRIGGER message_search_insert AFTER INSERT ON thread_message BEGIN
        INSERT INTO message_search (rowid, folded) VALUES (new.rowid, new.folded);
    END;
    CREATE TRIGGER message_search_delete AFTER DELETE ON thread_message BEGIN
        INSERT INTO message_search (message_search, rowid, folded)
        VALUES ('delete', old.rowid, old.folded);
    END;
    INSERT INTO message_search (message_search) VALUES ('rebuild');
    """,
    # 11: Response sorts as the column reads (issue 19), not by the due time alone: tickets
    #    waiting for their first response by when it is due (the most overdue first), then
    #    the answered ones by how long the answer took, then those solved unanswered. A
    #    computed rank in whole seconds (exact in Python too: store/row_order.py), indexed
    #    as the other orders are. The column (``ADDED_COLUMNS``) is added by migrate_step
    #    where missing, so the step can be taken again.
    """
    DROP INDEX IF EXISTS ticket_sorted_by_response;
    DROP INDEX IF EXISTS ticket_mine_sorted_by_response;
    CREATE INDEX ticket_sorted_by_response ON ticket (response_rank, id);
    CREATE INDEX ticket_mine_sorted_by_response ON ticket (submitter_id, response_rank, id);
    """,
    # 12: the response target each ticket was given (R3, R5, R7), which the Response
    #    column's tooltip names (an admin could not tell what "late" was measured
    #    against). Cached tickets have none (0: not said) until the next sync reads every
    #    ticket again: the cursors go, as in 5. The column (``ADDED_COLUMNS``) is added by
    #    migrate_step where missing, so the step can be taken again.
    """
    DELETE FROM sync_state WHERE key LIKE 'tickets.%.updated_since';
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
# The step (from this version) that folds the cached text with ``search_fold``, and the
# columns of folded copies it adds first where missing (migration 10).
FOLDING_STEP = 9
# Columns a step adds where missing (ALTER TABLE cannot say IF NOT EXISTS), before its SQL:
# (table, column, declaration) by the version the step starts from.
ADDED_COLUMNS: dict[int, tuple[tuple[str, str, str], ...]] = {
    FOLDING_STEP: (
        ("ticket", "search_subject", "TEXT NOT NULL DEFAULT ''"),
        ("thread_message", "folded", "TEXT NOT NULL DEFAULT ''"),
    ),
    10: (
        (
            "ticket",
            "response_rank",
            """INTEGER GENERATED ALWAYS AS (
                CASE
                    WHEN first_responded_at IS NOT NULL THEN 10000000000
                        + CAST(strftime('%s', first_responded_at) AS INTEGER)
                        - CAST(strftime('%s', created_at) AS INTEGER)
                    WHEN status IN ('solved', 'closed') THEN 20000000000
                    ELSE CAST(strftime('%s', first_response_due_at) AS INTEGER)
                END
            ) VIRTUAL""",
        ),
    ),
    11: (("ticket", "response_target_minutes", "INTEGER NOT NULL DEFAULT 0"),),
}

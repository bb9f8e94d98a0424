"""Issue 21: the lists' search finds a ticket by any message of its cached thread, offline.

Real store files (SQLite, FTS5 trigram, schema 9); no service: what is cached is searched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.api.client import ApiClient
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.store.draft_journal import DraftJournal, Snapshot, entry, journal_path
from desktop.store.drafts import reply_key
from desktop.store.outbox import REPLY
from desktop.store.schema import MIGRATIONS
from desktop.store.snapshots import thread_key
from desktop.store.thread_search import make_snippet, marked
from desktop.store.tickets import TicketQuery
from tests.desktop.test_local_store import ticket
from tests.support.server import RunningServer
from tests.support.tickets import agent_reply, create_ticket

MINE = TicketQuery(user_id="usr_ava")


def thread(ticket_id: str, *bodies: str) -> dict[str, Any]:
    """A thread document as the service sends it (the parts the index reads)."""
    return {
        "id": ticket_id,
        "messages": [
            {"id": f"msg_{ticket_id}_{i}", "ticket_id": ticket_id, "body": body}
            for i, body in enumerate(bodies)
        ],
    }


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[AccountStore]:
    opened = await AccountStore.open(tmp_path / "store.sqlite3")
    yield opened
    await opened.close()


def found(store: AccountStore, text: str) -> list[int]:
    """Ticket numbers the list shows for ``text``, the rare-text way and the common one."""
    query = MINE._replace(text=text)
    rows, _more = store.tickets.page(query, None, 50)
    numbers = [t.number for t in rows]
    for common in (False, True):  # the index and the substring scan agree
        where, params = query.where(common)
        sql = f"SELECT number FROM ticket WHERE {where} ORDER BY updated_at DESC, id DESC"
        assert [r[0] for r in store.tickets._db.read().execute(sql, params).fetchall()] == numbers
    assert store.tickets.count(query) == len(numbers)
    return numbers


async def cache(store: AccountStore, number: int, subject: str, *bodies: str) -> None:
    await store.tickets.save([ticket(number, subject, minutes_ago=number)])
    await store.snapshots.save(thread_key(f"tkt_{number}"), thread(f"tkt_{number}", *bodies))


async def test_a_word_only_in_a_cached_message_finds_its_ticket(store: AccountStore) -> None:
    await cache(store, 1, "Login fails", "The token expired after the weekend.")
    await cache(store, 2, "Sharing a folder", "Please share with the auditors.")
    await store.tickets.save([ticket(3, "Never opened here")])  # its thread is not cached
    assert found(store, "weekend") == [1]
    assert found(store, "WEEKEND") == [1]  # case as people type it
    assert found(store, "auditor") == [2]
    assert found(store, "Sharing") == [2]  # the subject still finds it
    assert found(store, "nothing like it") == []


async def test_japanese_substrings_and_two_character_words(store: AccountStore) -> None:
    await cache(
        store, 1, "アカウントの問題", "フォルダの同期が止まりました。再起動しても直りません。"
    )
    await cache(store, 2, "請求書について", "先月の請求額が違います。")
    assert found(store, "同期が止") == [1]  # three or more: the trigram index
    assert found(store, "同期") == [1]  # two characters: the substring scan
    assert found(store, "請") == [2]  # one
    assert found(store, "問題") == [1]  # the subject, too


async def test_dutch(store: AccountStore) -> None:
    await cache(
        store, 1, "Synchronisatie", "De map wordt niet meer gesynchroniseerd sinds dinsdag."
    )
    await cache(store, 2, "Factuur", "Mijn factuur klopt niet; graag een creditnota.")
    assert found(store, "dinsdag") == [1]
    assert found(store, "creditnota") == [2]
    assert found(store, "niet") == [1, 2]  # newest first (#1 changed last), as sorted


async def test_like_wildcards_match_themselves(store: AccountStore) -> None:
    await cache(store, 1, "Quota", "We are at 100% of the quota.")
    await cache(store, 2, "Quota again", "We are at 1000 of the quota.")
    await cache(store, 3, "Paths", "The file my_file is gone.")
    await cache(store, 4, "Paths again", "The file myxfile is gone.")
    assert found(store, "0%") == [1]
    assert found(store, "%") == [1]
    assert found(store, "y_") == [3]
    # Full-width signs fold to these and stay literal (a Japanese keyboard's ％ and ＿).
    assert found(store, "０％") == [1]
    assert found(store, "ｙ＿") == [3]


async def test_keyset_pages_in_the_stores_order(store: AccountStore) -> None:
    for number in range(1, 8):
        await cache(store, number, f"Ticket {number}", f"Message about the backup job {number}")
    query = MINE._replace(text="backup job")
    first, after = store.tickets.page(query, None, 3)
    second, after = store.tickets.page(query, after, 3)
    third, after = store.tickets.page(query, after, 3)
    assert [t.number for t in first + second + third] == [1, 2, 3, 4, 5, 6, 7]
    assert after is None
    by_number = query._replace(sort="number", descending=False)
    rows, _more = store.tickets.page(by_number, None, 10)
    assert [t.number for t in rows] == [1, 2, 3, 4, 5, 6, 7]


async def test_a_changed_or_deleted_message_updates_the_index(store: AccountStore) -> None:
    await cache(store, 1, "Login", "The password reset mail never came.", "Now it did.")
    assert found(store, "reset mail") == [1]
    # The thread cached again: the message was edited away, another one added.
    await store.snapshots.save(thread_key("tkt_1"), thread("tkt_1", "Fixed by the admin."))
    assert found(store, "reset mail") == []
    assert found(store, "by the admin") == [1]
    # The ticket gone from the service: its thread goes with it.
    await store.tickets.forget("tkt_1")
    assert found(store, "by the admin") == []
    rows = store.tickets._db.read().execute("SELECT count(*) FROM thread_message").fetchone()
    assert rows[0] == 0
    assert store.snapshots.get(thread_key("tkt_1")) is None


async def test_the_snippet_is_the_text_around_the_first_hit(store: AccountStore) -> None:
    long_text = (
        "Hello, "
        + "a long preamble about nothing much " * 4
        + ("then the <b>sync</b> engine stopped & the Sync log said so. " + "More text. " * 20)
    )
    await cache(store, 1, "Sync", "No hit here.", long_text)
    snippet = store.tickets.snippet("tkt_1", "sync")
    assert snippet is not None
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert [snippet.text[a:b] for a, b in snippet.hits] == ["sync", "Sync"]
    assert "<b>sync</b>" in snippet.text  # plain text: the view escapes it
    assert store.tickets.snippet("tkt_1", "absent") is None
    assert store.tickets.snippet("tkt_2", "sync") is None  # no cached thread
    short = make_snippet("同期が止まりました", "同期")
    assert short is not None and short.text == "同期が止まりました" and short.hits == ((0, 2),)


async def test_a_store_of_schema_8_keeps_drafts_journal_and_outbox_and_indexes_cached_threads(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite3"
    store = await AccountStore.open(path)
    try:
        await cache(store, 1, "Printer", "De printer op de tweede verdieping hapert.")
        await store.drafts.save(reply_key("tkt_1"), "Half a reply", ticket_id="tkt_1")
        waiting = await store.outbox.add(kind=REPLY, body="Sent offline", ticket_id="tkt_1")
    finally:
        await store.close()
    with sqlite3.connect(path) as connection:  # as the app before schema 9 left it
        as_schema_9(connection)
        connection.executescript(
            """
            DROP TRIGGER ticket_thread_delete;
            DROP TRIGGER thread_message_insert;
            DROP TRIGGER thread_message_update;
            DROP TRIGGER thread_message_delete;
            DROP TABLE message_search;
            DROP TABLE thread_message;
            PRAGMA user_version=8;
            """
        )
    # Keys typed after the last save, in the journal of an app that then died.
    later = Snapshot("Half a reply, and the rest", ticket_id="tkt_1")
    DraftJournal(journal_path(path)).put({reply_key("tkt_1"): entry(later, datetime.now(UTC))})
    store = await AccountStore.open(path)
    try:
        draft = store.drafts.get(reply_key("tkt_1"))
        assert draft is not None and draft.body == "Half a reply, and the rest"  # folded in
        assert not journal_path(path).exists()
        assert [(i.key, i.body) for i in store.outbox.items()] == [(waiting.key, "Sent offline")]
        assert store.snapshots.get(thread_key("tkt_1")) is not None  # not a rebuild
        assert found(store, "verdieping") == [1]  # the cached thread, indexed by the step
        assert found(store, "op") == [1]
    finally:
        await store.close()


async def test_a_thread_read_from_the_service_is_searchable_offline_at_once(
    server: RunningServer, tmp_path: Path
) -> None:
    client = ApiClient(server.url)
    account = await AccountStore.open(tmp_path / "store.sqlite3")
    try:
        await client.health()
        user = await client.sign_in("ava@northwind.example", "demo-password")
        service = TicketService(client, account, cache_dir=tmp_path / "files")
        created = await create_ticket(server.url, subject="Laptop won't sync", body="Help.")
        await service.ticket(created["id"])  # opened in the app: its thread is cached
        query = TicketQuery(user_id=user.id, text="kwartaalrapport")
        assert account.tickets.page(query)[0] == []
        await agent_reply(server.url, created["id"], "Zet het kwartaalrapport even opnieuw neer.")
        # The lists hear of the ticket once the thread is indexed: the search finds it then.
        heard: list[list[str]] = []
        account.tickets.on_change(
            lambda _ids: heard.append([t.id for t in account.tickets.page(query)[0]])
        )
        await service.ticket(created["id"])  # a live event had the app read it again
        assert heard == [[created["id"]]]
    finally:
        await account.close()
        await client.aclose()


# Schema 1's subject index, what schema 10 replaced.
SUBJECT_INDEX_OF_SCHEMA_1 = """
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
    INSERT INTO ticket_search (ticket_search) VALUES ('rebuild');
"""


def as_schema_9(connection: sqlite3.Connection) -> None:
    """The store as the app before schema 10 (the folded copies) left it."""
    connection.executescript(
        """
        DROP TRIGGER ticket_search_insert;
        DROP TRIGGER ticket_search_delete;
        DROP TRIGGER ticket_search_update;
        DROP TABLE ticket_search;
        ALTER TABLE ticket DROP COLUMN search_subject;
        DROP TRIGGER message_search_insert;
        DROP TRIGGER message_search_delete;
        DROP TABLE message_search;
        ALTER TABLE thread_message DROP COLUMN folded;
        DELETE FROM thread_message;
        """
        + SUBJECT_INDEX_OF_SCHEMA_1
        + MIGRATIONS[8]  # schema 9's triggers and index; it refills thread_message
        + "; PRAGMA user_version=9;"
    )


async def test_accents_and_case_are_ignored_both_ways(store: AccountStore) -> None:
    await cache(store, 1, "Café sluit", "Zie de bijlage.")
    await cache(store, 2, "Voorstel", "Twee ideeën voor de map; één is klaar.")
    await cache(store, 3, "Cafe open", "Twee ideeen, geen accenten.")
    for text in ("cafe", "CAFÉ", "café", "ＣＡＦＥ"):
        assert found(store, text) == [1, 3], text
    for text in ("ideeen", "IDEEËN", "ideeën", "éé"):
        assert found(store, text) == [2, 3], text
    assert found(store, "een is") == [2]
    # Accents go, letters stay: "ideen" is another word.
    assert found(store, "ideen") == []
    # Japanese voiced kana are other letters, not accents.
    await cache(store, 4, "同期", "ガイドを読みました。")
    assert found(store, "ガイド") == [4]
    assert found(store, "カイド") == []
    snippet = store.tickets.snippet("tkt_2", "ideeen")
    assert snippet is not None and [snippet.text[a:b] for a, b in snippet.hits] == ["ideeën"]


async def test_a_store_of_schema_9_folds_what_it_cached_and_keeps_drafts(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite3"
    store = await AccountStore.open(path)
    try:
        await cache(store, 1, "Café", "Twee ideeën.")
        await store.drafts.save(reply_key("tkt_1"), "Half a reply", ticket_id="tkt_1")
    finally:
        await store.close()
    with sqlite3.connect(path) as connection:
        as_schema_9(connection)
        # Schema 9 did not find it without the accent: this test starts from there.
        assert not connection.execute(
            "SELECT 1 FROM message_search WHERE message_search MATCH '\"ideeen\"'"
        ).fetchall()
    store = await AccountStore.open(path)
    try:
        assert found(store, "ideeen") == [1]
        assert found(store, "cafe") == [1]
        assert found(store, "ideeën") == [1]
        draft = store.drafts.get(reply_key("tkt_1"))
        assert draft is not None and draft.body == "Half a reply"
        # Saved again after the step: written by the app, folded the same.
        await store.snapshots.save(thread_key("tkt_1"), thread("tkt_1", "Één idee."))
        assert found(store, "een idee") == [1]
        assert found(store, "ideeen") == []
    finally:
        await store.close()


def test_a_snippet_starts_near_its_hit_so_a_narrow_column_shows_it() -> None:
    japanese = (
        "ご連絡ありがとうございます。確認したところ、チームのプライバシー設定が原因のようです。"
    )
    snippet = make_snippet(japanese, "プライバシー")
    assert snippet is not None
    (start, _end), *_ = snippet.hits
    assert start <= 9  # "…" and at most eight wide characters before it
    dutch = "Hallo, we hebben gisteren de instellingen aangepast en daarna werkt de privacy niet"
    snippet = make_snippet(dutch, "privacy")
    assert snippet is not None and snippet.text.startswith("…")
    assert snippet.hits[0][0] <= 17


def test_a_service_snippet_marks_its_hits_as_the_search_found_them() -> None:
    # The service ignores accents and case: its snippet's hits are marked the same way.
    shown = marked("…  Twee IDEEËN over\n de ideeen-lijst", "ideeen")
    assert shown.text == "… Twee IDEEËN over de ideeen-lijst"
    assert [shown.text[a:b] for a, b in shown.hits] == ["IDEEËN", "ideeen"]
    assert marked("nothing here", "  ").hits == ()


async def test_a_screenful_of_snippets_is_read_at_once(store: AccountStore) -> None:
    await cache(store, 1, "Sync", "Nothing here.", "The sync log is empty.")
    await cache(store, 2, "Login", "The sync of passwords failed.", "Then sync worked.")
    await cache(store, 3, "Billing", "No match in this thread.")
    found_ = store.tickets.snippets(("tkt_1", "tkt_2", "tkt_3", "tkt_9"), "sync")
    # Each ticket's first message that holds the text; none for a thread without it, nor
    # for a thread not cached; the same as asking one ticket at a time.
    assert set(found_) == {"tkt_1", "tkt_2"}
    assert found_["tkt_1"].text == "The sync log is empty."
    assert found_["tkt_2"].text == "The sync of passwords failed."
    for ticket_id in ("tkt_1", "tkt_2", "tkt_3", "tkt_9"):
        assert store.tickets.snippet(ticket_id, "sync") == found_.get(ticket_id)
    assert store.tickets.snippets((), "sync") == {}
    assert store.tickets.snippets(("tkt_1",), "#1") == {}  # a number search: no snippets

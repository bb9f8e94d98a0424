"""The local store: pages by keyset, search, never older data over newer, rebuilt when unusable."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.api.client import ApiClient
from desktop.api.models import PersonRef, TicketSummary, User
from desktop.bootstrap.cached_start import ME_KEY
from desktop.bootstrap.store_location import store_path
from desktop.services.ticket_sync import TicketSync
from desktop.store.account import AccountStore
from desktop.store.database import migrate_step, open_connection
from desktop.store.drafts import reply_key
from desktop.store.outbox import QUEUED, REPLY, SENDING
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION
from desktop.store.snapshots import thread_key
from desktop.store.tickets import TicketQuery, store_time
from tests.support.server import RunningServer
from tests.support.tickets import create_ticket

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
AVA = PersonRef(id="usr_ava", name="Ava Jansen")
NOAH = PersonRef(id="usr_noah", name="Noah de Vries")


def ticket(number: int, subject: str = "", minutes_ago: int = 0, **extra: object) -> TicketSummary:
    updated = NOW - timedelta(minutes=minutes_ago)
    fields: dict[str, object] = {
        "id": f"tkt_{number}",
        "number": number,
        "subject": subject or f"Ticket {number}",
        "status": "open",
        "product": "dropbox",
        "channel": "request",
        "premium": True,
        "category": "sync",
        "language": "en",
        "submitter": AVA,
        "created_at": updated - timedelta(hours=1),
        "updated_at": updated,
        "first_response_due_at": updated,
        "first_responded_at": None,
        "sla_state": "due",
    } | extra
    return TicketSummary(**fields)  # type: ignore[arg-type]


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[AccountStore]:
    opened = await AccountStore.open(tmp_path / "store.sqlite3")
    yield opened
    await opened.close()


MINE = TicketQuery(user_id="usr_ava")


async def test_pages_follow_one_another_newest_first(store: AccountStore) -> None:
    tickets = store.tickets
    await tickets.save([ticket(n, minutes_ago=n) for n in range(1, 26)])
    first, more = tickets.page(MINE, None, 10)
    assert [t.number for t in first] == list(range(1, 11)) and more is not None
    second, more = tickets.page(MINE, more, 10)
    third, more = tickets.page(MINE, more, 10)
    assert [t.number for t in second + third] == list(range(11, 26)) and more is None
    assert tickets.count(MINE) == 25
    assert first[0] == ticket(1, minutes_ago=1)  # every field comes back as it went in


async def test_scope_filters_and_search(store: AccountStore) -> None:
    tickets = store.tickets
    await tickets.save(
        [
            ticket(1, "Shared link asks for a password", category="sharing"),
            ticket(2, "共有リンクが開けません", minutes_ago=1, language="ja"),
            ticket(3, "Sync stops at night", minutes_ago=2, submitter=NOAH),
            ticket(42, "Go", minutes_ago=3, status="solved"),
        ]
    )

    def numbers(query: TicketQuery) -> list[int]:
        return [t.number for t in tickets.page(query)[0]]

    assert numbers(MINE) == [1, 2, 42]
    assert numbers(TicketQuery(user_id="usr_ava", scope="team")) == [3]
    assert numbers(MINE._replace(status="solved")) == [42]
    assert numbers(MINE._replace(category="sharing")) == [1]
    assert numbers(MINE._replace(text="PASSWORD")) == [1]  # any case
    assert numbers(MINE._replace(text="リンク")) == [2]  # Japanese, mid-word
    assert numbers(MINE._replace(text="Go")) == [42]  # shorter than a trigram
    assert numbers(MINE._replace(text="#42")) == [42]  # by number
    assert numbers(MINE._replace(text='pass"word')) == []  # quotes are text, not syntax
    assert tickets.matches(MINE, "tkt_1") and not tickets.matches(MINE, "tkt_3")
    # What the service found in messages not cached here (issue 21) matches the text too;
    # scope and filters still apply, and a ticket found both ways is listed once.
    found = MINE._replace(text="password", found=("tkt_1", "tkt_2", "tkt_3", "tkt_42"))
    assert numbers(found) == [1, 2, 42]
    assert numbers(found._replace(status="solved")) == [42]
    assert tickets.count(found) == 3
    assert tickets.matches(found, "tkt_2") and not tickets.matches(found, "tkt_3")
    assert TicketQuery.of("usr_ava", "mine", {"q": ""}, found=("tkt_1",)).found == ()


async def test_the_whole_teams_tickets_created_in_a_period(store: AccountStore) -> None:
    # R20: an Insights drill-down lists everyone's tickets opened in the chart's days.
    tickets = store.tickets
    await tickets.save(
        [
            ticket(1, created_at=NOW - timedelta(days=10), category="sharing"),
            ticket(2, created_at=NOW - timedelta(days=3), submitter=NOAH, category="sharing"),
            ticket(3, created_at=NOW - timedelta(days=3), category="sync"),
            ticket(4, created_at=NOW - timedelta(days=1), submitter=NOAH, category="sharing"),
        ]
    )
    days = {
        "created_from": store_time(NOW - timedelta(days=5)),
        "created_before": store_time(NOW - timedelta(days=2)),
    }
    everyone = TicketQuery.of("usr_ava", "all", days)
    assert sorted(t.number for t in tickets.page(everyone)[0]) == [2, 3]
    sharing = TicketQuery.of("usr_ava", "all", days | {"category": "sharing"})
    assert [t.number for t in tickets.page(sharing)[0]] == [2]
    assert tickets.count(TicketQuery.of("usr_ava", "all", {})) == 4
    assert tickets.count(TicketQuery.of("usr_ava", "team", days)) == 1  # Noah's only


async def test_the_whole_teams_tickets_open_now(store: AccountStore) -> None:
    # R20: the "open now" drill-down lists the new, open and pending tickets, whenever opened.
    tickets = store.tickets
    await tickets.save(
        [
            ticket(1, status="new", created_at=NOW - timedelta(days=400), category="sync"),
            ticket(2, status="open", submitter=NOAH, category="sync"),
            ticket(3, status="pending", category="sharing"),
            ticket(4, status="solved", solved_at=NOW, category="sync"),
            ticket(5, status="closed", solved_at=NOW, submitter=NOAH, category="sync"),
        ]
    )
    open_now = TicketQuery.of("usr_ava", "all", {"status": "unsolved"})
    assert sorted(t.number for t in tickets.page(open_now)[0]) == [1, 2, 3]
    assert tickets.count(open_now) == 3
    sync = TicketQuery.of("usr_ava", "all", {"status": "unsolved", "category": "sync"})
    assert sorted(t.number for t in tickets.page(sync)[0]) == [1, 2]
    assert tickets.count(open_now._replace(scope="mine")) == 2  # Ava's own: 1 and 3


async def test_the_whole_teams_tickets_solved_in_a_period(store: AccountStore) -> None:
    # R20: the "solved" drill-down lists the tickets solved in the chart's days, whenever
    # they were opened; never-solved tickets have no time and are in no such list.
    tickets = store.tickets
    solved = NOW - timedelta(days=3)
    await tickets.save(
        [
            ticket(1, status="closed", solved_at=NOW - timedelta(days=10)),
            ticket(2, status="solved", solved_at=solved, submitter=NOAH, category="sharing"),
            ticket(3, status="closed", solved_at=solved, created_at=NOW - timedelta(days=90)),
            ticket(4, status="solved", solved_at=NOW - timedelta(days=1), submitter=NOAH),
            ticket(5, created_at=NOW - timedelta(days=3)),  # opened then, not solved
        ]
    )
    stored = tickets.get("tkt_2")
    assert stored is not None and stored.solved_at == solved  # kept as it came
    never = tickets.get("tkt_5")
    assert never is not None and never.solved_at is None
    days = {
        "solved_from": store_time(NOW - timedelta(days=5)),
        "solved_before": store_time(NOW - timedelta(days=2)),
    }
    everyone = TicketQuery.of("usr_ava", "all", days)
    assert sorted(t.number for t in tickets.page(everyone)[0]) == [2, 3]
    assert tickets.count(everyone) == 2
    assert tickets.matches(everyone, "tkt_3") and not tickets.matches(everyone, "tkt_5")
    sharing = TicketQuery.of("usr_ava", "all", days | {"category": "sharing"})
    assert [t.number for t in tickets.page(sharing)[0]] == [2]
    assert [t.number for t in tickets.page(TicketQuery.of("usr_ava", "mine", days))[0]] == [3]
    since = TicketQuery.of("usr_ava", "all", {"solved_from": days["solved_from"]})
    assert sorted(t.number for t in tickets.page(since)[0]) == [2, 3, 4]
    before = TicketQuery.of("usr_ava", "all", {"solved_before": days["solved_before"]})
    assert sorted(t.number for t in tickets.page(before)[0]) == [1, 2, 3]
    # Opened and solved in the same days: both times must fall in them.
    both = TicketQuery.of(
        "usr_ava",
        "all",
        days | {"created_from": store_time(NOW - timedelta(days=30))},
    )
    assert [t.number for t in tickets.page(both)[0]] == [2]


async def test_an_older_copy_never_overwrites_a_newer_one(store: AccountStore) -> None:
    tickets = store.tickets
    changes: list[frozenset[str]] = []
    tickets.on_change(changes.append)
    await tickets.save([ticket(1, status="solved", minutes_ago=0)])
    await tickets.save([ticket(1, status="open", minutes_ago=5)])  # a late, stale answer
    stored = tickets.get("tkt_1")
    assert stored is not None and stored.status == "solved"
    assert changes == [frozenset({"tkt_1"})] * 2
    await tickets.forget("tkt_1")
    assert tickets.get("tkt_1") is None


async def test_a_corrupt_store_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store = await AccountStore.open(path)
    try:
        await store.tickets.save([ticket(1)])
        assert store.tickets.count(MINE) == 1
    finally:
        await store.close()
    assert list(tmp_path.glob("store.sqlite3.unusable-*"))  # kept aside, not deleted


async def test_a_store_from_a_newer_app_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    store = await AccountStore.open(path)
    try:
        version = store.database.read().execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION
    finally:
        await store.close()


def test_one_store_per_account_and_server(tmp_path: Path) -> None:
    a = store_path(tmp_path, "https://a.example", "ava@northwind.example")
    assert a == store_path(tmp_path, "https://a.example", "Ava@Northwind.example")
    assert a != store_path(tmp_path, "https://b.example", "ava@northwind.example")
    assert a != store_path(tmp_path, "https://a.example", "noah@northwind.example")
    assert "northwind" not in a.name


def test_a_store_keeps_the_name_earlier_versions_gave_it(tmp_path: Path) -> None:
    # The name is part of the data folder's layout: a new version must find the old stores.
    key = b"https://a.example\nava@northwind.example"
    earlier = hashlib.sha256(key).hexdigest()[:20] + ".sqlite3"
    assert store_path(tmp_path, "https://a.example", "Ava@Northwind.example").name == earlier


async def test_sync_fills_the_store_then_brings_only_changes(
    server: RunningServer, tmp_path: Path
) -> None:
    client = ApiClient(server.url)
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    try:
        await client.health()
        user = await client.sign_in("noah@northwind.example", "demo-password")
        sync = TicketSync(client, store.tickets)
        first = await sync.sync("mine")
        mine = TicketQuery(user_id=user.id)
        assert first == store.tickets.count(mine) > 0
        again = await sync.sync("mine")
        assert again <= 2  # only the overlap second is read again
        created = await create_ticket(
            server.url, "noah@northwind.example", subject="Synced into the store"
        )
        assert await sync.sync("mine") >= 1
        assert store.tickets.get(created["id"]) is not None
    finally:
        await store.close()
        await client.aclose()


async def test_common_and_rare_text_find_the_same_tickets(
    store: AccountStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    tickets = store.tickets
    await tickets.save(
        [ticket(n, f"Sync stops in office {n}", minutes_ago=n) for n in range(1, 8)]
        + [ticket(100, "Shared link broken", minutes_ago=200)]
    )
    query = MINE._replace(text="sync stops")
    rare = [t.number for t in tickets.page(query)[0]]
    monkeypatch.setattr("desktop.store.tickets.COMMON_TEXT", 3)  # now it counts as common
    # A write forgets what the store learnt of the text (common_texts.py): asked again.
    await tickets.save([ticket(100, "Shared link broken", minutes_ago=200)])
    common = [t.number for t in tickets.page(query)[0]]
    assert rare == common == list(range(1, 8))
    assert tickets.count(query) == 7


async def test_a_hash_and_digits_is_a_ticket_number(store: AccountStore) -> None:
    tickets = store.tickets
    await tickets.save([ticket(42, "Error #4 in the log"), ticket(4, "Plain", minutes_ago=1)])

    def numbers(text: str) -> list[int]:
        return [t.number for t in tickets.page(MINE._replace(text=text))[0]]

    assert numbers("#") == [42, 4]  # just started typing a number
    assert numbers("#4") == [4]  # the ticket, not the subject that mentions #4
    assert numbers("#4 in") == [42]  # not digits: searched in the subjects


async def test_drafts_are_kept_and_survive_a_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    store = await AccountStore.open(path)
    attached = tmp_path / "log.txt"
    await store.drafts.save(reply_key("tkt_1"), "Half a reply", (attached,), ticket_id="tkt_1")
    await store.drafts.save(reply_key("tkt_2"), "   ")  # nothing typed: nothing kept
    await store.tickets.save([ticket(1)])
    draft = store.drafts.get(reply_key("tkt_1"))
    assert draft is not None and (draft.body, draft.files) == ("Half a reply", (attached,))
    assert [d.key for d in store.drafts.all()] == [reply_key("tkt_1")]
    await store.close()
    with sqlite3.connect(path) as connection:  # a newer app wrote it: the cache is rebuilt
        connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    store = await AccountStore.open(path)
    try:
        assert store.tickets.get("tkt_1") is None  # the cache comes back from the service
        kept = store.drafts.get(reply_key("tkt_1"))
        assert kept is not None and kept.body == "Half a reply"  # what the user typed stays
        await store.drafts.discard(reply_key("tkt_1"))
        assert store.drafts.all() == []
    finally:
        await store.close()


async def test_the_outbox_keeps_its_order_and_survives_a_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    store = await AccountStore.open(path)
    await store.drafts.save(reply_key("tkt_1"), "First", ticket_id="tkt_1")
    first = await store.outbox.add(
        kind=REPLY, body="First", ticket_id="tkt_1", draft_key=reply_key("tkt_1")
    )
    assert store.drafts.get(reply_key("tkt_1")) is None  # the text is in one place only
    second = await store.outbox.add(kind=REPLY, body="Second", ticket_id="tkt_1")
    await store.outbox.set_state(first.key, SENDING)  # then the app died mid-send
    await store.snapshots.save(thread_key("tkt_1"), {"id": "tkt_1"})
    await store.close()
    with sqlite3.connect(path) as connection:  # a newer app wrote it: the cache is rebuilt
        connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    store = await AccountStore.open(path)
    try:
        assert store.snapshots.get(thread_key("tkt_1")) is None  # cache: from the service
        await store.outbox.requeue_interrupted()
        items = store.outbox.items()
        assert [(i.key, i.body, i.state) for i in items] == [
            (first.key, "First", QUEUED),
            (second.key, "Second", QUEUED),
        ]
        # Edit: back into the draft, joined with what is being written there now.
        await store.drafts.save(reply_key("tkt_1"), "Also this", ticket_id="tkt_1")
        assert await store.outbox.take_back(second.key, reply_key("tkt_1")) is not None
        draft = store.drafts.get(reply_key("tkt_1"))
        assert draft is not None and draft.body == "Second\nAlso this"
        assert [i.key for i in store.outbox.items()] == [first.key]
    finally:
        await store.close()


async def test_a_store_of_schema_3_keeps_its_drafts_when_migrated(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with sqlite3.connect(path) as connection:
        for number in range(3):
            connection.executescript(MIGRATIONS[number])
        connection.execute(
            "INSERT INTO draft (key, ticket_id, body, files, updated_at) "
            "VALUES ('reply:tkt_9', 'tkt_9', 'Written with an older version', '[]', "
            "'2026-11-01T10:00:00+00:00')"
        )
        connection.execute("PRAGMA user_version=3")
    store = await AccountStore.open(path)
    try:
        draft = store.drafts.get(reply_key("tkt_9"))
        assert draft is not None and draft.body == "Written with an older version"
        assert draft.based_on is None and draft.fields == {}
    finally:
        await store.close()


def _v4_store(path: Path, rows: list[TicketSummary], cursor: datetime) -> None:
    """A store as the app before schema 5 wrote it: no solved_at, a sync cursor, a draft."""
    with sqlite3.connect(path) as connection:
        for number in range(4):
            connection.executescript(MIGRATIONS[number])
        for t in rows:
            connection.execute(
                "INSERT INTO ticket (id, number, subject, status, product, channel, premium, "
                "category, language, submitter_id, submitter_name, created_at, updated_at, "
                "first_response_due_at, first_responded_at, sla_state) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    t.id,
                    t.number,
                    t.subject,
                    t.status,
                    t.product,
                    t.channel,
                    int(t.premium),
                    t.category,
                    t.language,
                    t.submitter.id,
                    t.submitter.name,
                    store_time(t.created_at),
                    store_time(t.updated_at),
                    store_time(t.first_response_due_at),
                    store_time(t.first_responded_at) if t.first_responded_at else None,
                    t.sla_state,
                ),
            )
        for key, value in (
            ("tickets.mine.updated_since", cursor.isoformat()),
            ("tickets.team.updated_since", cursor.isoformat()),
            ("tickets.mine.synced_at", cursor.isoformat()),
        ):
            connection.execute("INSERT INTO sync_state (key, value) VALUES (?, ?)", (key, value))
        connection.execute(
            "INSERT INTO draft (key, ticket_id, body, files, updated_at) "
            "VALUES ('reply:tkt_9', 'tkt_9', 'Written before schema 5', '[]', "
            "'2026-11-01T10:00:00+00:00')"
        )
        connection.execute(
            "INSERT INTO outbox (key, seq, kind, ticket_id, body, state, created_at, updated_at) "
            "VALUES ('out_1', 1, 'reply', 'tkt_9', 'Waiting to be sent', 'queued', "
            "'2026-11-01T10:00:00+00:00', '2026-11-01T10:00:00+00:00')"
        )
        connection.execute("PRAGMA user_version=4")


async def test_a_store_of_schema_4_gets_solved_at_and_syncs_everything_again(
    tmp_path: Path,
) -> None:  # R20
    path = tmp_path / "store.sqlite3"
    old = ticket(1, status="closed")
    _v4_store(path, [old], cursor=NOW)
    store = await AccountStore.open(path)
    try:
        assert store.database.read().execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.tickets.get(old.id) == old  # still shown at once, with no solved time
        # Without the cursors the next sync reads every ticket again: solved_at comes in.
        assert store.tickets.state("tickets.mine.updated_since") is None
        assert store.tickets.state("tickets.team.updated_since") is None
        assert store.tickets.state("tickets.mine.synced_at") == NOW.isoformat()
        draft = store.drafts.get(reply_key("tkt_9"))
        assert draft is not None and draft.body == "Written before schema 5"
        assert [(i.key, i.body, i.state) for i in store.outbox.items()] == [
            ("out_1", "Waiting to be sent", QUEUED)
        ]
        solved = old._replace(solved_at=NOW)
        await store.tickets.save([solved])  # the same update time: the service's copy wins
        assert store.tickets.get(old.id) == solved
    finally:
        await store.close()


async def test_the_first_sync_after_schema_5_fills_solved_at_of_old_tickets(
    server: RunningServer, tmp_path: Path
) -> None:  # R20: a sync from the old cursor would have missed them
    client = ApiClient(server.url)
    try:
        await client.health()
        await client.sign_in("noah@northwind.example", "demo-password")
        page = await client.tickets(scope="mine", limit=200)
        done = [t for t in page.items if t.solved_at is not None]
        assert done, "Noah has solved or closed tickets in the demo world"
        assert all(t.status in ("solved", "closed") for t in done)
        cached = [t._replace(solved_at=None) for t in done]
        # The cursor is past every change: an incremental sync would bring none of them.
        _v4_store(tmp_path / "store.sqlite3", cached, cursor=client.server_now())
        store = await AccountStore.open(tmp_path / "store.sqlite3")
        try:
            await TicketSync(client, store.tickets).sync("mine")
            for t in done:
                stored = store.tickets.get(t.id)
                assert stored is not None and stored.solved_at == t.solved_at
        finally:
            await store.close()
    finally:
        await client.aclose()


def test_a_step_another_connection_took_meanwhile_is_not_a_broken_store(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    first, _ = open_connection(path)  # creates and migrates it
    second = sqlite3.connect(path, isolation_level=None)
    try:
        # As a second opener that read version 0 just before the first migrated.
        migrate_step(second, 0)
        assert second.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        # A step that fails with nobody else behind it is the store's fault.
        second.execute("PRAGMA user_version=0")
        with pytest.raises(sqlite3.OperationalError):
            migrate_step(second, 0)
        assert second.execute("PRAGMA user_version").fetchone()[0] == 0
    finally:
        first.close()
        second.close()


async def test_a_documents_fields_read_by_sqlite_are_what_json_reads(store: AccountStore) -> None:
    # The start reads the signed-in user this way, without importing json (snapshots.py).
    me = User(
        "usr_ava", "Ava Jansen — 東京", "ava@northwind.example", "admin", "team_1", None, "nl"
    )
    await store.snapshots.save(ME_KEY, me.to_json())

    fields = store.snapshots.fields(ME_KEY, User._fields)

    assert fields == {k: v for k, v in me.to_json().items() if v is not None}  # no champion
    assert fields is not None and User.from_json(fields) == me
    assert User.from_json(store.snapshots.get(ME_KEY)) == me
    assert store.snapshots.fields("nobody", User._fields) is None
    await store.snapshots.save("a list", [{"id": "usr_ava"}])
    assert store.snapshots.fields("a list", ("id",)) is None  # only an object has fields


async def test_a_store_of_schema_7_syncs_everything_again_for_the_recounted_responses(
    tmp_path: Path,
) -> None:  # R3
    path = tmp_path / "store.sqlite3"
    store = await AccountStore.open(path)
    try:
        await store.tickets.save([ticket(1)])
        await store.tickets.set_state("tickets.mine.updated_since", NOW.isoformat())
        await store.tickets.set_state("tickets.team.updated_since", NOW.isoformat())
        await store.tickets.set_state("tickets.mine.synced_at", NOW.isoformat())
    finally:
        await store.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version=7")  # as an app before migration 0014 left it
    store = await AccountStore.open(path)
    try:
        assert store.tickets.get("tkt_1") == ticket(1)  # still shown at once
        # The service recounted first responses without touching updated_at: only a sync
        # of every ticket brings the new figures.
        assert store.tickets.state("tickets.mine.updated_since") is None
        assert store.tickets.state("tickets.team.updated_since") is None
        assert store.tickets.state("tickets.mine.synced_at") == NOW.isoformat()
    finally:
        await store.close()


async def test_a_tickets_response_target_is_kept_and_a_store_of_schema_11_syncs_again(
    tmp_path: Path,
) -> None:  # R3
    """The Response column's tooltip names the target: the store keeps what the service
    said; a store from before had none, so every ticket is read again to fill it."""
    path = tmp_path / "store.sqlite3"
    store = await AccountStore.open(path)
    try:
        await store.tickets.save([ticket(1, response_target_minutes=60)])
        assert store.tickets.get("tkt_1") == ticket(1, response_target_minutes=60)
        await store.tickets.set_state("tickets.team.updated_since", NOW.isoformat())
    finally:
        await store.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version=11")
    store = await AccountStore.open(path)
    try:
        assert store.tickets.get("tkt_1") == ticket(1, response_target_minutes=60)
        assert store.tickets.state("tickets.team.updated_since") is None
    finally:
        await store.close()


def test_a_summary_reads_its_response_target() -> None:  # R3

    sent = {
        "id": "tkt_1",
        "number": 1,
        "subject": "s",
        "status": "open",
        "product": "dash",
        "channel": "request",
        "premium": True,
        "category": "sync",
        "language": "en",
        "submitter": {"id": "usr_ava", "name": "Ava"},
        "created_at": "2026-11-20T10:00:00Z",
        "updated_at": "2026-11-20T10:00:00Z",
        "first_response_due_at": "2026-11-20T11:00:00Z",
        "sla_state": "due",
    }
    assert (
        TicketSummary.from_json(sent | {"response_target_minutes": 60}).response_target_minutes
        == 60
    )
    assert TicketSummary.from_json(sent).response_target_minutes == 0  # an older service

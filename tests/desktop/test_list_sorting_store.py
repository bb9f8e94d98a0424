"""Lists sorted by any column: keyset pages in the store's order, each an index walk."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.api.models import PersonRef, TicketSummary
from desktop.store.account import AccountStore
from desktop.store.tickets import SORTS, Keyset, TicketQuery, store_time
from tests.desktop.test_local_store import AVA, NOAH, ticket

STATUSES = ("new", "open", "pending", "solved", "closed")
# Case and accents on purpose: NOCASE folds ASCII letters only, and ties are common.
SUBJECTS = ("sync stops", "Sync stops", "SYNC STOPS", "Álbum", "album", "Zebra", "éclair", "b")
PEOPLE = (AVA, NOAH, PersonRef(id="usr_mia", name="mia"), PersonRef(id="usr_li", name="Li"))


def _nocase(text: str) -> str:
    """SQLite's NOCASE: ASCII capitals as small letters; the rest compared as is."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def _response(t: TicketSummary) -> tuple[int, float]:
    """What the Response column reads, in order: waiting for a first answer by when it is
    due (the most overdue first), then answered by how long it took (whole seconds), then
    solved without one."""
    if t.first_responded_at is not None:
        took = int(t.first_responded_at.timestamp()) - int(t.created_at.timestamp())
        return (1, took)
    if t.status in ("solved", "closed"):
        return (2, 0)
    return (0, t.first_response_due_at.timestamp())


def _value(t: TicketSummary, sort: str) -> object:
    """What the store sorts by, as Python would compute it from the ticket."""
    return {
        "number": t.number,
        "subject": _nocase(t.subject),
        "status": STATUSES.index(t.status),  # the workflow's order: new … closed
        "response": _response(t),
        "channel": t.channel,
        "product": t.product,
        "submitter": t.submitter.name,
        "updated": store_time(t.updated_at),
    }[sort]


def _tickets(count: int) -> list[TicketSummary]:
    rng = random.Random(19)
    out = []
    for n in range(1, count + 1):
        # Few distinct times, so whole runs of rows tie and only the id orders them.
        minutes = rng.randrange(50)
        made = ticket(
            n,
            rng.choice(SUBJECTS),
            minutes,
            status=rng.choice(STATUSES),
            channel=rng.choice(("request", "email", "chat")),
            product=rng.choice(("dropbox", "paper", "sign")),
            submitter=rng.choice(PEOPLE),
            first_response_due_at=ticket(1).updated_at - timedelta(hours=rng.randrange(9)),
        )
        if rng.random() < 0.4:  # answered, after a few whole minutes (ties) or odd seconds
            took = timedelta(minutes=rng.randrange(5), seconds=rng.choice((0, 0, 7.5)))
            made = made._replace(first_responded_at=made.created_at + took)
        out.append(made._replace(number=rng.randrange(count // 3)))  # numbers tie, too
    return out


@pytest.fixture
async def filled(tmp_path: Path) -> tuple[AccountStore, list[TicketSummary]]:
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    rows = _tickets(3_000)
    await store.tickets.save(rows)
    return store, rows


@pytest.mark.parametrize("scope", ["mine", "team"])
async def test_every_order_pages_through_the_whole_list_as_python_sorts_it(
    filled: tuple[AccountStore, list[TicketSummary]], scope: str
) -> None:
    store, rows = filled
    try:
        in_scope = [t for t in rows if (t.submitter.id == AVA.id) == (scope == "mine")]
        assert len(in_scope) > 500
        for sort in SORTS:
            for descending in (False, True):
                query = TicketQuery.of(AVA.id, scope, {}, sort=sort, descending=descending)
                seen: list[str] = []
                after: Keyset | None = None
                while True:
                    page, after = store.tickets.page(query, after, 37)
                    seen += [t.id for t in page]
                    if after is None:
                        break
                expected = sorted(
                    in_scope, key=lambda t: (_value(t, sort), t.id), reverse=descending
                )
                assert seen == [t.id for t in expected], (sort, descending)
    finally:
        await store.close()


async def test_the_default_order_is_newest_first(
    filled: tuple[AccountStore, list[TicketSummary]],
) -> None:
    store, _rows = filled
    try:
        default = TicketQuery(user_id=AVA.id)
        explicit = TicketQuery.of(AVA.id, "mine", {}, sort="updated", descending=True)
        assert store.tickets.page(default, None, 500) == store.tickets.page(explicit, None, 500)
        # An order the store does not know (an old or edited setting) is the default.
        assert TicketQuery.of(AVA.id, "mine", {}, sort="nonsense").sort == "updated"
    finally:
        await store.close()


@pytest.mark.parametrize("scope", ["mine", "team", "all"])
async def test_every_order_is_an_index_walk_with_no_sorting(
    filled: tuple[AccountStore, list[TicketSummary]], scope: str
) -> None:
    store, _rows = filled
    try:
        reader = store.database.read()
        for sort in SORTS:
            for descending in (False, True):
                query = TicketQuery.of(AVA.id, scope, {}, sort=sort, descending=descending)
                for after in (None, Keyset(5 if sort == "number" else "m", "tkt_5")):
                    sql, params = store.tickets.page_sql(query, after)
                    plan = reader.execute(f"EXPLAIN QUERY PLAN {sql}", [*params, 50]).fetchall()
                    details = " | ".join(str(step[-1]) for step in plan)
                    assert "TEMP B-TREE" not in details, (sort, descending, after, details)
                    assert "USING INDEX" in details or "COVERING INDEX" in details, details
                    if after is not None:  # entered at the keyset, not walked to it
                        assert any(seek in details for seek in ("<?", ">?", "<(?", ">(?")), details
    finally:
        await store.close()


async def test_a_tickets_position_in_each_order_is_counted_up_to_a_limit(
    filled: tuple[AccountStore, list[TicketSummary]],
) -> None:
    """``reach`` counts the rows before a ticket over the index, in each order both ways:
    rows come back down to it when it is within the limit, none when further or not listed."""
    store, _rows = filled
    try:
        for sort in SORTS:
            for descending in (False, True):
                query = TicketQuery.of(AVA.id, "mine", {}, sort=sort, descending=descending)
                listed = [t.id for t in store.tickets.page(query, None, 10_000)[0]]
                first, after = store.tickets.page(query, None, 1)
                assert after is not None
                for where in (1, 2, 499, 500, len(listed) - 1):
                    found = store.tickets.reach(
                        query, listed[where], after, len(first), limit=500, page_rows=1
                    )
                    if where < 500:
                        assert found is not None, (sort, descending, where)
                        assert [t.id for t in found[0]] == listed[1 : where + 1]
                    else:
                        assert found is None, (sort, descending, where)
                noahs = TicketQuery.of(NOAH.id, "mine", {}, sort=sort)
                not_listed = store.tickets.reach(noahs, listed[1], after, 1, limit=500, page_rows=1)
                assert not_listed is None  # not in Noah's list
    finally:
        await store.close()


async def test_a_list_sorted_again_reads_down_to_its_selected_ticket_in_whole_pages(
    filled: tuple[AccountStore, list[TicketSummary]],
) -> None:
    store, _rows = filled
    try:
        for sort in ("subject", "status", "number"):
            query = TicketQuery.of(AVA.id, "mine", {}, sort=sort)
            listed = [t.id for t in store.tickets.page(query, None, 10_000)[0]]
            first, after = store.tickets.page(query, None, 50)
            assert after is not None
            for where, pages in ((50, 1), (99, 1), (100, 2), (149, 2), (150, 3)):
                found = await store.tickets.reach_in_background(
                    query, listed[where], after, len(first), limit=500, page_rows=50
                )
                assert found is not None
                rows, _more = found
                assert [t.id for t in rows] == listed[50 : 50 + pages * 50]
            too_far = await store.tickets.reach_in_background(
                query, listed[500], after, len(first), limit=500, page_rows=50
            )
            assert too_far is None
    finally:
        await store.close()


async def test_a_changed_row_is_placed_by_the_same_order_the_store_reads(
    filled: tuple[AccountStore, list[TicketSummary]],
) -> None:
    """Live changes go where row_order's keys put them: each key agrees with the store."""
    from desktop.store.row_order import sort_key

    store, rows = filled
    try:
        mine = [t for t in rows if t.submitter.id == AVA.id]
        for sort in SORTS:
            query = TicketQuery.of(AVA.id, "mine", {}, sort=sort, descending=False)
            listed = [t.id for t in store.tickets.page(query, None, 10_000)[0]]
            assert listed == [t.id for t in sorted(mine, key=sort_key(sort))], sort
    finally:
        await store.close()

"""Tickets as last seen: written by sync, read a page at a time by the lists."""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles each field's
# annotation given as a string: 3.4 M instructions for the 64 fields made before the first
# paint (bench/README.md).
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop.api.list_models import PersonRef, TicketSummary
from desktop.store.common_texts import CommonTexts

# The window reads its first rows before the writer thread (and asyncio) exist.
if TYPE_CHECKING:
    from desktop.store.database import Database
    from desktop.store.guarded_reader import Queryable
    from desktop.store.thread_search import Snippet

COLUMNS = (
    "id, number, subject, status, product, channel, premium, category, language, "
    "submitter_id, submitter_name, created_at, updated_at, first_response_due_at, "
    "first_responded_at, sla_state, solved_at, response_target_minutes"
)
# What a page reads: the columns, then the status's place in the workflow (schema 7), the
# value a page sorted by status continues after.
READ_COLUMNS = f"{COLUMNS}, status_rank, response_rank"
# Counting stops here: "more than 10,000" is all a person needs, and it stays fast at 1M.
COUNT_CAP = 10_000
# Trigram search needs three characters; shorter text is matched with LIKE.
TRIGRAM = 3
# Text found in more tickets than this is matched by walking the newest tickets with LIKE
# (the first page fills after a few thousand rows); rarer text through the index.
COMMON_TEXT = 2_000

ChangeListener = Callable[[frozenset[str]], None]

# What a list can be sorted by: the ORDER BY expression and where the row holds its value.
# Each has an index per scope (schema.py, migration 6), so a page is an index walk at 1M.
# The subject ignores case as people read it (NOCASE: ASCII letters; its index has it too).
SORTS: dict[str, tuple[str, int]] = {
    "number": ("number", 1),
    "subject": ("subject COLLATE NOCASE", 2),
    "status": ("status_rank", 18),  # the workflow's order (schema.py, migration 7)
    "response": ("response_rank", 19),  # waiting by due time, answered by time taken (11)
    "channel": ("channel", 5),
    "product": ("product", 4),
    "submitter": ("submitter_name", 10),
    "updated": ("updated_at", 12),
}
DEFAULT_SORT = "updated"


def synced_at_key(scope: str) -> str:
    """The sync state that says when a list (mine or team) was last brought up to date."""
    return f"tickets.{scope}.synced_at"


def _time(moment: datetime) -> str:
    """Fixed-width UTC text, so that text order is time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def store_time(moment: datetime) -> str:
    """A time as the store writes it: what a filter on ``created_at`` compares with."""
    return _time(moment)


def _parse(text: str | None) -> datetime | None:
    # fromisoformat reads the trailing Z as UTC, and is many times faster than strptime.
    return None if text is None else datetime.fromisoformat(text)


def _row(ticket: TicketSummary) -> tuple[Any, ...]:
    return (
        ticket.id,
        ticket.number,
        ticket.subject,
        ticket.status,
        ticket.product,
        ticket.channel,
        int(ticket.premium),
        ticket.category,
        ticket.language,
        ticket.submitter.id,
        ticket.submitter.name,
        _time(ticket.created_at),
        _time(ticket.updated_at),
        _time(ticket.first_response_due_at),
        _time(ticket.first_responded_at) if ticket.first_responded_at else None,
        ticket.sla_state,
        _time(ticket.solved_at) if ticket.solved_at else None,
        ticket.response_target_minutes,
    )


def _summary(row: sqlite3.Row | tuple[Any, ...]) -> TicketSummary:
    created, updated, due, responded, solved = (_parse(row[i]) for i in (11, 12, 13, 14, 16))
    assert created and updated and due
    return TicketSummary(
        id=row[0],
        number=row[1],
        subject=row[2],
        status=row[3],
        product=row[4],
        channel=row[5],
        premium=bool(row[6]),
        category=row[7],
        language=row[8],
        submitter=PersonRef(id=row[9], name=row[10]),
        created_at=created,
        updated_at=updated,
        first_response_due_at=due,
        first_responded_at=responded,
        sla_state=row[15],
        solved_at=solved,
        response_target_minutes=row[17] or 0,
    )


# The list's records are NamedTuples: read before the first paint, where a frozen
# dataclass costs ~1 ms to define (it compiles six methods), a NamedTuple a tenth.
class TicketQuery(NamedTuple):
    """What a list shows: the user's own tickets or the team's, filtered."""

    user_id: str
    scope: str = "mine"  # mine | team | all (the whole team's: an Insights drill-down)
    status: str = ""
    product: str = ""
    category: str = ""
    text: str = ""
    # Created in [created_from, created_before): the store's UTC text, so text order is time.
    created_from: str = ""
    created_before: str = ""
    # Solved in [solved_from, solved_before), likewise (a ticket never solved has no time).
    solved_from: str = ""
    solved_before: str = ""
    # The first response: "met" (in time) or "breached" (late, or none and overdue at
    # ``now`` or when solved), as the service's insights count them (R20).
    response: str = ""
    now: str = ""
    # The order: one of SORTS, ties broken by id in the same direction (a stable keyset).
    sort: str = DEFAULT_SORT
    descending: bool = True
    # Tickets the service found for ``text`` in messages this computer has not cached
    # (issue 21): they match the text too, the other filters still apply.
    found: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        user_id: str,
        scope: str,
        filters: dict[str, str],
        sort: str = DEFAULT_SORT,
        descending: bool = True,
        found: tuple[str, ...] = (),
    ) -> "TicketQuery":
        return cls(
            user_id=user_id,
            scope=scope if scope in ("team", "all") else "mine",
            status=filters.get("status", ""),
            product=filters.get("product", ""),
            category=filters.get("category", ""),
            text=filters.get("q", "").strip(),
            created_from=filters.get("created_from", ""),
            created_before=filters.get("created_before", ""),
            solved_from=filters.get("solved_from", ""),
            solved_before=filters.get("solved_before", ""),
            response=filters.get("response", ""),
            now=filters.get("now", ""),
            sort=sort if sort in SORTS else DEFAULT_SORT,
            descending=descending,
            found=found if filters.get("q", "").strip() else (),
        )

    def order(self, after: "Keyset | None") -> tuple[str, str, list[Any]]:
        """The keyset condition after ``after`` (or ""), its parameters, and the ORDER BY."""
        column = SORTS.get(self.sort, SORTS[DEFAULT_SORT])[0]
        way, beyond = ("DESC", "<") if self.descending else ("ASC", ">")
        order_by = f"{column} {way}, id {way}"
        if after is None:
            return "", order_by, []
        if column.endswith("NOCASE"):
            # SQLite seeks a row value only in its own collation: bound the column for
            # the seek, then step past the rows of the last value up to the last id.
            bound = f"{column} {beyond}= ?"
            condition = f"{bound} AND ({column} {beyond} ? OR ({column} = ? AND id {beyond} ?))"
            return condition, order_by, [after.value, after.value, after.value, after.id]
        # Same as (col < ? OR (col = ? AND id < ?)), but the index is entered right at the
        # keyset, not at the start of its value: deep in a long run of ties (5 statuses
        # over 1M tickets) a page still reads only its own rows.
        return f"({column}, id) {beyond} (?, ?)", order_by, [after.value, after.id]

    def where(self, common_text: bool = False) -> tuple[str, list[Any]]:
        clauses = ["submitter_id = ?" if self.scope == "mine" else "submitter_id != ?"]
        if self.text.startswith("#") and self.text[1:].isdigit():
            # One ticket by its number: the unary + keeps SQLite off the submitter index,
            # so it takes the number's (the planner has no statistics to know better).
            clauses[0] = "+" + clauses[0]
        params: list[Any] = [self.user_id]
        if self.scope == "all":
            clauses, params = ["1"], []
        if self.status == "unsolved":  # open now: an Insights drill-down (R20)
            clauses.append("status IN ('new', 'open', 'pending')")
        for column in ("status", "product", "category"):
            value = getattr(self, column)
            if value and value != "unsolved":
                clauses.append(f"{column} = ?")
                params.append(value)
        for clause, value in (
            ("created_at >= ?", self.created_from),
            ("created_at < ?", self.created_before),
            ("solved_at >= ?", self.solved_from),
            ("solved_at < ?", self.solved_before),
        ):
            if value:
                clauses.append(clause)
                params.append(value)
        if self.response == "met":
            clauses.append("first_responded_at <= first_response_due_at")
        elif self.response == "breached":
            # With no response: late once the due time passed before it was solved, or
            # before now while it is not (solved in time, it is neither: the service's
            # insights count so, docs/rules.md "In time").
            clauses.append(
                "(first_responded_at > first_response_due_at"
                " OR (first_responded_at IS NULL"
                " AND first_response_due_at < coalesce(solved_at, ?)))"
            )
            params.append(self.now)
        if self.text:
            text_clause, text_params = self._text_clause(common_text)
            if self.found:
                # Their rowids, read by primary key: the row's test is then an integer's
                # membership, as for the full-text finds (~35% cheaper than by id text).
                marks = ", ".join("?" * len(self.found))
                found = f"rowid IN (SELECT rowid FROM ticket WHERE id IN ({marks}))"
                text_clause = f"({text_clause} OR {found})"
                text_params = [*text_params, *self.found]
            clauses.append(text_clause)
            params.extend(text_params)
        return " AND ".join(clauses), params

    def search_phrase(self) -> str | None:
        """The FTS5 phrase for the text, if it is long enough for the trigram index."""
        if len(self.text) < TRIGRAM or (self.text.startswith("#") and self.text[1:].isdigit()):
            return None
        return _phrase(self.text)

    def _text_clause(self, common_text: bool) -> tuple[str, list[Any]]:
        if self.text == "#":
            return "1", []  # the start of a ticket number: nothing to narrow by yet
        if self.text.startswith("#") and self.text[1:].isdigit():
            return "number = ?", [int(self.text[1:])]  # "#1042" is a ticket number
        by_number = self.text.isdigit()
        number = self.text
        # The subject, or any message of the ticket's cached thread (schema 9), both in
        # their folded copies (schema 10: accents and case ignored).
        if len(self.text) >= TRIGRAM and not common_text:
            phrase = _phrase(self.text)
            clause = (
                "(rowid IN (SELECT rowid FROM ticket_search WHERE ticket_search MATCH ?)"
                " OR id IN (SELECT ticket_id FROM thread_message WHERE rowid IN"
                " (SELECT rowid FROM message_search WHERE message_search MATCH ?)))"
            )
            params: list[Any] = [phrase, phrase]
        else:
            # Short text (同期), or text so common that walking the list's order is
            # faster: a substring scan, its wildcards escaped.
            from textfold import fold  # only once someone searches

            pattern = f"%{like_escaped(fold(self.text))}%"
            clause = (
                "(search_subject LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM thread_message"
                " AS m WHERE m.ticket_id = ticket.id AND m.folded LIKE ? ESCAPE '\\'))"
            )
            params = [pattern, pattern]
        if by_number:
            return f"({clause} OR number = ?)", [*params, int(number)]
        return clause, params


def _is_common(connection: "Queryable", query: TicketQuery, known: CommonTexts) -> bool:
    """Does the search text occur in so many tickets that scanning the newest is faster?"""
    phrase = query.search_phrase()
    if phrase is None:
        return False
    answer = known.known(phrase)
    if answer is not None:
        return answer
    hits = connection.execute(
        "SELECT (SELECT count(*) FROM (SELECT 1 FROM ticket_search WHERE ticket_search MATCH ?"
        " LIMIT ?)) + (SELECT count(*) FROM (SELECT 1 FROM message_search"
        " WHERE message_search MATCH ? LIMIT ?))",
        (phrase, COMMON_TEXT, phrase, COMMON_TEXT),
    ).fetchone()[0]
    common = int(hits) >= COMMON_TEXT
    known.learn(phrase, common)
    return common


def _phrase(text: str) -> str:
    """One FTS5 string of the folded text (the indexes hold folded copies, schema 10)."""
    from textfold import fold  # only once someone searches

    return '"' + fold(text).replace('"', '""') + '"'


def like_escaped(text: str) -> str:
    """``text`` for a LIKE pattern with ESCAPE '\\': its % and _ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _count(
    connection: "Queryable", query: TicketQuery, known: CommonTexts, cap: int | None = COUNT_CAP + 1
) -> int:
    where, params = query.where(_is_common(connection, query, known))
    row = connection.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM ticket WHERE {where} LIMIT ?)",
        [*params, -1 if cap is None else cap],  # SQLite: a negative LIMIT is none
    ).fetchone()
    return int(row[0])


def _page(
    connection: "Queryable",
    query: TicketQuery,
    after: "Keyset | None",
    limit: int,
    known: CommonTexts,
) -> "tuple[list[TicketSummary], Keyset | None]":
    sql, params = TicketStore.page_sql(query, after, _is_common(connection, query, known))
    rows = connection.execute(sql, [*params, limit]).fetchall()
    value_at = SORTS.get(query.sort, SORTS[DEFAULT_SORT])[1]
    more = Keyset(rows[-1][value_at], rows[-1][0]) if len(rows) == limit else None
    return [_summary(r) for r in rows], more


def _position(
    connection: "Queryable", query: TicketQuery, ticket_id: str, limit: int, known: CommonTexts
) -> int | None:
    where, params = query.where(common_text=True)  # one row: LIKE is exact and cheap
    value_at = SORTS.get(query.sort, SORTS[DEFAULT_SORT])[1]
    found = connection.execute(
        f"SELECT {READ_COLUMNS} FROM ticket WHERE id = ? AND {where}", [ticket_id, *params]
    ).fetchone()
    if found is None:
        return None  # not in this list
    # The rows before it are the ones after it in the opposite order, counted over the
    # index alone (no column read: the count needs none).
    backwards = query._replace(descending=not query.descending)
    sql, params = TicketStore.page_sql(
        backwards, Keyset(found[value_at], ticket_id), _is_common(connection, query, known), "1"
    )
    before = connection.execute(f"SELECT count(*) FROM ({sql})", [*params, limit]).fetchone()[0]
    return int(before) if before < limit else None


def _reach(
    connection: "Queryable",
    query: TicketQuery,
    ticket_id: str,
    after: "Keyset",
    loaded: int,
    limit: int,
    page_rows: int,
    known: CommonTexts,
) -> "tuple[list[TicketSummary], Keyset | None] | None":
    where = _position(connection, query, ticket_id, limit, known)
    if where is None:
        return None
    wanted = where + 1 - loaded
    if wanted <= 0:
        return [], after
    return _page(connection, query, after, -(-wanted // page_rows) * page_rows, known)


class Keyset(NamedTuple):
    """Where a page ended, so the next starts after it (no OFFSET: fast at any depth).

    ``value`` is the last row's value of the column the list is sorted by.
    """

    value: str | int
    id: str


class TicketStore:
    def __init__(self, database: "Database") -> None:
        self._db = database
        self._listeners: list[ChangeListener] = []
        # Which search texts are common: asked once per text, not at every keystroke.
        self._common = CommonTexts()

    @property
    def is_open(self) -> bool:
        """False once the session ended: late timers and events must not read it."""
        return self._db.reader is not None

    @property
    def generation(self) -> int:
        """Changes when the store is rebuilt (its cache emptied): a sync then starts over."""
        return self._db.generation

    def on_change(self, listener: ChangeListener) -> None:
        """Be told, on the event loop's thread, which tickets a write changed."""
        self._listeners.append(listener)

    # -- writing (on the writer thread) --------------------------------------------

    async def save(self, tickets: Sequence[TicketSummary]) -> frozenset[str]:
        """Insert or update; an older copy never overwrites a newer one."""
        from textfold import fold  # with the first write, not at the start

        # The subject's folded copy, what the search looks in (schema 10).
        rows = [(*_row(t), fold(t.subject)) for t in tickets]

        def write(connection: sqlite3.Connection) -> None:
            connection.executemany(
                f"INSERT INTO ticket ({COLUMNS}, search_subject) VALUES ({', '.join('?' * 19)}) "
                "ON CONFLICT (id) DO UPDATE SET number=excluded.number, "
                "subject=excluded.subject, status=excluded.status, product=excluded.product, "
                "channel=excluded.channel, premium=excluded.premium, "
                "category=excluded.category, language=excluded.language, "
                "submitter_id=excluded.submitter_id, submitter_name=excluded.submitter_name, "
                "created_at=excluded.created_at, updated_at=excluded.updated_at, "
                "first_response_due_at=excluded.first_response_due_at, "
                "first_responded_at=excluded.first_responded_at, sla_state=excluded.sla_state, "
                "solved_at=excluded.solved_at, "
                "response_target_minutes=excluded.response_target_minutes, "
                "search_subject=excluded.search_subject "
                "WHERE excluded.updated_at >= ticket.updated_at",
                rows,
            )

        await self._db.write(write)
        changed = frozenset(t.id for t in tickets)
        self._announce(changed)
        return changed

    async def forget(self, ticket_id: str) -> None:
        """Gone from the service, or no longer ours to see."""
        await self._db.write(lambda c: c.execute("DELETE FROM ticket WHERE id = ?", (ticket_id,)))
        self._announce(frozenset({ticket_id}))

    async def set_state(self, key: str, value: str) -> None:
        await self._db.write(
            lambda c: c.execute(
                "INSERT INTO sync_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        )

    def _announce(self, changed: frozenset[str]) -> None:
        self._common.forget()  # new tickets can make a rare text common
        for listener in list(self._listeners):
            listener(changed)

    # -- reading (short, indexed, limited) --------------------------------------------

    def state(self, key: str) -> str | None:
        row = self._db.read().execute("SELECT value FROM sync_state WHERE key = ?", (key,))
        found = row.fetchone()
        return str(found[0]) if found else None

    def get(self, ticket_id: str) -> TicketSummary | None:
        row = (
            self._db.read()
            .execute(f"SELECT {READ_COLUMNS} FROM ticket WHERE id = ?", (ticket_id,))
            .fetchone()
        )
        return _summary(row) if row else None

    def page(
        self, query: TicketQuery, after: Keyset | None = None, limit: int = 200
    ) -> tuple[list[TicketSummary], Keyset | None]:
        """In the query's order (newest first unless sorted otherwise); the keyset of the
        last row when more may follow."""
        return _page(self._db.read(), query, after, limit, self._common)

    async def page_in_background(
        self, query: TicketQuery, after: Keyset | None, limit: int
    ) -> tuple[list[TicketSummary], Keyset | None]:
        """``page`` on the store's reading thread: an export reads every row, page by page."""
        return await self._db.read_in_background(
            lambda connection: _page(connection, query, after, limit, self._common)
        )

    @staticmethod
    def page_sql(
        query: TicketQuery,
        after: Keyset | None,
        common_text: bool = False,
        columns: str = READ_COLUMNS,
    ) -> tuple[str, list[Any]]:
        """A page's SELECT (its LIMIT the last parameter, not given): for EXPLAIN, too."""
        where, params = query.where(common_text)
        condition, order_by, keyset = query.order(after)
        if condition:
            where += " AND " + condition
        return f"SELECT {columns} FROM ticket WHERE {where} ORDER BY {order_by} LIMIT ?", [
            *params,
            *keyset,
        ]

    def reach(
        self,
        query: TicketQuery,
        ticket_id: str,
        after: Keyset,
        loaded: int,
        *,
        limit: int,
        page_rows: int,
    ) -> tuple[list[TicketSummary], Keyset | None] | None:
        """The rows after ``after`` down to this ticket, in whole pages of ``page_rows``,
        if it is within the first ``limit`` of the list and ``loaded`` are read already;
        None if it is further down or not listed. Counted first (an index range): rows
        are read only if it is near enough."""
        return _reach(
            self._db.read(), query, ticket_id, after, loaded, limit, page_rows, self._common
        )

    async def reach_in_background(
        self,
        query: TicketQuery,
        ticket_id: str,
        after: Keyset,
        loaded: int,
        *,
        limit: int,
        page_rows: int,
    ) -> tuple[list[TicketSummary], Keyset | None] | None:
        """:meth:`reach` on the store's reading thread: a list sorted again finds its
        selected ticket without holding up the first paint."""
        return await self._db.read_in_background(
            lambda connection: _reach(
                connection, query, ticket_id, after, loaded, limit, page_rows, self._common
            )
        )

    def matches(self, query: TicketQuery, ticket_id: str) -> bool:
        """Would this ticket be in the list ``query`` describes?"""
        where, params = query.where(common_text=True)  # one row: LIKE is exact and cheap
        row = (
            self._db.read()
            .execute(f"SELECT 1 FROM ticket WHERE id = ? AND {where}", [ticket_id, *params])
            .fetchone()
        )
        return row is not None

    async def added_by_found(self, query: TicketQuery) -> tuple[str, ...]:
        """Of ``query.found`` (the service's finds), those only they bring to the list: its
        filters pass them, its own text match does not (read on the store's thread)."""
        if not query.found or not query.text:
            return ()
        with_found, with_params = query.where(common_text=True)  # few rows: LIKE is exact
        without, without_params = query._replace(found=()).where(common_text=True)
        marks = ", ".join("?" * len(query.found))
        sql = (
            f"SELECT id FROM ticket WHERE id IN ({marks}) AND {with_found}"  # noqa: S608 - only placeholders
            f" AND NOT ({without})"
        )
        params = [*query.found, *with_params, *without_params]
        rows = await self._db.read_in_background(
            lambda connection: connection.execute(sql, params).fetchall()
        )
        return tuple(str(row[0]) for row in rows)

    def snippet(self, ticket_id: str, text: str) -> "Snippet | None":
        """Where ``text`` occurs in the ticket's cached thread: what its row shows under the
        subject while the list is searched (None: not in a cached message)."""
        return self.snippets((ticket_id,), text).get(ticket_id)

    def snippets(self, ticket_ids: Sequence[str], text: str) -> "dict[str, Snippet]":
        """:meth:`snippet` for several tickets in one query: those with none are left out."""
        from desktop.store.thread_search import thread_snippets  # only once someone searches

        return thread_snippets(self._db.read(), ticket_ids, text)

    def count(self, query: TicketQuery) -> int:
        """How many match, up to ``COUNT_CAP`` + 1 (then: "more than 10,000")."""
        return _count(self._db.read(), query, self._common)

    async def count_in_background(self, query: TicketQuery, *, exact: bool = False) -> int:
        """``count`` on the store's reading thread: it can take a frame or two at 1M.

        ``exact``: every match counted, past ``COUNT_CAP`` (what an export will write)."""
        cap = None if exact else COUNT_CAP + 1
        return await self._db.read_in_background(
            lambda connection: _count(connection, query, self._common, cap)
        )

"""Issue 21: a searched list shows, under each subject, the words around the hit in a
cached message, the searched words in bold; a message's markup is shown as text.

Bold is checked where the delegate lays each hit out: the cell there looks as the hit's
text drawn bold, not as the same text drawn plain (``hits_in_bold``).

A real store file; the page reads it as at a cached start (no service).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.store.account import AccountStore
from desktop.store.snapshots import thread_key
from desktop.store.thread_search import Snippet, marked
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.list.column_fit import MIN_SUBJECT_WIDTH
from desktop.ui.tickets.list.snippet_delegate import PADDING, fitted_runs, marked_hits, segments
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import ACCESSIBLE_TEXT_ROLE, SNIPPET_ROLE, Column
from tests.desktop.test_list_fits import LIST_WIDTH
from tests.desktop.test_local_store import ticket
from tests.desktop.test_thread_search import thread
from tests.support.waiting import wait_exposed

# Set to a folder to keep the screenshots (en, ja, nl) for a person to look at.
SHOTS = os.environ.get("SEARCH_SHOTS", "")

TICKETS = [
    (
        1,
        "Sync stopped on the office Mac",
        "Hi, the <b>Dropbox</b> client says: sync paused & "
        "shows the folder as 'up to date' while three files are missing. "
        "I restarted twice.",
    ),
    (
        2,
        "同期が止まりました",
        "昨日からフォルダの同期が止まりました。<script>alert(1)</script> "
        "再起動しても直りません。ログを添付します。",
    ),
    (
        3,
        "Map wordt niet gesynchroniseerd",
        "Sinds dinsdag wordt de gedeelde map niet meer "
        "gesynchroniseerd op de laptop van de receptie; de sync-status blijft hangen.",
    ),
    (4, "Licence for a new colleague", "Please add a licence for our new colleague."),
]


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[AccountStore]:
    opened = await AccountStore.open(tmp_path / "store.sqlite3")
    for number, subject, body in TICKETS:
        await opened.tickets.save([ticket(number, subject, minutes_ago=number)])
        await opened.snapshots.save(
            thread_key(f"tkt_{number}"), thread(f"tkt_{number}", "First message.", body)
        )
    yield opened
    await opened.close()


def searched(qtbot: QtBot, store: AccountStore, text: str) -> TicketListPage:
    page = TicketListPage(TaskRunner(lambda error: None), "mine")
    qtbot.addWidget(page)
    page.resize(LIST_WIDTH, 640)
    page.filters.search.setText(text)
    page.show_cached(store.tickets, "usr_ava")
    page.show()
    return page


def cell_option(page: TicketListPage, row: int) -> QStyleOptionViewItem:
    """The subject cell of ``row`` as the view asks its delegate to paint it, at 0, 0."""
    index = page.model.index(row, Column.SUBJECT)
    option = QStyleOptionViewItem()
    option.initFrom(page.table)
    option.rect = page.table.visualRect(index).translated(-page.table.visualRect(index).topLeft())
    return option


def painted(page: TicketListPage, row: int) -> QImage:
    """The subject cell of ``row`` as the delegate paints it."""
    option = cell_option(page, row)
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    page.subject_snippets.paint(painter, option, page.model.index(row, Column.SUBJECT))
    painter.end()
    return image


class Hit(NamedTuple):
    """A hit as the delegate lays it out in the cell: its text, where its bold glyphs go
    (the bold run's advance, one line high), and its baseline."""

    text: str
    rect: QRect
    baseline: int


def laid_out_hits(page: TicketListPage, row: int) -> list[Hit]:
    """The hits of ``row``'s subject cell, in the subject's line and then the snippet's, at
    the places the delegate gives them (its module docstring): the runs before a hit
    advance in the row's plain font, the hits in its bold."""
    index = page.model.index(row, Column.SUBJECT)
    item = cell_option(page, row)
    page.subject_snippets.initStyleOption(item, index)  # the row's own font, as painted
    plain, bold = QFont(item.font), QFont(item.font)
    plain.setBold(False)
    bold.setBold(True)
    metrics = {False: QFontMetrics(plain), True: QFontMetrics(bold)}
    cell, line, ascent = item.rect, item.fontMetrics.height(), item.fontMetrics.ascent()
    room = cell.width() - 1 - 2 * PADDING
    query = page.model.search_text
    subject = str(index.data())
    snippet = index.data(SNIPPET_ROLE)
    subject_hits = page.subject_snippets._subject_hits(subject, index)  # noqa: SLF001
    lines = [
        (
            subject,
            marked_hits(subject_hits, query),
            # With a snippet the subject takes the top line; alone, the middle of the cell.
            cell.top() + (PADDING if snippet is not None else (cell.height() - line) // 2),
            True,
        )
    ]
    if snippet is not None:
        lines.append(
            (snippet.text, marked_hits(snippet.hits, query), cell.top() + 2 * PADDING + line, False)
        )

    def advance(run: str, hit: bool) -> int:
        return metrics[hit].horizontalAdvance(run)

    found: list[Hit] = []
    for text, hits, top, keep_start in lines:
        x = cell.left() + PADDING
        for run, hit in fitted_runs(text, hits, room, advance, keep_start=keep_start):
            if hit:
                found.append(Hit(run, QRect(x, top, advance(run, True), line), top + ascent))
            x += advance(run, hit)
    return found


def redrawn(page: TicketListPage, row: int, image: QImage, hit: Hit, *, bold: bool) -> QImage:
    """``image`` with ``hit``'s place cleared and its text drawn there again, bold or
    plain, in the row's full text colour (as the delegate draws a hit)."""
    item = cell_option(page, row)
    page.subject_snippets.initStyleOption(item, page.model.index(row, Column.SUBJECT))
    font = QFont(item.font)
    font.setBold(bold)
    copy = image.copy()
    painter = QPainter(copy)
    painter.fillRect(hit.rect, image.pixelColor(item.rect.left(), hit.rect.top()))
    painter.setFont(font)
    painter.setPen(item.palette.color(QPalette.ColorRole.Text))
    painter.drawText(QPoint(hit.rect.left(), hit.baseline), hit.text)
    painter.end()
    return copy


def differing(one: QImage, other: QImage, rect: QRect) -> int:
    """How many pixels of ``rect`` differ clearly (not by a shade of anti-aliasing)."""

    def far(a: QColor, b: QColor) -> bool:
        return (
            max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 48
        )

    return sum(
        far(one.pixelColor(x, y), other.pixelColor(x, y))
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )


def hits_in_bold(page: TicketListPage, row: int) -> list[str]:
    """The hits laid out in ``row``'s subject cell, each checked to be painted, in bold:
    where the delegate lays a hit out, the cell looks as the hit's text drawn bold there,
    not as the same text drawn plain (in this font the two differ in ~150 pixels of a
    4-letter word; the delegate's bold matches to the pixel)."""
    image = painted(page, row)
    hits = laid_out_hits(page, row)
    for hit in hits:
        cleared = redrawn(page, row, image, hit._replace(text=""), bold=False)
        ink = differing(image, cleared, hit.rect)
        as_bold = differing(image, redrawn(page, row, image, hit, bold=True), hit.rect)
        as_plain = differing(image, redrawn(page, row, image, hit, bold=False), hit.rect)
        assert ink > 0, f"{hit.text!r} is not painted"
        assert as_bold * 4 < as_plain, f"{hit.text!r} is not bold: {as_bold=} {as_plain=}"
    return [hit.text for hit in hits]


async def test_a_message_hit_shows_its_words_with_the_word_in_bold(
    qtbot: QtBot, store: AccountStore
) -> None:
    page = searched(qtbot, store, "sync")
    # Subject or message: #1 (both), #3 (its message's "sync-status"), not #2 or #4.
    numbers = [page.model.ticket_at(r).number for r in range(page.model.rowCount())]
    assert numbers == [1, 3]
    snippet = page.model.index(1, Column.SUBJECT).data(SNIPPET_ROLE)
    assert snippet is not None
    # "gesynchroniseerd" holds it too: every occurrence in the snippet is marked.
    assert [snippet.text[a:b] for a, b in snippet.hits] == ["sync", "sync"]
    assert any(bold and text == "sync" for text, bold in segments(snippet.text, snippet.hits))
    # The row's accessible text says the subject and the snippet.
    spoken = page.model.index(1, Column.SUBJECT).data(ACCESSIBLE_TEXT_ROLE)
    assert spoken.startswith("Map wordt niet gesynchroniseerd. In a message: ")
    assert "sync-status" in spoken
    await wait_exposed(page)
    # Each hit drawn is painted in bold: the subject's, and the snippet's first (its second
    # is past the cell's edge). Without its hits marked, the cell looks different.
    assert hits_in_bold(page, 1) == ["sync", "sync"]
    with_bold = painted(page, 1)
    page.model._snippets["tkt_3"] = snippet._replace(hits=())  # noqa: SLF001
    assert painted(page, 1) != with_bold
    # Rows are two lines tall while searching, one line again after.
    tall = page.table.rowHeight(0)
    assert page.table.itemDelegateForColumn(Column.SUBJECT) is page.subject_snippets
    page.filters.search.setText("")
    page.show_cached(store.tickets, "usr_ava")
    assert page.table.rowHeight(0) < tall
    assert page.model.index(0, Column.SUBJECT).data(SNIPPET_ROLE) is None
    # Without a search the column is the view's own (no call into Python per subject).
    assert page.table.itemDelegateForColumn(Column.SUBJECT) is None


async def test_a_subject_hit_is_bold_too(qtbot: QtBot, store: AccountStore) -> None:
    """Found by its subject only (no message says "office"): the subject says why."""
    page = searched(qtbot, store, "OFFICE")
    assert [page.model.ticket_at(r).number for r in range(page.model.rowCount())] == [1]
    index = page.model.index(0, Column.SUBJECT)
    assert index.data(SNIPPET_ROLE) is None
    hits = page.subject_snippets._subject_hits(index.data(), index)  # noqa: SLF001
    assert [index.data()[a:b] for a, b in hits] == ["office"]
    await wait_exposed(page)
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "search-subject-en.png"))
    assert hits_in_bold(page, 0) == ["office"]
    with_bold = painted(page, 0)
    page.model._search = ""  # noqa: SLF001 - the same cell, drawn as without a search
    assert painted(page, 0) != with_bold


async def test_markup_in_a_message_is_shown_as_text(qtbot: QtBot, store: AccountStore) -> None:
    page = searched(qtbot, store, "Dropbox")
    snippet = page.model.index(0, Column.SUBJECT).data(SNIPPET_ROLE)
    assert "<b>Dropbox</b>" in snippet.text  # the characters, not bold markup
    assert [snippet.text[a:b] for a, b in snippet.hits] == ["Dropbox"]
    page = searched(qtbot, store, "script")
    snippet = page.model.index(0, Column.SUBJECT).data(SNIPPET_ROLE)
    assert "<script>alert(1)</script>" in snippet.text


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [("en", "three files", 1), ("ja", "同期", 2), ("nl", "dinsdag", 3)],
)
async def test_each_language_finds_and_fits(
    qtbot: QtBot,
    english: LanguageSwitcher,
    store: AccountStore,
    language: str,
    text: str,
    number: int,
) -> None:
    english.apply(language)
    try:
        page = searched(qtbot, store, text)
        page.retranslate_ui()
        await wait_exposed(page)
        assert page.model.ticket_at(0).number == number
        assert page.model.index(0, Column.SUBJECT).data(SNIPPET_ROLE) is not None
        page.columns.fit()
        await_bar = page.table.horizontalScrollBar()
        assert not await_bar.isVisible()
        if SHOTS:
            page.grab().save(str(Path(SHOTS) / f"search-{language}.png"))
    finally:
        english.apply("en")


# The demo's Japanese ticket: "Finder" comes 34 characters in, most of them wide.
FINDER_BODY = (
    "東京オフィスのMac 5台で、オンライン専用に設定したファイルをFinderでダブルクリックすると"
    "「ファイルを開けませんでした」と表示されます。Macに保存されているファイルは問題なく開けます。"
)


def drawn(page: TicketListPage, snippet: Snippet) -> list[tuple[str, bool]]:
    """What the delegate draws of ``snippet`` in the Subject column as it is now wide."""
    plain = QFont(page.table.font())
    bold = QFont(plain)
    bold.setBold(True)
    metrics = {False: QFontMetrics(plain), True: QFontMetrics(bold)}
    room = page.table.columnWidth(Column.SUBJECT) - 2 * PADDING
    return fitted_runs(
        snippet.text, snippet.hits, room, lambda run, hit: metrics[hit].horizontalAdvance(run)
    )


async def test_a_japanese_hit_shows_in_the_subject_column(
    qtbot: QtBot, english: LanguageSwitcher, store: AccountStore
) -> None:
    await store.tickets.save([ticket(5, "Finderでファイルが開けない", minutes_ago=5)])
    await store.snapshots.save(thread_key("tkt_5"), thread("tkt_5", FINDER_BODY))
    english.apply("ja")
    try:
        page = searched(qtbot, store, "Finder")
        await wait_exposed(page)
        page.columns.fit()  # the default widths at the list's width
        assert page.model.ticket_at(0).number == 5
        local = page.model.index(0, Column.SUBJECT).data(SNIPPET_ROLE)
        # Cut here or by the service (from the message's start): either way the hit is
        # drawn whole, and what is drawn fits the column.
        default = page.table.columnWidth(Column.SUBJECT)
        for width in (default, MIN_SUBJECT_WIDTH):  # and as narrow as the list lets it be
            page.table.setColumnWidth(Column.SUBJECT, width)
            for snippet in (local, marked(FINDER_BODY, "Finder")):
                runs = drawn(page, snippet)
                assert ("Finder", True) in runs, (width, runs)
                assert runs[0][0].startswith("…")
        service = marked(FINDER_BODY, "Finder")
        assert not drawn(page, service)[0][0].startswith("東京")
        # A hit near the start keeps the start.
        early = marked(FINDER_BODY, "東京")
        assert drawn(page, early)[0] == ("東京", True)
        # The delegate paints the cell so: the service's snippet, scrolled to its hit,
        # looks as the same words cut there.
        page.model._snippets["tkt_5"] = service  # noqa: SLF001
        scrolled = painted(page, 0)
        lead = drawn(page, service)[0][0].removeprefix("…")
        at = service.text.index(lead)
        page.model._snippets["tkt_5"] = marked("…" + service.text[at:], "Finder")  # noqa: SLF001
        assert painted(page, 0) == scrolled
        page.model._snippets["tkt_5"] = service  # noqa: SLF001
        if SHOTS:
            page.grab().save(str(Path(SHOTS) / "search-ja-finder.png"))
    finally:
        english.apply("en")


def test_the_rows_on_screen_ask_for_their_snippets_together(qtbot: QtBot) -> None:
    """The first row painted without a snippet asks for itself and the rows under it in
    one lookup (one query of the store), not a lookup per row as each is painted."""
    from desktop.ui.tickets.list.ticket_table_model import SNIPPET_BATCH, TicketTableModel

    model = TicketTableModel()
    model.reset(tuple(ticket(n) for n in range(1, 51)), None)
    asked: list[list[str]] = []

    def lookup(ids: Sequence[str], text: str) -> dict[str, Snippet]:
        asked.append(list(ids))
        return {i: Snippet(f"{text} in {i}", ((0, len(text)),)) for i in asked[-1][::2]}

    model.set_search("sync", lookup)
    shown = [model.index(row, Column.SUBJECT).data(SNIPPET_ROLE) for row in range(20)]
    assert asked == [[f"tkt_{n}" for n in range(1, SNIPPET_BATCH + 1)]]
    assert [s.text if s else None for s in shown[:4]] == [
        "sync in tkt_1",
        None,
        "sync in tkt_3",
        None,
    ]
    # Further down, the next screenful in one more lookup; rows read before are kept.
    model.index(40, Column.SUBJECT).data(SNIPPET_ROLE)
    assert asked[1] == [f"tkt_{n}" for n in range(41, 51)]
    model.index(2, Column.SUBJECT).data(SNIPPET_ROLE)
    assert len(asked) == 2


def test_a_late_hit_in_a_subject_keeps_how_the_subject_begins() -> None:
    """A subject found by a word near its end shows its first words, …, and the words
    before the hit: a newcomer could not place "…es a PDF in Finance"."""
    subject = "Invoice shows the wrong licence count for the whole Finance team in Rotterdam"
    hits = marked(subject, "rotterdam").hits

    def advance(run: str, hit: bool) -> int:
        return len(run) * (8 if hit else 7)  # bold is wider

    room = 300
    kept = fitted_runs(subject, hits, room, advance, keep_start=True)
    shown = "".join(run for run, _hit in kept)
    assert shown.startswith("Invoice shows"), shown
    assert ("Rotterdam", True) in kept, kept
    assert "… " not in shown and "…" in shown  # cut once, at a word's start
    first_word_after = shown.split("…", 1)[1].split(" ", 1)[0]
    assert f" {first_word_after} " in subject, shown  # a whole word, not its end
    assert sum(advance(run, hit) for run, hit in kept) <= room
    # A message's snippet has no such start to keep: it is scrolled to its hit.
    scrolled = fitted_runs(subject, hits, room, advance)
    assert scrolled[0][0].startswith("…")
    assert ("Rotterdam", True) in scrolled
    # A hit near the start changes nothing.
    early = fitted_runs(subject, marked(subject, "shows").hits, room, advance, keep_start=True)
    assert early[0] == ("Invoice ", False) and early[1] == ("shows", True)


async def test_a_one_letter_search_bolds_where_each_line_first_has_it(
    qtbot: QtBot, store: AccountStore
) -> None:
    # "s" is in most words: a line bold all over said nothing more of why it is listed.
    page = searched(qtbot, store, "s")
    await wait_exposed(page)
    row = next(r for r in range(page.model.rowCount()) if page.model.ticket_at(r).number == 1)
    index = page.model.index(row, Column.SUBJECT)
    subject = str(index.data())
    every = page.subject_snippets._subject_hits(subject, index)  # noqa: SLF001
    assert len(every) > 1  # "Sync stopped on the office Mac"
    assert hits_in_bold(page, row) == ["S", "s"]  # each line's first, in bold
    shown = painted(page, row)
    page.subject_snippets._hits[(subject, "s")] = every[:1]  # noqa: SLF001
    assert painted(page, row) == shown  # only the first was bold
    page.subject_snippets._hits[(subject, "s")] = ()  # noqa: SLF001
    assert painted(page, row) != shown  # and that one is


async def test_a_longer_search_bolds_every_hit(qtbot: QtBot, store: AccountStore) -> None:
    page = searched(qtbot, store, "ce")  # "Licence": twice
    await wait_exposed(page)
    row = next(r for r in range(page.model.rowCount()) if page.model.ticket_at(r).number == 4)
    index = page.model.index(row, Column.SUBJECT)
    subject = str(index.data())
    every = page.subject_snippets._subject_hits(subject, index)  # noqa: SLF001
    assert len(every) == 2
    # "Licence" in the subject and in the message: both of each, in bold.
    assert hits_in_bold(page, row) == ["ce", "ce", "ce", "ce"]
    shown = painted(page, row)
    page.subject_snippets._hits[(subject, "ce")] = every[:1]  # noqa: SLF001
    assert painted(page, row) != shown

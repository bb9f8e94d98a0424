"""Suggested help articles keep their places as the question grows (a new admin's report:
"Shared" → "Shared link" swapped the first two, and the "Answered — close the form"
button under the pointer then meant another article). Each button names its article,
and a Dutch title reads in two lines at most beside its button. Against the real service."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import settle
from desktop.ui.tickets.compose.article_suggestions import ArticleSuggestions
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from tests.e2e.test_contact_send_stays import type_character
from tests.support.client_flows import contact_on_screen
from tests.support.server import RunningServer
from tests.support.waiting import wait_until

# Typed in two steps; the service ranks the same articles differently after each.
FIRST, THEN = "Shared", " link"
# Questions three articles match, in each language.
SHARING = {
    "en": "Shared link expires",
    "ja": "共有リンクの有効期限",
    "nl": "Gedeelde links verlopen",
}


async def type_and_wait(dialog: ContactSupportDialog, text: str) -> None:
    suggestions = dialog.suggestions
    for character in text:
        type_character(dialog.subject_edit, character)
    typed = dialog.subject_edit.text().strip()
    await wait_until(
        lambda: (
            suggestions._asked == typed
            and suggestions._task is not None
            and suggestions._task.done()
        ),
        what=f"the articles for {typed!r}",
    )
    await settle()


def places(suggestions: ArticleSuggestions) -> dict[str, int]:
    return {row.article.key: index for index, row in enumerate(suggestions.rows)}


async def test_articles_still_suggested_keep_their_places(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with contact_on_screen(
        server, qtbot, tmp_path, monkeypatch, language="en", screen=(1440, 900)
    ) as dialog:
        dialog.subject_edit.setFocus()
        await type_and_wait(dialog, FIRST)
        before = places(dialog.suggestions)
        buttons = {row.article.key: row.answered_button for row in dialog.suggestions.rows}
        assert len(before) >= 2
        await type_and_wait(dialog, THEN)
        after = places(dialog.suggestions)
        still = before.keys() & after.keys()
        assert len(still) >= 2, "the longer question keeps some of the articles"
        for key in still:
            assert after[key] == before[key], key
            # The very button: the one aimed at still closes for its article.
            row = dialog.suggestions.rows[after[key]]
            assert row.answered_button is buttons[key]


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_each_answered_button_names_its_article(
    server: RunningServer,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    async with contact_on_screen(
        server, qtbot, tmp_path, monkeypatch, language=language, screen=(1280, 800)
    ) as dialog:
        dialog.subject_edit.setFocus()
        await type_and_wait(dialog, SHARING[language])
        rows = dialog.suggestions.rows
        assert len(rows) >= 2
        for row in rows:
            button = row.answered_button
            assert row.article.title in button.accessibleName()
            assert row.article.title in button.toolTip()
        names = {row.answered_button.accessibleName() for row in rows}
        assert len(names) == len(rows), "every button says which article it means"
        # A title reads in two lines at most beside its button.
        for row in rows:
            link = row.link
            one_line = link.heightForWidth(10_000)  # the font's own (a Japanese one is taller)
            assert link.heightForWidth(link.width()) <= 2 * one_line, row.article.title

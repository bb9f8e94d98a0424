"""A Dutch admin writing to support in English (support answers in English or Japanese)
is suggested the English help articles when no Dutch one matches (a newcomer's English
subject found three in the English app, none in the Dutch one). Against the real service."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.e2e.conftest import OpenContact
from tests.support.waiting import wait_until

ENGLISH_SUBJECT = "Shared folder invites fail for new hires"


async def test_an_english_subject_in_the_dutch_app_is_suggested_english_articles(
    contact_form: OpenContact, qtbot: QtBot
) -> None:
    async with contact_form(language="nl", screen=(1440, 900)) as dialog:
        dialog.subject_edit.setFocus()
        qtbot.keyClicks(dialog.subject_edit, ENGLISH_SUBJECT)
        await wait_until(lambda: bool(dialog.suggestions.rows), what="articles suggested")
        titles = [row.article.title for row in dialog.suggestions.rows]
        assert any("folder" in title.lower() or "shar" in title.lower() for title in titles), titles

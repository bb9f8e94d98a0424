"""An admin writing to support in Japanese from the English or Dutch app is suggested the
Japanese help articles: the question is likely written in the language chosen for the
ticket. Asked in the app's language only (then English), a Japanese question found
nothing, though three Japanese articles match it. Against the real service."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import OpenContact
from tests.support.waiting import wait_until

# Typed as an IME commits it: whole words, not key presses (the test key map has no kana).
JAPANESE_SUBJECT = "共有リンクのパスワード"


@pytest.mark.parametrize("language", ["en", "nl"])
async def test_a_japanese_question_for_japanese_support_is_suggested_japanese_articles(
    contact_form: OpenContact, language: str
) -> None:
    async with contact_form(language=language, screen=(1440, 900)) as dialog:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
        dialog.subject_edit.setFocus()
        dialog.subject_edit.setText(JAPANESE_SUBJECT)
        await wait_until(lambda: bool(dialog.suggestions.rows), what="articles suggested")
        titles = [row.article.title for row in dialog.suggestions.rows]
        assert any("共有リンク" in title for title in titles), titles

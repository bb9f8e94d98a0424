"""Messages read as written: a safe subset of Markdown, clickable links, never HTML (issue 21)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.api.models import Message
from desktop.ui.tickets.ticket.message_card import MessageCard
from desktop.ui.tickets.ticket.message_markup import open_link, to_html

HOSTILE = (
    '<img src=x onerror="alert(1)"> <script>alert(2)</script> '
    "[click me](javascript:alert(3)) <a href='https://evil.example'>x</a>"
)


def _message(body: str) -> Message:
    return Message(
        id="msg_1",
        ticket_id="tkt_1",
        author_kind="agent",
        author_name="Sam Agent",
        body=body,
        attachments=(),
        created_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("**Bold** and *italics*", "<p><b>Bold</b> and <i>italics</i></p>"),
        ("Run `rm -rf <dir>`", "<p>Run <code>rm -rf &lt;dir&gt;</code></p>"),
        ("- one\n- two", "<ul><li>one</li><li>two</li></ul>"),
        ("1. first\n2. second", "<ol><li>first</li><li>second</li></ol>"),
        ("```\n<b>raw</b>\n```", "<pre>&lt;b&gt;raw&lt;/b&gt;</pre>"),
        (
            "[Help](https://help.example/a?b=1&c=2)",
            '<p><a href="https://help.example/a?b=1&amp;c=2">Help</a></p>',
        ),
        (
            "See https://help.example/x.",
            '<p>See <a href="https://help.example/x">https://help.example/x</a>.</p>',
        ),
        ("[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>"),
        ("snake_case_name, 2 * 3 * 4", "<p>snake_case_name, 2 * 3 * 4</p>"),
        ("共有リンク **期限** が切れます", "<p>共有リンク <b>期限</b> が切れます</p>"),
    ],
)
def test_the_subset_of_markdown(text: str, html: str) -> None:
    assert to_html(text) == html


def test_nothing_of_a_hostile_message_is_read_as_html() -> None:
    made = to_html(HOSTILE)
    # Only the tags made here: the message's own are escaped, the javascript: link is text.
    assert "<img" not in made and "<script" not in made and "<a href='" not in made
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in made
    assert 'href="javascript' not in made.lower()


class _Browser(QObject):
    """Stands in for the system's browser (none here), through Qt's own URL handler hook."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_a_card_shows_the_hostile_text_as_written_and_opens_only_safe_links(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    card = MessageCard(_message(HOSTILE + "\nDocs: https://help.example/sso"), window)
    window.show()
    shown = card.body.text()
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in shown
    assert card.body.openExternalLinks() is False  # every click goes through open_link

    browser = _Browser()
    for scheme in ("https", "javascript", "file"):
        QDesktopServices.setUrlHandler(scheme, browser, "open")
    try:
        card.body.linkActivated.emit("https://help.example/sso")
        open_link("javascript:alert(1)")
        open_link("file:///etc/passwd")
        assert browser.opened == ["https://help.example/sso"]
    finally:
        for scheme in ("https", "javascript", "file"):
            QDesktopServices.unsetUrlHandler(scheme)

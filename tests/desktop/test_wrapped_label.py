"""A WrappedLabel (issue 19) wraps, and says what was set: its text(), its accessible name
and description carry none of the joiners that only hold its drawn lines together."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from desktop.ui.text.line_breaks import WORD_JOINER
from desktop.ui.text.wrapped_label import WrappedLabel

WJ = WORD_JOINER


def test_a_wrapped_label_says_what_was_set_without_its_joiners(qtbot: QtBot) -> None:
    label = WrappedLabel()
    qtbot.addWidget(label)
    label.setAccessibleDescription("説明")
    label.setText("メッセージを 3 件送信しました。")
    assert label.wordWrap()
    assert label.text() == "メッセージを 3 件送信しました。"
    assert WJ in label.shown_text()
    # What a screen reader is told: the text, never the joiners or the no-break spaces.
    access = QAccessible.queryAccessibleInterface(label)
    assert access is not None
    assert access.text(QAccessible.Text.Name) == "メッセージを 3 件送信しました。"
    assert WJ not in access.text(QAccessible.Text.Description)
    # Back to text that needs nothing: Qt names it after its text again.
    label.setText("Sent.")
    assert label.accessibleName() == ""
    assert access.text(QAccessible.Text.Name) == "Sent."
    label.setText("メッセージ")
    label.clear()
    assert label.text() == "" and label.accessibleName() == ""


def test_a_name_its_owner_gave_is_kept(qtbot: QtBot) -> None:
    label = WrappedLabel()
    qtbot.addWidget(label)
    label.setAccessibleName("同期の状態")
    label.setText("同期中… これまでに 6 件")
    assert label.accessibleName() == "同期の状態"


def test_rich_text_is_named_after_what_it_reads(qtbot: QtBot) -> None:
    label = WrappedLabel()
    qtbot.addWidget(label)
    label.setText("<b>オフライン</b>: 6 件の返信は待機中です。")
    access = QAccessible.queryAccessibleInterface(label)
    assert access is not None
    assert access.text(QAccessible.Text.Name) == "オフライン: 6 件の返信は待機中です。"


def test_hyphenated_words_are_held_only_when_asked(qtbot: QtBot) -> None:
    plain, held = WrappedLabel(), WrappedLabel(whole_hyphenated=True)
    for label in (plain, held):
        qtbot.addWidget(label)
        label.setText("by e-mail")
        assert label.text() == "by e-mail"
    assert plain.shown_text() == "by e-mail"
    assert held.shown_text() == "by e\u2011mail"


# Wrapped labels that show words as someone wrote them, to be selected and copied: a
# copy must not carry joiners. Every other wrapped label is a WrappedLabel.
AS_WRITTEN = {
    ("desktop/ui/session/sign_in_dialog.py", "self.error_label"),  # selectable, for reports
    ("desktop/ui/tickets/ticket/ticket_page.py", "self.title"),  # the ticket's subject
    ("desktop/ui/tickets/ticket/message_card.py", "self.body"),  # a message
    ("desktop/ui/tickets/ticket/outbox_card.py", "self.body"),  # a queued reply
}
# A recommendation's title and summary are the help centre's words, but not selectable:
# WrappedLabels, so Japanese breaks between phrases there too (issue 19).


def test_every_wrapped_label_of_the_apps_own_text_is_a_wrapped_label() -> None:
    """A QLabel made to wrap by hand would forget Japanese words (issue 19)."""
    root = Path(__file__).resolve().parents[2]
    by_hand, as_written = [], set()
    for path in sorted((root / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        made = {
            ast.unparse(target)
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign | ast.AnnAssign)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "QLabel"
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        }
        name = path.relative_to(root).as_posix()
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setWordWrap"
                and [ast.unparse(arg) for arg in node.args] == ["True"]
                and ast.unparse(node.func.value) in made
            ):
                label = (name, ast.unparse(node.func.value))
                if label in AS_WRITTEN:
                    as_written.add(label)
                else:
                    by_hand.append(f"{name}:{node.lineno} {label[1]}")
    assert by_hand == [], "make these WrappedLabel(): " + ", ".join(by_hand)
    assert as_written == AS_WRITTEN  # the exceptions are still there (and still QLabels)

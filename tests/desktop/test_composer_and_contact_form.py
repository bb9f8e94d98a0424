"""The reply composer and the contact form, as widgets (no network)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from desktop.api.models import Addon, Availability, NewTicket, Team
from desktop.services.tickets import ContactOptions, promised_minutes
from desktop.ui.tickets.attachments.attachment_picker import MAX_FILE_BYTES
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from desktop.ui.tickets.ticket.reply_composer import ReplyComposer


def test_the_text_stays_until_the_outbox_has_it(qtbot: QtBot) -> None:
    composer = ReplyComposer()
    qtbot.addWidget(composer)
    sent: list[str] = []
    composer.send_requested.connect(lambda text, _files: sent.append(text))
    composer.editor.setPlainText("Is there any news?")
    composer.send()
    composer.send()  # while it is being queued: ignored
    assert sent == ["Is there any news?"]
    composer.show_error("The disk is full")
    assert composer.editor.toPlainText() == "Is there any news?"  # nothing lost
    composer.send()
    assert len(sent) == 2
    composer.sent()
    assert composer.editor.toPlainText() == ""


def test_attachments_are_size_checked_before_upload(qtbot: QtBot, tmp_path: Path) -> None:
    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.show()
    small = tmp_path / "log.txt"
    small.write_text("sync error 0x80")
    big = tmp_path / "huge.mov"
    with big.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: no 25 MB written to disk
    composer.attachments.add_files([small, big, tmp_path / "missing.txt"])
    assert composer.attachments.files == [small]
    assert "huge.mov" in composer.status.text() and "25 MB" in composer.status.text()
    chips = composer.attachments.findChildren(QToolButton, "attachment_chip")
    assert [c.text().startswith("log.txt") for c in chips] == [True]
    sent: list[tuple[str, list[Path]]] = []
    composer.send_requested.connect(lambda text, files: sent.append((text, files)))
    composer.editor.setPlainText("Log attached")
    composer.send()
    assert sent[0][1] == [small]
    composer.show_error("offline")
    composer.attachments.remove(small)
    composer.send()
    assert sent[1][1] == []
    composer.sent()
    assert composer.attachments.files == []


def test_files_dropped_on_the_editor_are_attached(qtbot: QtBot, tmp_path: Path) -> None:
    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.show()
    dropped = tmp_path / "screenshot.png"
    dropped.write_bytes(b"\x89PNG")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    viewport = composer.editor.viewport()
    where = QPointF(viewport.rect().center())
    for event in (
        QDragEnterEvent(
            where.toPoint(),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
        QDropEvent(
            where,
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    ):
        QApplication.sendEvent(composer.editor, event)
    assert composer.attachments.files == [dropped]
    assert composer.editor.toPlainText() == ""  # the path was not pasted as text


def test_colleague_line_names_who_is_told(qtbot: QtBot) -> None:  # R17
    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.show()
    composer.configure(chat=False, colleague_name="Noah de Vries")
    assert composer.colleague_note.isVisible()
    assert (
        "“Colleague”" in composer.colleague_note.text()
        and "Noah de Vries" in composer.colleague_note.text()
    )
    composer.configure(chat=True, colleague_name="")
    assert not composer.colleague_note.isVisible()


def options(*, both_covered: bool, japanese_open: bool) -> ContactOptions:
    addons = [Addon("dropbox", "enhanced", "active", 60)]
    if both_covered:
        addons.append(Addon("dash", "basic", "active", 240))
    else:
        addons.append(Addon("dash", "basic", "ended", 240))
    opens = None if japanese_open else datetime(2026, 11, 30, 0, 0, tzinfo=UTC)
    availability = tuple(
        Availability(
            lang,
            channel,
            lang == "en" or channel == "request" or japanese_open,
            None if lang == "en" else opens,
        )
        for lang in ("en", "ja")
        for channel in ("request", "chat", "callback")
    )
    return ContactOptions(
        Team("t", "Northwind Traders", ("dropbox", "dash"), tuple(addons)), availability
    )


def test_product_is_asked_only_when_both_are_covered(qtbot: QtBot) -> None:  # R5, R14
    one = ContactSupportDialog(options(both_covered=False, japanese_open=True), champion=None)
    qtbot.addWidget(one)
    one.show()
    assert not one.product_combo.isVisible() and one.coverage_note.isVisible()
    # "add-on" never breaks at its hyphen (a newcomer read "add-" and "on." on two lines).
    assert "add-on" in one.coverage_note.text()
    assert "add\u2011on" in one.coverage_note.shown_text()
    both = ContactSupportDialog(options(both_covered=True, japanese_open=True), champion=None)
    qtbot.addWidget(both)
    both.show()
    # Both covered: the admin chooses; nothing is assumed (the first entry is "Choose…").
    assert both.product_combo.isVisible() and both.product_combo.count() == 3
    assert both.product is None and both.product_combo.currentText() == "Choose…"
    both.product_combo.setCurrentIndex(both.product_combo.findData("dash"))
    assert "within 4 hours" in both.promise.text()


def test_champions_get_the_better_target(qtbot: QtBot) -> None:  # R7
    opts = options(both_covered=True, japanese_open=True)
    assert promised_minutes(opts, "dash", None) == 240
    assert promised_minutes(opts, "dash", "epic") == 60
    assert promised_minutes(opts, "dropbox", "great") == 60


# Offscreen, activateWindow() does not make a dialog shown alone active: the focus this
# test follows needs an active window.
@pytest.mark.filterwarnings("ignore:Function. 'QApplication.setActiveWindow:DeprecationWarning")
def test_japanese_live_channels_closed_out_of_hours(qtbot: QtBot) -> None:  # R4
    dialog = ContactSupportDialog(options(both_covered=False, japanese_open=False), champion=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.channel_buttons["chat"].setChecked(True)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
    assert dialog.channel == "request"  # moved off the closed channel
    assert not dialog.channel_buttons["callback"].isEnabled()
    assert dialog.hours_box.isVisible()
    # The written request is the channel left: said in the note, no button that re-picks it.
    assert "send a written request in Japanese" in dialog.hours_note.text()
    assert dialog.english_button.isVisible()
    assert not dialog.findChildren(QPushButton, "send_written_request_button")
    # Continue in English: the live channels open, and nothing typed is selected to be
    # replaced by the next key (the focus went on to the subject, all of it selected).
    dialog.subject_edit.setText("Shared link will not open")
    QApplication.setActiveWindow(dialog)
    dialog.english_button.setFocus()
    assert dialog.english_button.hasFocus()
    qtbot.keyClick(dialog.english_button, Qt.Key.Key_Space)
    assert not dialog.english_button.isVisible()
    assert dialog.channel_buttons["callback"].isEnabled()
    assert dialog.subject_edit.selectedText() == ""
    assert dialog.channel_buttons[dialog.channel].hasFocus()


def test_submit_builds_the_ticket_and_keeps_one_key(qtbot: QtBot) -> None:
    dialog = ContactSupportDialog(options(both_covered=False, japanese_open=True), champion=None)
    qtbot.addWidget(dialog)
    dialog.show()
    made: list[tuple[NewTicket, str]] = []
    dialog.create_requested.connect(lambda draft, key, _files: made.append((draft, key)))
    dialog.channel_buttons["callback"].setChecked(True)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sign_in"))
    dialog.subject_edit.setText("Locked out")
    dialog.body_edit.setPlainText("Nobody can sign in.")
    dialog.phone_edit.setText("not a phone")
    dialog.send_button.click()
    assert made == [] and dialog.marks.is_marked("phone")
    dialog.phone_edit.setText("+31 20 123 4567")
    dialog.send_button.click()
    dialog.show_error("server said no")
    dialog.send_button.click()
    assert len(made) == 2 and made[0][1] == made[1][1]
    draft = made[0][0]
    assert (draft.product, draft.category, draft.channel, draft.phone) == (
        "dropbox",
        "sign_in",
        "callback",
        "+31201234567",
    )


def test_a_suggested_subject_alone_leaves_no_draft(qtbot: QtBot) -> None:
    dialog = ContactSupportDialog(options(both_covered=False, japanese_open=True), champion=None)
    qtbot.addWidget(dialog)
    dialog.suggest_subject("Follow-up to #12: Sync stuck")
    assert dialog.subject_edit.text() == "Follow-up to #12: Sync stuck"
    snapshot = dialog._snapshot()
    assert snapshot is not None and dict(snapshot.fields) == {}  # opened and closed: no draft
    dialog.body_edit.setPlainText("It is stuck again.")
    snapshot = dialog._snapshot()
    assert snapshot is not None and snapshot.fields["subject"] == "Follow-up to #12: Sync stuck"
    # A subject the admin had already written is theirs: not replaced.
    dialog.subject_edit.setText("Sync stuck again")
    dialog.suggest_subject("Follow-up to #12: Sync stuck")
    assert dialog.subject_edit.text() == "Sync stuck again"

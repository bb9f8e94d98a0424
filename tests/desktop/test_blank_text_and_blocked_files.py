"""Send waits for real text, programs are refused before upload, and the service's answers
to both (and to throttled sign-in) read as plain words (widgets, no network)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.api.errors import ApiError
from desktop.ui.text.error_text import describe
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from desktop.ui.tickets.ticket.reply_composer import ReplyComposer
from tests.desktop.test_composer_and_contact_form import options


def test_send_is_off_with_a_hint_while_the_reply_is_only_spaces(qtbot: QtBot) -> None:
    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.show()
    sent: list[str] = []
    composer.send_requested.connect(lambda text, _files: sent.append(text))
    assert not composer.send_button.isEnabled() and composer.send_hint.isVisible()
    assert composer.send_hint.text() == "Nothing to send yet"
    # Send's tooltip (and a screen reader) says it in full, with its keys.
    assert composer.send_button.toolTip() == "Write a message to send it\nSend (Ctrl+Enter)"
    composer.editor.setPlainText(" \n\t\u3000")
    assert not composer.send_button.isEnabled() and composer.send_hint.isVisible()
    composer.send()  # Ctrl+Enter goes here too
    assert sent == [] and composer.editor.toPlainText() == " \n\t\u3000"  # kept
    composer.editor.setPlainText("  Any news?  ")
    assert composer.send_button.isEnabled() and not composer.send_hint.isVisible()
    assert composer.send_button.toolTip() == "Send (Ctrl+Enter)"
    composer.send_button.click()
    assert sent == ["Any news?"]


def test_contact_support_refuses_text_of_only_spaces_and_keeps_it(qtbot: QtBot) -> None:
    dialog = ContactSupportDialog(options(both_covered=False, japanese_open=True), champion=None)
    qtbot.addWidget(dialog)
    dialog.show()
    made: list[object] = []
    dialog.create_requested.connect(lambda draft, _key, _files: made.append(draft))
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sync"))
    dialog.subject_edit.setText("   ")
    dialog.body_edit.setPlainText("Nobody can sign in.")
    dialog.send_button.click()
    # Spaces are not a subject: the field is marked, the rest is not, nothing goes out.
    assert made == [] and dialog.marks.is_marked("subject")
    assert not dialog.marks.is_marked("body")
    dialog.subject_edit.setText("Locked out")
    assert not dialog.marks.is_marked("subject")
    dialog.body_edit.setPlainText("\n \n")
    dialog.send_button.click()
    assert made == [] and dialog.marks.is_marked("body")
    assert dialog.subject_edit.text() == "Locked out"  # the rest of the draft stays


def test_programs_are_refused_before_upload_and_the_rest_kept(qtbot: QtBot, tmp_path: Path) -> None:
    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.show()
    log = tmp_path / "sync.log"
    log.write_text("conflict")
    named = tmp_path / "setup.EXE"
    named.write_bytes(b"not really")
    disguised = tmp_path / "invoice.pdf"
    disguised.write_bytes(b"MZ\x90\x00\x03")
    script = tmp_path / "notes.txt"
    script.write_bytes(b"#!/bin/sh\nrm -rf ~\n")
    composer.editor.setPlainText("See the log")
    composer.attachments.add_files([log, named, disguised, script])
    assert composer.attachments.files == [log]
    status = composer.status.text()
    for name in ("setup.EXE", "invoice.pdf", "notes.txt"):
        assert f"{name} is a program or script" in status
    assert "documents, images" in status
    assert composer.editor.toPlainText() == "See the log"


def test_service_answers_read_as_plain_words() -> None:
    blank = describe(ApiError(status=422, code="blank_text"))
    assert "only spaces" in blank.text and "blank_text" not in blank.text
    blocked = describe(ApiError(status=422, code="attachment_type_blocked"))
    assert "Programs and scripts cannot be attached" in blocked.text
    assert "attachment_type_blocked" not in blocked.text
    throttled = describe(ApiError(status=429, code="too_many_attempts", retry_after=600))
    assert "Try again in 10 minutes" in throttled.text
    almost = describe(ApiError(status=429, code="too_many_attempts", retry_after=61))
    assert "Try again in 2 minutes" in almost.text

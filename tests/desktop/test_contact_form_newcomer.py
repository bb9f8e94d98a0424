"""Contact support as a new admin met it (widgets, a real local store, no network): no red
message before a try to send, a prefilled subject shown from its start."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.store.account import AccountStore
from desktop.store.drafts import KEEP_UNTIL, NEW_TICKET_KEY, answered_draft_expiry
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from tests.desktop.test_composer_and_contact_form import options
from tests.desktop.test_contact_support_asks import dialog_for, sent_from

MARKS = ("product", "category", "language", "phone", "subject", "body")


def shown_marks(dialog: ContactSupportDialog) -> list[str]:
    return [name for name in MARKS if dialog.marks.message(name).isVisible()]


def test_choosing_a_phone_call_marks_nothing_until_sending_is_tried(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    made = sent_from(dialog)
    dialog.channel_buttons["callback"].setChecked(True)
    # The number's row appears with its hint, not with "Enter a phone number…" in red.
    assert dialog.phone_edit.isVisible() and dialog.phone_hint.isVisible()
    assert shown_marks(dialog) == [] and not dialog.marks.is_marked("phone")
    assert dialog.phone_edit.accessibleDescription() == ""
    dialog.subject_edit.setText("Locked out")
    dialog.send_button.click()
    assert made == []
    assert shown_marks(dialog) == ["category", "phone", "body"]
    assert not dialog.phone_hint.isVisible()  # one message under the field at a time
    # Live from then on: each goes as its field is filled.
    dialog.phone_edit.setText("+31 20 123 4567")
    assert shown_marks(dialog) == ["category", "body"] and dialog.phone_hint.isVisible()
    dialog.body_edit.setPlainText("Nobody can sign in.")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sign_in"))
    assert shown_marks(dialog) == []
    # Leaving the phone call and coming back shows the row without a mark.
    dialog.channel_buttons["request"].setChecked(True)
    dialog.phone_edit.clear()
    dialog.channel_buttons["callback"].setChecked(True)
    assert shown_marks(dialog) == [] and dialog.phone_hint.isVisible()


async def test_a_saved_phone_call_draft_opens_without_red_messages(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    try:
        fields = {"channel": "callback", "phone_text": "", "subject": "Sync stuck"}
        await store.drafts.save(NEW_TICKET_KEY, "", fields=fields)
        # Not through dialog_for: its wait would nest a loop inside this test's.
        dialog = ContactSupportDialog(
            options(both_covered=False, japanese_open=True), champion=None, drafts=store.drafts
        )
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.channel == "callback" and dialog.phone_edit.isVisible()
        assert shown_marks(dialog) == [] and dialog.phone_hint.isVisible()
        # Left open: closing the last window would quit the app, and this test's loop.
    finally:
        await store.close()


SUBJECT = "Follow-up to #1025: Shared links expire after 7 days although people choose 30 days"


def test_a_follow_up_starts_from_the_closed_ticket_where_the_form_asks(qtbot: QtBot) -> None:
    both = dialog_for(qtbot, options(both_covered=True, japanese_open=True))
    both.suggest_subject(SUBJECT, product="dash", category="sharing")
    assert (both.product, both.category) == ("dash", "sharing")
    assert both.subject_edit.cursorPosition() == 0  # its beginning in view
    assert shown_marks(both) == []
    # A choice the admin can change, and alone no draft.
    snapshot = both._snapshot()
    assert snapshot is not None and dict(snapshot.fields) == {}
    both.category_combo.setCurrentIndex(both.category_combo.findData("sync"))
    assert both.category == "sync"
    # One product covered: no product field, so nothing to carry; an uncovered one neither.
    one = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    one.suggest_subject(SUBJECT, product="dash", category="sharing")
    assert (one.product, one.category) == ("dropbox", "sharing")
    # A subject the admin already has (a draft's) is theirs, and so are its choices.
    mine = dialog_for(qtbot, options(both_covered=True, japanese_open=True))
    mine.subject_edit.setText("My own question")
    mine.suggest_subject(SUBJECT, product="dash", category="sharing")
    assert (mine.subject_edit.text(), mine.product, mine.category) == (
        "My own question",
        None,
        None,
    )


def test_a_refused_replys_follow_up_shows_its_subject_from_the_start(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    dialog.prefill(subject=SUBJECT, body="Still broken.", category="sharing")
    assert dialog.subject_edit.cursorPosition() == 0
    assert dialog.category == "sharing"


async def test_a_follow_up_over_an_answered_question_starts_empty_and_leaves_it(
    qtbot: QtBot, tmp_path: Path
) -> None:  # newcomer: the follow-up opened the answered "SSO sign-in fails" draft
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    try:
        answered = {
            "channel": "callback",
            "phone_text": "+31 20 123 4567",
            "subject": "SSO sign-in fails",
            KEEP_UNTIL: answered_draft_expiry(),
        }
        await store.drafts.save(NEW_TICKET_KEY, "Nobody can sign in.", fields=answered)
        dialog = ContactSupportDialog(
            options(both_covered=True, japanese_open=True), champion=None, drafts=store.drafts
        )
        qtbot.addWidget(dialog)
        assert dialog.subject_edit.text() == "SSO sign-in fails"  # as Open draft shows it
        dialog.suggest_subject(SUBJECT, product="dash", category="sharing")
        assert dialog.subject_edit.text() == SUBJECT
        assert dialog.body_edit.toPlainText() == "" and dialog.channel == "request"
        assert (dialog.product, dialog.category) == ("dash", "sharing")
        # Untouched: the answered question's draft stays as it was.
        assert dialog._snapshot() is None  # noqa: SLF001
        dialog.save_draft()
        kept = store.drafts.get(NEW_TICKET_KEY)
        assert kept is not None and kept.fields.get("subject") == "SSO sign-in fails"
        # Written in: this is the draft now.
        dialog.body_edit.setPlainText("The links still expire.")
        snapshot = dialog._snapshot()  # noqa: SLF001
        assert snapshot is not None and snapshot.body == "The links still expire."
        assert KEEP_UNTIL not in snapshot.fields
    finally:
        await store.close()


def test_the_product_choice_has_its_letter_like_the_other_choices(qtbot: QtBot) -> None:
    """Alt+R reaches the product box as Alt+C reaches the category's (a newcomer found
    every label with its letter but the product's); one product, named, has none."""
    both = dialog_for(qtbot, options(both_covered=True, japanese_open=True))
    label = both._labels["product"]  # noqa: SLF001 - the form's own label
    assert label.text() == "P&roduct:" and label.buddy() is both.product_combo
    one = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    assert one._labels["product"].text() == "Product:"  # noqa: SLF001

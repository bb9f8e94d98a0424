"""Contact support as a new admin met it (widgets, a real local store, no network): no red
message before a try to send, a prefilled subject shown from its start."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.store.account import AccountStore
from desktop.store.drafts import NEW_TICKET_KEY
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

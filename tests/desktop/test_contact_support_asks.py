"""Contact support asks and does not assume: nothing preselected, missing fields marked,
buttons that say what happens, honest out-of-hours promises, national phone numbers
(widgets, no network)."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backend.domain import hours
from desktop.api.models import Availability, NewTicket
from desktop.services.phones import home_region, international
from desktop.services.tickets import ContactOptions
from desktop.store.account import AccountStore
from desktop.store.drafts import NEW_TICKET_KEY
from desktop.ui.tickets.compose import contact_support_dialog
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from tests.desktop.test_composer_and_contact_form import options
from tests.support.app import english_catalog


def dialog_for(qtbot: QtBot, opts: ContactOptions) -> ContactSupportDialog:
    dialog = ContactSupportDialog(opts, champion=None)
    qtbot.addWidget(dialog)
    dialog.show()
    # Active, as a dialog the admin opened is: focus and shortcuts follow the active window.
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def sent_from(dialog: ContactSupportDialog) -> list[NewTicket]:
    made: list[NewTicket] = []
    dialog.create_requested.connect(lambda draft, _key, _files: made.append(draft))
    return made


def choose(dialog: ContactSupportDialog, category: str) -> None:
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(category))


def test_category_and_product_start_unchosen(qtbot: QtBot) -> None:  # R14, R19
    dialog = dialog_for(qtbot, options(both_covered=True, japanese_open=True))
    assert dialog.category is None and dialog.category_combo.currentText() == "Choose…"
    assert dialog.product is None and dialog.product_combo.currentText() == "Choose…"
    assert "Choose the product" in dialog.promise.text()  # no target for a product not chosen
    one = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    # One covered product: nothing to ask, and it is the ticket's product.
    assert one.product == "dropbox" and not one.marks.message("product").isVisible()


def test_missing_fields_are_marked_until_filled_and_nothing_typed_is_lost(
    qtbot: QtBot,
) -> None:
    dialog = dialog_for(qtbot, options(both_covered=True, japanese_open=True))
    made = sent_from(dialog)
    dialog.body_edit.setPlainText("Since this morning the desktop app says it is up to date.")
    assert not any(dialog.marks.is_marked(n) for n in ("product", "category", "subject"))
    dialog.send_button.click()
    assert made == []
    for name, text, field in (
        ("product", "Choose the product your question is about.", dialog.product_combo),
        ("category", "Choose what your question is about.", dialog.category_combo),
        ("subject", "Write a subject.", dialog.subject_edit),
    ):
        message = dialog.marks.message(name)
        assert message.isVisible() and message.text() == text
        assert field.accessibleDescription() == text
    assert not dialog.marks.message("body").isVisible()
    assert dialog.product_combo.hasFocus()  # the first field to fill
    dialog.product_combo.setCurrentIndex(dialog.product_combo.findData("dash"))
    assert not dialog.marks.message("product").isVisible()
    assert dialog.product_combo.accessibleDescription() == ""
    assert dialog.marks.message("category").isVisible()  # the others wait for theirs
    choose(dialog, "sync")
    assert not dialog.marks.message("category").isVisible()
    dialog.subject_edit.setText("Files do not sync")
    assert not dialog.marks.message("subject").isVisible()
    dialog.send_button.click()
    assert [(t.product, t.category, t.subject) for t in made] == [
        ("dash", "sync", "Files do not sync")
    ]
    assert made[0].body == "Since this morning the desktop app says it is up to date."


def test_the_notes_never_overlap_the_attachments(qtbot: QtBot) -> None:  # R4
    dialog = dialog_for(qtbot, options(both_covered=True, japanese_open=False))
    send = dialog.send_button.mapTo(dialog, dialog.send_button.rect().topLeft())
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
    dialog.send_button.click()  # every mark shown as well
    qtbot.wait(10)
    assert dialog.hours_box.isVisible() and dialog.marks.message("body").isVisible()

    def area(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())

    rows = [
        dialog.hours_box,
        dialog.phone_edit,
        dialog.subject_edit,
        dialog.marks.message("subject"),
        dialog.body_edit,
        dialog.marks.message("body"),
        dialog.attachments,
    ]
    visible = [area(w) for w in rows if w.isVisible()]
    for upper, lower in zip(visible, visible[1:], strict=False):
        assert upper.bottom() < lower.top()
    # The form scrolls to them; the dialog keeps its size (growing, it moved Send away
    # from the pointer that had just pressed it), the first missing field in view.
    assert dialog.send_button.mapTo(dialog, dialog.send_button.rect().topLeft()) == send
    first = dialog.marks.message("category")
    assert first.visibleRegion().boundingRect().height() == first.height()
    # Its room for them was taken on the first show (the screen here has it): the marks
    # and the notice take the description's spare height, nothing is scrolled away.
    assert dialog.form_scroll.verticalScrollBar().maximum() == 0


@pytest.fixture
def japanese_ui() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("ja_JP"))
    yield
    QLocale.setDefault(before)


def test_the_ticket_language_starts_at_the_admins_own(qtbot: QtBot, japanese_ui: None) -> None:
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    assert dialog.language == "ja"


def test_a_language_support_does_not_speak_assumes_none_and_says_why(
    qtbot: QtBot,
) -> None:  # R1
    before = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))
    try:
        dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    finally:
        QLocale.setDefault(before)
    assert dialog.language is None  # not English on the admin's behalf
    assert dialog.language_combo.currentText() == "Choose…"
    assert dialog.language_note.isVisible()
    assert dialog.language_note.text() == (
        "Premium Support answers in English or Japanese: choose one."
    )
    made: list[NewTicket] = []
    dialog.create_requested.connect(lambda draft, _key, _files: made.append(draft))
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sync"))
    dialog.subject_edit.setText("Files do not sync")
    dialog.body_edit.setPlainText("Since this morning.")
    dialog.send_button.click()
    assert not made and dialog.marks.message("language").isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
    dialog.send_button.click()
    assert [t.language for t in made] == ["ja"]


def test_the_admins_own_language_is_said_to_be_a_default(qtbot: QtBot) -> None:  # R1
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    assert dialog.language == "en"
    assert "Chosen to match the app's language" in dialog.language_note.text()


def test_the_language_hint_says_what_is_chosen_after_every_change(
    qtbot: QtBot, japanese_ui: None
) -> None:  # R1, R4
    """A newcomer's report: in Japanese, after "Continue in English" the hint still said
    the app's language was chosen, though English was."""
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=False))
    assert dialog.language == "ja"
    assert "Chosen to match the app's language" in dialog.language_note.text()
    qtbot.mouseClick(dialog.english_button, Qt.MouseButton.LeftButton)
    assert dialog.language == "en"
    assert "app's language" not in dialog.language_note.text()
    assert dialog.language_note.text() == (
        "Premium Support answers in English or Japanese, in the language chosen here."
    )
    assert dialog.language_combo.accessibleDescription() == dialog.language_note.text()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
    assert "Chosen to match the app's language" in dialog.language_note.text()


def test_choose_is_the_prompt_never_a_choice(qtbot: QtBot) -> None:  # R14, R19
    """A newcomer picked "Choose…" back as if it were a category. It is shown as the
    prompt, but neither the list nor the arrow keys choose it."""
    before = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))  # no language assumed: its list starts "Choose…"
    try:
        dialog = dialog_for(qtbot, options(both_covered=True, japanese_open=True))
    finally:
        QLocale.setDefault(before)
    for combo in (dialog.category_combo, dialog.product_combo, dialog.language_combo):
        assert combo.currentText() == "Choose…" and combo.currentIndex() == 0
        model = combo.model()
        assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled
        assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEnabled
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() == 1
        qtbot.keyClick(combo, Qt.Key.Key_Up)  # not back to the prompt
        qtbot.keyClick(combo, Qt.Key.Key_Home)
        assert combo.currentIndex() == 1, combo.objectName()
    assert dialog.category is not None and dialog.product is not None
    assert dialog.language is not None


@pytest.mark.parametrize("channel", ["request", "chat"])
def test_tab_and_shift_tab_enter_the_channels_on_the_chosen_one(qtbot: QtBot, channel: str) -> None:
    """A newcomer's report: Shift+Tab into "How" landed on the unchosen "Request a phone
    call" (the last one), before the group had ever had the focus."""
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    dialog.channel_buttons[channel].setChecked(True)  # as a restored draft does
    chosen = dialog.channel_buttons[channel]
    after = dialog.phone_edit if channel == "callback" else dialog.subject_edit
    after.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is chosen
    dialog.language_combo.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chosen
    # Chosen anew with the arrow keys, the new one is the group's stop both ways.
    qtbot.keyClick(chosen, Qt.Key.Key_Down)
    moved = QApplication.focusWidget()
    assert isinstance(moved, QRadioButton) and moved is not chosen and moved.isChecked()
    qtbot.keyClick(moved, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is moved


def test_the_button_names_what_happens(qtbot: QtBot) -> None:  # R15
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    names = {}
    for channel in ("request", "chat", "callback"):
        dialog.channel_buttons[channel].setChecked(True)
        names[channel] = dialog.send_button.text()
    assert names == {"request": "Send request", "chat": "Start chat", "callback": "Request a call"}
    assert dialog.send_button.toolTip() == "Request a call (Ctrl+Enter)"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_sends_from_any_field(qtbot: QtBot, key: Qt.Key) -> None:
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    made = sent_from(dialog)
    choose(dialog, "sharing")
    dialog.subject_edit.setText("Link asks for a password")
    dialog.body_edit.setPlainText("Since today.")
    dialog.body_edit.setFocus()
    qtbot.keyClick(dialog.body_edit, key, Qt.KeyboardModifier.ControlModifier)
    assert [t.subject for t in made] == ["Link asks for a password"]
    assert dialog.body_edit.toPlainText() == "Since today."  # no new line slipped in
    dialog.show_error("offline")
    dialog.category_combo.setFocus()
    qtbot.keyClick(dialog.category_combo, key, Qt.KeyboardModifier.ControlModifier)
    assert len(made) == 2


@contextmanager
def clock_in(zone: str) -> Iterator[None]:
    """The computer's time zone, with times written 24-hour (English on a Dutch computer)."""
    before_zone, before_locale = os.environ.get("TZ"), QLocale()
    os.environ["TZ"] = zone
    time.tzset()
    QLocale.setDefault(QLocale("en_NL"))
    try:
        yield
    finally:
        QLocale.setDefault(before_locale)
        if before_zone is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before_zone
        time.tzset()


def service_options(now: datetime) -> ContactOptions:
    """The options as the service computes them at ``now`` (backend/domain/hours.py)."""
    base = options(both_covered=False, japanese_open=True)
    return ContactOptions(
        base.team,
        tuple(
            Availability(a.language, a.channel, a.open, a.next_open_at)
            for a in hours.availability(now)
        ),
    )


def test_out_of_hours_the_promise_says_when_the_answer_can_come(qtbot: QtBot) -> None:  # R4
    saturday = datetime(2026, 11, 28, 11, 0, tzinfo=hours.JST)
    with clock_in("Europe/Amsterdam"):
        dialog = dialog_for(qtbot, service_options(saturday))
        english = dialog.promise.text()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
        japanese = dialog.promise.text()
    assert english == "Response target: first answer within 1 hour."
    # Monday 09:00 in Tokyo is 01:00 in Amsterdam (CET), the same Monday.
    assert japanese == (
        "Japanese support opens Monday 09:00 JST — 01:00 your time. "
        "First answer within 1 hour after that."
    )
    tuesday_morning = datetime(2026, 12, 1, 10, 0, tzinfo=hours.JST)  # open: the usual promise
    open_now = dialog_for(qtbot, service_options(tuesday_morning))
    open_now.language_combo.setCurrentIndex(open_now.language_combo.findData("ja"))
    assert open_now.promise.text() == "Response target: first answer within 1 hour."


def test_offline_the_promise_still_follows_japanese_hours(qtbot: QtBot) -> None:  # R4
    """Opened offline (no word from the service on its hours), a Japanese request on a
    Saturday is still promised from Monday's opening, by R4's rule; and every promise
    counts from the request reaching support, which it does from the outbox."""
    saturday = datetime(2026, 11, 28, 11, 0, tzinfo=hours.JST)
    base = options(both_covered=False, japanese_open=True)
    offline = ContactOptions(base.team, (), offline=True, read_at=saturday)
    with clock_in("Europe/Amsterdam"):
        dialog = dialog_for(qtbot, offline)
        english = dialog.promise.text()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
        japanese = dialog.promise.text()
    assert english == (
        "Response target: first answer within 1 hour of your request reaching support."
    )
    assert japanese == (
        "Japanese support opens Monday 09:00 JST — 01:00 your time. "
        "First answer within 1 hour after that."
    )


def test_out_of_hours_a_different_local_day_is_named(qtbot: QtBot) -> None:
    with clock_in("America/New_York"):
        dialog = dialog_for(qtbot, service_options(datetime(2026, 11, 28, 11, 0, tzinfo=hours.JST)))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
        promise = dialog.promise.text()
    # Monday 09:00 JST is Sunday 19:00 in New York.
    assert "Monday 09:00 JST — Sunday 19:00 your time" in promise


def test_a_national_number_is_read_in_the_admins_country(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:  # R15
    # A computer elsewhere: the Dutch account still reads Dutch numbers (as the service does).
    monkeypatch.setattr(contact_support_dialog, "system_territory", lambda: "US")
    base = options(both_covered=False, japanese_open=True)
    dutch = ContactOptions(base.team, base.availability, account_language="nl")
    dialog = dialog_for(qtbot, dutch)
    made = sent_from(dialog)
    dialog.channel_buttons["callback"].setChecked(True)
    assert dialog.phone_edit.placeholderText() == "010 123 4567"  # written as at home
    dialog.phone_edit.setText("020 123 4567")
    assert dialog.phone_hint.text() == "We will call +31 20 123 4567."
    choose(dialog, "sign_in")
    dialog.subject_edit.setText("Locked out")
    dialog.body_edit.setPlainText("Nobody can sign in.")
    dialog.send_button.click()
    assert [t.phone for t in made] == ["+31201234567"]


def test_a_missing_phone_number_is_marked(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    made = sent_from(dialog)
    dialog.channel_buttons["callback"].setChecked(True)
    choose(dialog, "sign_in")
    dialog.subject_edit.setText("Locked out")
    dialog.body_edit.setPlainText("Nobody can sign in.")
    dialog.send_button.click()
    assert made == [] and dialog.marks.message("phone").isVisible()
    assert not dialog.phone_hint.isVisible()  # one message at a time under the field
    dialog.phone_edit.setText("+31 20 123 4567")
    assert not dialog.marks.message("phone").isVisible() and dialog.phone_hint.isVisible()
    dialog.channel_buttons["request"].setChecked(True)
    dialog.send_button.click()
    assert [t.phone for t in made] == [None]


def test_the_home_country_and_the_one_way_numbers_are_shown() -> None:
    assert home_region("", "nl") == "NL" and home_region("US", "ja") == "JP"  # as the service
    assert home_region("NL", "en") == "NL"  # English is no country: the computer names it
    assert home_region("", "en") == ""  # nobody does: the number needs its country code
    assert international("+31201234567") == "+31 20 123 4567"
    assert international("+81312345678") == "+81 3-1234-5678"
    assert international("not a number") == "not a number"


async def test_a_saved_form_without_a_category_still_opens(qtbot: QtBot, tmp_path: Path) -> None:
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    try:
        # As saved by a version that knew no category yet, and one where none was chosen.
        for fields in (
            {"product": "dropbox", "channel": "request", "subject": "Sync stuck"},
            {"product": "", "category": "", "channel": "request", "subject": "Sync stuck"},
        ):
            await store.drafts.save(NEW_TICKET_KEY, "It stopped at 99 %.", fields=fields)
            # Not through dialog_for: its wait would nest a loop inside this test's.
            dialog = ContactSupportDialog(
                options(both_covered=False, japanese_open=True), champion=None, drafts=store.drafts
            )
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.subject_edit.text() == "Sync stuck"
            assert dialog.body_edit.toPlainText() == "It stopped at 99 %."
            assert dialog.category is None and dialog.category_combo.currentText() == "Choose…"
            # Left open: closing the last window would quit the app, and this test's loop.
    finally:
        await store.close()


async def test_a_follow_up_form_leaves_the_new_ticket_draft_alone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    try:
        fields = {"channel": "callback", "phone_text": "+31 20 123 4567", "subject": "Mine"}
        await store.drafts.save(NEW_TICKET_KEY, "A request of another day.", fields=fields)
        dialog = ContactSupportDialog(
            options(both_covered=False, japanese_open=True), champion=None, drafts=store.drafts
        )
        qtbot.addWidget(dialog)
        dialog.show()
        # A reply refused for a closed ticket, carried into the form (issue 20).
        dialog.prefill(subject="Follow-up to #7: Sync", body="Still broken.", category="sync")
        assert (dialog.subject_edit.text(), dialog.body_edit.toPlainText()) == (
            "Follow-up to #7: Sync",
            "Still broken.",
        )
        assert dialog.channel == "request" and dialog.phone_edit.text() == ""
        assert dialog.category == "sync"
        dialog.body_edit.appendPlainText("Edited in the form.")
        dialog.save_draft()
        store.drafts.write_journal()
        await store.database.on_writer(lambda: None)
        await asyncio.sleep(0)
        # The text lives in the outbox until sent: the other draft is as it was.
        draft = store.drafts.get(NEW_TICKET_KEY)
        assert draft is not None and draft.body == "A request of another day."
        assert draft.fields["subject"] == "Mine"
    finally:
        await store.close()


def _edit_field_width(combo: QComboBox) -> int:
    """The room the combo box gives its text (its width less the arrow and frame)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    return field.width()


@pytest.mark.parametrize("language", ["ja", "nl", "en"])
def test_every_choice_is_whole_in_its_box_and_the_products_in_their_order(
    qtbot: QtBot, language: str
) -> None:
    """A newcomer's Japanese form cut "選択してください…" to "選択してくださ" (the box sized to
    the entries before the prompt had its words), and the Dutch one listed Dash first
    (the add-ons' order) where Get help lists Dropbox first."""
    both = options(both_covered=True, japanese_open=True)
    dash_first = ContactOptions(
        replace(both.team, addons=tuple(reversed(both.team.addons))), both.availability
    )
    languages = english_catalog()
    try:
        languages.apply(language)
        dialog = dialog_for(qtbot, dash_first)
        combo = dialog.product_combo
        assert [combo.itemData(i) for i in range(1, combo.count())] == ["dropbox", "dash"]
        for box in (dialog.product_combo, dialog.category_combo):
            texts = [box.itemText(i) for i in range(box.count())]
            widest = max(box.fontMetrics().horizontalAdvance(text) for text in texts)
            assert _edit_field_width(box) >= widest, (box.objectName(), texts)
    finally:
        languages.apply("en")


@pytest.mark.parametrize("language", ["nl", "ja", "en"])
def test_choosing_a_language_moves_no_field_below_it(qtbot: QtBot, language: str) -> None:
    """A newcomer's Dutch form: choosing English made the note under the language box two
    lines, the ways of asking moved down, and the click meant for a call missed."""
    locales = {"nl": "nl_NL", "ja": "ja_JP", "en": "en_GB"}
    before = QLocale()
    QLocale.setDefault(QLocale(locales[language]))
    languages = english_catalog()
    try:
        languages.apply(language)
        dialog = dialog_for(qtbot, options(both_covered=True, japanese_open=True))
        callback = dialog.channel_buttons["callback"]
        combo = dialog.language_combo

        def place() -> int:
            QApplication.processEvents()  # the layout takes the note's new height
            return callback.mapTo(dialog, callback.rect().topLeft()).y()

        first = place()
        for code in ("en", "ja", "en"):
            combo.setCurrentIndex(combo.findData(code))
            assert place() == first, (code, dialog.language_note.text())
    finally:
        languages.apply("en")
        QLocale.setDefault(before)

"""Contact support (R4, R5, R13–R15): a new request, chat or callback, with its promise shown."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import NewTicket
from desktop.services.phones import home_region, international, national_example, to_e164
from desktop.services.tickets import ContactOptions, promised_minutes
from desktop.store.draft_journal import Snapshot
from desktop.store.drafts import (
    KEEP_UNTIL,
    NEW_TICKET_KEY,
    Draft,
    DraftStore,
    answered_draft_expiry,
)
from desktop.ui.look.icons import primary_icon
from desktop.ui.look.theme import (
    FOCUS_RING_WIDTH,
    TextRole,
    set_font_style,
    set_text_role,
    style_boxed,
    style_primary,
)
from desktop.ui.text.formatting import long_datetime
from desktop.ui.text.labels import CATEGORIES, PRODUCTS, category_label, product_label
from desktop.ui.text.spans import Spans
from desktop.ui.text.steady_note import SteadyNote
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.tickets.attachments.attachment_picker import AttachmentPicker
from desktop.ui.tickets.attachments.image_paste import ImagePaste
from desktop.ui.tickets.compose.article_suggestions import ArticleSuggestions, SuggestionsSlot
from desktop.ui.tickets.compose.draft_note import DraftNote
from desktop.ui.tickets.compose.field_marks import FieldMarks
from desktop.ui.tickets.compose.form_scroll import FormPage, FormScroll, grow_to_fit
from desktop.ui.tickets.compose.prompt_choice import UNCHOSEN, prompt_only
from desktop.ui.tickets.compose.suggestion_keys import SuggestionKeys
from desktop.ui.tickets.compose.support_hours import opening_times
from desktop.ui.tickets.compose.undo_bar import UndoBar

if TYPE_CHECKING:
    from desktop.services.help_articles import ArticleFinder

CHANNELS = ("request", "chat", "callback")
# The form is saved this long after the last change (and when it is closed).
DRAFT_SAVE_MS = 800
LIVE = ("chat", "callback")
# The description's height when the screen has no more room: about six lines.
DESCRIPTION_MIN_HEIGHT = 120
# R1: the languages support answers in, by the UI language that preselects one.
SUPPORT_LANGUAGES = {QLocale.Language.English: "en", QLocale.Language.Japanese: "ja"}


def system_territory() -> str:
    """The computer's country (``NL``), "" when its locale names none (``C``)."""
    return QLocale.territoryToCode(QLocale.system().territory())


class DescriptionEdit(QPlainTextEdit):
    """Asks for a few lines only: the form's spare height is its, but on a small screen
    its wish of 192 pixels made the whole form scroll (Attachments cut at the edge)."""

    def __init__(self) -> None:
        super().__init__()
        self._lent = 0
        self.setMinimumHeight(DESCRIPTION_MIN_HEIGHT)

    def lend(self, height: int) -> None:
        """As much shorter, for its missing mark under it: what is below stays put."""
        if height != self._lent:
            self._lent = height
            self.setMinimumHeight(DESCRIPTION_MIN_HEIGHT - height)
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), DESCRIPTION_MIN_HEIGHT - self._lent)


class ContactSupportDialog(QDialog):
    """Emits ``create_requested(draft, idempotency_key, files)``; the text stays on failure.

    The key stays the same while the draft does, so retrying after a dropped
    connection cannot open two tickets; an edited draft is a new request.
    """

    create_requested = Signal(NewTicket, str, list)
    # A suggested article answered the question: closed, no ticket, draft kept. (The
    # article's key, and whether this same question was counted before: Open draft.)
    question_answered = Signal(str, bool)
    # Closed without sending (Esc, Cancel, the title bar's close) with something in it:
    # kept as the new-ticket draft, which the window says (not after an article answered
    # it: that has its own notice).
    kept_as_draft = Signal()

    def __init__(
        self,
        options: ContactOptions,
        *,
        champion: str | None,
        drafts: DraftStore | None = None,
        parent: QWidget | None = None,
        local_stopped: bool = False,
    ) -> None:
        """``local_stopped``: offline because the local demo workspace is not running:
        nothing brings it back by itself, so the note says what does (Start it again)."""
        super().__init__(parent)
        self.setObjectName("contact_support_dialog")
        self._options = options
        self._local_stopped = local_stopped
        self._champion = champion
        self._key = ""
        self._key_draft: tuple[NewTicket, tuple[Path, ...]] | None = None
        self._busy = False
        self._drafts = drafts
        # A follow-up of a refused reply (prefill): its text is safe in the outbox until
        # the request is sent, and the new-ticket draft of another day is left alone.
        self._keeps_draft = True
        self._answered_closing = False  # closing because an article answered the question
        # A subject the client proposed (suggest_subject): alone, it is no draft to keep.
        self._suggested_subject = ""
        # A follow-up set an answered question's draft aside (untouched, it stays).
        self._answered_aside = False
        self._saving: set[asyncio.Task[None]] = set()
        self._focus_placed = False  # on the first show only: later ones keep the admin's
        self._sized = False  # sized to the form on the first show; it keeps that size
        self._written = False  # written in since shown (a draft's text is not)
        # In the products' own order, as Get help and Billing list them: the add-ons' order
        # (the one bought last, last) listed Dash before Dropbox here.
        covered = [p for p in PRODUCTS if p in {a.product for a in options.team.covered_products()}]
        self._covered = covered
        self._uncovered = [p for p in options.team.products if p not in covered]
        self._region = home_region(system_territory(), options.account_language)

        self.product_combo = QComboBox()
        self.product_combo.setObjectName("product_combo")
        if len(covered) > 1:
            self.product_combo.addItem("", UNCHOSEN)
            prompt_only(self.product_combo)
        for product in covered:
            self.product_combo.addItem(product_label(product), product)
        # R14: asked only when there is a choice.
        self.product_combo.setVisible(len(covered) > 1)
        self.product_fixed = QLabel(product_label(covered[0]) if covered else "")
        self.product_fixed.setVisible(len(covered) == 1)
        # Plain text with "add-on" in it: held whole, never "add-" at a line's end.
        self.coverage_note = WrappedLabel(whole_hyphenated=True)
        self.coverage_note.setObjectName("coverage_note")
        set_text_role(self.coverage_note, TextRole.SECONDARY)

        self.category_combo = QComboBox()
        self.category_combo.setObjectName("category_combo")
        self.category_combo.addItem("", UNCHOSEN)
        prompt_only(self.category_combo)
        for category in CATEGORIES:
            self.category_combo.addItem("", category)

        self.channel_buttons: dict[str, QRadioButton] = {}
        self._channel_group = QButtonGroup(self)
        channel_box = QVBoxLayout()
        for channel in CHANNELS:
            button = QRadioButton()
            button.setObjectName(f"channel_{channel}")
            self.channel_buttons[channel] = button
            self._channel_group.addButton(button)
            channel_box.addWidget(button)
        self.channel_buttons["request"].setChecked(True)
        # Tab and Shift+Tab enter the ways of asking on the chosen one.
        self._channel_group.buttonToggled.connect(self._tab_stop_on_chosen_channel)
        self._tab_stop_on_chosen_channel()

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("ticket_language_combo")
        # R1: support speaks English and Japanese. The admin's own language (the UI's, set
        # as Qt's default locale) when it is one of them; otherwise nothing is assumed.
        self._own_language = SUPPORT_LANGUAGES.get(QLocale().language())
        if self._own_language is None:
            self.language_combo.addItem("", UNCHOSEN)
            prompt_only(self.language_combo)
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("日本語", "ja")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self._own_language))
        )
        # Said beside the choice, not in a tooltip: a Dutch admin finds no Dutch here.
        self.language_note = SteadyNote()
        self.language_note.setObjectName("ticket_language_note")
        set_text_role(self.language_note, TextRole.SECONDARY)

        self.hours_note = WrappedLabel()
        self.hours_note.setObjectName("japanese_hours_note")
        self.hours_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        set_text_role(self.hours_note, TextRole.WARNING)
        self.offline_note = WrappedLabel()
        self.offline_note.setObjectName("contact_offline_note")
        set_text_role(self.offline_note, TextRole.WARNING)
        self.offline_note.setVisible(options.offline)
        # R4 offers English or a written request out of hours. The written request is the
        # channel already chosen then (chat and callback are closed), so the notice says so
        # and only English needs a button (a "Send a written request" one did nothing).
        self.english_button = QPushButton()
        self.english_button.setObjectName("continue_in_english_button")
        self.english_button.clicked.connect(self._continue_in_english)
        # Under the channels they are about. A row of its own (an empty label beside it) was
        # given the note's height at a far narrower width: an empty gap under it.
        self.hours_box = self.hours_note

        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phone_edit")
        # A number, not words: one written as it is at home, where that is known.
        self.phone_edit.setPlaceholderText(national_example(self._region) or "+31 20 123 4567")
        self.phone_hint = WrappedLabel()
        self.phone_hint.setObjectName("phone_hint")
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("subject_edit")
        self.subject_edit.setMaxLength(200)
        self.body_edit = DescriptionEdit()
        self.body_edit.setObjectName("description_edit")
        self.body_edit.setTabChangesFocus(True)

        self.promise = WrappedLabel()
        self.promise.setObjectName("response_target_preview")
        set_font_style(self.promise, bold=True)
        self.error_label = WrappedLabel()
        self.error_label.setObjectName("contact_support_error")
        style_boxed(self.error_label, "danger")
        self.error_label.hide()

        self.marks = FieldMarks()
        self._columns: dict[str, QVBoxLayout] = {}  # a field and its mark, by the mark's name
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {
            key: QLabel()
            for key in ("product", "category", "channel", "language", "phone", "subject", "body")
        }
        # A choice's missing mark stands beside its box, in the room the box leaves: it
        # takes no line of its own, so nothing below moves as it comes or goes (a
        # newcomer's report: every field under a mark moved down).
        product_field = QVBoxLayout()

        def product_ready() -> bool:
            return self.product is not None

        if self.product_combo.isHidden():
            # One covered product is named, not chosen: never missing, no room kept (an
            # empty row beside the hidden box narrowed the notes under it).
            product_field.addWidget(self.product_combo)
            product_field.addWidget(
                self.marks.add("product", self.product_combo, product_ready, keep_room=False)
            )
        else:
            product_field.addLayout(self._mark_beside(self.product_combo, "product", product_ready))
        product_field.addWidget(self.product_fixed)
        product_field.addWidget(self.coverage_note)
        self.form.addRow(self._labels["product"], product_field)
        self.form.addRow(
            self._labels["category"],
            self._mark_beside(self.category_combo, "category", lambda: self.category is not None),
        )
        language_field = QVBoxLayout()
        language_field.addLayout(
            self._mark_beside(self.language_combo, "language", lambda: self.language is not None)
        )
        language_field.addWidget(self.language_note)
        self.form.addRow(self._labels["language"], language_field)
        self.form.addRow(self._labels["channel"], channel_box)
        # Rows shown and hidden whole (setRowVisible): a hidden row left its spacing behind,
        # an empty gap under the hours notice.
        channel_box.addWidget(self.hours_note)
        channel_box.addWidget(self.english_button, 0, Qt.AlignmentFlag.AlignLeft)
        phone_field = QVBoxLayout()
        phone_field.addWidget(self.phone_edit)
        phone_field.addWidget(self.phone_hint)
        phone_field.addWidget(
            self.marks.add(
                "phone",
                self.phone_edit,
                lambda: self.channel != "callback" or self.phone_e164() is not None,
                keep_room=False,  # it takes the hint's line, which goes as it comes
            )
        )
        self._phone_row = self.form.rowCount()
        self.form.addRow(self._labels["phone"], phone_field)
        # The subject's mark takes no room of its own: the articles' kept place under it
        # lends it the room while it shows (_lend_room_to_subject_mark).
        subject_field = self._with_mark(
            self.subject_edit,
            "subject",
            lambda: bool(self.subject_edit.text().strip()),
            keep_room=False,
        )
        # Issue 21: help articles matching the question, right under the subject: seen
        # while it is typed, not below the fold of a small window. In the subject's field,
        # not a row with an empty label: such a row was as tall as the titles would be if
        # wrapped narrow (gaps around them).
        self.suggestions = ArticleSuggestions()
        self.suggestions.answered.connect(self._answered)
        self.suggestions.updated.connect(self._suggestions_updated)
        # Text typed on an article (a link or button takes none) goes on in the description.
        self.suggestions.typed_text_goes_to(self.body_edit)
        self._keep_until: str | None = None
        # Their place is kept while articles are asked for: Send never moves as they come
        # and go (SuggestionsSlot).
        self.suggestion_slot = SuggestionsSlot(self.suggestions)
        self.marks.on_change.append(self._lend_room)
        # Down from the subject reaches them; Tab goes on to the description (issue 19).
        self.suggestion_keys = SuggestionKeys(self.subject_edit, self.suggestions)
        self.marks.on_change.append(lambda _name: self._describe_subject())
        subject_field.addWidget(self.suggestion_slot)
        self.form.addRow(self._labels["subject"], subject_field)
        self.form.addRow(
            self._labels["body"],
            self._with_mark(
                self.body_edit,
                "body",
                lambda: bool(self.body_edit.toPlainText().strip()),
                # The description lends it its room (_lend_room): a line kept under it
                # made the form taller, and on a small screen it scrolled as choices came.
                keep_room=False,
            ),
        )
        self.attachments = AttachmentPicker()
        self.attachments.watch_drops_on(self.body_edit)
        self.image_paste = ImagePaste(self.body_edit, self.attachments)  # a pasted screenshot
        # The attachments may be below the fold (under the suggestions): shown where it went.
        self.image_paste.pasted.connect(self._show_attachments)
        self.attachments.refused.connect(self.show_error)
        self._labels["files"] = QLabel()
        self.form.addRow(self._labels["files"], self.attachments)

        self.buttons = QDialogButtonBox()
        # The form's width: the layout sets the dialog's minimum size from it (see below).
        self.buttons.setMinimumWidth(600)
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("create_ticket_button")
        self.send_button.setIcon(primary_icon("paper-plane"))
        style_primary(self.send_button)  # the main action
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.send_button.clicked.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Enter sends from any field, as in the reply box (Cmd+Enter on macOS).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._submit)

        layout = QVBoxLayout(self)
        # Never smaller than what it holds: a note that appears (Japanese hours, a missing
        # field) makes the form scroll, never overlap (the dialog grows on its first show
        # only, grow_to_fit: later it kept nothing in place under the pointer).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.offline_note)
        # Opened on a kept draft: said, with Start over (and Undo in its place after it).
        self.draft_note = DraftNote()
        self.draft_note.start_over.connect(self._start_over)
        layout.addWidget(self.draft_note)
        self.draft_undo = UndoBar()
        self.draft_undo.setObjectName("contact_draft_undo")
        self.draft_undo.undone.connect(self._undo_start_over)
        layout.addWidget(self.draft_undo)
        page = FormPage()
        page.setObjectName("contact_form_page")
        page.setLayout(self.form)
        # Room for a focused field's ring inside the scrolled page (cut at its edge before).
        ring = FOCUS_RING_WIDTH + 1
        self.form.setContentsMargins(ring, ring, ring, ring)
        self.form_scroll = FormScroll(page)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.promise)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # In the dialog now (one window): what is written goes on from the subject to the
        # description; the articles between them are no Tab stop there (_chain_suggestions).
        QWidget.setTabOrder(self.subject_edit, self.body_edit)

        for signal in (
            self.product_combo.currentIndexChanged,
            self.language_combo.currentIndexChanged,
        ):
            signal.connect(self._update)
        self._channel_group.buttonToggled.connect(lambda *_: self._update())
        self.phone_edit.textChanged.connect(self._update)
        # The form as a new one starts: what Start over goes back to.
        self._fresh = (
            [c.currentIndex() for c in self._draft_combos()],
            self._channel_group.checkedButton(),
        )
        self._restored: Draft | None = None
        self._restore_draft()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        for changed in (
            self.subject_edit.textChanged,
            self.body_edit.textChanged,
            self.phone_edit.textChanged,
            self.product_combo.currentIndexChanged,
            self.category_combo.currentIndexChanged,
            self.language_combo.currentIndexChanged,
            self.attachments.changed,
        ):
            changed.connect(self._draft_timer.start)
            changed.connect(self._typed)
        self._channel_group.buttonToggled.connect(lambda *_: self._draft_timer.start())
        for filled in (
            self.subject_edit.textChanged,
            self.body_edit.textChanged,
            self.product_combo.currentIndexChanged,
            self.category_combo.currentIndexChanged,
        ):
            filled.connect(self.marks.refresh)
        self._update()  # channels open now (hours, connection); it also sets the texts
        # The focused field is kept in view, whatever moved the focus (a mnemonic, Tab, a
        # failed send): on a small screen Alt+D left the description below the fold and
        # the admin typed blind (a newcomer's report, 1024×640 in Japanese).
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)

    # -- the draft: the form survives closing it, quitting and crashes ---------------

    def _form_fields(self) -> dict[str, Any]:
        return {
            "product": self.product or UNCHOSEN,
            "category": self.category or UNCHOSEN,
            "language": self.language or UNCHOSEN,
            "channel": self.channel,
            "phone_text": self.phone_edit.text(),
            "subject": self.subject_edit.text(),
        } | ({KEEP_UNTIL: self._keep_until} if self._keep_until else {})

    def _draft_combos(self) -> tuple[QComboBox, QComboBox, QComboBox]:
        return self.product_combo, self.category_combo, self.language_combo

    def _restore_draft(self) -> None:
        draft = self._drafts.get(NEW_TICKET_KEY) if self._drafts and self._drafts.is_open else None
        if draft is None:
            return
        self._apply_draft(draft)
        self._restored = draft
        self.draft_note.show_for(draft.updated_at)

    def _start_over(self) -> None:
        """The form emptied as a new one starts; Undo brings the draft back a while."""
        indexes, channel = self._fresh
        for combo, index in zip(self._draft_combos(), indexes, strict=True):
            combo.setCurrentIndex(index)
        if channel is not None:
            channel.setChecked(True)
        for edit in (self.phone_edit, self.subject_edit):
            edit.clear()
        self.body_edit.clear()
        self.attachments.clear()
        # The articles suggested for the old text go with it (they stayed, a newcomer's
        # report); Undo brings the text back, and they are asked for again.
        self.suggestions.clear()
        self._keep_until = None
        self.draft_note.hide()
        self.draft_undo.offer(lambda: self.tr("The form was emptied."), lambda: None)
        self.subject_edit.setFocus()

    def _undo_start_over(self) -> None:
        if self._restored is not None:
            self._apply_draft(self._restored)
            self.draft_note.show_for(self._restored.updated_at)

    def _apply_draft(self, draft: Draft) -> None:
        fields = draft.fields
        for combo, name in zip(
            self._draft_combos(), ("product", "category", "language"), strict=True
        ):
            # A field saved unchosen, or one this version does not know, stays "Choose…".
            index = combo.findData(fields.get(name))
            if index >= 0:
                combo.setCurrentIndex(index)
        button = self.channel_buttons.get(str(fields.get("channel", "")))
        if button is not None and button.isEnabled():
            button.setChecked(True)
        self.phone_edit.setText(str(fields.get("phone_text") or fields.get("phone") or ""))
        self.subject_edit.setText(str(fields.get("subject", "")))
        self.body_edit.setPlainText(draft.body)
        # An answered question's draft still goes after its week, unless it is changed.
        self._keep_until = str(fields[KEEP_UNTIL]) if fields.get(KEEP_UNTIL) else None
        self.attachments.add_files([f for f in draft.files if f.exists()])

    def _typed(self) -> None:
        """A keystroke: journaled within a moment (the save waits for a pause)."""
        # Written on after an article answered it: an ordinary draft again, kept until sent.
        self._keep_until = None
        self._written = self._written or self.isVisible()
        if self._drafts is not None and self._drafts.is_open and self._keeps_draft:
            self._drafts.typing(NEW_TICKET_KEY, self._snapshot)

    def _snapshot(self) -> Snapshot | None:
        """The form as a draft; None when it keeps none (sending, or a follow-up)."""
        if self._busy or not self._keeps_draft:
            return None
        fields = self._form_fields()
        # What only differs from a new form counts; an untouched form leaves no draft.
        subject = fields["subject"] if fields["subject"] != self._suggested_subject else ""
        typed = {"subject": subject, "phone_text": fields["phone_text"]}
        body = self.body_edit.toPlainText()
        if self._answered_aside and not (any(typed.values()) or body.strip()):
            return None  # untouched: the answered question's draft is left as it was
        return Snapshot(
            body,
            tuple(self.attachments.files),
            fields=fields if any(typed.values()) or body.strip() else {},
        )

    def save_draft(self) -> bool:
        """Write the form now (on the store's thread: the dialog does not wait); whether
        that keeps a draft (an empty form removes it instead, as DraftStore.save does)."""
        self._draft_timer.stop()
        if self._drafts is None or not self._drafts.is_open:
            return False
        snapshot = self._snapshot()
        if snapshot is None:
            return False
        task = asyncio.ensure_future(
            self._drafts.save(
                NEW_TICKET_KEY, snapshot.body, snapshot.files, fields=dict(snapshot.fields)
            )
        )
        self._saving.add(task)
        task.add_done_callback(self._saving.discard)
        return bool(snapshot.body.strip() or snapshot.files or snapshot.fields)

    def suggest_subject(
        self, subject: str, *, product: str | None = None, category: str | None = None
    ) -> None:
        """Start the form with this subject, and this product and category where the form
        asks for them, unless the draft brought back has a subject of its own.

        A product or category the draft had chosen stays; these are choices the admin
        can change, and alone they leave no draft.
        """
        if self._keep_until is not None:
            self._set_answered_question_aside()
        if self.subject_edit.text().strip():
            return
        self._suggested_subject = subject
        self._show_subject(subject)
        for combo, value, chosen in (
            (self.product_combo, product, self.product),
            (self.category_combo, category, self.category),
        ):
            # Only a field this team's form has (the product is asked when two are covered).
            index = combo.findData(value) if value and chosen is None else -1
            if index >= 0 and combo.isVisibleTo(self):
                combo.setCurrentIndex(index)

    def _set_answered_question_aside(self) -> None:
        """A follow-up opened over a question an article answered (kept its week for Open
        draft): that is another question. The form starts empty; the answered draft stays
        as it is until this form is written in (then this one is the draft)."""
        self._answered_aside = True
        keeping, self._keeps_draft = self._keeps_draft, False  # clearing is not typing
        try:
            for combo in (self.product_combo, self.category_combo, self.language_combo):
                combo.setCurrentIndex(0)
            self.channel_buttons["request"].setChecked(True)
            for field in (self.subject_edit, self.phone_edit, self.body_edit):
                field.clear()
            self.attachments.clear()
        finally:
            self._keeps_draft = keeping
            self._keep_until = None
            self._draft_timer.stop()

    def _show_subject(self, subject: str) -> None:
        """Set with its beginning in view: a long one showed its end, "ollow-up to #…"."""
        self.subject_edit.setText(subject)
        self.subject_edit.setCursorPosition(0)

    def prefill(
        self,
        *,
        subject: str,
        body: str,
        files: tuple[Path, ...] = (),
        product: str | None = None,
        category: str | None = None,
    ) -> None:
        """Open as a new request carrying this text and these files (a refused reply's).

        The form then keeps no draft: the text stays in the outbox until this is sent.
        """
        self._keeps_draft = False
        self._draft_timer.stop()
        for combo, value in ((self.product_combo, product), (self.category_combo, category)):
            index = combo.findData(value) if value else -1
            if index >= 0:
                combo.setCurrentIndex(index)
        self.channel_buttons["request"].setChecked(True)
        self.phone_edit.clear()  # a callback's number from a draft of another day
        self._show_subject(subject)
        self.body_edit.setPlainText(body)
        self.attachments.clear()
        self.attachments.add_files([f for f in files if f.exists()])

    def use_article_finder(self, finder: ArticleFinder) -> None:
        """Suggest help articles as the subject and description are written (issue 21)."""
        self.subject_edit.textChanged.connect(self.suggestions.schedule)
        self.body_edit.textChanged.connect(self.suggestions.schedule)
        self.suggestions.use(
            finder,
            lambda: f"{self.subject_edit.text()}\n{self.body_edit.toPlainText()}",
            written_in=lambda: self.language,
            # A Dropbox question gets no Dash article (a newcomer's, in Japanese).
            about=lambda: self.product,
        )
        self.language_combo.currentIndexChanged.connect(self.suggestions.ask_again)
        self.product_combo.currentIndexChanged.connect(self.suggestions.ask_again)
        self.suggestion_slot.reserve()
        self._grow()

    def _suggestions_updated(self) -> None:
        self._chain_suggestions()
        self._grow()  # room for them when the screen has it
        # After the layout has made room for them: in view, and the field typed in too.
        QTimer.singleShot(0, self._show_suggestions)

    def _chain_suggestions(self) -> None:
        """Tab goes as the admin writes: the subject, the description, the rest of the
        form, then the articles (each title, then its button), then Send.

        Between the subject and the description, Tab from the subject landed on an
        article as one appeared under it, and the admin meant to go on writing (issue 19;
        Zendesk's and Thunderbird's suggestions are no Tab stop of the field they follow
        either). They are a Down arrow away from the subject (SuggestionKeys), which the
        subject's description says, and reached by Tab after the attachments: read once
        the question is written, before it is sent.
        """
        stops: list[QWidget] = []
        for row in self.suggestions.rows:
            stops += [row.link, row.answered_button]
        self._describe_subject()
        if not stops:
            return
        chain = [self._stop_before_send(), *stops, self.send_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _stop_before_send(self) -> QWidget:
        """The form's last Tab stop before Send (the attachments'), articles aside."""
        widget = self.send_button.previousInFocusChain()
        while widget is not None and widget is not self.send_button:
            tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if tab and not self.suggestions.isAncestorOf(widget) and self.isAncestorOf(widget):
                return widget
            widget = widget.previousInFocusChain()
        return self.body_edit

    def _describe_subject(self) -> None:
        """The subject's description for a screen reader: its missing mark, if shown, and
        where the articles suggested for it are (Down, as they are no Tab stop after it)."""
        parts = []
        if self.marks.is_marked("subject"):
            parts.append(self.marks.message("subject").text())
        if self.suggestions.rows:
            parts.append(
                self.tr("Help articles are suggested under the subject: press Down to read them.")
            )
        self.subject_edit.setAccessibleDescription(" ".join(parts))

    def _show_suggestions(self) -> None:
        if not self._written:
            # Found for a draft's text as the form opens: it stays at its top (scrolled to
            # them, the product and category went out of view), the articles under the
            # subject a Tab away.
            return
        if self.suggestions.isVisible():
            self.form_scroll.ensureWidgetVisible(self.suggestions, 0, 0)
        typed_in = self.focusWidget()
        page = self.form_scroll.widget()
        if typed_in is not None and page is not None and page.isAncestorOf(typed_in):
            self.form_scroll.ensureWidgetVisible(typed_in, 0, 0)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self.isVisible():
            # Closed: the focus moves on as its fields are deleted (Esc in the description
            # left a scroll queued for after the form was gone: a RuntimeError).
            return
        page = self.form_scroll.widget()
        if new is None or page is None or not page.isAncestorOf(new):
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # clicked: it is under the pointer, and the form must not move there
        self._show_focus()

    def _show_focus(self) -> None:
        """The focused field in view, with its missing mark beside or under it: now, and
        again once the layout has placed a mark just shown."""
        self._keep_focus_in_view()
        QTimer.singleShot(0, self._keep_focus_in_view)

    def _keep_focus_in_view(self) -> None:
        focused = self.focusWidget()
        page = self.form_scroll.widget()
        if focused is None or page is None or not page.isAncestorOf(focused):
            return
        mark = self.marks.shown_mark_of(focused)
        self.form_scroll.keep_in_view(focused, *([mark] if mark is not None else []))

    def _show_attachments(self, _file: Path) -> None:
        # After the layout has made room for the new chip, not before.
        QTimer.singleShot(0, lambda: self.form_scroll.ensureWidgetVisible(self.attachments))

    def _answered(self, key: str) -> None:
        """No ticket: the form is kept as a draft for a week, in case it comes back."""
        # Brought back from Open draft and unchanged: the same question, counted already.
        counted_before = self._keep_until is not None
        if not counted_before:
            self._keep_until = answered_draft_expiry()  # the same question keeps its week
        self.question_answered.emit(key, counted_before)
        self._answered_closing = True  # the answered notice says where the draft is
        self.reject()  # saves the draft (done)

    def done(self, result: int) -> None:
        kept = False
        if result != QDialog.DialogCode.Accepted:
            kept = self.save_draft()  # closed without sending: it is all there next time
        else:
            self._draft_timer.stop()
        super().done(result)
        if kept and not self._answered_closing:
            self.kept_as_draft.emit()

    # -- state -------------------------------------------------------------------

    @property
    def channel(self) -> str:
        return next(c for c, b in self.channel_buttons.items() if b.isChecked())

    @property
    def language(self) -> str | None:
        """None until chosen, when the UI's language is not one support speaks (R1)."""
        data = self.language_combo.currentData()
        return str(data) if data else None

    @property
    def product(self) -> str | None:
        """None until chosen (asked only when the add-on covers both products, R14)."""
        data = self.product_combo.currentData()
        return str(data) if data else None

    @property
    def category(self) -> str | None:
        data = self.category_combo.currentData()
        return str(data) if data else None

    def _with_mark(
        self, field: QWidget, name: str, ready: Callable[[], bool], *, keep_room: bool = True
    ) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(field)
        column.addWidget(self.marks.add(name, field, ready, keep_room=keep_room))
        self._columns[name] = column
        return column

    def _mark_beside(
        self, combo: QComboBox, name: str, ready: Callable[[], bool], *, keep_room: bool = True
    ) -> QHBoxLayout:
        """``combo`` as wide as its choices, its mark beside it (its place kept)."""
        row = QHBoxLayout()
        row.addWidget(combo)
        mark = self.marks.add(name, combo, ready, keep_room=keep_room)
        mark.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(mark, 1)
        return row

    def _lend_room(self, name: str) -> None:
        """A text field's missing mark takes no room of its own, so nothing below it moves
        (a newcomer's report: every field under a mark moved down). The subject's is lent
        by the articles' kept place under it (while the subject is empty no titles match
        it: the place is mostly empty); the description's by the description, which is
        as much shorter. The subject's, with no such place (no articles asked for), keeps
        its own room once shown (issue 19)."""
        mark = self.marks.message(name)
        column = self._columns.get(name)
        if column is None or name not in ("subject", "body"):
            return
        lent = 0
        if self.marks.is_marked(name):
            field = self.body_edit if name == "body" else self.subject_edit
            lent = mark.heightForWidth(max(1, field.width())) + max(0, column.spacing())
        if name == "body":
            # Once shown its room stays (issue 19): the description stays as short.
            if lent or not mark.sizePolicy().retainSizeWhenHidden():
                self.body_edit.lend(lent)
            return
        if self.suggestion_slot.isHidden():
            return
        # Gone, it gives its room back to the place: the two together stay as tall.
        policy = mark.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        mark.setSizePolicy(policy)
        self.suggestion_slot.lend(lent)

    def _tab_stop_on_chosen_channel(self, *_toggled: object) -> None:
        """Only the checked radio button is a Tab stop (the arrows move within the group).

        Qt makes it so only once a button of the group has had the focus (it fixes the
        focus policies in focusInEvent): before that each one was a stop, and Shift+Tab
        from the subject landed on the unchosen "Request a phone call" (a newcomer's).
        """
        for button in self.channel_buttons.values():
            tab = button.isChecked()
            policy = Qt.FocusPolicy.StrongFocus if tab else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def _continue_in_english(self) -> None:
        # The button hides itself (English is open now): the focus goes to the ways of
        # asking, now open, first. Left to Qt it went on to the subject as Tab does, all of
        # it selected, and the next key replaced what the admin had typed (a newcomer's).
        self.channel_buttons[self.channel].setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_language("en")

    def _set_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(code))

    def phone_e164(self) -> str | None:
        """The number typed, national ones read in the admin's country (``home_region``)."""
        return to_e164(self.phone_edit.text(), self._region)

    def _update(self) -> None:
        # R4: Japanese chat and callback only in Japanese hours; offline, never.
        language = self.language
        out_of_hours = [
            c for c in LIVE if language is not None and not self._options.is_open(language, c)
        ]
        closed = list(LIVE) if self._options.offline else out_of_hours
        for channel, button in self.channel_buttons.items():
            button.setEnabled(channel not in closed)
        if self.channel in closed:
            self.channel_buttons["request"].setChecked(True)
        for widget in (self.hours_note, self.english_button):
            widget.setVisible(bool(out_of_hours) and not self._options.offline)
        callback = self.channel == "callback"
        page = self.form_scroll.widget()
        if not callback and page is not None and self.form.isRowVisible(self._phone_row):
            # The page keeps its height as the number's row goes: scrolled to its end, a
            # shorter page scrolled back by that much and the choices moved under the
            # pointer (a newcomer's next click landed between them, at 1024×640).
            page.setMinimumHeight(max(page.minimumHeight(), page.height()))
        self.form.setRowVisible(self._phone_row, callback)
        self.marks.refresh()
        # The hint says what the number reads as; a missing-number mark says it instead.
        self.phone_hint.setVisible(callback and not self.marks.is_marked("phone"))
        self.retranslate_ui()
        self._grow()

    # -- text --------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Contact support"))
        if self.product_combo.isHidden():  # one product, named: nothing to choose
            self._labels["product"].setText(self.tr("Product:"))
        else:  # a choice like the others, reached like them with its letter
            self._labels["product"].setText(self.tr("P&roduct:"))
            self._labels["product"].setBuddy(self.product_combo)
        self._labels["category"].setText(self.tr("&Category:"))
        self._labels["category"].setBuddy(self.category_combo)
        self._labels["channel"].setText(self.tr("How:"))
        self._labels["language"].setText(self.tr("&Language:"))
        self._labels["language"].setBuddy(self.language_combo)
        if self._own_language is None:
            self.language_combo.setItemText(0, self.tr("Choose…"))
        self.language_note.setText(self._language_note_text())
        self.language_note.set_alternatives(self._language_note_texts())
        self.language_combo.setAccessibleDescription(self.language_note.text())
        self._labels["phone"].setText(self.tr("&Phone number:"))
        self._labels["phone"].setBuddy(self.phone_edit)
        self._labels["subject"].setText(self.tr("&Subject:"))
        self._labels["subject"].setBuddy(self.subject_edit)
        self._labels["body"].setText(self.tr("&Description:"))
        self._labels["body"].setBuddy(self.body_edit)
        self._labels["files"].setText(self.tr("Attachments:"))
        choose = self.tr("Choose…")
        for index in range(self.category_combo.count()):
            data = str(self.category_combo.itemData(index))
            self.category_combo.setItemText(index, category_label(data) if data else choose)
        if len(self._covered) > 1:
            self.product_combo.setItemText(0, choose)
        self.marks.set_text("product", self.tr("Choose the product your question is about."))
        self.marks.set_text("category", self.tr("Choose what your question is about."))
        self.marks.set_text("subject", self.tr("Write a subject."))
        self.marks.set_text("body", self.tr("Describe the problem."))
        self.marks.set_text("phone", self.tr("Enter a phone number we can dial."))
        self.marks.set_text("language", self.tr("Choose the language support answers in."))
        self._describe_subject()  # its mark's new words, and the articles' note
        # Reached by a letter like the form's other fields (Alt+Q, H, O in English): none
        # of the others' letters, in any language (a newcomer found no way there).
        self.channel_buttons["request"].setText(
            self.tr("Submit a re&quest — the answer comes by e-mail")
        )
        self.channel_buttons["chat"].setText(self.tr("C&hat with a support agent"))
        self.channel_buttons["callback"].setText(
            self.tr("Request a ph&one call — for urgent issues")
        )
        self.coverage_note.setText(
            "\n".join(
                # About the add-on, not this request: "Dropbox Dash is not covered" under
                # "Product: Dropbox" read as a warning about what was being asked.
                self.tr(
                    "Questions about {product} are not covered by your Premium Support add-on."
                ).format(product=product_label(p))
                for p in self._uncovered
            )
        )
        self.coverage_note.setVisible(bool(self._uncovered))
        opens = self._options.next_open_at("ja")
        self.hours_note.setText(
            self.tr(
                "Japanese chat and callback are available Monday to Friday, 09:00–17:00 Japan "
                "Standard Time. They open again on {time} (your time). Until then, send a "
                "written request in Japanese, or continue in English (24/7)."
            ).format(time=long_datetime(opens) if opens else "—")
        )
        self.offline_note.setText(
            self.tr(
                "The local demo workspace is not running. A written request waits in the "
                "outbox and is sent once you choose “Start it again”; chats and callbacks "
                "need it running."
            )
            if self._local_stopped
            else self.tr(
                "You are offline. A written request waits in the outbox and is sent when the "
                "connection returns; chats and callbacks need a connection."
            )
        )
        self.english_button.setText(self.tr("Continue in English"))
        self.subject_edit.setPlaceholderText(self.tr("In a few words: what is wrong?"))
        self.body_edit.setPlaceholderText(
            self.tr("What happened, since when, who is affected, what you tried.")
        )
        self.phone_edit.setAccessibleName(self.tr("Phone number"))
        self._phone_hint_text()
        self._promise_text()
        actions = {
            "request": self.tr("Send request"),
            "chat": self.tr("Start chat"),
            "callback": self.tr("Request a call"),
        }
        # As wide as its widest words: choosing a call ("Request a call") moved its edge.
        self.send_button.setMinimumWidth(0)
        widest = 0
        for words in (*actions.values(), self.tr("Sending…")):
            self.send_button.setText(words)
            widest = max(widest, self.send_button.sizeHint().width())
        self.send_button.setMinimumWidth(widest)
        self.send_button.setText(self.tr("Sending…") if self._busy else actions[self.channel])
        self._steady_labels()
        self.send_button.setToolTip(
            self.tr("{action} (Ctrl+Enter)").format(action=actions[self.channel])
        )
        self.send_button.setEnabled(not self._busy)

    def _language_note_text(self) -> str:
        """What is true of the choice now (said again at every change, _update): after
        "Continue in English" a Japanese admin read that the app's language was chosen."""
        unchosen, own, chosen = self._language_note_texts()
        if self.language is None:
            return unchosen
        return own if self.language == self._own_language else chosen

    def _language_note_texts(self) -> tuple[str, str, str]:
        """The note with nothing chosen, the app's language chosen, another chosen."""
        return (
            self.tr("Premium Support answers in English or Japanese: choose one."),
            # A default is said to be one: the app's language, changeable.
            self.tr(
                "Premium Support answers in English or Japanese. Chosen to match the app's "
                "language; you can change it."
            ),
            self.tr("Premium Support answers in English or Japanese, in the language chosen here."),
        )

    def _steady_labels(self) -> None:
        """The labels' column as wide as its widest label, shown or not: "Phone number:"
        appearing with a call widened it, and every field moved right (and wrapped
        notes down) under the pointer."""
        labels = self._labels.values()
        for label in labels:
            label.setMinimumWidth(0)
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(widest)

    def _phone_hint_text(self) -> None:
        text = self.phone_edit.text().strip()
        number = self.phone_e164()
        if not text and self._region:
            self.phone_hint.setText(
                self.tr(
                    "A number we can call directly: with its country code, or as written in "
                    "your country."
                )
            )
            set_text_role(self.phone_hint, TextRole.SECONDARY)
        elif not text:
            self.phone_hint.setText(self.tr("A number we can call directly, with country code."))
            set_text_role(self.phone_hint, TextRole.SECONDARY)
        elif number:
            self.phone_hint.setText(
                self.tr("We will call {number}.").format(number=international(number))
            )
            set_text_role(self.phone_hint, TextRole.SUCCESS)
        else:
            self.phone_hint.setText(self.tr("This is not a number we can dial."))
            set_text_role(self.phone_hint, TextRole.DANGER)

    def _promise_text(self) -> None:
        if not self._covered:
            self.promise.setText(
                self.tr("Your team's add-on covers no product: you cannot open a ticket.")
            )
            return
        product = self.product
        minutes = promised_minutes(self._options, product, self._champion) if product else None
        if minutes is None:
            self.promise.setText(self.tr("Choose the product to see its response target."))
            return
        within = Spans().within(minutes)
        # R4: a Japanese request sent out of hours is counted from the opening (as the
        # service's response clock does): say when that is, not only "within 1 hour".
        opens = self._options.next_open_at("ja") if self.language == "ja" else None
        if opens is not None:
            in_japan, here = opening_times(opens)
            self.promise.setText(
                self.tr(
                    "Japanese support opens {japan} JST — {here} your time. First answer "
                    "{within} after that."
                ).format(japan=in_japan, here=here, within=within)
            )
            return
        if self._options.offline:
            # Sent from the outbox once the service is back: its clock starts then.
            self.promise.setText(
                self.tr(
                    "Response target: first answer {within} of your request reaching support."
                ).format(within=within)
            )
            return
        if self.channel == "chat":
            # A chat's ticket carries the same target (DOMAIN.md), and its first answer is
            # the agent's first line in the chat: said so, not as the written request's.
            self.promise.setText(
                self.tr(
                    "Response target: a support agent's first answer in the chat {within}."
                ).format(within=within)
            )
            return
        self.promise.setText(
            self.tr("Response target: first answer {within}.").format(within=within)
        )

    def _grow(self) -> None:
        # Sized once, when shown: later the form scrolls instead. Grown as articles came
        # (a wrong guess of the wrapped text's height), as a phone row or missing-field
        # marks appeared, it moved up or down under the pointer (Send, the next field).
        if self.isVisible() and not self._sized:
            grow_to_fit(self)

    def _settle_size(self) -> None:
        """Grown once, as far as the screen allows, for the tallest the form gets: every
        missing-field mark, the phone row, the Japanese hours notice. They later take
        the description's spare height, not the room under Send (nor a scroll bar)."""
        if self.isVisible():
            lines: list[QWidget] = [*self.marks.messages(), self.phone_hint]
            if not self._options.offline and not all(self._options.is_open("ja", c) for c in LIVE):
                lines += [self.hours_note, self.english_button]
            page = self.form_scroll.widget()
            kept = page.minimumHeight() if page is not None else 0
            self.form.setRowVisible(self._phone_row, True)
            for line in lines:
                line.show()
            grow_to_fit(self)
            self._update()  # back to what the form shows now (never shrinking)
            if page is not None:
                # _update keeps the page as tall as the phone row left it (for a choice
                # made under the pointer); this row was only measured. Kept, the page stayed
                # taller than a dialog capped by its window: it scrolled a few pixels, its
                # last row (Attachments) cut at the bottom, and the description could not
                # give its spare height to the marks.
                page.setMinimumHeight(kept)
            # Once the rows just measured have gone from the layout: where they leave the
            # description decides whether it is shown, and focused, at the form's top.
            QTimer.singleShot(0, self._place_focus)
        self._sized = True

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        cursor = self.subject_edit.cursorPosition()
        super().setVisible(visible)
        if visible and self.subject_edit.hasSelectedText():
            # Shown, a dialog gives its focused field a Tab's focus-in, and a line edit
            # selects all on it: the first key typed replaced a draft's subject, and a
            # follow-up's showed its end ("…ollow-up to #"). The caret as it was instead.
            self.subject_edit.setCursorPosition(cursor)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._focus_placed:
            self._focus_placed = True
            # The subject at once (typing right after Ctrl+N goes there); the description
            # instead, if so, once the form has its size (_place_focus).
            self.subject_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self._sized:
            grow_to_fit(self)
            # Once more when the first layout has settled (text wrapped at the form's real
            # width): grown then, never later under the pointer.
            QTimer.singleShot(0, self._settle_size)

    def _place_focus(self) -> None:
        """Where the admin writes first: the subject, or the description when the subject
        is already there (a follow-up's, a draft's) and the description shows with the
        form at its top. On Category, the first field, typing at once changed the
        category by type-ahead.

        The form opens at its top, whatever is focused: a draft's description focused
        below the fold scrolled it past its first rows (a newcomer's report, 1024×640;
        by 144 px in Japanese, under the kept-draft note), and the product, category
        and language went unseen.
        """
        if not self.isVisible() or self.focusWidget() is not self.subject_edit:
            return  # the admin went elsewhere meanwhile (a click, Tab): left there
        if self.subject_edit.text().strip() and self.form_scroll.shows_at_top(self.body_edit):
            self.body_edit.moveCursor(QTextCursor.MoveOperation.End)
            self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- sending -----------------------------------------------------------------

    def _submit(self) -> None:
        if self._busy:
            return
        if not self._covered:
            self.show_error(
                self.tr("Your team's add-on covers no product: you cannot open a ticket.")
            )
            return
        # Whitespace alone counts as missing (the service refuses it: blank_text).
        missing = self.marks.mark_missing()
        self.phone_hint.setVisible(self.channel == "callback" and not self.marks.is_marked("phone"))
        if missing:
            self._grow()
            missing[0].setFocus(Qt.FocusReason.OtherFocusReason)
            # In view with its mark, also when it had the focus already (no focus change).
            self._show_focus()
            return
        product, category, language = self.product, self.category, self.language
        assert product is not None and category is not None and language is not None
        subject = self.subject_edit.text().strip()
        body = self.body_edit.toPlainText().strip()
        phone = self.phone_e164() if self.channel == "callback" else None
        self.error_label.hide()
        self.set_busy(True)
        draft = NewTicket(
            product=product,
            channel=self.channel,
            category=category,
            language=language,
            subject=subject,
            body=body,
            phone=phone,
        )
        files = list(self.attachments.files)
        if (draft, tuple(files)) != self._key_draft:
            self._key, self._key_draft = str(uuid.uuid4()), (draft, tuple(files))
        self.create_requested.emit(draft, self._key, files)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.retranslate_ui()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.show()

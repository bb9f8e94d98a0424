"""Recommendations (R19): cards chosen from the team's tickets, or the most popular ones.

Read again when shown and after every ticket the outbox sends; from the
local store, with its age, when the service cannot be reached. Offline, the page says
the cards are as last synced, and when (read before the connection went, too), and
offers no verdict or Undo: they are for the service, and nothing queues them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.api.errors import ServerUnreachable
from desktop.api.insights import Recommendation, Recommendations
from desktop.services.insights import InsightsService, Shown
from desktop.ui.look.theme import FOCUS_RING_ROOM, SCROLL_BAR_WIDTH, TypeStep, set_type
from desktop.ui.notices.announce import announce
from desktop.ui.notices.last_synced import LastSynced
from desktop.ui.recommendations.card import RecommendationCard
from desktop.ui.recommendations.kinds import KINDS, kind_plural
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.wrapped_label import WrappedLabel


class RecommendationsPage(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendations_page")
        self._tasks = tasks
        self._service: InsightsService | None = None
        self.shown: Shown[Recommendations] | None = None
        self.cards: list[RecommendationCard] = []
        self._loading = False
        self._failed = False
        self._last_verdict: tuple[Recommendation, str] | None = None
        # Offline: the cards are as last synced, and since when; back, read again if on
        # screen (the window has it follow the connection).
        self.last_synced = LastSynced(self, lambda: self.shown, self._now, self.reload)
        self.last_synced.changed.connect(self.retranslate_ui)

        self.title = QLabel()
        set_type(self.title, TypeStep.PAGE_TITLE)
        self.kind_label = QLabel()
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kind_filter")
        # Fits the longest name in every language (Dutch is longer than English).
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in ("", *KINDS):
            self.kind_filter.addItem("", kind)
        self.kind_label.setBuddy(self.kind_filter)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._show_cards())
        self.basis_note = WrappedLabel()
        self.basis_note.setObjectName("recommendations_basis")
        self.language_note = WrappedLabel()
        self.language_note.setObjectName("recommendations_language_note")
        self.language_note.hide()
        self.status = WrappedLabel()
        self.status.setObjectName("recommendations_status")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("recommendations_undo_button")
        self.undo_button.clicked.connect(self._undo)
        self.undo_button.hide()

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.kind_label)
        header.addWidget(self.kind_filter)
        # "Show" ends where the cards end, left of their scroll bar, with its focus ring's
        # room: flush with the window's edge it read as cut off (a newcomer).
        header.setContentsMargins(0, 0, SCROLL_BAR_WIDTH + FOCUS_RING_ROOM, 0)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.undo_button)
        self._cards_box = QWidget()
        self._cards_layout = QVBoxLayout(self._cards_box)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.addStretch(1)
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._cards_box)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.basis_note)
        layout.addWidget(self.language_note)
        layout.addWidget(scroll, 1)
        # Under the cards: "marked as done" and its Undo come and go as verdicts are given,
        # and above the cards they pushed every card down under the pointer.
        layout.addLayout(status)
        self.retranslate_ui()

    def bind(self, service: InsightsService | None) -> None:
        self._service = service
        self.shown = None
        self._last_verdict = None
        self._show_cards()
        self.retranslate_ui()

    def _now(self) -> datetime:
        return self._service.now() if self._service is not None else datetime.now(UTC)

    def reload(self) -> None:
        service = self._service
        if service is None:
            return
        self._loading = True
        self.retranslate_ui()
        self._tasks.run(self._fetch(service), on_error=self._fetch_failed)

    async def _fetch(self, service: InsightsService) -> None:
        shown = await service.recommendations(self.language())
        if service is not self._service:
            return
        self._loading = False
        self._failed = False
        self.shown = shown
        self.last_synced.read(shown)
        self._show_cards()
        self.retranslate_ui()

    def _fetch_failed(self, error: BaseException) -> None:
        self._loading = False
        self._failed = isinstance(error, ServerUnreachable)
        self.retranslate_ui()
        if not self._failed:
            self._tasks.report(error)

    @staticmethod
    def language() -> str:
        """The app's language: the items are asked for in it."""
        return QLocale().name().split("_")[0]

    def visible_items(self) -> list[Recommendation]:
        if self.shown is None:
            return []
        kind = str(self.kind_filter.currentData() or "")
        return [i for i in self.shown.value.items if not kind or i.kind == kind]

    def _show_cards(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for item in self.visible_items():
            card = RecommendationCard(item)
            card.open_requested.connect(self._open)
            card.verdict_given.connect(self._give_verdict)
            card.set_service_reachable(self.last_synced.at() is None)
            self._cards_layout.insertWidget(self._cards_layout.count() - 1, card)
            self.cards.append(card)

    def _open(self, key: str) -> None:
        item = self._item(key)
        if item is not None:
            QDesktopServices.openUrl(QUrl(item.url))

    def _item(self, key: str) -> Recommendation | None:
        items = self.shown.value.items if self.shown else ()
        return next((i for i in items if i.key == key), None)

    def _give_verdict(self, key: str, verdict: str) -> None:
        service, item = self._service, self._item(key)
        if service is None or item is None:
            return
        self._tasks.run(self._send_verdict(service, item, verdict), on_error=self._fetch_failed)

    async def _send_verdict(
        self, service: InsightsService, item: Recommendation, verdict: str
    ) -> None:
        at = self._focused_card()
        await service.mark(item.key, verdict)
        self._loading = True
        await self._fetch(service)  # the next best takes its place
        self._last_verdict = (item, verdict)
        self.retranslate_ui()
        if at is not None:
            # The keyboard stays where it was: on the card now in that place (the one given
            # a verdict is gone, and Qt sent the focus to the window's first link). On its
            # Open, not its Mark as done: a second Enter must not mark that card too; its
            # Open is named with its title, so a screen reader says which card it is.
            self._focus_card(min(at, len(self.cards) - 1), on_open=True)
        announce(self.status, self.status.text())  # "… marked as done.", heard too

    def _undo(self) -> None:
        service, last = self._service, self._last_verdict
        if service is None or last is None:
            return
        self._tasks.run(self._send_undo(service, last[0]), on_error=self._fetch_failed)

    async def _send_undo(self, service: InsightsService, item: Recommendation) -> None:
        undoing_by_keyboard = self.undo_button.hasFocus()
        await service.mark(item.key, None)
        self._loading = True
        await self._fetch(service)
        self._last_verdict = None
        self.retranslate_ui()
        if undoing_by_keyboard:  # Undo is hidden now: the keyboard goes to the card back
            keys = [card.item.key for card in self.cards]
            self._focus_card(keys.index(item.key) if item.key in keys else 0)

    def _focused_card(self) -> int | None:
        """Which card holds the keyboard focus (None: none of them)."""
        focused = QApplication.focusWidget()
        for index, card in enumerate(self.cards):
            if focused is not None and (focused is card or card.isAncestorOf(focused)):
                return index
        return None

    def _focus_card(self, index: int, *, on_open: bool = False) -> None:
        if 0 <= index < len(self.cards):
            card = self.cards[index]
            button = card.open_button if on_open else card.done_button
            button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.undo_button.isVisible():
            self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Recommendations"))
        self._scroll.setAccessibleName(self.title.text())  # where the keyboard scrolls
        self.kind_label.setText(self.tr("&Show:"))
        for row in range(self.kind_filter.count()):
            self.kind_filter.setItemText(row, kind_plural(str(self.kind_filter.itemData(row))))
        self.kind_filter.setAccessibleName(self.tr("Kind of recommendation"))
        shown = self.shown
        if shown is not None and shown.value.basis == "popular":
            self.basis_note.setText(
                self.tr(
                    "Your team has no tickets yet, so these are the most popular articles, "
                    "videos and courses. Once you submit tickets, recommendations follow "
                    "your team's issues."
                )
            )
        elif shown is not None:
            self.basis_note.setText(
                self.tr("Chosen from your team's tickets of the last six months.")
            )
        # The catalogue lacks this language: the items are in English, and that is said.
        self.language_note.setText(
            self.tr("These are in English: the help centre has them in no other language yet.")
        )
        self.language_note.setVisible(shown is not None and shown.value.language != self.language())
        self.basis_note.setVisible(shown is not None)
        status = ""
        last = self._last_verdict
        when = self.last_synced.when()
        if self._loading and shown is None:
            status = self.tr("Loading recommendations…")
        elif self._failed and shown is None:
            status = self.tr(
                "The service cannot be reached and no recommendations were stored yet."
            )
        elif when:
            status = self.tr("Offline: recommendations as last synced {when}.").format(when=when)
        elif last is not None:
            status = (
                self.tr("“{title}” marked as done.")
                if last[1] == "done"
                else self.tr("“{title}” marked as not useful.")
            ).format(title=last[0].title)
        elif shown is not None and not self.visible_items():
            status = self.tr("No recommendations of this kind right now.")
        self.status.setText(status)
        self.status.setToolTip(self.last_synced.full_time() if when else "")
        self.status.setVisible(bool(status))
        self.undo_button.setText(self.tr("Undo"))
        # As last synced, nothing reaches the service: no Undo, no verdict (the cards say why).
        self.undo_button.setVisible(last is not None and shown is not None and not when)
        for card in self.cards:
            card.set_service_reachable(not when)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

"""Book the implementation consultation (R3): pick one of the consultants' free hours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.billing import Slot
from desktop.ui.billing.when import date_and_time
from desktop.ui.look.theme import TextRole, set_text_role, style_primary
from desktop.ui.look.whole_height import keep_text_whole
from desktop.ui.text.labels import product_label
from desktop.ui.text.wrapped_label import WrappedLabel


class ConsultationDialog(QDialog):
    """Emits ``book_requested(product, slot)``; the page books and closes it."""

    book_requested = Signal(str, Slot)

    def __init__(self, product: str, slots: Sequence[Slot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultation_dialog")
        self.setMinimumSize(440, 420)
        self.product = product
        self._busy = False
        self._offline_reason = ""  # set_offline: why Book cannot succeed now
        self.intro = WrappedLabel()
        self.slot_list = QListWidget()
        self.slot_list.setObjectName("consultation_slot_list")
        for slot in slots:
            item = QListWidgetItem(date_and_time(slot.starts_at))
            item.setData(Qt.ItemDataRole.UserRole, slot)
            self.slot_list.addItem(item)
        self.slot_list.itemSelectionChanged.connect(self._update)
        self.slot_list.itemDoubleClicked.connect(lambda _item: self._book())
        self.error_label = WrappedLabel()
        self.error_label.setObjectName("consultation_error")
        set_text_role(self.error_label, TextRole.DANGER)
        self.error_label.hide()
        self.book_button = QPushButton()
        self.book_button.setObjectName("book_slot_button")
        style_primary(self.book_button)  # the main action
        self.book_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_booking_button")
        buttons = QDialogButtonBox()
        buttons.addButton(self.book_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.book_button.clicked.connect(self._book)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.slot_list, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.retranslate_ui()
        keep_text_whole(self)  # a small screen opens a window short of its wrapped notes
        self._update()

    def selected_slot(self) -> Slot | None:
        item = self.slot_list.currentItem()
        if item is None or not item.isSelected():
            return None
        slot = item.data(Qt.ItemDataRole.UserRole)
        return slot if isinstance(slot, Slot) else None

    def _update(self) -> None:
        self.book_button.setEnabled(
            not self._busy and not self._offline_reason and self.selected_slot() is not None
        )
        self.book_button.setToolTip(self._offline_reason)

    def set_offline(self, reason: str) -> None:
        """Open when the service went (offline, the local demo workspace stopped): Book
        would fail after the click, so it is off and says why ("" : on again)."""
        self._offline_reason = reason
        self._update()

    def _book(self) -> None:
        slot = self.selected_slot()
        if slot is None or self._busy or self._offline_reason:  # a double-click too
            return
        self.set_busy(True)
        self.book_requested.emit(self.product, slot)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.retranslate_ui()
        self._update()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.show()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Book the implementation consultation"))
        self.intro.setText(
            self.tr(
                "Your add-on for {product} includes one 1-hour implementation consultation. "
                "Pick a time (shown in your time zone); a consultant will contact you at "
                "that time."
            ).format(product=product_label(self.product))
        )
        self.slot_list.setAccessibleName(self.tr("Free times"))
        self.book_button.setText(self.tr("Booking…") if self._busy else self.tr("Book"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

"""Choose a teammate to follow a ticket (issue 21): type to narrow, arrows to move, Enter.

Lists the team's admins and members the service gave, less the ticket's submitter
(mailed anyway) and those who follow already: only people adding whom can succeed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.look.theme import TextRole, set_text_role, style_primary
from desktop.ui.text.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from desktop.api.models import TeamPerson

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # name and e-mail, what the filter matches
MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class FollowerPicker(QDialog):
    def __init__(self, people: Sequence[TeamPerson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follower_picker")
        self._people = tuple(people)
        self.intro = WrappedLabel(whole_hyphenated=True)
        self.intro.setObjectName("follower_picker_intro")
        self.filter = QLineEdit()
        self.filter.setObjectName("follower_picker_filter")
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setObjectName("follower_picker_list")
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.activated.connect(lambda _index: self.accept())
        self.empty = WrappedLabel()
        self.empty.setObjectName("follower_picker_empty")
        set_text_role(self.empty, TextRole.SECONDARY)
        self.buttons = QDialogButtonBox()
        self.add_button = QPushButton()
        self.add_button.setObjectName("follower_picker_add_button")
        style_primary(self.add_button)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("follower_picker_cancel_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._filtered)
        self.filter.installEventFilter(self)  # arrows in the field move in the list
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_add())

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(420, 360)
        self.retranslate_ui()
        self.filter.setFocus()

    # -- choosing -----------------------------------------------------------------------

    def chosen(self) -> TeamPerson | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        person_id = index.data(PERSON_ID_ROLE)
        return next((p for p in self._people if p.id == person_id), None)

    def accept(self) -> None:
        if self.chosen() is not None:  # Enter with nothing to add does nothing
            super().accept()

    def _filtered(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._select_first()

    def _select_first(self) -> None:
        # Only once a name is typed: Enter then adds the one found. Before, nobody is
        # chosen for the admin (Enter on an untouched list added whoever came first).
        typed = bool(self.filter.text().strip())
        if typed and not self.list.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self._update_add()

    def _update_add(self) -> None:
        self.add_button.setEnabled(self.chosen() is not None)
        self.empty.setVisible(self.proxy.rowCount() == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in MOVE_KEYS
        ):
            self.list.keyPressEvent(event)  # the list moves; the typing stays in the field
            self._update_add()
            return True
        return super().eventFilter(watched, event)

    # -- words --------------------------------------------------------------------------

    def _fill(self) -> None:
        current = self.chosen()
        self.model.clear()
        for person in self._people:
            role = self.tr("admin") if person.role == "admin" else self.tr("member")
            item = QStandardItem(
                self.tr("{name} ({role}) · {email}").format(
                    name=person.name, role=role, email=person.email
                )
            )
            item.setData(person.id, PERSON_ID_ROLE)
            item.setData(f"{person.name} {person.email}", SEARCH_ROLE)
            if person.role != "admin":
                item.setToolTip(self.tr("Members get the answers by e-mail only."))
            self.model.appendRow(item)
        if current is not None:
            for row in range(self.proxy.rowCount()):
                if self.proxy.index(row, 0).data(PERSON_ID_ROLE) == current.id:
                    self.list.setCurrentIndex(self.proxy.index(row, 0))
        self._select_first()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add follower"))
        self.intro.setText(
            self.tr(
                "Followers get support's answers to this ticket by e-mail. Admins also see "
                "it under Team tickets."
            )
        )
        self.filter.setPlaceholderText(self.tr("Find by name or e-mail"))
        self.filter.setAccessibleName(self.tr("Find a teammate"))
        self.list.setAccessibleName(self.tr("Teammates who can follow"))
        self.empty.setText(
            self.tr("Nobody else on your team can follow this ticket.")
            if not self._people
            else self.tr("No teammate matches.")
        )
        self.add_button.setText(self.tr("Add follower"))
        self.add_button.setAccessibleName(self.tr("Add the chosen person as a follower"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

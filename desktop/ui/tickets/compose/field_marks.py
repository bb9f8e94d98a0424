"""Fields a form cannot be sent without: marked when sending is tried, unmarked as filled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.text.wrapped_label import WrappedLabel


@dataclass
class _Field:
    widget: QWidget
    # True when the form can go as far as this field is concerned (filled, or not asked).
    ready: Callable[[], bool]
    message: WrappedLabel
    # Kept here, not read off the label: showing a form row shows every label in it.
    marked: bool = False
    keep_room: bool = True


class FieldMarks:
    """One message under each field, said also as the field's accessible description.

    Nothing is marked before the first try: an empty form is not an error. A mark goes
    as soon as its field is filled; it never touches what was typed. Its line is kept
    (empty) whether it shows or not: the form below it never moves as a mark comes or goes.
    """

    def __init__(self) -> None:
        self._fields: dict[str, _Field] = {}
        # Called with a field's name when its mark comes or goes (the form lends it room).
        self.on_change: list[Callable[[str], None]] = []

    def add(
        self, name: str, widget: QWidget, ready: Callable[[], bool], *, keep_room: bool = True
    ) -> WrappedLabel:
        """The message label, hidden, to place under ``widget``. ``keep_room=False``: no
        room is kept before it first shows (a hint holds its line, or the form lends it
        room: ``on_change``); once shown, its room is kept (issue 19)."""
        message = WrappedLabel()
        message.setObjectName(f"{name}_missing")
        set_text_role(message, TextRole.DANGER)
        # Its room is kept from the start, shown or not: marks appearing under empty fields
        # moved every field below them down (a newcomer's report), and going, back up
        # (issue 19). The form is sized with them already (ContactSupportDialog).
        policy = message.sizePolicy()
        policy.setRetainSizeWhenHidden(keep_room)
        message.setSizePolicy(policy)
        message.hide()
        self._fields[name] = _Field(widget, ready, message, keep_room=keep_room)
        return message

    def set_text(self, name: str, text: str) -> None:
        field = self._fields[name]
        field.message.setText(text)
        if self.is_marked(name):
            field.widget.setAccessibleDescription(text)

    def message(self, name: str) -> WrappedLabel:
        return self._fields[name].message

    def messages(self) -> list[WrappedLabel]:
        """Every field's message, marked or not (the form measures its room with them)."""
        return [field.message for field in self._fields.values()]

    def shown_mark_of(self, widget: QWidget) -> WrappedLabel | None:
        """The mark shown for the field that is ``widget`` or holds it, if any."""
        for field in self._fields.values():
            if field.marked and (field.widget is widget or field.widget.isAncestorOf(widget)):
                return field.message
        return None

    def is_marked(self, name: str) -> bool:
        return self._fields[name].marked

    def mark_missing(self) -> list[QWidget]:
        """Mark every field not ready; the widgets marked, in the form's order."""
        missing = []
        for field in self._fields.values():
            if not field.ready():
                self._show(field, True)
                missing.append(field.widget)
        return missing

    def refresh(self) -> None:
        """Unmark the fields filled since they were marked; hide the messages of fields not
        marked that a row shown again (``QFormLayout.setRowVisible``) showed with it."""
        for field in self._fields.values():
            self._show(field, field.marked and not field.ready())

    def _show(self, field: _Field, marked: bool) -> None:
        if marked and not field.keep_room:
            # Shown once, its room is kept when it goes (issue 19: the form jumped).
            policy = field.message.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            field.message.setSizePolicy(policy)
        field.message.setVisible(marked)
        if marked != field.marked:  # a description of the field's own is left alone
            field.marked = marked
            field.widget.setAccessibleDescription(field.message.text() if marked else "")
            for call in self.on_change:
                call(next(name for name, f in self._fields.items() if f is field))

"""What the admin is told about the local store: rebuilt after damage, or not saving.

A rebuild is said once, in a message box that names what was kept. A disk that cannot
be written is said by a banner for as long as it lasts, with a way to try again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from desktop.store.damage import Carried
from desktop.ui.notices.action_banner import ActionBanner

if TYPE_CHECKING:
    from desktop.store.account import AccountStore
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.tasks import TaskRunner


class UnwritableBanner(ActionBanner):
    """ "Nothing can be saved on this computer…", with Save again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("unwritable", "warning", parent)

    def retranslate_ui(self) -> None:
        self.text.setText(
            self.tr(
                "<b>Nothing can be saved on this computer</b> — its disk is full or the "
                "app's folder is read-only. What you write is kept while the app stays open; "
                "free some space, then try again."
            )
        )
        self.retry_button.setText(self.tr("Save again"))
        self.retry_button.setAccessibleName(self.tr("Try saving on this computer again"))


class StoreNotices(QObject):
    """Listens to one session's store and tells the window's user what it needs to know."""

    def __init__(self, window: MainWindow, tasks: TaskRunner) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._store: AccountStore | None = None
        self.rebuilt_box: QMessageBox | None = None
        self.banner: UnwritableBanner | None = None

    def watch(self, store: AccountStore) -> None:
        self._store = store
        store.database.on_rebuilt(lambda carried: self._rebuilt(store, carried))
        store.database.on_unwritable(lambda unwritable: self._unwritable(store, unwritable))

    def forget(self) -> None:
        """The session ended: its store's news is no longer the window's."""
        self._store = None
        if self.banner is not None:
            self.banner.hide()

    def _rebuilt(self, store: AccountStore, carried: Carried) -> None:
        if store is self._store:
            self.show_rebuilt(store, carried)

    def show_rebuilt(self, store: AccountStore, carried: Carried) -> None:
        """The lists fill again from the service; the admin is told what was kept."""
        for page in self._window.ticket_lists():
            page.store_rebuilt()
        store.drafts.announce()
        store.outbox.announce()
        text, details = self.rebuilt_text(carried)
        # Japanese wraps between phrases (破損していま|した。 was split); made when needed.
        from desktop.ui.text.wrapped_message_box import WrappedMessageBox

        box = WrappedMessageBox(self._window)
        box.setObjectName("store_rebuilt_box")
        box.setIcon(self.rebuilt_icon(carried))
        box.setWindowTitle(self.tr("Premium Support Desk"))
        box.setText(text)
        box.setInformativeText(details)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.open()  # never exec(): a nested loop would stall the async work
        self.rebuilt_box = box

    @staticmethod
    def rebuilt_icon(carried: Carried) -> QMessageBox.Icon:
        """A warning when something the admin wrote is gone; else news, nothing to do."""
        return QMessageBox.Icon.Warning if carried.lost else QMessageBox.Icon.Information

    def rebuilt_text(self, carried: Carried) -> tuple[str, str]:
        """The message and its details: what happened (once), and what was kept.

        What happened: the file could not be used (damaged, or written by a newer version),
        a new one was made, and the tickets come again from the service. What was kept:
        the drafts and unsent messages that could be read; where none could, it says that,
        never "0 kept" beside "could not be read".
        """
        if carried.newer:
            text = self.tr(
                "The copy of your tickets on this computer was written by a newer version "
                "of Premium Support Desk, which this version cannot read. A new copy was "
                "made, and your tickets are being downloaded again from the service."
            )
        else:
            text = self.tr(
                "The copy of your tickets on this computer was damaged. A new copy was "
                "made, and your tickets are being downloaded again from the service."
            )
        lines = []
        if carried.drafts:
            lines.append(self.tr("%n draft(s) kept.", "", carried.drafts))
        if carried.outbox:
            lines.append(
                self.tr(
                    "%n unsent message(s) kept; they will be sent as usual.", "", carried.outbox
                )
            )
        if carried.lost:
            if lines:
                lines.append(
                    self.tr(
                        "Any other drafts or unsent messages were on damaged parts of the "
                        "file and could not be read."
                    )
                )
            else:
                lines.append(self.tr("No drafts or unsent messages could be read from it."))
        elif not lines:
            lines.append(self.tr("It held no drafts or unsent messages."))
        details = "\n".join(lines)  # a line each: no sentence spacing to get wrong in ja
        if carried.aside is not None:
            where = (
                self.tr("The old copy is kept at: {path}")
                if carried.newer
                else self.tr("The damaged copy is kept at: {path}")
            )
            details += "\n\n" + where.format(path=carried.aside)
        return text, details

    def _unwritable(self, store: AccountStore, unwritable: bool) -> None:
        if store is self._store:
            self.show_unwritable(unwritable)

    def show_unwritable(self, unwritable: bool) -> None:
        """The banner while nothing can be saved on this computer."""
        if self.banner is None:
            if not unwritable:
                return
            self.banner = UnwritableBanner()
            self.banner.retry_requested.connect(self._save_again)
            self._window.add_banner(self.banner)
        self.banner.setVisible(unwritable)

    def _save_again(self) -> None:
        store = self._store
        if store is None or self.banner is None:
            return
        banner = self.banner
        banner.retry_button.setEnabled(False)

        async def save_again() -> None:
            try:
                saved = await store.database.save_to_disk_again()
            finally:
                banner.retry_button.setEnabled(True)
            if not saved:
                self._window.statusBar().showMessage(
                    self.tr("Still nothing can be saved: free some space first."), 10_000
                )

        self._tasks.run(save_again(), name="save-store-again")

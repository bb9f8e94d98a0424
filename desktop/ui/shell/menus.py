"""The main window's menus: File, View, Go and Help, with the platform's standard keys.

File holds the session's actions (Contact support, Settings, Sign in or out, Quit); View
what the window shows (My tickets' issue-trend chart); Go is the navigation's list of pages
(with their Ctrl+number) and Refresh; Help lists every shortcut and tells which version
and build this is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from desktop import __version__
from desktop.ui.look.icons import icon
from desktop.ui.shell.first_paint import after_the_first_paint

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog


class MainMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.shortcuts_dialog: ShortcutsDialog | None = None  # made when first asked for
        self.about_box: QMessageBox | None = None
        bar = window.menuBar()

        # Made as the window's children and added to its bar, as the Go menu is (the
        # navigation's): made by the bar (addMenu with a title), File and Help were once
        # found "already deleted" on a second language change while the bar still showed
        # them (a newcomer's session on X11; Go, made so, followed).
        self._file_menu = QMenu(window)
        self._file_menu.setObjectName("file_menu")
        bar.addMenu(self._file_menu)
        self.new_ticket_action = self._action("new_ticket_action", window.contact_support)
        self.new_ticket_action.setVisible(False)  # an admin's, once signed in (R13)
        self.settings_action = self._action("settings_action", window.settings_requested)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.sign_in_action = self._action("sign_in_action", window.sign_in_requested)
        self.sign_in_action.setVisible(False)
        self.sign_out_action = self._action("sign_out_action", window.sign_out_requested)
        self.quit_action = self._action("quit_action", window.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (
            self.new_ticket_action,
            self.settings_action,
            self.sign_in_action,
            self.sign_out_action,
        ):
            self._file_menu.addAction(action)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.quit_action)

        # View: what the pages show, the admin's choice, remembered (an admin's: members
        # have no My tickets).
        self._view_menu = QMenu(window)
        self._view_menu.setObjectName("view_menu")
        bar.addMenu(self._view_menu)
        self._view_menu.menuAction().setVisible(False)
        self.trend_chart_action = QAction(window)
        self.trend_chart_action.setObjectName("trend_chart_action")
        self.trend_chart_action.setCheckable(True)
        self.trend_chart_action.toggled.connect(window.show_trend_chart)
        self._view_menu.addAction(self.trend_chart_action)

        # Go: every page with its Ctrl+number (the navigation keeps it in step), and F5.
        go_menu = window.navigation.go_menu
        bar.addMenu(go_menu)
        go_menu.addSeparator()
        self.refresh_action = self._action("refresh_action", window.refresh_page)
        self._local_stopped = False  # F5 not offered, and the tooltip says why
        go_menu.setToolTipsVisible(True)  # Refresh's why, on the greyed item
        after_the_first_paint(lambda: self.refresh_action.setIcon(icon("arrows-rotate")))
        go_menu.addAction(self.refresh_action)

        self._help_menu = QMenu(window)
        self._help_menu.setObjectName("help_menu")
        bar.addMenu(self._help_menu)
        self.shortcuts_action = self._action("shortcuts_action", self.show_shortcuts)
        self._help_menu.addAction(self.shortcuts_action)
        self.about_action = self._action("about_action", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._help_menu.addAction(self.about_action)
        # No key reaches the window before its first paint: QKeySequence (its StandardKey
        # of 71 members among its enum types) is named after it.
        after_the_first_paint(self._set_shortcuts)

    def _action(self, name: str, triggered: Callable[[], object] | SignalInstance) -> QAction:
        # The window's: its shortcuts work wherever the focus is in it.
        action = QAction(self._window)
        action.setObjectName(name)
        action.triggered.connect(triggered)
        return action

    def _set_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence

        from desktop.ui.shell.enter_presses import press_buttons_with_enter

        # Enter presses the focused button in the pages, as in dialogs (issue 19).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            press_buttons_with_enter(app)

        # setShortcuts(), not setShortcut(): the latter's overloads name Qt.Key, which
        # would cost the first paint (desktop/ui/look/qt_values.py).
        standard = QKeySequence.StandardKey
        self.settings_action.setShortcuts(standard.Preferences)
        self.quit_action.setShortcuts(standard.Quit)
        self.new_ticket_action.setShortcuts(standard.New)
        self.refresh_action.setShortcuts(standard.Refresh)
        self.shortcuts_action.setShortcuts(standard.HelpContents)
        if QKeySequence(standard.Preferences).isEmpty():
            # Linux and Windows have no standard key for preferences.
            self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        if QKeySequence(standard.Quit).isEmpty():
            # Windows has none either (Alt+F4 closes the window).
            self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])

    # -- what can be done now --------------------------------------------------------

    def show_session(self, *, admin: bool) -> None:
        self._view_menu.menuAction().setVisible(admin)
        self.sign_out_action.setVisible(True)
        self.sign_in_action.setVisible(False)
        self.new_ticket_action.setVisible(admin)  # R13: only admins open premium tickets

    def show_signed_out(self) -> None:
        self._view_menu.menuAction().setVisible(False)
        self.new_ticket_action.setVisible(False)
        self.sign_out_action.setVisible(False)
        self.sign_in_action.setVisible(True)

    def set_refreshable(self, refreshable: bool, *, local_stopped: bool = False) -> None:
        """F5 is offered only where the page shown can be read again from the service.

        ``local_stopped``: the local workspace's service gave up, and nothing brings it
        back but "Start it again": F5 would read from nothing, and silently fail. (Offline
        from a remote service it stays: it tries the service again, and may succeed.)"""
        self._local_stopped = local_stopped
        self.refresh_action.setEnabled(refreshable and not local_stopped)
        self._refresh_tip()

    def _refresh_tip(self) -> None:
        why = (
            self.tr("The local demo workspace is not running: choose “Start it again” to refresh.")
            if self._local_stopped
            else ""
        )
        self.refresh_action.setToolTip(why)  # empty: Qt's default, the action's text
        self.refresh_action.setStatusTip(why)

    def retranslate(self) -> None:
        self._file_menu.setTitle(self.tr("&File"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.sign_in_action.setText(self.tr("Sign &in…"))
        self.new_ticket_action.setText(self.tr("&Contact support…"))
        self.quit_action.setText(self.tr("&Quit"))
        self._view_menu.setTitle(self.tr("&View"))
        self.trend_chart_action.setText(self.tr("Issue &trend chart on My tickets"))
        self._help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Premium Support Desk"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self._refresh_tip()

    # -- Help ---------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog

            navigation = self._window.navigation
            self.shortcuts_dialog = ShortcutsDialog(
                self._window, pages=lambda: len(navigation.visible_targets())
            )
        dialog = self.shortcuts_dialog
        dialog.show()
        dialog.raise_()
        # Also when it was open behind the window: the keys go to it (Esc closes it, Tab
        # moves in it), not to the window behind.
        dialog.activateWindow()
        dialog.table.setFocus()

    def show_about(self) -> None:
        if self.about_box is None:
            # Not needed to paint the window. Japanese wraps between phrases (確認|し、 was split).
            from desktop.ui.text.wrapped_message_box import WrappedMessageBox

            self.about_box = WrappedMessageBox(self._window)
            self.about_box.setObjectName("about_box")
            # The app's own icon (set on the application), not a generic "information" one.
            self.about_box.setIconPixmap(self._window.windowIcon().pixmap(64, 64))
        box = self.about_box
        box.setWindowTitle(self.tr("About Premium Support Desk"))
        box.setText(
            self.tr(
                "<b>Premium Support Desk</b> {version}<br>Create, follow and answer your "
                "team's Premium Support tickets."
            ).format(version=__version__)
        )
        # Which build: support asks for it, and it tells two builds of one version apart.
        from desktop.version import build

        box.setInformativeText(
            self.tr("Build {build}").format(build=build())
            + "<br><br>"
            # Font Awesome Free's icons are CC BY 4.0: they ask to be credited where seen.
            + self.tr(
                "Icons: Font Awesome Free by Fonticons, Inc. (icons CC BY 4.0, font SIL OFL 1.1)."
            )
        )
        box.open()

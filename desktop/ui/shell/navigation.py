"""The navigation: the pages a session may open, in a list and in the Go menu.

Both say the same: an entry per page the signed-in user may see (R6, R8, R9, R17,
R19, R20), its count of new answers or drafts, and Ctrl+1 … Ctrl+6 for the n-th
visible one. The Go menu is where those shortcuts can be found (and read by a
screen reader); choosing an entry in either opens the page.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui.look.icons import icon
from desktop.ui.look.qt_values import DECORATION_ROLE, USER_ROLE
from desktop.ui.look.theme import (
    FOCUS_RING_WIDTH,
    MIN_RING_CONTRAST,
    contrast,
    selected_row_colours,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
from desktop.ui.shell.first_paint import after_the_first_paint

# The page an entry opens is kept in the entry under this role.
NAV_ROLE = USER_ROLE
NAV_MY_TICKETS = "my_tickets"
NAV_TEAM_TICKETS = "team_tickets"
NAV_GET_HELP = "get_help"
NAV_DRAFTS = "drafts"
NAV_BILLING = "billing"
NAV_INSIGHTS = "insights"
NAV_RECOMMENDATIONS = "recommendations"
MIN_WIDTH = 150
# The most of the window the navigation takes: the pages are what the window is for, but
# an entry is read whole, on one line. A fifth (~205 px at 1024 px) wrapped "Concepten en
# postvak UIT (1)" onto two lines at 1024×640 and cut "Recommendatio…" at 150 % text; a
# third holds the longest entry of every language at the usual size and at 1024×640, and
# at 150 % in the usual window (Dutch: ~255 px, ~355 px at 150 %). Only beyond that (a
# narrower window, larger text) does an entry wrap, whole.
MAX_WINDOW_SHARE = 1 / 3
# The least it keeps: a fifth of a small laptop's 1024 px window.
FLOOR_WIDTH = 204
# The counts the width is kept for: none, one (a singular form), and a plural of two digits.
COUNTS_RESERVED = (0, 1, 99)
# The icons' least side: the styles' small icon at the usual text size.
SMALL_ICON = 16
# An entry's padding (10 px each side), the icon's gap, the frame and a little air,
# around its icon and text.
NAV_CHROME = 44
# What an entry's text has beside it within the list's width: the frame (2 px each side),
# the padding (10 px each side), the style's margins around the icon and the text (3 px
# each side of each), as drawn. With NAV_CHROME (more air), a text that fits was wrapped.
TEXT_CHROME = 36
# An entry's padding inside its highlight: 10 px each side, 8 px above and below.
PADDING_H = 10
PADDING_V = 8
RING_WIDTH = FOCUS_RING_WIDTH
# QStyle.StateFlag's State_HasFocus (qstyle.h; never changes within Qt 6).
_STATE_HAS_FOCUS = 0x0100
_ACTIVE = QPalette.ColorGroup.Active
_INACTIVE = QPalette.ColorGroup.Inactive
_HIGHLIGHT = QPalette.ColorRole.Highlight
_WINDOW_TEXT = QPalette.ColorRole.WindowText
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_BASE = QPalette.ColorRole.Base
# Each page's icon (Font Awesome's name, desktop/ui/look/icons.py); the text always says it too.
ICONS = {
    NAV_MY_TICKETS: "inbox",
    NAV_TEAM_TICKETS: "people-group",
    NAV_GET_HELP: "circle-question",
    NAV_DRAFTS: "file-pen",
    NAV_BILLING: "credit-card",
    NAV_INSIGHTS: "chart-column",
    NAV_RECOMMENDATIONS: "lightbulb",
}
TARGETS = (
    NAV_MY_TICKETS,
    NAV_TEAM_TICKETS,
    NAV_GET_HELP,
    NAV_DRAFTS,
    NAV_BILLING,
    NAV_INSIGHTS,
    NAV_RECOMMENDATIONS,
)


class _ViewportWide(QStyledItemDelegate):
    """Entries as wide as the list's viewport, whatever their text: a list view lays its
    rows out as wide as the widest hint, so a long entry would be cut, not elided. An
    entry longer than that wraps: it is as tall as its lines (the view wraps its text).

    It pads each entry and draws the chosen one's focus ring itself (a 2 px border in the
    text's colour around the highlight, no dotted frame inside): a style sheet did it
    before, and the start's first style sheet cost it ~2.9 M instructions before its
    first paint (bench/README.md, the cold start)."""

    def __init__(self, view: Navigation) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # One line's height, with the padding: the style, given the row's width, wraps
        # the text itself, and measured so it ran a line long (lines counted twice).
        single = QStyleOptionViewItem(option)
        single.rect = QRect()
        height = super().sizeHint(single, index).height() + 2 * PADDING_V
        return QSize(0, height + self._view.extra_height(str(index.data() or "")))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry = QStyleOptionViewItem(option)
        view = self._view
        # Asked of the view, not of the option's state: reading QStyle's flags makes their
        # enum (~1 M instructions before the first paint, bench/README.md).
        selected = view.selectionModel().isSelected(index)
        focused = view.hasFocus() and view.currentIndex() == index
        ring = selected and focused
        palette = entry.palette
        if selected:
            # The chosen entry as a list's selected row (theme.selected_row_colours): its
            # text at 7:1 on its fill, focused or not (the palette's own highlight put
            # white on a mid blue, 3.7:1; 4.2:1 in the dark). The whole entry, padding
            # too: the style fills only the rect it is given.
            fill, text = selected_row_colours(palette)
            painter.fillRect(entry.rect, fill)
            for group in (_ACTIVE, _INACTIVE):
                palette.setColor(group, _HIGHLIGHT, fill)
                palette.setColor(group, _HIGHLIGHTED_TEXT, text)
            entry.palette = palette
        if focused:
            state = entry.state  # no dotted frame: the ring shows the focus
            entry.state = type(state)(state.value & ~_STATE_HAS_FOCUS)
        entry.rect = entry.rect.adjusted(PADDING_H, PADDING_V, -PADDING_H, -PADDING_V)
        super().paint(painter, entry, index)
        if ring:
            ink = palette.color(_ACTIVE, _WINDOW_TEXT)
            _frame(painter, option.rect, RING_WIDTH, ink)
            if contrast(ink, palette.color(_ACTIVE, _HIGHLIGHT)) < MIN_RING_CONTRAST:
                # A dark theme's light ring on its light highlight (1.7:1) would hardly
                # show: a line of the list's own surface between them sets it off.
                inner = option.rect.adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH)
                _frame(painter, inner, 1, palette.color(_ACTIVE, _BASE))


def _frame(painter: QPainter, rect: QRect, width: int, colour: QColor) -> None:
    """A ``width`` px frame just inside ``rect``: four bands, not a pen (a pen's join and
    brush are Qt enums, which the first paint does not name: qt_values.py)."""
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    painter.fillRect(QRect(left, top, rect.width(), width), colour)
    painter.fillRect(QRect(left, bottom - width + 1, rect.width(), width), colour)
    painter.fillRect(QRect(left, top, width, rect.height()), colour)
    painter.fillRect(QRect(right - width + 1, top, width, rect.height()), colour)


class Navigation(QListWidget):
    """The list of pages beside the content; ``target_chosen`` names the page to open."""

    target_chosen = Signal(str)
    # The width it would take now (its longest entry, within a third of the window): the
    # window gives it that much of its splitter.
    wanted_width_changed = Signal(int)
    # Enter on an entry: the keyboard into its page (the arrows keep it here).
    entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setMinimumWidth(MIN_WIDTH)
        # Entries too long for the width elide (their tooltip says them whole): the list
        # never scrolls sideways, its entries being as wide as its viewport (_ViewportWide;
        # no scroll bar policy: naming Qt's enums before the first paint costs it ~14 ms).
        self.setItemDelegate(_ViewportWide(self))
        # Whole rather than cut: an entry too long for the width wraps (issue 19).
        self.setWordWrap(True)
        # A focus ring that shows on the selected entry too (Qt's dotted 1 px one does not):
        # the entry's own border (_ViewportWide), no second ring around the whole list.
        self.setProperty("own_focus_ring", True)
        self._items: dict[str, QListWidgetItem] = {}
        for target in TARGETS:
            item = QListWidgetItem()
            item.setData(NAV_ROLE, target)
            # The icon's room (a clear swatch as large as the icons), the icon itself right
            # after the cold start's first paint, which draws none (glyph_engine.py: naming
            # QIcon before it costs ~10 M instructions).
            item.setData(DECORATION_ROLE, QColor(0, 0, 0, 0))
            self.addItem(item)
            item.setHidden(target != NAV_MY_TICKETS)  # the rest once a session allows
            self._items[target] = item
        self.unread = 0
        self.team_unread = 0
        self.drafts = 0
        self.go_menu = GoMenu(self)
        after_the_first_paint(self._show_icons)
        self.currentItemChanged.connect(self._chosen)
        # The entry already marked, clicked: its page itself again (Team tickets from the
        # tickets behind an Insights chart, or a list from a ticket opened over it).
        self.itemClicked.connect(self._clicked)
        self._needed = MIN_WIDTH  # the longest entry's width, with a count (_reserve_width)
        self._window_width: int | None = None  # the window's, which bounds ours
        self.wanted_width = 0
        self._marked_before_press: QListWidgetItem | None = None
        self._by_keys = False  # an entry chosen with the keyboard: the keyboard stays here
        self.retranslate_ui()

    def item_for(self, target: str) -> QListWidgetItem:
        return self._items[target]

    def current_target(self) -> str | None:
        item = self.currentItem()
        return str(item.data(NAV_ROLE)) if item is not None else None

    def visible_targets(self) -> list[str]:
        return [t for t in TARGETS if not self._items[t].isHidden()]

    def select(self, target: str) -> None:
        """Mark ``target``'s entry as the current page (without opening it again)."""
        item = self._items[target]
        if self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
        self.go_menu.mark(target)

    def select_none(self) -> None:
        """No entry marked as the current page: signed out, none of them is open (My
        tickets stayed highlighted over the signed-out page)."""
        self.blockSignals(True)
        self.setCurrentIndex(QModelIndex())
        self.clearSelection()
        self.blockSignals(False)
        self.go_menu.unmark()

    def show_session(self, *, admin: bool, billing: bool, insights: bool) -> None:
        """The pages of a signed-in user: an admin's, or a member's."""
        shown = {
            # R6: members see no Premium Support pages, only Get help.
            # R17: only admins see the team's tickets.
            NAV_MY_TICKETS: admin,
            NAV_TEAM_TICKETS: admin,
            NAV_GET_HELP: not admin,
            NAV_DRAFTS: True,
            # R6, R8, R9: members never see Billing; the service refuses them too.
            NAV_BILLING: admin and billing,
            # R19, R20: Insights and Recommendations are the admins' too.
            NAV_INSIGHTS: admin and insights,
            NAV_RECOMMENDATIONS: admin and insights,
        }
        self._show(shown)
        self.show()

    def show_signed_out(self) -> None:
        """No entries: each page is a session's, and My tickets (the one left shown) only
        led back to the signed-out page it stood beside (a newcomer). Nor an empty white
        panel: the navigation comes back with the next session."""
        self._show(dict.fromkeys(TARGETS, False))
        self.hide()

    def _show(self, shown: dict[str, bool]) -> None:
        for target, visible in shown.items():
            self._items[target].setHidden(not visible)
        self.go_menu.update_entries()

    def set_counts(
        self,
        *,
        unread: int | None = None,
        team_unread: int | None = None,
        drafts: int | None = None,
    ) -> None:
        if unread is not None:
            self.unread = unread
        if team_unread is not None:
            self.team_unread = team_unread
        if drafts is not None:
            self.drafts = drafts
        self.retranslate_ui()

    def text_for(self, target: str) -> str:
        counts = {NAV_MY_TICKETS: self.unread, NAV_TEAM_TICKETS: self.team_unread}
        return self._label(target, counts.get(target, self.drafts if target == NAV_DRAFTS else 0))

    def _label(self, target: str, count: int) -> str:
        """An entry's text with ``count`` new answers or drafts (0: none said)."""
        if target == NAV_MY_TICKETS and count:
            return self.tr("My tickets (%n new)", "", count)
        if target == NAV_TEAM_TICKETS and count:
            return self.tr("Team tickets (%n new)", "", count)
        if target == NAV_DRAFTS and count:
            return self.tr("Drafts and outbox (%n)", "", count)
        return {
            NAV_MY_TICKETS: self.tr("My tickets"),
            NAV_TEAM_TICKETS: self.tr("Team tickets"),
            NAV_GET_HELP: self.tr("Get help"),
            NAV_DRAFTS: self.tr("Drafts and outbox"),  # as the page is titled
            NAV_BILLING: self.tr("Billing"),
            NAV_INSIGHTS: self.tr("Insights"),
            NAV_RECOMMENDATIONS: self.tr("Recommendations"),
        }[target]

    def retranslate_ui(self) -> None:
        for target, item in self._items.items():
            item.setText(self.text_for(target))
        # A list view sizes its rows again on a resize, not when a text changes (a count
        # that came or went): a wrapped entry kept the height of its old text.
        self.scheduleDelayedItemsLayout()
        self.setAccessibleName(self.tr("Navigation"))
        self.go_menu.retranslate_ui()
        self._reserve_width()

    def _reserve_width(self) -> None:
        """As wide as its longest entry in this language, *with* a count, whether one is
        shown or not ("Concepten en postvak UIT (99)"): a count arriving never widens the
        navigation and moves the page beside it. Counts are measured at two digits, each
        plural form (one, many)."""
        # Each text once: the pages without a count say the same whatever the count.
        texts = {self._label(t, count) for t in TARGETS for count in COUNTS_RESERVED}
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        # Icons as tall as the text, so they grow with it; and a size that is known (left
        # unset, the style picks one this measure did not count, and entries were cut).
        side = max(SMALL_ICON, metrics.height())
        self.setIconSize(QSize(side, side))
        self._needed = max(MIN_WIDTH, widest + self.iconSize().width() + NAV_CHROME)
        self.fit_window()

    def fit_window(self, width: int | None = None) -> None:
        """What the longest entry needs, but never more than a third of the window (its
        ``width``, told by the window as it changes): an entry that does not fit is
        elided, whole in its tooltip. Never a sideways scrollbar: entries elide instead.

        Its least is a fifth of a 1024 px window, whatever the window is now: a least
        that followed the window would keep a wide window from being made narrow."""
        if width is not None:
            self._window_width = width
        least = min(self._needed, FLOOR_WIDTH)
        most = self._needed
        if self._window_width:
            most = max(least, min(most, int(self._window_width * MAX_WINDOW_SHARE)))
        self.setMinimumWidth(least)
        self.setMaximumWidth(most)
        if most != self.wanted_width:
            self.wanted_width = most
            self.wanted_width_changed.emit(most)
        self._elided_tips()

    def _text_room(self) -> int:
        """The width an entry's text has beside its icon, in the width the list has now."""
        width = self.width() if self.isVisible() else self.minimumWidth()
        return width - self.iconSize().width() - TEXT_CHROME

    def extra_height(self, text: str) -> int:
        """The height ``text`` takes wrapped in its entry, beyond its first line."""
        room = self._text_room()
        if not text or room <= 0 or self.fontMetrics().horizontalAdvance(text) <= room:
            return 0
        # Laid out as the style lays it out (QTextOption wraps at words by default), its
        # lines as tall as their fonts: a Japanese fallback font's are taller than ours.
        layout = QTextLayout(text, self.font())
        layout.beginLayout()
        heights = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(room)
            heights.append(line.height())
        layout.endLayout()
        return math.ceil(sum(heights[1:]))

    def _elided_tips(self) -> None:
        """An entry cut to fit (a word longer than the width: it wraps between words) says
        its whole text in a tooltip; one shown whole needs none."""
        room = self._text_room()
        metrics = self.fontMetrics()
        for item in self._items.values():
            whole = all(metrics.horizontalAdvance(word) <= room for word in item.text().split())
            item.setToolTip("" if whole else item.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self._reserve_width()  # a larger font: its labels need more room
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elided_tips()
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the entries wrap at the new width

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """The arrows (Home, End, a letter) open the entry they reach and keep the keyboard
        here, as a mail client's folder pane does: the page opened put it in itself, and
        the next Down reached no entry. Enter goes into the page; Tab too, as always."""
        from PySide6.QtCore import Qt  # the enums when a key comes, after the first paint

        target = self.current_target()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and target is not None:
            self.entered.emit(target)
            return
        self._by_keys = True
        try:
            super().keyPressEvent(event)
        finally:
            self._by_keys = False

    def _show_icons(self) -> None:
        for target, item in self._items.items():
            item.setIcon(icon(ICONS[target]))

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            target = str(current.data(NAV_ROLE))
            self.go_menu.mark(target)
            self.target_chosen.emit(target)
            if self._by_keys:
                self.setFocus()  # the page shown took it

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._marked_before_press = self.currentItem()
        super().mousePressEvent(event)

    def _clicked(self, item: QListWidgetItem) -> None:
        # Another entry clicked was opened as it became current (_chosen).
        if item is self._marked_before_press and item is self.currentItem():
            self.target_chosen.emit(str(item.data(NAV_ROLE)))

    def go_to(self, number: int) -> None:
        """Ctrl+1, Ctrl+2 …: the n-th visible entry, also from a ticket opened there."""
        visible = self.visible_targets()
        if 0 < number <= len(visible):
            target = visible[number - 1]
            self.select(target)
            self.target_chosen.emit(target)


class GoMenu(QMenu):
    """Go: every page the navigation shows, with its Ctrl+number, checked when current."""

    def __init__(self, navigation: Navigation) -> None:
        # Owned by the navigation (a menu bar's addMenu does not take it): deleted with
        # the window, never left to the garbage collector.
        super().__init__(navigation)
        self.setObjectName("go_menu")
        self._navigation = navigation
        self._group = QActionGroup(self)
        self._actions: dict[str, QAction] = {}
        for target in TARGETS:
            action = QAction(self)
            action.setObjectName(f"go_{target}_action")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, t=target: self._go(t))
            self._group.addAction(action)
            self.addAction(action)
            self._actions[target] = action
        self.update_entries()
        after_the_first_paint(self._show_icons)  # not shown before it, and no QIcon then

    def _show_icons(self) -> None:
        for target, action in self._actions.items():
            action.setIcon(icon(ICONS[target]))

    def action_for(self, target: str) -> QAction:
        return self._actions[target]

    def update_entries(self) -> None:
        """Show the visible pages, numbered in the order the navigation shows them."""
        visible = self._navigation.visible_targets()
        for target, action in self._actions.items():
            action.setVisible(target in visible)
        # The keys once the window is painted (none reaches it before): QKeySequence's enum
        # types are made when the class is first named.
        after_the_first_paint(self._number_entries)

    def _number_entries(self) -> None:
        from PySide6.QtGui import QKeySequence

        visible = self._navigation.visible_targets()
        for target, action in self._actions.items():
            # setShortcuts(), not setShortcut(): see desktop/ui/look/qt_values.py.
            number = visible.index(target) + 1 if target in visible else 0
            action.setShortcuts([QKeySequence(f"Ctrl+{number}")] if number else [])

    def mark(self, target: str) -> None:
        self._actions[target].setChecked(True)

    def unmark(self) -> None:
        """No entry checked (an exclusive group keeps one checked unless told otherwise)."""
        self._group.setExclusive(False)
        for action in self._actions.values():
            action.setChecked(False)
        self._group.setExclusive(True)

    def _go(self, target: str) -> None:
        self._navigation.go_to(self._navigation.visible_targets().index(target) + 1)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Go"))
        for target, action in self._actions.items():
            action.setText(self._navigation.text_for(target))

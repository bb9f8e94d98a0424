"""Colours by role, taken from the palette: the one place widgets get a colour from.

No widget keeps a colour of its own (it would stay light in a dark window);
they ask here, with the palette they sit in, and ask again when it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import getCppPointer

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QAbstractButton

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
# WCAG 2's minimum for body text; a little over it, so rounding never lands below.
MIN_CONTRAST = 4.6

# Support's messages lean towards the highlight, a teammate's towards the success green
# (the visited-link colour many palettes have is a loud magenta); ours stay neutral, as
# in a chat. Just a hint: the name says who.
_TINT = 0.12


def mix(base: QColor, accent: QColor, amount: float) -> QColor:
    """``amount`` of ``accent`` over ``base`` (0 = base, 1 = accent)."""
    return QColor.fromRgbF(
        base.redF() + (accent.redF() - base.redF()) * amount,
        base.greenF() + (accent.greenF() - base.greenF()) * amount,
        base.blueF() + (accent.blueF() - base.blueF()) * amount,
    )


def author_accent(palette: QPalette, author_kind: str) -> QColor | None:
    """The hue of who wrote a message (support, a teammate), None for the admin's own."""
    if author_kind == "agent":
        return palette.color(Role.Highlight)
    if author_kind == "colleague":
        return text_colour(TextRole.SUCCESS, palette)
    return None


def card_palette(source: QPalette, author_kind: str) -> QPalette:
    """A message card's palette: a tint of the base colour, with the palette's text on it."""
    palette = QPalette(source)
    base = source.color(Role.Base)
    accent = author_accent(source, author_kind)
    background = mix(base, accent, _TINT) if accent else own_message_surface(source)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, Role.Window, background)
        palette.setColor(group, Role.WindowText, source.color(group, Role.Text))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Window, background)
    return palette


# How far the admin's own messages stand out from the page they sit on (a contrast ratio,
# as for text): dark surfaces need more to be told apart (the palette's alternate row was
# 1.0:1 on a dark window), light ones less before the card turns a heavy grey.
_OWN_SEPARATION_LIGHT = 1.15
_OWN_SEPARATION_DARK = 1.3


def own_message_surface(palette: QPalette) -> QColor:
    """The admin's own message card: the page's colour moved towards its text until it
    stands out from the page (neutral, as ours are in a chat; support's and a teammate's
    carry a hue), stopping where the text would no longer read on it."""
    window = palette.color(Role.Window)
    text = palette.color(Role.WindowText)
    wanted = _OWN_SEPARATION_DARK if is_dark(palette) else _OWN_SEPARATION_LIGHT
    candidate = window
    for step in range(1, 41):
        candidate = mix(window, text, step / 100)
        if contrast(candidate, text) < MIN_CONTRAST:
            return mix(window, text, (step - 1) / 100)
        if contrast(candidate, window) >= wanted:
            break
    return candidate


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    lighter, darker = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def image_caption_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a caption painted into a saved image (a chart's PNG): the
    window's, or black on white where those would not read at 4.5:1 (WCAG)."""
    background = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if contrast(background, text) >= MIN_CONTRAST:
        return background, text
    return QColor("white"), QColor("black")


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


class TextRole(Enum):
    """What a text says, which gives its colour: the palette's text, or a tone of it."""

    PRIMARY = "primary"
    SECONDARY = "secondary"  # times, "last synced", hints, notes
    LINK = "link"
    SUCCESS = "success"
    WARNING = "warning"
    DANGER = "danger"  # errors


# Tones on a light window, and on a dark one (Material's, checked against both).
_TONES = {
    TextRole.LINK: ("#0b57d0", "#a8c7fa"),
    TextRole.SUCCESS: ("#1e7d32", "#81c995"),
    TextRole.WARNING: ("#8a5300", "#fdd663"),
    TextRole.DANGER: ("#b3261e", "#f2b8b5"),
}
# Secondary text: the palette's text faded towards the window by this much at most.
_SECONDARY_FADE = 0.45


def backgrounds(palette: QPalette) -> tuple[QColor, ...]:
    """The surfaces text sits on: windows, text fields and lists, and alternate rows."""
    return (palette.color(Role.Window), palette.color(Role.Base), palette.color(Role.AlternateBase))


def readable(colour: QColor, palette: QPalette) -> QColor:
    """``colour``, moved towards the palette's text until it reads on every surface."""
    text = palette.color(Role.WindowText)
    for step in range(21):
        candidate = mix(colour, text, step / 20)
        if all(contrast(candidate, b) >= MIN_CONTRAST for b in backgrounds(palette)):
            return candidate
    return text


def text_colour(role: TextRole, palette: QPalette) -> QColor:
    """The colour of a text of ``role`` on this palette, at 4.5:1 or more on its surfaces.

    Remembered per palette: a table asks for it for every cell it paints.
    """
    if palette.currentColorGroup() != Group.Active:
        # A disabled widget's palette() answers in its Disabled group (Qt's grey, #bebebe,
        # 1.6:1), and its cacheKey is the active one's: a tile that opened nothing made its
        # parent's "primary" grey, remembered for every tile. A role's colour is the active
        # one's; _paint_role gives it to every group.
        palette = QPalette(palette)
        palette.setCurrentColorGroup(Group.Active)
    key = (role, palette.cacheKey())
    colour = _COLOURS.get(key)
    if colour is None:
        if len(_COLOURS) > 64:
            _COLOURS.clear()  # palettes come and go (light, dark, a widget's own)
        colour = _COLOURS[key] = _text_colour(role, palette).name()
    # From its name: copying a QColor has PySide build its Qt namespace (~14 ms at start).
    return QColor(colour)


_COLOURS: dict[tuple[TextRole, int], str] = {}


def _text_colour(role: TextRole, palette: QPalette) -> QColor:
    text = palette.color(Role.WindowText)
    if role is TextRole.PRIMARY:
        return text
    if role is TextRole.SECONDARY:
        faded = mix(text, palette.color(Role.Window), _SECONDARY_FADE)
        return readable(faded, palette)
    light, dark = _TONES[role]
    return readable(QColor(dark if is_dark(palette) else light), palette)


# A search's hits in an opened thread: a marker's yellow, light and dark (Material's).
_SEARCH_HIT = ("#fde293", "#6b5400")


def search_hit_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """Where a searched word is marked in a message: (background, text), the palette's own
    text on the marker at 4.5:1 or more (moved towards the window where it would not)."""
    ink = palette.color(Role.WindowText)
    light, dark = _SEARCH_HIT
    marker = QColor(dark if is_dark(palette) else light)
    window = palette.color(Role.Window)
    for step in range(21):
        fill = mix(marker, window, step / 20)
        if contrast(ink, fill) >= MIN_CONTRAST:
            return fill, ink
    return window, ink


def error_text(palette: QPalette) -> QColor:
    """Red that reads on the palette's window: the dark tone on light, the light one on dark."""
    return text_colour(TextRole.DANGER, palette)


# Each live follower, by its widget (the C++ object's address) and kind: found here, not
# among the widget's children, whose wrapping has PySide make each child's class (a list's
# selection model and item delegate, their enum types) before the first paint.
_LIVE_FOLLOWERS: dict[tuple[int, str], _PaletteFollower] = {}


def _widget_key(widget: QWidget, kind: str) -> tuple[int, str]:
    return getCppPointer(widget)[0], kind


class _PaletteFollower(QObject):
    """Applies a widget's colours again when the palette around it changes.

    ``kind`` tells a widget's text-role follower from its style-sheet one (each widget has
    at most one of each, replaced by a later call).
    """

    def __init__(
        self,
        widget: QWidget,
        kind: str,
        apply: Callable[[QWidget], None],
        events: tuple[QEvent.Type, ...],
    ) -> None:
        super().__init__(widget)
        self.kind = kind
        self.apply = apply
        self.events = events
        self.application = False  # applied again when the application's palette changes
        if events:  # a style sheet's follower hears only the application (no event to filter)
            widget.installEventFilter(self)
        # Held here until Qt destroys it (with its widget): the widget's own wrapper may be
        # collected while the widget lives (a label made in a layout and let go), and with
        # it the last reference to this one, whose filter then ran without its attributes.
        key = _widget_key(widget, kind)
        _LIVE_FOLLOWERS[key] = self
        self.destroyed.connect(partial(_LIVE_FOLLOWERS.pop, key, None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in self.events and isinstance(watched, QWidget):
            self.apply(watched)
        return False


class _ApplicationPalette(QObject):
    """Applies again, when the application's palette changes (the system went dark), the
    followers that asked for it.

    A widget with a style sheet holds a palette of its own, so the change never reaches it
    as an event (Qt 6 sends ApplicationPaletteChange to windows, which pass it on only to
    children without one); the application's signal does. One connection for the whole
    app, the followers found when it fires (a follower per widget, connected itself, left
    the garbage collector to meet Qt objects mid-destruction). Applied once the new palette
    has reached the widgets, or a style sheet is laid on the old one (a white list in the
    dark).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.paletteChanged.connect(self._changed)

    def _changed(self, _palette: QPalette) -> None:
        readable_placeholders(QApplication.instance())
        QTimer.singleShot(0, self, self._apply)

    def _apply(self) -> None:
        followed = [
            (widget, child)
            for widget in QApplication.allWidgets()
            for child in widget.children()
            if isinstance(child, _PaletteFollower) and child.application
        ]
        # Style sheets first: a text role reads its colour off its parent's palette, which
        # a parent's style sheet (a banner's) sets.
        followed.sort(key=lambda pair: pair[1].kind != "style_sheet")
        for widget, follower in followed:
            follower.apply(widget)


_FOLLOWED_APPS: set[int] = set()


def readable_placeholders(app: QObject | None) -> None:
    """Placeholder text ("Search subjects… (Ctrl+F)") at 4.5:1 like every hint: many
    palettes grey it out below that. Set on the application's palette, now and when the
    system's changes; nothing is set when it already reads (no change, no loop)."""
    if not isinstance(app, QApplication):
        return
    palette = app.palette()
    wanted = text_colour(TextRole.SECONDARY, palette)
    groups = (Group.Active, Group.Inactive)
    if all(palette.color(group, Role.PlaceholderText) == wanted for group in groups):
        return
    for group in groups:
        palette.setColor(group, Role.PlaceholderText, wanted)
    app.setPalette(palette)
    _follow_the_application()


def _follow_the_application() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication) and id(app) not in _FOLLOWED_APPS:
        _FOLLOWED_APPS.add(id(app))
        _ApplicationPalette(app)


def _follow(
    widget: QWidget,
    kind: str,
    apply: Callable[[QWidget], None],
    *events: QEvent.Type,
    application: bool = False,
) -> None:
    """Apply now, and again on ``events`` or, with ``application``, when the application's
    palette changes (one follower per kind per widget)."""
    # Not findChild(..., FindDirectChildrenOnly): naming that option builds PySide's Qt
    # namespace, ~14 ms before the first paint (desktop/ui/look/qt_values.py).
    follower = _LIVE_FOLLOWERS.get(_widget_key(widget, kind))
    if follower is None:
        follower = _PaletteFollower(widget, kind, apply, events)
    else:
        follower.apply = apply
    follower.application = application
    if application:
        _follow_the_application()
    apply(widget)


def _surroundings(widget: QWidget) -> QPalette:
    """The palette the widget sits in: its parent's (a card's tint, a dark window's)."""
    parent = widget.parentWidget()
    return parent.palette() if parent is not None else QApplication.palette(widget)


def _paint_role(widget: QWidget, role: TextRole) -> None:
    colour = text_colour(role, _surroundings(widget))
    palette = widget.palette()
    if all(
        palette.color(group, Role.WindowText) == colour
        for group in (Group.Active, Group.Inactive, Group.Disabled)
    ):
        return  # already so (and setting it again would send another PaletteChange)
    # Every group: a disabled label keeps its role's colour, which reads (Qt's greys do not).
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for text_role in (Role.WindowText, Role.Text, Role.ButtonText):
            palette.setColor(group, text_role, colour)
    widget.setPalette(palette)


def set_text_role(widget: QWidget, role: TextRole) -> None:
    """Colour ``widget``'s text by its role, now and whenever light and dark switch."""
    widget.setProperty("text_role", role.value)
    _follow(
        widget,
        "text_role",
        lambda w: _paint_role(w, role),
        # The parent's palette (a card's tint), a new parent; and the system's switch,
        # which a label with a style sheet of its own (a link's underline) hears only so.
        QEvent.Type.PaletteChange,
        QEvent.Type.ParentChange,
        application=True,
    )


def text_role(widget: QWidget) -> TextRole | None:
    value = widget.property("text_role")
    return TextRole(value) if isinstance(value, str) else None


# Banners and notes: a surface tinted towards a tone, light enough (or dark enough) that
# the palette's own text keeps its contrast on it. "info" is a neutral grey: a note (the
# local demo workspace); "warning" and "danger" say something is wrong or cannot be done
# (offline, nothing can be saved).
_SURFACE_TONES = {"warning": QColor("#f9a825"), "danger": QColor("#d93025")}
_SURFACE_TINT = 0.22
# A warning's or a danger's banner, and its box (the Billing page's "not eligible", a
# ticket's conflict bar, a form's error), also has an edge in its role's colour on its
# left side: the tint alone is a beige that passed for a note (the demo workspace's
# banner and "Nothing can be saved" looked alike), and a colour alone says little to
# some eyes.
_BANNER_ROLES = {"warning": TextRole.WARNING, "danger": TextRole.DANGER}
BANNER_EDGE_WIDTH = 4  # px


def surface(palette: QPalette, tone: str) -> QColor:
    window = palette.color(Role.Window)
    accent = _SURFACE_TONES.get(tone)
    if accent is None:
        return mix(window, palette.color(Role.WindowText), 0.07)
    return mix(window, accent, _SURFACE_TINT)


def banner_style(object_name: str, palette: QPalette, tone: str = "warning") -> str:
    """A banner's or note's style sheet: a tinted surface, the palette's text, a rule below,
    and for a warning or a danger an edge on its left in its role's colour.

    Links in it (``QLabel`` rich text) take the palette's link colour, set by the caller
    with :func:`set_text_role` where they are buttons.
    """
    background = surface(palette, tone)
    text = palette.color(Role.WindowText)
    rule = mix(background, text, 0.25)
    return (
        f"#{object_name} {{ background: {background.name()};"
        f" border-bottom: 1px solid {rule.name()};{_tone_edge(palette, tone)} }}"
        f" #{object_name} QLabel {{ color: {text.name()}; background: transparent; }}"
    )


def _tone_edge(palette: QPalette, tone: str) -> str:
    """A warning's or a danger's left edge, in its role's colour (a note has none)."""
    role = _BANNER_ROLES.get(tone)
    if role is None:
        return ""
    return f" border-left: {BANNER_EDGE_WIDTH}px solid {text_colour(role, palette).name()};"


def boxed_style(object_name: str, palette: QPalette, tone: str) -> str:
    """A message in a box of its own (a form's error, a notice): tinted surface, border,
    and a warning's or a danger's edge on its left as a banner's."""
    background = surface(palette, tone)
    text = palette.color(Role.WindowText)
    rule = mix(background, text, 0.3)
    return (
        f"#{object_name} {{ color: {text.name()}; background: {background.name()};"
        f" border: 1px solid {rule.name()}; border-radius: 4px;{_tone_edge(palette, tone)} }}"
        f" QLabel#{object_name} {{ padding: 6px; }}"
        f" #{object_name} QLabel {{ color: {text.name()}; background: transparent; border: none; }}"
    )


def keep_styled(widget: QWidget, make: Callable[[QPalette], str]) -> None:
    """Style ``widget`` with ``make(palette)`` now and whenever the system palette changes
    (and keep its text the application's size when that changes: ``follow_app_font``)."""
    _FollowedFonts.connect_once()
    _follow(
        widget,
        "style_sheet",
        lambda w: w.setStyleSheet(make(QApplication.palette(w))),
        application=True,
    )


# WCAG 2's minimum for a focus ring and a control's edge (non-text contrast), a little over.
MIN_RING_CONTRAST = 3.2
FOCUS_RING_WIDTH = 2  # px; the style's own 1 px highlight is hard to see
# The room to leave around a control inside its parent for the ring (drawn just outside
# the control, in the parent, clipped at its edges) and a pixel between ring and neighbour:
# a button flush with its row's edge showed a 1 px sliver of ring on one side only.
FOCUS_RING_ROOM = FOCUS_RING_WIDTH + 1


# The focus ring's own aim, above the 3:1 minimum: at 3.2:1 a 2 px mid-blue ring hugging a
# button's grey edge was hard to find after Tab (a new admin's report). At 4.5:1 from the
# surfaces it still lay at 2.3:1 beside a control's edge or a neighbouring tab (Fusion's
# outline is the window darkened by 40 %, its faces lighter than Button: colours the
# palette does not name), and the Insights period box's and Billing's tabs' rings were
# hard to see. 7:1 from the surfaces (WCAG's enhanced text contrast) leaves 3:1 or more
# from those edges and faces, light and dark.
FOCUS_RING_CONTRAST = 7.0


def ring_surfaces(palette: QPalette) -> tuple[QColor, ...]:
    """What a focus ring sits on or beside: the text surfaces and a button's face."""
    return (*backgrounds(palette), palette.color(Role.Button))


def focus_ring_colour(palette: QPalette, around: tuple[QColor, ...] = ()) -> QColor:
    """The keyboard focus ring's colour: the palette's highlight, moved towards its text
    until it stands out 7:1 from every surface (light and dark alike), and from the
    surfaces ``around`` it that the palette does not know (a banner's tint)."""
    highlight = palette.color(Role.Highlight)
    text = palette.color(Role.WindowText)
    surfaces = (*ring_surfaces(palette), *around)
    for step in range(21):
        candidate = mix(highlight, text, step / 20)
        if all(contrast(candidate, s) >= FOCUS_RING_CONTRAST for s in surfaces):
            return candidate
    return text


def hover_edge_colour(palette: QPalette) -> QColor:
    """The edge of something that opens under the pointer (an Insights tile): a neutral
    grey between the window and its text, never the highlight the focus ring is drawn in
    (a newcomer read a hovered tile beside the focused one as two tiles with the focus)."""
    return mix(palette.color(Role.Window), palette.color(Role.WindowText), 0.45)


# A widget whose style sheet paints a tinted surface (a banner, a boxed note) says which
# tone: a focus ring drawn on it is measured against that surface too.
_SURFACE_TONE = "surface_tone"


def surface_behind(widget: QWidget) -> tuple[QColor, ...]:
    """The style-sheet surface ``widget`` sits on (its nearest tinted ancestor's), if any."""
    parent = widget.parentWidget()
    while parent is not None:
        tone = parent.property(_SURFACE_TONE)
        if isinstance(tone, str):
            return (surface(QApplication.palette(parent), tone),)
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return ()


def ring_colour_for(widget: QWidget) -> QColor:
    """The focus ring's colour around ``widget``, where it is: on its palette's surfaces
    or on the banner or note it sits in.

    A widget whose style sheet paints its face (a primary button) has that face as its
    palette's window and base: the ring, drawn outside it, goes by its surroundings'."""
    palette = _surroundings(widget) if widget.styleSheet() else widget.palette()
    return focus_ring_colour(palette, surface_behind(widget))


def selected_row_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """A list's selected row: its fill and its text.

    The fill is the highlight, moved towards the text (as the focus ring's colour is)
    until it stands out 3:1 from the rows around it, plain and alternate: some styles
    and systems tint a selected row so lightly that the current ticket is hard to find.
    Moved a little further (no more than 40 % of the way) until a text reads on it at
    7:1 (:func:`fill_and_ink`): the palette's highlighted text where it can, else black or
    white.
    """
    highlight = palette.color(Role.Highlight)
    text = palette.color(Role.Text)
    rows = (palette.color(Role.Base), palette.color(Role.AlternateBase))
    candidates = [mix(highlight, text, step / 20) for step in range(21)]
    standing_out = [c for c in candidates if all(contrast(c, r) >= MIN_RING_CONTRAST for r in rows)]
    if not standing_out:
        return text, palette.color(Role.Base)
    return fill_and_ink(standing_out[:9], palette)


# Text on a coloured fill (a selected row, the primary action): WCAG's enhanced contrast,
# a little over. A mid-tone fill reads at no more than about 5:1 with black or white, and
# thin anti-aliased strokes never reach their full colour: dark mode's selected rows and
# the focused "Sign in…" (black on #3d7bd9, 5.0:1) looked faint. Fills move off the
# mid-tones until their text reads at this.
FILL_TEXT_CONTRAST = 7.1


def fill_and_ink(fills: list[QColor], palette: QPalette) -> tuple[QColor, QColor]:
    """The first of ``fills`` (the highlight, moved further each time) on which a text reads
    at FILL_TEXT_CONTRAST, with that text: the palette's highlighted text if it does, else
    white or black. Where none gets there, the first on which one reads at 4.5:1; where
    none does, the last fill with the text that reads best on it."""
    inks = (palette.color(Role.HighlightedText), QColor("#ffffff"), QColor("#000000"))
    for wanted in (FILL_TEXT_CONTRAST, MIN_CONTRAST):
        for fill in fills:
            for ink in inks:
                if contrast(ink, fill) >= wanted:
                    return fill, ink
    fill = fills[-1]
    return fill, max(inks, key=partial(contrast, fill))


def _paint_selection(view: QWidget) -> None:
    fill, ink = selected_row_colours(QApplication.palette(view))
    palette = view.palette()
    # Active and inactive alike: the row stays findable while the reading pane has the focus.
    groups = (Group.Active, Group.Inactive)
    if all(
        palette.color(g, Role.Highlight) == fill and palette.color(g, Role.HighlightedText) == ink
        for g in groups
    ):
        return  # already so (setting it again would send another PaletteChange)
    for group in groups:
        palette.setColor(group, Role.Highlight, fill)
        palette.setColor(group, Role.HighlightedText, ink)
    view.setPalette(palette)


def style_selected_rows(view: QWidget) -> None:
    """Make a list's selected row stand out 3:1 from the others, now and whenever light
    and dark switch (see :func:`selected_row_colours`)."""
    _follow(view, "selection", _paint_selection, application=True)


def focus_ring_style(palette: QPalette) -> str:
    """A 2 px ring around a focused text box or scrolled area, drawn by its style sheet
    (the application's ring, desktop/ui/look/focus_ring.py, then leaves it alone).

    The frame is as thick focused or not (a 1 px edge and 1 px padding at rest): the
    viewport is placed once, inside the frame at rest, so a ring thicker than that frame
    had its inner pixel under the content (a 1 px ring at the thread's top and foot)."""
    ring = focus_ring_colour(palette).name()
    edge = palette.color(Role.Mid).name()
    rest = FOCUS_RING_WIDTH - 1
    return (
        f"QAbstractScrollArea {{ border: 1px solid {edge}; padding: {rest}px; }}"
        f" QAbstractScrollArea:focus {{ border: {FOCUS_RING_WIDTH}px solid {ring};"
        " padding: 0px; }"
    )


SCROLL_BAR_WIDTH = 12  # px; the handle 2 px in from each side


def scroll_bar_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """A scroll bar's track and its handle: the handle the darker on light (the lighter on
    dark), 3:1 or more from the track like a control's edge. Fusion's near-white handle on
    a light grey track read backwards: the track passed for the handle."""
    window = palette.color(Role.Window)
    text = palette.color(Role.WindowText)
    track = mix(window, text, 0.06)
    handle = text
    for step in range(6, 21):
        handle = mix(track, text, step / 20)
        if contrast(handle, track) >= MIN_RING_CONTRAST:
            break
    return track, handle


def scroll_bar_style(palette: QPalette) -> str:
    """Style sheet rules for the scroll bars inside a styled scroll area (no arrows: the
    handle and the track are what there is to see and drag)."""
    track, handle = scroll_bar_colours(palette)
    hover = mix(handle, palette.color(Role.WindowText), 0.25)
    width = SCROLL_BAR_WIDTH
    return (
        f" QScrollBar:vertical {{ background: {track.name()}; width: {width}px; border: none;"
        " margin: 0px; }"
        f" QScrollBar:horizontal {{ background: {track.name()}; height: {width}px;"
        " border: none; margin: 0px; }"
        f" QScrollBar::handle {{ background: {handle.name()}; border-radius: 4px;"
        " margin: 2px; }"
        " QScrollBar::handle:vertical { min-height: 24px; }"
        " QScrollBar::handle:horizontal { min-width: 24px; }"
        f" QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {hover.name()}; }}"
        " QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none;"
        " background: none; }"
        " QScrollBar::add-page, QScrollBar::sub-page { background: none; }"
    )


def has_own_focus_ring(widget: QWidget) -> bool:
    """Whether ``widget`` draws its focus ring itself (a text box, the navigation)."""
    return bool(widget.property("own_focus_ring"))


def style_focus_ring(widget: QWidget, *, scroll_bars: bool = False) -> None:
    """Show clearly when ``widget`` (a QAbstractScrollArea) has the keyboard focus; with
    ``scroll_bars``, its scroll bars in the theme's colours too (:func:`scroll_bar_style`)."""
    widget.setProperty("own_focus_ring", True)
    if scroll_bars:
        keep_styled(widget, lambda palette: focus_ring_style(palette) + scroll_bar_style(palette))
    else:
        keep_styled(widget, focus_ring_style)


def style_banner(widget: QWidget, tone: str = "warning") -> None:
    """A banner (a strip across the window) of ``tone``: "warning", "danger" or "info"."""
    name = widget.objectName()
    widget.setProperty(_SURFACE_TONE, tone)
    keep_styled(widget, lambda palette: banner_style(name, palette, tone))


def style_boxed(widget: QWidget, tone: str) -> None:
    """A message in a box of its own (a form's error, a notice) of ``tone``."""
    name = widget.objectName()
    widget.setProperty(_SURFACE_TONE, tone)
    keep_styled(widget, lambda palette: boxed_style(name, palette, tone))


class TypeStep(Enum):
    """The type scale: how much larger than the body text a kind of text is (all bold)."""

    FIGURE = 1.8  # a tile's number
    PAGE_TITLE = 1.5
    TICKET_TITLE = 1.4
    DIALOG_TITLE = 1.3
    HEADING = 1.2
    CARD_TITLE = 1.15


def set_type(widget: QWidget, step: TypeStep) -> None:
    """Give ``widget`` its step's size, bold, on the font it has (so it follows the UI's)."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * step.value)
    font.setBold(True)
    widget.setFont(font)
    follow_app_font(widget)


# A widget's point size as a multiple of the application font's, for follow_app_font.
_FONT_RATIO = "font_ratio"


def follow_app_font(widget: QWidget) -> None:
    """Keep ``widget``'s font (set to a size of its own: a heading, chart text) at its
    present ratio to the application's font when that changes while the app runs (text
    made larger in the desktop's settings). Qt passes the new family on to such a widget
    but keeps its old point size: a 150 % desktop would get 100 % headings."""
    app_size = QApplication.font().pointSizeF()
    if app_size > 0:
        widget.setProperty(_FONT_RATIO, widget.font().pointSizeF() / app_size)
        _FollowedFonts.connect_once()


class _FollowedFonts:
    connected = False

    @classmethod
    def connect_once(cls) -> None:
        app = QApplication.instance()
        if cls.connected or not isinstance(app, QApplication):
            return
        app.fontChanged.connect(cls.rescale)
        cls.connected = True

    @staticmethod
    def rescale(app_font: QFont) -> None:
        size = app_font.pointSizeF()
        # A rare event: every widget looked at is simpler than a registry of weak references.
        for widget in QApplication.allWidgets():
            ratio = widget.property(_FONT_RATIO)
            if isinstance(ratio, float):
                font = widget.font()
                font.setPointSizeF(size * ratio)
                widget.setFont(font)
            sheet = widget.styleSheet()
            if sheet:
                # A style-sheeted widget keeps the font it was polished with (the
                # navigation, a primary button) until its sheet is applied again.
                widget.setStyleSheet(sheet)


def set_font_style(widget: QWidget, *, bold: bool = False, underline: bool = False) -> None:
    """Bold or underlined through the font: a style sheet would pin the widget's palette, so
    its text role would keep the light colours in the dark (Qt passes a new palette on only
    to children without one)."""
    font = widget.font()
    font.setBold(bold)
    font.setUnderline(underline)
    widget.setFont(font)


def small_font(base: QFont) -> QFont:
    """Secondary and chart text: a point below the UI's type, and never below 8 pt.

    (Qt's SmallestReadableFont is no guide: some platforms give 12 pt, above the UI's 9.)
    """
    font = QFont(base)
    size = base.pointSizeF()
    font.setPointSizeF(min(size, max(size - 1, 8.0)))
    return font


def primary_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """A main action's fill (the highlight, darkened or lightened, no more than half way
    to the text, until its text reads at 7:1: :func:`fill_and_ink`) and its text."""
    fill = palette.color(Role.Highlight)
    ink = palette.color(Role.WindowText)
    return fill_and_ink([mix(fill, ink, step / 20) for step in range(11)], palette)


def primary_button_style(
    object_name: str, palette: QPalette, icon_room: QSize | None = None
) -> str:
    """The page's main action: filled with the highlight, its text at 4.5:1 on it.

    Focused, it has the application's ring (desktop/ui/look/focus_ring.py) just outside,
    and its own 1 px edge turns clear: a line of the surface it sits on lies between the
    ring and the fill. Its own ring, an edge in the text's colour, was 2.4:1 against the
    light fill it surrounds in the dark (13:1 against the window outside); the ring is 7:1
    against the surfaces, and the fill touches it nowhere.
    """
    fill, text = primary_colours(palette)
    ink = palette.color(Role.WindowText)
    hover = mix(fill, ink, 0.12)
    border = mix(fill, ink, 0.25)
    room = "padding: 4px 12px;"
    if icon_room is not None:
        # An icon still to come keeps its room: the size hint grows by the icon's width
        # and 4 px and is at least the icon's height, and the text stands its width and
        # 2 px further right (Qt's push button; the same size and text in en, ja, nl).
        room = (
            f"padding: 4px 14px 4px {12 + icon_room.width() + 2}px;"
            f" min-height: {icon_room.height()}px;"
        )
    return (
        f"QPushButton#{object_name} {{ background: {fill.name()}; color: {text.name()};"
        f" border: 1px solid {border.name()}; border-radius: 4px; {room} }}"
        f" QPushButton#{object_name}:hover {{ background: {hover.name()}; }}"
        # The edge as thick as at rest (nothing inside moves), the fill within it only.
        f" QPushButton#{object_name}:focus {{ border: 1px solid transparent;"
        " background-clip: padding; }"
        f" QPushButton#{object_name}:disabled {{ background: {palette.color(Role.Button).name()};"
        f" color: {text_colour(TextRole.SECONDARY, palette).name()};"
        # No coloured edge while it cannot be pressed: it would pass for the focus ring.
        f" border: 1px solid {palette.color(Role.Mid).name()}; }}"
    )


def style_primary(button: QAbstractButton, *, icon_to_come: bool = False) -> None:
    """Mark ``button`` as the page's main action (one per page); follows light and dark.

    ``icon_to_come``: the room of the icon it is given after the cold start's first paint
    (which makes no icon: glyph_engine.py) is kept until then, so nothing moves when it
    comes; styled again without it once it has its icon."""
    name = button.objectName()
    room = button.iconSize() if icon_to_come else None
    keep_styled(button, lambda palette: primary_button_style(name, palette, room))


# A ticket status's badge: a tint by what the status asks of the admin, the text beside it
# says which (never colour alone).
_STATUS_TONES = {
    "new": TextRole.WARNING,
    "open": TextRole.LINK,
    "pending": TextRole.WARNING,
    "solved": TextRole.SUCCESS,
}


def status_badge_colours(status: str, palette: QPalette) -> tuple[QColor, QColor]:
    """The badge's fill and its text (the palette's, at 4.5:1 on the light tint)."""
    role = _STATUS_TONES.get(status)
    window = palette.color(Role.Window)
    ink = palette.color(Role.WindowText)
    if role is None:  # closed: quiet
        return mix(window, ink, 0.08), ink
    light, dark = _TONES[role]
    return mix(window, QColor(dark if is_dark(palette) else light), 0.3), ink

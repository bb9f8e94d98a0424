"""Colours by role, taken from the palette: the one place widgets get a colour from.

No widget keeps a colour of its own (it would stay light in a dark window);
they ask here, with the palette they sit in, and ask again when it changes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole

# Support's messages lean towards the highlight, a colleague's towards the visited
# link colour; ours stay neutral, as in a chat. Just a hint: the name says who.
_ACCENTS = {"agent": Role.Highlight, "colleague": Role.LinkVisited}
_TINT = 0.12


def mix(base: QColor, accent: QColor, amount: float) -> QColor:
    """``amount`` of ``accent`` over ``base`` (0 = base, 1 = accent)."""
    return QColor.fromRgbF(
        base.redF() + (accent.redF() - base.redF()) * amount,
        base.greenF() + (accent.greenF() - base.greenF()) * amount,
        base.blueF() + (accent.blueF() - base.blueF()) * amount,
    )


def card_palette(source: QPalette, author_kind: str) -> QPalette:
    """A message card's palette: a tint of the base colour, with the palette's text on it."""
    palette = QPalette(source)
    base = source.color(Role.Base)
    accent = _ACCENTS.get(author_kind)
    background = (
        mix(base, source.color(accent), _TINT) if accent else source.color(Role.AlternateBase)
    )
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, Role.Window, background)
        palette.setColor(group, Role.WindowText, source.color(group, Role.Text))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Window, background)
    return palette


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


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def error_text(palette: QPalette) -> QColor:
    """Red that reads on the palette's window: the dark tone on light, the light one on dark."""
    return QColor("#f2b8b5" if is_dark(palette) else "#b3261e")


# A warning's surface: amber, mixed into the window colour lightly enough that the
# palette's own text keeps its contrast on it.
_WARNING = QColor("#f9a825")
_WARNING_TINT = 0.22


def warning_surface(palette: QPalette) -> QColor:
    return mix(palette.color(Role.Window), _WARNING, _WARNING_TINT)


def banner_style(object_name: str, palette: QPalette) -> str:
    """A warning banner's style sheet: a tinted surface, the palette's text, a rule below."""
    surface = warning_surface(palette)
    text = palette.color(Role.WindowText)
    rule = mix(surface, text, 0.25)
    return (
        f"#{object_name} {{ background: {surface.name()};"
        f" border-bottom: 1px solid {rule.name()}; }}"
        f" #{object_name} QLabel {{ color: {text.name()}; }}"
    )

"""The few values of Qt's ``Qt`` namespace that the first paint needs, as plain ints.

The first time Python names anything in PySide6's ``Qt`` namespace (``Qt.AlignLeft``,
a ``headerData`` handed a ``Qt.Orientation``, an overload that could take a
``Qt.Key``), PySide makes all of its ~90 enum types at once: ~14 ms, a seventh of a
bare window's start (bench/README.md). The code that builds and paints the window
on the cached list uses these instead, and leaves ``Qt`` to what runs after the
paint; tests/e2e/test_first_paint.py checks that ``Qt`` is not made before it.

The values are Qt's own (qnamespace.h) and never change within Qt 6;
tests/desktop/test_qt_values.py compares them with the enums.
"""

from __future__ import annotations

# Qt.ItemDataRole
DISPLAY_ROLE = 0
DECORATION_ROLE = 1
TOOLTIP_ROLE = 3
FONT_ROLE = 6
TEXT_ALIGNMENT_ROLE = 7
FOREGROUND_ROLE = 9
USER_ROLE = 0x0100

# Qt.AlignmentFlag
ALIGN_RIGHT = 0x0002
ALIGN_V_CENTER = 0x0080
ALIGN_CENTER = 0x0084  # AlignHCenter | AlignVCenter

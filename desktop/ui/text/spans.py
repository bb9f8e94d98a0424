"""Response targets in words, with plurals: "within 1 hour", "within 4 hours" (R3, R7)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Spans(QObject):
    """Time spans with plurals (lupdate marks numerus only on ``self.tr(text, "", n)``)."""

    def within(self, minutes: int) -> str:
        if minutes % 60 == 0:
            return self.tr("within %n hour(s)", "", minutes // 60)
        return self.tr("within %n minute(s)", "", minutes)

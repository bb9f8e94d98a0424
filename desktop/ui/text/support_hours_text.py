"""When "24/7" holds (R4), in one sentence that every page promising it says.

English support is 24/7; Japanese support keeps office hours in Japan. Billing's table
said it under its "24/7" while Get help promised e-mail support around the clock without
it (a newcomer reading in Japanese): one source, so the two cannot say different things.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class SupportHoursText(QObject):
    def around_the_clock(self) -> str:
        """R4: English always, Japanese Monday to Friday in Japan's office hours."""
        return self.tr(
            "24/7 in English. In Japanese: Monday to Friday, 09:00–17:00 Japan Standard Time."
        )

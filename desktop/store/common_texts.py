"""What the store learnt of search texts' commonness while an admin types.

Whether a text is common (found in ``COMMON_TEXT`` tickets or messages or more) only
chooses how a list is read: the trigram index for a rare text, the list's own order for
a common one. Both read the same rows, so a stale answer costs time, never a wrong row.
Asking costs a count on the trigram index at each keystroke (~0.5 ms of the GUI thread's
2-3 ms a key at 100k); typing extends the text, and a text that is rare stays rare as it
grows (its tickets are among the shorter text's), so once rare it is not asked again.
"""

from __future__ import annotations

from threading import Lock

# Texts kept: a session's searches, not every keystroke ever typed.
MAX_KEPT = 256


class CommonTexts:
    """Search texts (FTS phrases of their folded text) known to be common or rare.

    Read from the GUI thread and the store's reading thread; forgotten after a write
    (:meth:`forget`), as new tickets and messages can make a rare text common."""

    def __init__(self) -> None:
        self._lock = Lock()
        self._common: set[str] = set()
        self._rare: set[str] = set()

    def known(self, phrase: str) -> bool | None:
        """True or False if known (a text holding a rare one is rare), None if not."""
        with self._lock:
            if phrase in self._common:
                return True
            inner = phrase[1:-1]  # the phrase's quotes: a text holding "syn" holds syn
            if any(rare[1:-1] in inner for rare in self._rare):
                return False
        return None

    def learn(self, phrase: str, common: bool) -> None:
        with self._lock:
            kept = self._common if common else self._rare
            if len(kept) >= MAX_KEPT:
                kept.clear()
            kept.add(phrase)

    def forget(self) -> None:
        with self._lock:
            self._common.clear()
            self._rare.clear()

"""How long to wait before trying the service again: doubling, capped, with jitter."""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    """1 s, 2 s, 4 s … up to ``cap``; each wait jittered by ±20 %.

    The jitter keeps many clients that lost the same server from coming back
    in the same second.
    """

    def __init__(
        self,
        first: float = 1.0,
        cap: float = 30.0,
        jitter: float = 0.2,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.first = first
        self.cap = cap
        self.jitter = jitter
        self._rand = rand
        self._attempt = 0

    def reset(self) -> None:
        self._attempt = 0

    def next_delay(self, at_least: float = 0.0) -> float:
        base: float = min(self.cap, self.first * 2.0**self._attempt)
        self._attempt += 1
        spread = base * self.jitter * (2 * self._rand() - 1)
        return max(at_least, base + spread)

"""The token bucket behind the write limits, on a clock the test moves."""

from __future__ import annotations

from backend.ops.rate_limits import WriteRateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_then_the_rate() -> None:
    clock = Clock()
    limiter = WriteRateLimiter(per_minute=60, burst=3, monotonic=clock)
    for _ in range(3):
        assert limiter.wait("ava") is None
        limiter.charge("ava")
    assert limiter.wait("ava") == 1  # one a second
    clock.now += 1
    assert limiter.wait("ava") is None
    limiter.charge("ava")
    assert limiter.wait("ava") == 1
    # Others have buckets of their own.
    assert limiter.wait("noah") is None


def test_writes_allowed_together_all_count_but_not_forever() -> None:
    clock = Clock()
    limiter = WriteRateLimiter(per_minute=60, burst=2, monotonic=clock)
    # Ten writes were let in at once (all saw a full bucket) and all succeeded.
    for _ in range(10):
        limiter.charge("ava")
    # The bucket is at most one burst in debt: 2 below zero, 3 s to one write.
    assert limiter.wait("ava") == 3
    clock.now += 3
    assert limiter.wait("ava") is None


def test_a_full_bucket_is_never_more_than_the_burst() -> None:
    clock = Clock()
    limiter = WriteRateLimiter(per_minute=600, burst=2, monotonic=clock)
    limiter.charge("ava")
    clock.now += 3600
    limiter.charge("ava")
    limiter.charge("ava")
    assert limiter.wait("ava") == 1


def test_zero_per_minute_is_off() -> None:
    assert not WriteRateLimiter(per_minute=0, burst=1).enabled
    assert WriteRateLimiter(per_minute=1, burst=1).enabled

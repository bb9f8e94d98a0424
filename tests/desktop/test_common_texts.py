"""What the store learns of a search text's commonness while an admin types (only how a
list is read depends on it, never which rows: test_local_store.py checks both ways)."""

from __future__ import annotations

from desktop.store.common_texts import MAX_KEPT, CommonTexts


def test_a_rare_text_stays_rare_as_typing_extends_it() -> None:
    known = CommonTexts()
    assert known.known('"syn"') is None  # never asked: the store counts
    known.learn('"syn"', common=False)
    assert known.known('"syn"') is False
    assert known.known('"sync"') is False  # its tickets are among "syn"'s
    assert known.known('"async job"') is False
    assert known.known('"sy"') is None  # shorter: may be found far more often


def test_a_common_text_says_nothing_of_longer_ones() -> None:
    known = CommonTexts()
    known.learn('"the"', common=True)
    assert known.known('"the"') is True
    assert known.known('"there"') is None  # may be rare


def test_a_write_forgets_what_was_learnt() -> None:
    known = CommonTexts()
    known.learn('"syn"', common=False)
    known.learn('"the"', common=True)
    known.forget()
    assert known.known('"syn"') is None
    assert known.known('"the"') is None


def test_it_keeps_a_bounded_number_of_texts() -> None:
    known = CommonTexts()
    for n in range(MAX_KEPT + 10):
        known.learn(f'"common {n}"', common=True)
    remembered = sum(known.known(f'"common {n}"') is True for n in range(MAX_KEPT + 10))
    assert 0 < remembered <= MAX_KEPT

"""No test calls pytest-qt's ``waitExposed`` or ``waitActive`` bare, as a statement.

In pytest-qt 4.5 both are context managers: they wait as their ``with`` block ends, so
called as a statement of their own they return at once and wait for nothing. 75 such
calls once stood in tests/desktop; the tests then ran on a window that might not be
exposed or active yet, and passed or failed by timing (a hover test passed only because
its window was not yet on screen when it moved the pointer). Write
``with qtbot.waitExposed(w): w.show()`` and ``with qtbot.waitActive(w): w.activateWindow()``.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
CONTEXT_ONLY = ("waitExposed", "waitActive")


def bare_waits(source: str) -> list[int]:
    """The lines of calls to waitExposed/waitActive made as statements of their own."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Attribute)
        and node.value.func.attr in CONTEXT_ONLY
    ]


def test_no_test_waits_for_a_window_with_a_bare_call() -> None:
    found = [
        f"{path.relative_to(TESTS.parent)}:{line}"
        for path in sorted(TESTS.rglob("*.py"))
        for line in bare_waits(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "these wait for nothing: put them in a `with` block"


def test_a_bare_call_is_found_and_a_with_block_is_not() -> None:  # the check itself
    # "bot", not the fixture's name: a grep for bare calls in tests/ finds nothing here.
    source = """
def test_shown(bot, window):
    window.show()
    bot.waitExposed(window)
    with bot.waitExposed(window):
        window.show()
    window.activateWindow()
    bot.waitActive(window, timeout=1000)
    with bot.waitActive(window):
        window.activateWindow()
    with bot.waitSignal(window.destroyed):
        bot.waitUntil(window.isVisible)
    if window.isVisible():
        bot.waitActive(window)
"""
    assert bare_waits(source) == [4, 8, 14]

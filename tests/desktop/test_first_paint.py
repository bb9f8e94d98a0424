"""What the window waits for before its first request: the paint of what it shows."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.shell.first_paint import (
    FirstPaintWatch,
    after_the_first_paint,
    await_the_first_paint,
    paint_before_the_loop,
    painted,
)


class PaintSeen(QObject):
    painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _window(qtbot: QtBot) -> tuple[QWidget, QLabel, QLabel, FirstPaintWatch]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    rows, other = QLabel("the rows"), QLabel("something else")
    layout.addWidget(rows)
    layout.addWidget(other)
    window.resize(300, 200)
    return window, rows, other, FirstPaintWatch(window)


def test_the_window_is_painted_before_the_loop_and_nothing_is_left_watching(
    qtbot: QtBot,
) -> None:
    window, rows, _other, watch = _window(qtbot)
    seen = PaintSeen()
    rows.installEventFilter(seen)

    paint_before_the_loop(window, rows)

    assert window.isVisible()
    assert seen.painted  # it returned after the rows were on screen, not before
    assert watch.painted  # and waits for nothing more until rearmed


async def test_a_rearmed_watch_waits_for_its_widget_and_no_other(qtbot: QtBot) -> None:
    window, rows, other, watch = _window(qtbot)
    paint_before_the_loop(window)
    await asyncio.sleep(
        0.05
    )  # the window's second paint, with its icons (desktop/ui/look/icons.py)

    watch.rearm(rows)
    assert not watch.painted
    waiting = asyncio.ensure_future(painted(window))
    other.repaint()  # another widget of the window: not what the requests wait for
    await asyncio.sleep(0)
    assert not watch.painted and not waiting.done()
    rows.repaint()
    await asyncio.wait_for(waiting, 1.0)
    assert watch.painted


async def test_nothing_is_waited_for_when_the_watched_widget_is_not_visible(
    qtbot: QtBot,
) -> None:
    window, rows, _other, watch = _window(qtbot)
    paint_before_the_loop(window)
    rows.hide()  # a list behind its placeholder gets no paint

    watch.rearm(rows)

    assert watch.painted
    await asyncio.wait_for(painted(window), 0.1)


def test_work_put_off_until_the_first_paint_runs_right_after_it(qtbot: QtBot) -> None:
    """A refit of the list's columns waits for the rows to be on screen (issue 19)."""
    window, rows, _other, _watch = _window(qtbot)
    seen = PaintSeen()
    rows.installEventFilter(seen)
    done: list[bool] = []  # whether the rows had been painted when the work ran
    # While the start waits for its paint (a resize, as showing the window sends):
    rows.resizeEvent = lambda _event: after_the_first_paint(  # type: ignore[method-assign]
        lambda: done.append(seen.painted)
    )

    paint_before_the_loop(window, rows)

    assert done and all(done)  # run, and only once the rows were painted
    after_the_first_paint(lambda: done.append(False))  # at any other time: at once
    assert done[-1] is False


def test_work_put_off_while_the_window_is_built_waits_for_its_paint(qtbot: QtBot) -> None:
    """What widgets put off as they are made (the status badges, the keys) comes after the
    start's first paint, in the order asked (issue 19)."""
    await_the_first_paint()  # as the start does before it builds its window
    done: list[tuple[str, bool]] = []
    window, rows, _other, _watch = _window(qtbot)
    seen = PaintSeen()
    rows.installEventFilter(seen)
    after_the_first_paint(lambda: done.append(("badges", seen.painted)))
    after_the_first_paint(lambda: done.append(("keys", seen.painted)))
    assert done == []  # the window is not even shown yet

    paint_before_the_loop(window, rows)

    assert done == [("badges", True), ("keys", True)]

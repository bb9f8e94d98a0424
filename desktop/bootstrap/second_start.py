"""A start on a data folder another app already runs on: that app gets the request, this one
ends; nothing of the folder is opened twice (its store, its local service).

The folder's lock (instance_lock.py) says whether an app runs there; its local socket
(single_instance.py) takes the request: a link to open, or the window wanted in front. The
lock's holder may have only begun its start (it listens once its window is painted) or be
ending (it stopped listening, and lets go of the lock once its service stopped): the
request is offered again, and the lock tried again, until ``ANSWER_SECONDS`` are over. An
app that holds the lock but takes nothing in that time is hung or stopped: the user is
told, and this start ends too, rather than run a second service on the same folder. A lock
left by an app that crashed is no app's: the start goes on as if there were none.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.bootstrap import instance_lock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

ANSWER_SECONDS = 10.0  # a slow machine's start, from the lock to the listening socket
RETRY_SECONDS = 0.1
EXIT_HANDED_OVER = 0
EXIT_NOT_ANSWERING = 1


def become_the_app(data_dir: Path, link: str | None) -> instance_lock.FolderLock | int:
    """The folder's lock, held by this start from now on (keep it until the app ends); or
    the exit code of a start whose request the running app took, or that did not answer."""
    lock = instance_lock.claim(data_dir)
    if lock is not None:
        return lock  # the usual start: one system call more before the first paint
    from desktop.bootstrap.single_instance import RAISE_REQUEST, Answer, hand_over, server_name

    holder = instance_lock.holder(data_dir)
    _let_it_come_forward(holder)
    name = server_name(data_dir)
    deadline = time.monotonic() + ANSWER_SECONDS
    while True:
        left_ms = max(1, int((deadline - time.monotonic()) * 1000))
        answer = hand_over(name, link or RAISE_REQUEST, answer_ms=left_ms)
        if answer is Answer.TAKEN:
            log.info("handed over to the app running on %s (process %s)", data_dir, holder)
            return EXIT_HANDED_OVER
        if answer is Answer.SILENT or time.monotonic() >= deadline:
            break
        time.sleep(RETRY_SECONDS)  # starting or ending: no window of ours is shown yet
        lock = instance_lock.claim(data_dir)
        if lock is not None:
            return lock  # it has ended meanwhile
    log.warning(
        "another app (process %s) runs on %s but did not answer in %.0f s: not starting a"
        " second one on the same folder",
        holder,
        data_dir,
        ANSWER_SECONDS,
    )
    # No event loop of the app's runs yet: nothing else waits on this box's own.
    not_answering_box(holder).exec()
    return EXIT_NOT_ANSWERING


def _let_it_come_forward(holder: int | None) -> None:
    """Windows lets only the foreground process give the foreground away: this start has
    it (the user just started it), so it lets the running app take it."""
    if sys.platform == "win32" and holder is not None:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(holder)


def not_answering_box(holder: int | None) -> QMessageBox:
    """What a start tells when the app that runs does not answer: before any window of its
    own, so a box of its own, shown until the user closes it."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.text.wrapped_message_box import WrappedMessageBox

    box = WrappedMessageBox()
    box.setObjectName("second_start_box")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("SecondStart", "Premium Support Desk"))
    box.setText(
        QCoreApplication.translate(
            "SecondStart", "Premium Support Desk is already running, but it does not answer."
        )
    )
    if holder is not None:
        what_to_do = QCoreApplication.translate(
            "SecondStart",
            "Wait a moment and start it again. Or close it (if it does not close, end"
            " process {pid} in your system's task manager), then start it again.",
        ).format(pid=holder)
    else:
        what_to_do = QCoreApplication.translate(
            "SecondStart",
            "Wait a moment and start it again. Or close it (if it does not close, end it"
            " in your system's task manager), then start it again.",
        )
    box.setInformativeText(what_to_do)
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    ok.setObjectName("second_start_ok_button")
    return box

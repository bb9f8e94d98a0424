"""Failures of async work reach the user: known ones explained, bugs with details to copy."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.api.errors import ApiError, ServerUnreachable
from desktop.ui.notices.messages import ErrorPresenter
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.error_text import describe
from tests.support.waiting import wait_until


async def test_a_failing_task_is_shown_and_released(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    presenter = ErrorPresenter(lambda: parent)
    runner = TaskRunner(presenter.show)

    async def broken() -> None:
        await asyncio.sleep(0)
        raise RuntimeError("a bug of ours")

    runner.run(broken())
    assert runner.pending == 1
    await wait_until(lambda: presenter.last_box is not None, what="the error box")
    box = presenter.last_box
    assert box is not None
    assert box.icon() == QMessageBox.Icon.Critical
    assert "a bug of ours" in box.detailedText()
    assert box.findChild(QWidget, "copy_details_button") is not None
    assert runner.pending == 0
    box.close()


async def test_cancelled_tasks_are_not_errors(qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    runner = TaskRunner(errors.append)
    task = runner.run(asyncio.sleep(10))
    await asyncio.sleep(0)
    await runner.cancel_all()
    assert task.cancelled() and errors == [] and runner.pending == 0


def test_known_errors_get_plain_words_without_details() -> None:
    unreachable = describe(ServerUnreachable("https://support.example.com", "ConnectError"))
    assert unreachable.expected and "https://support.example.com" in unreachable.text
    assert not unreachable.details
    throttled = describe(ApiError(status=429, code="too_many_attempts", retry_after=30))
    assert "30 seconds" in throttled.text
    unknown = describe(ApiError(status=409, code="something_new"))
    assert "something_new" in unknown.text

"""Rating a solved ticket from its page, against the real service (issue 21)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.insights_flows import open_insights
from tests.support.server import RunningServer
from tests.support.tickets import read_ticket
from tests.support.waiting import wait_until


async def _open_first(controller: AppController, status: str) -> TicketPage:
    window = controller.window
    model = window.my_tickets.model
    found = next(
        model.ticket_at(r) for r in range(model.rowCount()) if model.ticket_at(r).status == status
    )
    window.open_ticket(found.id)
    page = window.ticket_page
    await wait_until(
        lambda: page.ticket is not None and page.ticket.id == found.id and page.ticket.messages,
        what=f"the {status} ticket from the service",
    )
    return page


async def test_rate_a_solved_ticket_change_it_and_see_it_after_a_reload(
    fresh_server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    # The demo world as seeded: on the session's service another test's solved ticket
    # (newest, so first) was rated already.
    server = fresh_server
    async with running_client(
        tmp_path / "first", make_settings(tmp_path / "first", server_url=server.url)
    ) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        # Not solved: nothing to rate yet.
        page = await _open_first(controller, "open")
        box = page.satisfaction_box
        assert not box.isVisible()

        page = await _open_first(controller, "solved")
        assert page.ticket is not None and page.ticket.satisfaction is None
        ticket_id = page.ticket.id
        await wait_until(box.isVisible, what="the rating box under a solved ticket")
        assert box.send_button.text() == "Send rating"
        assert not box.send_button.isEnabled()  # nothing chosen yet
        assert box.good_button.accessibleName() == "Rate the answer good"
        assert box.bad_button.accessibleName() == "Rate the answer bad"

        # By keyboard: the Good button takes Space, the comment Enter sends.
        box.good_button.setFocus()
        qtbot.keyClick(box.good_button, Qt.Key.Key_Space)
        assert box.good_button.isChecked() and box.send_button.isEnabled()
        box.comment.setFocus()
        qtbot.keyClicks(box.comment, "Fixed on the first answer")
        qtbot.keyClick(box.comment, Qt.Key.Key_Return)
        await wait_until(
            lambda: page.ticket is not None and page.ticket.satisfaction is not None,
            what="the rated ticket back from the service",
        )
        assert page.ticket.satisfaction is not None
        assert page.ticket.satisfaction.rating == "good"
        assert box.status.text().startswith("Rated good on ")
        assert box.send_button.text() == "Change rating"
        assert not box.send_button.isEnabled()  # nothing new to say

        # Changed while solved: Bad, by mouse.
        qtbot.mouseClick(box.bad_button, Qt.MouseButton.LeftButton)
        assert box.bad_button.isChecked() and not box.good_button.isChecked()
        qtbot.mouseClick(box.send_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: (
                page.ticket is not None
                and page.ticket.satisfaction is not None
                and page.ticket.satisfaction.rating == "bad"
            ),
            what="the changed rating",
        )
        served = (await read_ticket(server.url, ticket_id))["satisfaction"]
        # Good's comment is not sent with Bad (it would say the opposite): Bad has none.
        assert (served["rating"], served["comment"]) == ("bad", None)

        # Insights count it: the team's share of good ratings in the period.
        insights = await open_insights(controller)
        assert insights.shown is not None and insights.shown.value.rated_bad >= 1
        rated = insights.tiles.rated_tile
        assert rated.caption.text() == "Rated good" and rated.value.text().endswith("%")
        assert f"{insights.shown.value.rated_bad} bad" in rated.detail.text()

    # Another run with nothing stored: the rating comes from the service.
    async with running_client(
        tmp_path / "second", make_settings(tmp_path / "second", server_url=server.url)
    ) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        controller.window.open_ticket(ticket_id)
        page = controller.window.ticket_page
        box = page.satisfaction_box
        await wait_until(
            lambda: (
                page.ticket is not None
                and page.ticket.id == ticket_id
                and page.ticket.satisfaction is not None
            ),
            what="the rated ticket after a reload",
        )
        assert box.isVisible()
        assert box.bad_button.isChecked() and not box.good_button.isChecked()
        assert box.comment.text() == ""  # the service's: Bad was sent without a comment
        assert box.send_button.text() == "Change rating"

        # A closed ticket without a rating: nothing to show, nothing to send.
        page = await _open_first(controller, "closed")
        assert not box.isVisible()


async def test_mark_solved_leaves_the_keyboard_on_the_rating_not_the_followers(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    async with running_client(tmp_path, make_settings(tmp_path, server_url=server.url)) as client:
        await signed_in(client, qtbot, "ava@northwind.example")
        page = await _open_first(client, "open")
        client.window.activateWindow()
        page.solve_button.setFocus()
        await wait_until(page.solve_button.hasFocus, what="Mark solved focused")
        qtbot.keyClick(page.solve_button, Qt.Key.Key_Space)
        await wait_until(
            lambda: page.ticket is not None and page.ticket.status == "solved", what="solved"
        )
        focus = QApplication.focusWidget()
        assert focus is page.satisfaction_box.good_button, focus
        assert not page.followers_box.isAncestorOf(focus)

        # Reopened by keyboard: the keyboard stays on the status, now Mark solved again.
        page.reopen_button.setFocus()
        qtbot.keyClick(page.reopen_button, Qt.Key.Key_Space)
        await wait_until(
            lambda: page.ticket is not None and page.ticket.status == "open", what="reopened"
        )
        # The live event may show it open before the request's answer moves the keyboard.
        await wait_until(
            lambda: QApplication.focusWidget() is page.solve_button, what="Mark solved focused"
        )

"""Followers on the ticket page, against the real service (issue 21): add by keyboard
through the team picker, see who added them, remove; a refusal in words; offline off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.api.models import TeamPerson
from desktop.ui.tickets.ticket.follower_picker import FollowerPicker
from desktop.ui.tickets.ticket.followers_box import FollowersBox
from tests.e2e.test_outbox import open_first_ticket
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.databases import sqlite_database
from tests.support.server import free_port, running_server
from tests.support.tickets import read_ticket
from tests.support.waiting import wait_until


def _names(box: FollowersBox) -> list[str]:
    return [row.follower.name for row in box.rows]


async def _picker(box: FollowersBox, qtbot: QtBot) -> FollowerPicker:
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: box.picker is not None and box.picker.isVisible(), what="picker")
    assert box.picker is not None
    return box.picker


async def test_add_and_remove_followers_from_the_ticket_page(qtbot: QtBot, tmp_path: Path) -> None:
    port = free_port()
    settings = make_settings(tmp_path, server_url=f"http://127.0.0.1:{port}")
    with sqlite_database(tmp_path) as url:
        with running_server(url, tmp_path, port=port) as server:
            async with running_client(tmp_path, settings) as controller:
                await signed_in(controller, qtbot, "ava@northwind.example")
                ticket_id = await open_first_ticket(controller)
                page = controller.window.ticket_page
                box = page.followers_box
                await wait_until(box.isVisible, what="the followers box")
                assert box.heading.text() == "Followers"
                assert box.empty.isVisible() and box.rows == []
                assert box.add_button.text() == "Add follower…"
                assert box.add_button.accessibleName() == "Add a follower to this ticket"
                assert box.add_button.isEnabled() and not box.reason.isVisible()

                # The picker: the team's people, less the submitter (Ava herself).
                picker = await _picker(box, qtbot)
                listed = [picker.proxy.index(r, 0).data() for r in range(picker.proxy.rowCount())]
                assert not any("Ava Jansen" in text for text in listed)
                assert any(t.startswith("Liam Smit (member) · liam@") for t in listed)
                assert picker.filter.accessibleName() == "Find a teammate"
                assert picker.list.accessibleName() == "Teammates who can follow"
                # By keyboard: type to narrow, Enter adds.
                picker.filter.setFocus()
                qtbot.keyClicks(picker.filter, "liam")
                assert picker.proxy.rowCount() == 1
                chosen = picker.chosen()
                assert chosen is not None and chosen.name == "Liam Smit"
                qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
                await wait_until(lambda: _names(box) == ["Liam Smit"], what="Liam following")
                assert box.rows[0].label.text() == (
                    "Liam Smit (member, by e-mail only), added by Ava Jansen"
                )
                assert box.rows[0].remove_button.accessibleName() == (
                    "Remove Liam Smit from the followers"
                )
                served = (await read_ticket(server.url, ticket_id))["followers"]
                assert [(f["name"], f["added_by_name"]) for f in served] == [
                    ("Liam Smit", "Ava Jansen")
                ]

                # Again: Liam is no longer offered; arrows move from the filter field.
                picker = await _picker(box, qtbot)
                listed = [picker.proxy.index(r, 0).data() for r in range(picker.proxy.rowCount())]
                assert not any("Liam Smit" in text for text in listed)
                qtbot.keyClicks(picker.filter, "northwind")
                first = picker.chosen()
                qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
                second = picker.chosen()
                assert first is not None and second is not None and second != first
                qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
                await wait_until(lambda: len(box.rows) == 2, what="a second follower")
                assert second.name in _names(box)

                # A refusal is said in words: someone who left the team meanwhile.
                tia = TeamPerson(id="usr_gone", name="Tia Moreau", email="tia@x", role="admin")
                gone = FollowerPicker([tia])
                qtbot.addWidget(gone)
                qtbot.keyClicks(gone.filter, "Tia")  # typed: the one found is chosen
                box._picked(gone)
                await wait_until(box.reason.isVisible, what="the refusal")
                assert box.reason.text() == "Tia Moreau is no longer on your team."

                # Remove Liam.
                liam_row = next(r for r in box.rows if r.follower.name == "Liam Smit")
                qtbot.mouseClick(liam_row.remove_button, Qt.MouseButton.LeftButton)
                await wait_until(lambda: _names(box) == [second.name], what="Liam removed")
                assert not box.reason.isVisible()
                served = (await read_ticket(server.url, ticket_id))["followers"]
                assert [f["name"] for f in served] == [second.name]

        # The service is gone: the actions are off and say why; nothing is offered.
        async with running_client(tmp_path, settings) as controller:
            controller.start()
            window = controller.window
            await wait_until(lambda: window.offline_banner.isVisible(), what="offline banner")
            window.open_ticket(ticket_id)
            page = window.ticket_page
            box = page.followers_box
            await wait_until(lambda: box.offline, what="the page offline")
            assert _names(box) == [second.name]  # as last synced
            assert box.add_button.isVisible() and not box.add_button.isEnabled()
            assert all(not row.remove_button.isEnabled() for row in box.rows)
            reason = "Offline: followers can be changed once the service answers again."
            assert box.reason.isVisible() and box.reason.text() == reason
            assert box.add_button.toolTip() == reason

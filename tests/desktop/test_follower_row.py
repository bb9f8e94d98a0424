"""A follower's line names the role of admins and members alike (issue 21)."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from desktop.api.models import Follower
from desktop.ui.tickets.ticket.followers_box import FollowerRow

ADDED = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def _line(qtbot: QtBot, name: str, role: str) -> str:
    row = FollowerRow(Follower("usr_1", name, role, "Ava Jansen", ADDED))
    qtbot.addWidget(row)
    return row.label.text()


def test_admins_and_members_both_show_their_role(qtbot: QtBot) -> None:
    assert _line(qtbot, "Noah de Vries", "admin") == "Noah de Vries (admin), added by Ava Jansen"
    assert _line(qtbot, "Mia Bakker", "member") == (
        "Mia Bakker (member, by e-mail only), added by Ava Jansen"
    )

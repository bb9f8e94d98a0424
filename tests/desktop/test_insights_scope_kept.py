"""Whose tickets Insights counts outlives a restart, as its period does (a newcomer chose
"Mine", started the app again, and found "Whole team")."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.insights.scope_selector import ScopeSelector
from tests.support.app import make_settings


def _selector(qtbot: QtBot) -> ScopeSelector:
    scopes = ScopeSelector()
    qtbot.addWidget(scopes)
    return scopes


def test_the_scope_chosen_is_the_next_runs(qtbot: QtBot, tmp_path: Path) -> None:
    first = _selector(qtbot)
    first.remember_in(make_settings(tmp_path))
    assert first.scope() == "team"  # never chosen: the whole team
    first.set_scope("mine")

    again = _selector(qtbot)
    again.remember_in(make_settings(tmp_path))  # the next run reads the same file
    assert again.scope() == "mine"


def test_a_scope_this_version_does_not_know_is_the_default(qtbot: QtBot, tmp_path: Path) -> None:
    make_settings(tmp_path).insights_scope = "everyone"  # a damaged or newer file
    scopes = _selector(qtbot)
    scopes.remember_in(make_settings(tmp_path))
    assert scopes.scope() == "team"

"""The command line: no arguments (how the app is started) and each option."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.bootstrap.app import StartOptions, parse_args


def test_no_arguments_start_the_app_as_usual() -> None:
    assert parse_args([]) == StartOptions(screenshots=None, language=None)


def test_each_option_is_read_and_qts_own_are_left_to_qt() -> None:
    options = parse_args(["--language", "ja", "--screenshots", "shots", "-style", "fusion"])
    assert options == StartOptions(screenshots=Path("shots"), language="ja")


def test_a_ticket_link_is_told_by_its_scheme_wherever_it_stands() -> None:
    link = "premium-support-desk://ticket/1042"
    assert parse_args(["-style", "fusion", link]).link == link
    assert parse_args([link, "--language", "nl"]) == StartOptions(language="nl", link=link)
    assert parse_args(["-style", "fusion"]).link is None


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(SystemExit):
        parse_args(["--language", "de"])


def test_help_says_how_to_try_the_demo_workspace(capsys: pytest.CaptureFixture[str]) -> None:
    # A newcomer looked for a --demo option: the help says the demo is what runs unset.
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "local demo workspace" in said and "demo-password" in said

"""New answers notify only while Settings allow it; the setting is kept."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.api.models import PersonRef, TicketSummary
from desktop.ui.notices.answer_notifier import AnswerNotifier
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.settings.settings_dialog import SettingsChange, SettingsDialog

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
ANSWERED = TicketSummary(
    id="tkt_1",
    number=1049,
    subject="Rotterdam office locked out",
    status="open",
    product="dropbox",
    channel="request",
    premium=True,
    category="sign_in",
    language="en",
    submitter=PersonRef(id="usr_ava", name="Ava Jansen"),
    created_at=NOW,
    updated_at=NOW,
    first_response_due_at=NOW,
    first_responded_at=NOW,
    sla_state="met",
)


def test_notifications_follow_the_setting(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.notify_answers  # on by default
    window = QWidget()
    qtbot.addWidget(window)
    notifier = AnswerNotifier(window, lambda: settings.notify_answers)
    shown: list[tuple[str, str]] = []
    notifier.notified.connect(lambda title, text: shown.append((title, text)))
    notifier.answer_arrived(ANSWERED)
    assert shown == [("New answer from support", "#1049 Rotterdam office locked out")]
    settings.notify_answers = False
    notifier.answer_arrived(ANSWERED)
    assert len(shown) == 1  # turned off: nothing more


def test_settings_dialog_turns_notifications_off(qtbot: QtBot) -> None:
    dialog = SettingsDialog(language="en", server_url="", notify_answers=True)
    qtbot.addWidget(dialog)
    changes: list[SettingsChange] = []
    dialog.settings_accepted.connect(changes.append)
    assert dialog.notify_check.isChecked()
    dialog.notify_check.setChecked(False)
    dialog.buttons.accepted.emit()
    assert changes == [SettingsChange(language="en", server_url="", notify_answers=False)]

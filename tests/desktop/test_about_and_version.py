"""One version, from pyproject.toml; Help → About shows it with the build."""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import backend
import desktop
from desktop import version
from desktop.bootstrap.app_icon import app_icon, icon_path
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def test_client_and_service_report_pyprojects_version() -> None:
    assert desktop.__version__ == backend.__version__ == pyproject_version()


def test_a_checkout_is_a_dev_build() -> None:
    assert version.build() == version.SOURCE_BUILD


def test_a_frozen_bundle_reads_its_baked_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = {"version": "9.8.7", "build": "ci42.abc1234"}
    (tmp_path / version.BUILD_INFO_FILE).write_text(json.dumps(info), encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    version._baked.cache_clear()
    try:
        assert version.build() == "ci42.abc1234"
        # The installed metadata still wins for the version: the bundle carries it too.
        assert version.version() == pyproject_version()
    finally:
        monkeypatch.undo()
        version._baked.cache_clear()


def test_app_icon_exists_and_loads(qapp: QApplication) -> None:
    assert icon_path().is_file()
    assert not app_icon().isNull()


def test_about_shows_version_and_build_in_the_current_language(
    qtbot: QtBot, tmp_path: Path, english: LanguageSwitcher
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(TaskRunner(lambda error: None), settings)
    qtbot.addWidget(window)
    window.menus.about_action.trigger()
    box = window.menus.about_box
    assert box is not None and box.isVisible()
    assert pyproject_version() in box.text()
    assert box.informativeText().startswith("Build dev<br>")
    assert "Font Awesome Free" in box.informativeText()  # credited where its icons are seen
    box.close()
    english.apply("ja")
    try:
        window.menus.show_about()
        assert box.informativeText().startswith("ビルド dev<br>")
        assert "アイコン" in box.informativeText()
        assert "について" in box.windowTitle()
    finally:
        english.apply("en")
        box.close()

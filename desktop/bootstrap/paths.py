"""Where the client keeps its files: one module, failing loudly rather than guessing."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

# Overrides for tests and for running several isolated copies side by side.
DATA_DIR_ENV = "PSD_DATA_DIR"
SETTINGS_FILE_ENV = "PSD_SETTINGS_FILE"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        raise RuntimeError("the platform gave no writable application data folder")
    return Path(location)


def make_qsettings() -> QSettings:
    override = os.environ.get(SETTINGS_FILE_ENV)
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings()

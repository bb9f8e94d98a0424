"""The app's icon (resources/icons/premium-support-desk.svg): beside the packages in a
checkout, under ``sys._MEIPASS`` when frozen. Window, About box and task switcher use it."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

ICON_NAME = "premium-support-desk.svg"


def icon_path() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "icons" / ICON_NAME


def app_icon() -> QIcon:
    """The icon, or an empty one (Qt's default) when the file is missing: cosmetic, not fatal."""
    path = icon_path()
    icon = QIcon(str(path))
    if icon.isNull():
        log.warning("no app icon at %s", path)
    return icon

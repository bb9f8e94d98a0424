"""The app's version and build, from one place.

The version is pyproject's ``version``, read from the installed distribution's metadata (a
frozen bundle carries that metadata too). The build says which build this is: a frozen
bundle has it baked in by packaging/build.py (``build-info.json``); a checkout is ``dev``.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "premium-support-desk"
BUILD_INFO_FILE = "build-info.json"
# Only when the code runs from a tree that was never installed (no metadata at all).
UNKNOWN_VERSION = "0+unknown"
SOURCE_BUILD = "dev"


@cache
def _baked() -> dict[str, str]:
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return {}
    try:
        data = json.loads((Path(bundle) / BUILD_INFO_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return _baked().get("version", UNKNOWN_VERSION)


def build() -> str:
    return _baked().get("build", SOURCE_BUILD)

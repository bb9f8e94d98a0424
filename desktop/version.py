"""The app's version and build, from one place.

The version is pyproject's ``version``, read from the installed distribution's metadata (a
frozen bundle carries that metadata too). It is read at every start, so the installed
``.dist-info`` folder's name is looked at first: ``importlib.metadata`` costs ~15 ms of
imports, a tenth of a bare window's start. The build says which build this is: a frozen
bundle has it baked in by packaging/build.py (``build-info.json``); a checkout is ``dev``.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

DISTRIBUTION = "premium-support-desk"
# How installers name the metadata folder: ``{normalised name}-{version}.dist-info``.
DIST_INFO_PREFIX = DISTRIBUTION.replace("-", "_") + "-"
DIST_INFO_SUFFIX = ".dist-info"
BUILD_INFO_FILE = "build-info.json"
# Only when the code runs from a tree that was never installed (no metadata at all).
UNKNOWN_VERSION = "0+unknown"
SOURCE_BUILD = "dev"


@cache
def _baked() -> dict[str, str]:
    import json  # a frozen bundle's only: not imported by every start

    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return {}
    try:
        data = json.loads((Path(bundle) / BUILD_INFO_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _dist_info_version() -> str | None:
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(DIST_INFO_PREFIX) and name.endswith(DIST_INFO_SUFFIX):
                return name[len(DIST_INFO_PREFIX) : -len(DIST_INFO_SUFFIX)]
    return None


def version() -> str:
    found = _dist_info_version()
    if found:
        return found
    from importlib import metadata  # the slow, thorough way, for unusual installs

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return _baked().get("version", UNKNOWN_VERSION)


def build() -> str:
    return _baked().get("build", SOURCE_BUILD)

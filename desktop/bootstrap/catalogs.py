"""Translation catalogs: where the .qm files are, and compiling them from the .ts sources."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

TRANSLATIONS_ENV = "PSD_TRANSLATIONS_DIR"
LANGUAGE_CODES = ("en", "ja", "nl")


def source_dir() -> Path:
    """The ``translations/`` folder: beside the packages in a checkout, bundled when frozen."""
    override = os.environ.get(TRANSLATIONS_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "translations"
    return Path(__file__).resolve().parents[2] / "translations"


def lrelease() -> Path:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).with_name(name)


def _sources(directory: Path, *, only_stale: bool) -> list[tuple[Path, Path]]:
    """The ``desktop_*.ts`` files to compile, each with its ``.qm``."""
    pairs = []
    for code in LANGUAGE_CODES:
        ts = directory / f"desktop_{code}.ts"
        qm = ts.with_suffix(".qm")
        if not ts.exists():
            continue
        if only_stale and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        pairs.append((ts, qm))
    return pairs


def compile_catalogs(directory: Path | None = None, *, only_stale: bool = False) -> list[Path]:
    """Compile ``desktop_*.ts`` into ``.qm`` beside them; returns the catalogs written."""
    import subprocess  # only when compiling: a start with current catalogs goes without

    written = []
    for ts, qm in _sources(directory or source_dir(), only_stale=only_stale):
        subprocess.run(
            [str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60
        )
        written.append(qm)
    return written


def ensure_compiled() -> Path:
    """In a checkout, bring stale catalogs up to date; a bundle ships them compiled."""
    directory = source_dir()
    if not _sources(directory, only_stale=True):
        return directory
    if os.access(directory, os.W_OK) and lrelease().exists():
        import subprocess

        try:
            compile_catalogs(directory, only_stale=True)
        except (OSError, subprocess.SubprocessError):
            log.warning("could not compile the translation catalogs", exc_info=True)
    return directory


if __name__ == "__main__":
    for path in compile_catalogs():
        print(path)  # noqa: T201 - a build step's output

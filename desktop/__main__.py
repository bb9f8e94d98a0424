"""``python -m desktop`` / ``premium-support-desk``."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop.bootstrap.qt_import import load_qt

    load_qt()  # before the app's modules: PySide would read each one's source otherwise
    from desktop.bootstrap.app import run

    return run(sys.argv)


if __name__ == "__main__":
    raise SystemExit(main())

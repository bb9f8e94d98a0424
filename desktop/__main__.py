"""``python -m desktop`` / ``premium-support-desk``."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop.bootstrap.qt_import import start_the_app_s_way

    # Before the app's modules: PySide would read each one's source otherwise.
    start_the_app_s_way()
    from desktop.bootstrap.app import run

    return run(sys.argv)


if __name__ == "__main__":
    raise SystemExit(main())

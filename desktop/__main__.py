"""``python -m desktop`` / ``premium-support-desk``."""

from __future__ import annotations

import sys


def main() -> int:
    # A frozen bundle has no separate Python to start the local service with,
    # so the app runs it itself when called as ``<app> --backend …``.
    if len(sys.argv) > 1 and sys.argv[1] == "--backend":
        from backend.cli import main as backend_main

        return backend_main(sys.argv[2:])
    from desktop.bootstrap.app import run

    return run(sys.argv)


if __name__ == "__main__":
    raise SystemExit(main())

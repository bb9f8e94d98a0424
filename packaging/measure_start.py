"""Start time: launch until Ava is signed in and her tickets are listed, in local mode.

    python packaging/measure_start.py COMMAND [--runs 3]

COMMAND is the frozen executable or ``.venv/bin/premium-support-desk`` (from source). Each
run starts on an empty data folder (so migrations and the demo seed are included), then
closes the app; the figures went into packaging/README.md.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from smoke_test import check_local_mode  # the same start and clean close as the smoke test


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="psd-start-") as tmp:
            times.append(check_local_mode(args.app, Path(tmp))["signed_in_s"])
    print(  # noqa: T201
        f"{args.app}: median {statistics.median(times):.2f} s, "
        f"runs {', '.join(f'{t:.2f}' for t in times)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

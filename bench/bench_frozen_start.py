"""Cold start as the installers ship the app: frozen by PyInstaller, against a frozen bare window.

    python bench/bench_frozen_start.py [--rounds 21] [--work DIR]

Builds two one-folder bundles with the PyInstaller this project packages with: the client
from ``packaging/premium-support-desk.spec`` as it is (its modules, data and archive),
with ``bench/start_probe.py`` as the entry script instead of ``desktop/__main__.py``; and
``bench/bare_window.py`` on its own. Then launches them in turns, as
``bench_offline.py --only start`` launches the scripts, and prints the medians and the
median of each round's ratio. Takes a few minutes (two PyInstaller builds); not run by CI.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = ROOT / "packaging" / "premium-support-desk.spec"
PROBE = "start-probe"
BARE = "bare-window"

# The bare window needs nothing of the app: PySide6 and its one script.
BARE_SPEC = """
a = Analysis([{script!r}], pathex=[{bench!r}], noarchive=False)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name={name!r}, console=True, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, name={name!r}, upx=False)
"""


def probe_spec() -> str:
    """The app's own spec, with the probe as its entry script (the rest as shipped)."""
    text = SPEC.read_text(encoding="utf-8")
    edits = {
        # The spec finds the project from its own folder; this copy lives elsewhere.
        "ROOT = Path(SPECPATH).resolve().parent": f"ROOT = Path({str(ROOT)!r})",
        '[str(ROOT / "desktop" / "__main__.py")]': f"[{str(HERE / 'start_probe.py')!r}]",
        "pathex=[str(ROOT)],\n    datas=datas,": (
            f"pathex=[str(ROOT), {str(HERE)!r}],\n    datas=datas,"
        ),
        # The stand-in keyring the bench's start reads its token from (start_probe.py).
        'hiddenimports = [*collect_submodules("desktop")]': (
            'hiddenimports = [*collect_submodules("desktop"), "tests.support.file_keyring", '
            '"bare_window"]'
        ),
        # Its own folder and executable (a console: it prints when it painted); icons, data
        # and the service stay the app's.
        "    name=NAME,\n    console=False,": f"    name={PROBE!r},\n    console=True,",
        "    service.datas,\n    name=NAME,": f"    service.datas,\n    name={PROBE!r},",
    }
    for old, new in edits.items():
        if old not in text:
            raise SystemExit(f"{SPEC.name} changed: {old!r} is not in it; update this bench")
        text = text.replace(old, new)
    return text


def build(work: Path) -> dict[str, Path]:
    sys.path.insert(0, str(ROOT / "packaging"))
    from build import prepare  # packaging/build.py: catalogs, icons, build-info.json

    generated = work / "generated"
    generated.mkdir(parents=True, exist_ok=True)
    prepare(generated)
    specs = {
        PROBE: probe_spec(),
        BARE: BARE_SPEC.format(script=str(HERE / "bare_window.py"), bench=str(HERE), name=BARE),
    }
    executables = {}
    for name, text in specs.items():
        spec = work / f"{name}.spec"
        spec.write_text(text, encoding="utf-8")
        subprocess.run(
            [
                sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(spec),
            ],
            check=True,
            env=dict(os.environ, PSD_PACKAGING_GENERATED=str(generated)),
            cwd=work,
        )  # fmt: skip
        executables[name] = work / "dist" / name / name
    return executables


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--work", type=Path, default=None, help="keep the bundles here")
    args = parser.parse_args()
    # The same signed-in admin and store, launched and read the same way.
    from bench_offline import launch, prepare_offline_start
    from PySide6.QtWidgets import QApplication

    from desktop.bootstrap.event_loop import AppEventLoop

    with tempfile.TemporaryDirectory(prefix="psd-frozen-") as scratch:
        work = args.work or Path(scratch)
        executables = build(work.resolve())
        app = QApplication.instance() or QApplication([])
        asyncio.set_event_loop(AppEventLoop(app))
        home = prepare_offline_start(Path(scratch), 10_000)
        home.pop("PYTHONPATH", None)  # the bundles carry their own modules
        runs: dict[str, list[float]] = {BARE: [], PROBE: []}
        for _ in range(args.rounds):
            # CPU seconds until the window (the list) was painted.
            runs[BARE].append(launch([str(executables[BARE])], dict(os.environ))[1])
            runs[PROBE].append(launch([str(executables[PROBE])], home)[1])
    bare, client = statistics.median(runs[BARE]), statistics.median(runs[PROBE])
    ratio = statistics.median(c / b for c, b in zip(runs[PROBE], runs[BARE], strict=True))
    print(  # noqa: T201
        f"frozen cold start, bare PySide6 window: {bare * 1000:.0f} ms CPU; My tickets over "
        f"10,000 cached: {client * 1000:.0f} ms CPU ({ratio:.2f}x; medians of {args.rounds})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

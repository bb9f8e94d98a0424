"""Build the one-folder app with PyInstaller, and on Linux the .tar.gz around it.

    python packaging/build.py [--dist DIR] [--work DIR] [--no-archive]

Steps: compile the translation catalogs, render the icons, write build-info.json (version
from pyproject.toml, build id from the CI or git), run the spec, then (Linux) pack the
folder with its .desktop file, icon and installer script. Windows and macOS wrap the
folder in packaging/windows/*.iss and packaging/macos/make-dmg.sh (see release.yml).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "premium-support-desk"
SPEC = ROOT / "packaging" / f"{NAME}.spec"
LINUX_FILES = ROOT / "packaging" / "linux"


def project_version() -> str:
    """pyproject.toml's version: the one place it is written."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def build_id(env: dict[str, str] | None = None) -> str:
    """CI run and commit on CI; the commit (and whether the tree was dirty) elsewhere."""
    env = dict(os.environ) if env is None else env
    if env.get("PSD_BUILD_ID"):
        return env["PSD_BUILD_ID"]
    if env.get("GITHUB_SHA"):
        return f"ci{env.get('GITHUB_RUN_NUMBER', '0')}.{env['GITHUB_SHA'][:7]}"
    try:
        commit = _git("rev-parse", "--short=7", "HEAD")
        dirty = _git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "local"
    return f"{commit}-dirty" if dirty else commit


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True, timeout=30
    ).stdout.strip()


def prepare(generated: Path) -> dict[str, str]:
    """Everything the spec reads besides the sources: catalogs, icons, build-info.json."""
    sys.path.insert(0, str(ROOT))
    from desktop.bootstrap.catalogs import compile_catalogs

    compile_catalogs(ROOT / "translations")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "icons.py"), str(generated / "icons")],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        timeout=120,
    )
    info = {"version": project_version(), "build": build_id()}
    (generated / "build-info.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    return info


def run_pyinstaller(dist: Path, work: Path, generated: Path) -> Path:
    env = dict(os.environ, PSD_PACKAGING_GENERATED=str(generated))
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work), str(SPEC),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    return dist / NAME


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def linux_archive(app_dir: Path, generated: Path, version: str) -> Path:
    """``<name>-<version>-linux-<arch>.tar.gz``: the folder, the .desktop file, icon, installer."""
    shutil.copy2(LINUX_FILES / f"{NAME}.desktop", app_dir / f"{NAME}.desktop")
    shutil.copy2(generated / "icons" / f"{NAME}-256.png", app_dir / f"{NAME}.png")
    shutil.copy2(LINUX_FILES / "install.sh", app_dir / "install.sh")
    archive = app_dir.parent / f"{NAME}-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(app_dir, arcname=NAME)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-archive", action="store_true", help="leave the folder unpacked")
    args = parser.parse_args(argv)

    started = time.monotonic()
    generated = args.work / "generated"
    generated.mkdir(parents=True, exist_ok=True)
    info = prepare(generated)
    app_dir = run_pyinstaller(args.dist.resolve(), args.work.resolve(), generated.resolve())
    print(f"built {app_dir} ({info['version']}, build {info['build']})")  # noqa: T201
    print(f"bundle size: {folder_size(app_dir) / 2**20:.1f} MiB")  # noqa: T201
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = linux_archive(app_dir, generated, info["version"])
        print(f"archive: {archive} ({archive.stat().st_size / 2**20:.1f} MiB)")  # noqa: T201
    print(f"build time: {time.monotonic() - started:.0f} s")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

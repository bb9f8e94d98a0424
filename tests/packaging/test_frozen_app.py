"""Build the Linux bundle with PyInstaller, as the release does, and run the frozen app.

The build takes about a minute and a half on two cores; it runs once per session, into a
temporary folder, so the suite always tests a bundle made from the code under test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, ROOT, load_script

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]

build = load_script("build")


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env=dict(os.environ, PSD_BUILD_ID="test-build"),
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-5000:]
    return out / "dist"


def app_dir(dist: Path) -> Path:
    return dist / build.NAME


def test_frozen_app_passes_the_smoke_test(dist: Path, tmp_path: Path) -> None:
    """Local mode comes up with Ava's tickets, it closes cleanly, --screenshots works."""
    result = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "smoke_test.py"),
            str(app_dir(dist) / build.NAME),
            "--keep",
            str(tmp_path / "shots"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-5000:]
    assert "smoke test passed" in result.stdout
    assert (tmp_path / "shots" / "about-ja.png").stat().st_size > 0


def test_frozen_app_knows_its_version_and_build(dist: Path) -> None:
    result = subprocess.run(
        [str(app_dir(dist) / build.NAME), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == build.project_version()
    baked = json.loads((app_dir(dist) / "_internal" / "build-info.json").read_text())
    assert baked == {"version": build.project_version(), "build": "test-build"}


def test_bundle_holds_the_catalogs_and_only_the_qt_it_uses(dist: Path) -> None:
    internal = app_dir(dist) / "_internal"
    for lang in ("en", "ja", "nl"):
        assert (internal / "translations" / f"desktop_{lang}.qm").is_file()
    qt = internal / "PySide6" / "Qt"
    libraries = {path.name.split(".so")[0] for path in (qt / "lib").glob("libQt6*.so*")}
    assert {"libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6Charts"} <= libraries
    unused = ("Qml", "Quick", "WebEngine", "3D", "Pdf", "Multimedia", "VirtualKeyboard")
    assert not [lib for lib in libraries if any(name in lib for name in unused)], libraries
    qt_catalogs = {path.name for path in (qt / "translations").glob("*.qm")}
    assert "qtbase_ja.qm" in qt_catalogs and "qtbase_nl.qm" in qt_catalogs
    assert not [name for name in qt_catalogs if name.endswith(("_de.qm", "_fr.qm", "_zh_CN.qm"))]
    # The service's migrations ship as files: Alembic runs them from there.
    assert list((internal / "backend" / "db" / "migrations" / "versions").glob("*.py"))
    assert (internal / "backend" / "openapi.json").is_file()
    # Where Japanese breaks: BudouX's model, and its licence (docs/third-party.md).
    assert (internal / "budoux" / "models" / "ja.json").is_file()
    assert list(internal.glob("budoux-*.dist-info/licenses/LICENSE"))


def _archived_modules(executable: Path) -> set[str]:
    """The Python modules in an executable's archive, by PyInstaller's own archive viewer."""
    listing = subprocess.run(
        [sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer", "-r", "-b"]
        + [str(executable)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    return {line.strip() for line in listing.splitlines() if line.strip()}


def test_the_service_is_its_own_executable_and_the_client_carries_none_of_it(
    dist: Path,
) -> None:
    # The client's start reads its archive's index and runs a hook per some modules in it:
    # the service's ~1,700 modules live in their own executable (bench_frozen_start.py).
    client = _archived_modules(app_dir(dist) / build.NAME)
    service = _archived_modules(app_dir(dist) / f"{build.NAME}-service")
    assert {"desktop.bootstrap.app", "PySide6"} <= client
    assert {"backend.cli", "uvicorn", "sqlalchemy", "alembic"} <= service
    # uvicorn's HTTP parser in C (pyproject.toml), which it finds by name at start.
    assert {"httptools", "uvicorn.protocols.http.httptools_impl"} <= service
    assert not {"uvloop", "httptools"} & client
    assert not {"backend", "backend.cli", "uvicorn", "sqlalchemy", "multiprocessing"} & client
    assert "pyi_rth_multiprocessing" not in client
    assert not {"desktop", "PySide6"} & service


def test_linux_archive_has_the_app_its_menu_entry_and_icon(dist: Path) -> None:
    archive = dist / f"{build.NAME}-{build.project_version()}-linux-x86_64.tar.gz"
    if not archive.exists():  # another architecture
        (archive,) = dist.glob(f"{build.NAME}-*-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        executable = tar.getmember(f"{build.NAME}/{build.NAME}")
        service = tar.getmember(f"{build.NAME}/{build.NAME}-service")
    assert executable.mode & 0o111 and service.mode & 0o111
    for name in (f"{build.NAME}.desktop", f"{build.NAME}.png", "install.sh"):
        assert f"{build.NAME}/{name}" in names

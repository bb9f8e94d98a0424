"""The release files that only run elsewhere (the workflow, the Windows and macOS parts) parse,
agree with each other and name files that exist."""

from __future__ import annotations

import configparser
import plistlib
import re
import subprocess
import tomllib
from typing import Any

import pytest
import yaml

from desktop.ui.tickets.links.link_format import SCHEME
from tests.packaging.conftest import PACKAGING, ROOT, load_script

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
SPEC = PACKAGING / "premium-support-desk.spec"
ISS = PACKAGING / "windows" / "premium-support-desk.iss"
build = load_script("build")


def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def test_workflow_builds_every_platform_on_a_version_tag_and_publishes() -> None:
    flow = workflow()
    # PyYAML reads the key "on" as True (YAML 1.1).
    assert flow[True]["push"]["tags"] == ["v*"]
    matrix = flow["jobs"]["build"]["strategy"]["matrix"]["include"]
    runners = {entry["runner"].split("-")[0] for entry in matrix}
    assert runners == {"ubuntu", "windows", "macos"}
    assert {entry["name"] for entry in matrix} >= {"linux-x86_64", "windows-x64", "macos-arm64"}
    build_runs = " ".join(step.get("run", "") for step in steps(flow["jobs"]["build"]))
    assert "python packaging/build.py" in build_runs
    assert "python packaging/smoke_test.py" in build_runs  # each runner tests its own build
    release = flow["jobs"]["release"]
    assert release["needs"] == "build"
    assert release["permissions"] == {"contents": "write"}
    assert "gh release create" in " ".join(step.get("run", "") for step in steps(release))


def test_workflow_signs_both_windows_executables() -> None:
    runs = [step.get("run", "") for step in steps(workflow()["jobs"]["build"])]
    (signing,) = [run for run in runs if "windows/sign.ps1" in run]
    for name in ("premium-support-desk.exe", "premium-support-desk-service.exe"):
        assert f"dist/premium-support-desk/{name}" in signing


def test_workflow_pins_every_action_to_a_release() -> None:
    for job in workflow()["jobs"].values():
        for step in steps(job):
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+", step["uses"]), step["uses"]


def test_workflow_names_only_files_that_exist() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    named = set(re.findall(r"packaging/[\w./-]+\.(?:py|sh|ps1|iss)", text))
    assert len(named) >= 6
    for path in named:
        assert (ROOT / path).is_file(), path


def test_workflow_keeps_pyside_on_the_working_series() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    assert "PySide6>=6.11.3,<6.12" in project["dependencies"]
    assert "PySide6" not in WORKFLOW.read_text(encoding="utf-8").replace(
        "PySide6 stays on 6.11.x", ""
    )  # the workflow installs what pyproject pins, never another PySide6


def test_spec_compiles_and_names_files_that_exist() -> None:
    source = SPEC.read_text(encoding="utf-8")
    compile(source, str(SPEC), "exec")
    assert (ROOT / "desktop" / "__main__.py").is_file()
    named = re.findall(r'ROOT((?: / "[\w.-]+")+)', source)
    assert len(named) >= 4
    for parts in named:
        path = ROOT.joinpath(*re.findall(r'"([\w.-]+)"', parts))
        if path.relative_to(ROOT).parts[0] != "build":  # build/ is what build.py generates
            assert path.exists(), path
    assert (ROOT / "resources" / "icons" / "premium-support-desk.svg").is_file()
    # It reads what build.py writes, where build.py writes it.
    assert '"build-info.json"' in source and "PSD_PACKAGING_GENERATED" in source


def test_info_plist_names_the_app_and_its_three_languages() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as file:
        info = plistlib.load(file)
    assert info["CFBundleIdentifier"] == "com.premiumsupportdesk.desk"
    assert info["CFBundleLocalizations"] == ["en", "ja", "nl"]
    assert info["CFBundlePackageType"] == "APPL"
    assert info["NSHighResolutionCapable"] is True
    # Ticket links open in the app (macOS hands them over as open-URL events).
    assert [SCHEME] in [kind["CFBundleURLSchemes"] for kind in info["CFBundleURLTypes"]]
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as file:
        assert plistlib.load(file)["com.apple.security.cs.allow-unsigned-executable-memory"]


def iss_sections() -> dict[str, list[str]]:
    """Inno Setup's sections, without comments and preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


def test_windows_installer_is_per_user_and_upgrades_in_place() -> None:
    sections = iss_sections()
    assert {"Setup", "Languages", "Files", "Icons", "Run", "InstallDelete"} <= set(sections)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    # A fixed AppId is what makes a new version replace the old one in place.
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppVersion"] == "{#AppVersion}" and setup["AppPublisher"]
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert any(line.startswith('Name: "{autoprograms}') for line in sections["Icons"])
    assert {line.split(";")[0] for line in sections["Languages"]} == {
        'Name: "en"',
        'Name: "ja"',
        'Name: "nl"',
    }
    # Nothing of the user's data folder is deleted: only the program folder's own parts.
    for line in sections.get("UninstallDelete", []) + sections["InstallDelete"]:
        assert '"{app}' in line, line


def test_windows_installer_registers_ticket_links_for_the_user() -> None:
    registry = iss_sections()["Registry"]
    assert all(line.startswith("Root: HKCU;") for line in registry)  # no admin rights
    assert any(
        f'Subkey: "Software\\Classes\\{SCHEME}"' in line and '"URL Protocol"' in line
        for line in registry
    )
    command = [line for line in registry if "shell\\open\\command" in line]
    assert command and '""{app}\\{#AppExe}"" ""%1""' in command[0]


def test_windows_installer_takes_what_build_py_makes() -> None:
    text = ISS.read_text(encoding="utf-8")
    source_dir = re.search(r'#define SourceDir "(.+)"', text)
    icon = re.search(r"SetupIconFile=(.+)", text)
    assert source_dir and icon
    iss_dir = ISS.parent
    as_path = lambda windows: (iss_dir / windows.replace("\\", "/")).resolve()  # noqa: E731
    assert as_path(source_dir.group(1)) == (ROOT / "dist" / build.NAME).resolve()
    generated_icons = ROOT / "build" / "pyinstaller" / "generated" / "icons"
    assert as_path(icon.group(1)) == (generated_icons / f"{build.NAME}.ico").resolve()
    for script in ("sign.ps1", "build-installer.ps1"):
        assert (PACKAGING / "windows" / script).is_file()


def test_linux_desktop_entry_launches_the_app_in_three_languages() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / f"{build.NAME}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Icon"] == build.NAME
    assert desktop["Exec"] == f"{build.NAME} %u"  # %u: a ticket link clicked elsewhere
    assert f"x-scheme-handler/{SCHEME};" in desktop["MimeType"]
    assert {"Comment[ja]", "Comment[nl]", "GenericName[ja]"} <= set(desktop)


@pytest.mark.parametrize(
    "script",
    ["linux/install.sh", "macos/make-dmg.sh", "macos/sign-and-notarize.sh"],
)
def test_shell_scripts_parse(script: str) -> None:
    result = subprocess.run(
        ["sh", "-n", str(PACKAGING / script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_build_id_comes_from_ci_or_git() -> None:
    assert build.build_id({"PSD_BUILD_ID": "nightly-7"}) == "nightly-7"
    sha = "0123456789abcdef0123456789abcdef01234567"
    assert build.build_id({"GITHUB_SHA": sha, "GITHUB_RUN_NUMBER": "12"}) == "ci12.0123456"
    local = build.build_id({})
    assert re.fullmatch(r"[0-9a-f]{7}(-dirty)?|local", local), local


def test_build_reads_the_version_from_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        assert build.project_version() == tomllib.load(file)["project"]["version"]

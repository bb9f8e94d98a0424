"""Programs and scripts are refused as attachments; what a browser would run is served inert."""

from __future__ import annotations

import io
import zipfile

import httpx
import pytest

from backend.domain import file_types


def _jar(manifest_first: bool) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if manifest_first:
            archive.writestr("META-INF/MANIFEST.MF", "Main-Class: Evil\n")
        archive.writestr("readme.txt", "x" * 10_000)
        if not manifest_first:
            archive.writestr("META-INF/MANIFEST.MF", "Main-Class: Evil\n")
    return buffer.getvalue()


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("logs/sync.log", "fine\n")
    return buffer.getvalue()


PROGRAMS = {
    "setup.exe": b"MZ\x90\x00",
    "tool.MSI": b"\xd0\xcf\x11\xe0",
    "run.bat": b"echo hi",
    "Run.Cmd.": b"echo hi",  # a trailing dot and odd case do not hide it
    "fix.ps1": b"Write-Host",
    "a.vbs": b"MsgBox 1",
    "app.js": b"alert(1)",
    "x.jar": b"PK\x03\x04",
    "Installer.dmg": b"\x00",
    "thing.pkg": b"xar!",
    "screen.scr": b"MZ",
    "old.com": b"\xb4\x09",
    "Mail.app": b"\x00",
    # Harmless names, program content:
    "invoice.pdf": b"MZ\x90\x00\x03\x00",
    "notes.txt": b"#!/bin/sh\nrm -rf ~\n",
    "photo.jpg": b"\x7fELF\x02\x01\x01",
    "report.doc": b"\xcf\xfa\xed\xfe\x07\x00\x00\x01",
    "fat.bin": b"\xca\xfe\xba\xbe",
    "library.zip": _jar(manifest_first=True),
    "bundle.zip": _jar(manifest_first=False),  # only the zip listing shows it
}

FINE = {
    "sync log.txt": b"Conflict log\n",
    "shot.png": b"\x89PNG\r\n\x1a\n",
    "logs.zip": _zip(),
    "report.docx": b"PK\x03\x04" + b"\x00" * 40 + b"[Content_Types].xml",
    "script.js.txt": b"alert(1)",
    "page.html": b"<html><script>alert(1)</script></html>",
}


def test_the_rule_is_pure_and_names_the_kind() -> None:
    assert file_types.blocked("setup.exe", b"") == ".exe"
    assert file_types.blocked("invoice.pdf", b"MZ\x90") == "Windows program"
    assert file_types.blocked("notes.txt", b"#!/usr/bin/env python") == "script"
    assert file_types.blocked("C:\\Users\\x\\a.PS1", b"") == ".ps1"
    assert file_types.blocked("readme", b"") is None
    assert file_types.blocked_by_listing(["META-INF/MANIFEST.MF"]) == "Java archive"


@pytest.mark.parametrize("filename", sorted(PROGRAMS))
async def test_programs_are_refused_naming_what_is_allowed(
    api: httpx.AsyncClient, ava: dict[str, str], filename: str
) -> None:
    files = {"file": (filename, PROGRAMS[filename], "application/octet-stream")}
    response = await api.post("/attachments", files=files, headers=ava)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["code"] == "attachment_type_blocked"
    assert "Allowed: documents, images" in problem["detail"]


@pytest.mark.parametrize("filename", sorted(FINE))
async def test_ordinary_files_are_accepted(
    api: httpx.AsyncClient, ava: dict[str, str], filename: str
) -> None:
    files = {"file": (filename, FINE[filename], "application/octet-stream")}
    response = await api.post("/attachments", files=files, headers=ava)
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    ("filename", "content_type"),
    [
        ("page.html", "text/html"),
        ("logo.svg", "image/svg+xml"),
        ("feed.xml", "application/xml"),
        ("page.xhtml", "application/xhtml+xml"),
        ("code.js.txt", "text/javascript"),
    ],
)
async def test_what_a_browser_would_run_is_served_as_bytes(
    api: httpx.AsyncClient, ava: dict[str, str], filename: str, content_type: str
) -> None:
    content = b"<svg onload='alert(1)'/>"
    upload = await api.post(
        "/attachments", files={"file": (filename, content, content_type)}, headers=ava
    )
    assert upload.status_code == 201, upload.text
    download = await api.get(f"/attachments/{upload.json()['id']}", headers=ava)
    assert download.status_code == 200 and download.content == content
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["x-content-type-options"] == "nosniff"
    assert download.headers["content-disposition"].startswith("attachment;")


async def test_plain_text_keeps_its_type_and_gets_nosniff(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    upload = await api.post(
        "/attachments", files={"file": ("a.txt", b"hello", "text/plain")}, headers=ava
    )
    download = await api.get(f"/attachments/{upload.json()['id']}", headers=ava)
    assert download.headers["content-type"].startswith("text/plain")
    assert download.headers["x-content-type-options"] == "nosniff"

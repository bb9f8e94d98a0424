"""Which attachments the service refuses as programs: checked here before uploading.

A mirror of the service's rule (backend/domain/file_types.py; the client never imports
backend). tests/desktop/test_attachment_type_mirror.py keeps the two the same.
"""

from __future__ import annotations

from pathlib import Path

BLOCKED_EXTENSIONS = frozenset(
    {
        ".exe", ".msi", ".bat", ".cmd", ".com", ".scr", ".ps1", ".vbs", ".js", ".jar",
        ".app", ".dmg", ".pkg",
        # Their close relatives, run the same way by a double click.
        ".vbe", ".jse", ".wsf", ".hta", ".lnk", ".msp", ".cpl", ".sh",
    }
)  # fmt: skip

# How many leading bytes the content check needs; the client reads as many.
HEAD_BYTES = 4096

_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "Windows program"),
    (b"\x7fELF", "Linux program"),
    (b"\xfe\xed\xfa\xce", "macOS program"),
    (b"\xfe\xed\xfa\xcf", "macOS program"),
    (b"\xce\xfa\xed\xfe", "macOS program"),
    (b"\xcf\xfa\xed\xfe", "macOS program"),
    (b"\xca\xfe\xba\xbe", "macOS universal program or Java class"),
    (b"#!", "script"),
)
_ZIP = b"PK\x03\x04"
_JAR_MANIFEST = b"META-INF/MANIFEST.MF"


def _extension(filename: str) -> str:
    name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].strip().rstrip(".").lower()
    return "." + name.rsplit(".", 1)[-1] if "." in name else ""


def blocked_by_name(filename: str) -> str | None:
    """The blocked extension, e.g. ".exe", or None. Trailing dots and case do not hide it."""
    extension = _extension(filename)
    return extension if extension in BLOCKED_EXTENSIONS else None


def blocked_by_content(head: bytes) -> str | None:
    """What kind of program the first bytes announce, or None."""
    for magic, kind in _MAGICS:
        if head.startswith(magic):
            return kind
    if head.startswith(_ZIP) and _JAR_MANIFEST in head:
        # A jar lists its manifest first; the service also checks the whole zip listing.
        return "Java archive"
    return None


def blocked(filename: str, head: bytes) -> str | None:
    return blocked_by_name(filename) or blocked_by_content(head)


def blocked_file(path: Path) -> str | None:
    """The reason the service would refuse this file, read from its name and first bytes."""
    if blocked_by_name(path.name):
        return blocked_by_name(path.name)
    try:
        with path.open("rb") as file:
            return blocked_by_content(file.read(HEAD_BYTES))
    except OSError:
        return None  # unreadable: the upload will say so

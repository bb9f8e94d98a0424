"""The client's copy of the blocked-type rule says what the service's says."""

from __future__ import annotations

import pytest

from backend.domain import file_types as service
from desktop.services import file_types as client

SAMPLES = [
    ("setup.exe", b""),
    ("Run.Cmd.", b""),
    ("invoice.pdf", b"MZ\x90"),
    ("photo.jpg", b"\x7fELF"),
    ("doc.doc", b"\xcf\xfa\xed\xfe"),
    ("notes.txt", b"#!/bin/sh"),
    ("lib.zip", b"PK\x03\x04....META-INF/MANIFEST.MF"),
    ("logs.zip", b"PK\x03\x04....logs/sync.log"),
    ("report.pdf", b"%PDF-1.7"),
    ("README", b"hello"),
]


def test_the_lists_are_the_same() -> None:
    assert client.BLOCKED_EXTENSIONS == service.BLOCKED_EXTENSIONS
    assert client.HEAD_BYTES == service.HEAD_BYTES


@pytest.mark.parametrize(("name", "head"), SAMPLES)
def test_the_verdicts_are_the_same(name: str, head: bytes) -> None:
    assert client.blocked(name, head) == service.blocked(name, head)

"""An untrusted image never decodes into memory unbounded (issue 21).

Each hostile file is read in a process of its own, so its peak memory is its own."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from desktop.ui.tickets.attachments.image_decode import (
    THUMBNAIL_SIZE,
    fitted,
    is_image,
    read_scaled,
)

PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication, QImageReader
app = QGuiApplication([])
from desktop.ui.tickets.attachments.image_decode import THUMBNAIL_SIZE, read_scaled

def kib(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1])

# The peak from here on, not the start's (which a busy machine can make large).
with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")
before = kib("VmRSS")
if sys.argv[2] == "guarded":
    image = read_scaled(Path(sys.argv[1]), THUMBNAIL_SIZE)
else:  # the control: what a plain read without limits costs
    QImageReader.setAllocationLimit(0)
    image = QImageReader(sys.argv[1]).read()
    image = None if image.isNull() else image
print(json.dumps({"null": image is None, "grew_mb": (kib("VmHWM") - before) // 1024}))
"""


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(path: Path, width: int, height: int) -> Path:
    """A valid, complete RGB PNG of black pixels: tiny on disk (zeros compress ~1000:1),
    ``width`` × ``height`` × 4 bytes once decoded."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    packer = zlib.compressobj(9)
    row = b"\x00" * (1 + 3 * width)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )
    return path


def probe(path: Path, mode: str) -> dict[str, int | bool]:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), mode],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        env={"PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"},
        check=True,
    )
    result: dict[str, int | bool] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_decompression_bomb_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    # 7,000 × 7,000 = 49 MP (over the 40 MP cap): 196 MB decoded (4 bytes a pixel),
    # a fraction of that on disk.
    bomb = png_bomb(tmp_path / "bomb.png", 7_000, 7_000)
    assert bomb.stat().st_size < 1024 * 1024
    guarded = probe(bomb, "guarded")
    assert guarded["null"] is True
    assert int(guarded["grew_mb"]) < 24, guarded
    # The control: read plainly, the same file does take (most of) the declared size, so
    # the measurement above would have seen it (Qt decodes into 4-byte pixels:
    # 187 MiB here).
    plain = probe(bomb, "plain")
    assert plain["null"] is False and int(plain["grew_mb"]) > 100, plain


def test_the_allocation_limit_is_set_for_every_read(tmp_path: Path) -> None:
    from PySide6.QtGui import QImageReader

    from desktop.ui.tickets.attachments.image_decode import ALLOCATION_LIMIT_MB, MAX_PIXELS

    QImageReader.setAllocationLimit(0)
    small = png_bomb(tmp_path / "small.png", 64, 48)
    assert read_scaled(small, THUMBNAIL_SIZE) is not None
    assert QImageReader.allocationLimit() == ALLOCATION_LIMIT_MB
    # The largest image let through fits under the limit with room for its scaled copy.
    assert MAX_PIXELS * 4 / 1024 / 1024 < ALLOCATION_LIMIT_MB


def test_a_real_image_becomes_a_thumbnail_of_at_most_240_by_180(tmp_path: Path) -> None:
    photo = QImage(4000, 3000, QImage.Format.Format_RGB32)
    photo.fill(QColor("#808080"))
    assert photo.save(str(tmp_path / "photo.jpg"))
    image = read_scaled(tmp_path / "photo.jpg", THUMBNAIL_SIZE)
    assert image is not None and image.size() == QSize(240, 180)
    small = QImage(100, 50, QImage.Format.Format_RGB32)
    small.fill(QColor("#808080"))
    assert small.save(str(tmp_path / "small.png"))
    # Never enlarged.
    assert read_scaled(tmp_path / "small.png", THUMBNAIL_SIZE).size() == QSize(100, 50)  # type: ignore[union-attr]
    (tmp_path / "not-an-image.png").write_bytes(b"hello")
    assert read_scaled(tmp_path / "not-an-image.png", THUMBNAIL_SIZE) is None


def test_which_types_are_shown_as_pictures() -> None:
    assert is_image("image/png") and is_image("IMAGE/JPEG; charset=binary")
    assert not is_image("image/svg+xml")  # can reference and script: a file chip
    assert not is_image("text/plain")
    assert fitted(QSize(300, 900), THUMBNAIL_SIZE) == QSize(60, 180)

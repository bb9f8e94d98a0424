"""Render the app icon (resources/icons/premium-support-desk.svg) into what each platform wants:
PNGs for Linux and the window, an .ico for the Windows exe and installer, an .icns for macOS.

Qt draws them (its svg, ico and icns image plugins), so no other image tool is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "premium-support-desk.svg"
NAME = "premium-support-desk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, source: Path = SOURCE) -> QImage:
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"not a usable SVG: {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _write(image: QImage, path: Path, fmt: str) -> None:
    if not image.save(str(path), fmt):
        raise OSError(f"Qt could not write {path} as {fmt}")


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    return bytes(data.data())


def _ico(path: Path) -> None:
    """One .ico holding every size as PNG entries (Windows Vista and later read those).

    Written by hand: Qt's ico writer stores one image per file, and Explorer, the taskbar
    and the installer each pick a different size.
    """
    images = [_png_bytes(render(size)) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, png in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    path.write_bytes(header + entries + b"".join(images))


def render_all(out_dir: Path) -> dict[str, Path]:
    """Write every icon file into out_dir; returns them by kind."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for size in PNG_SIZES:
        path = out_dir / f"{NAME}-{size}.png"
        _write(render(size), path, "PNG")
        written[f"png{size}"] = path
    written["png"] = written["png256"]
    ico = out_dir / f"{NAME}.ico"
    _ico(ico)
    written["ico"] = ico
    # Qt's icns plugin ships in every PySide6 wheel seen so far; only macOS needs the file.
    if b"icns" in QImageWriter.supportedImageFormats() or sys.platform == "darwin":
        icns = out_dir / f"{NAME}.icns"
        _write(render(512), icns, "ICNS")
        written["icns"] = icns
    return written


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for kind, file in render_all(target).items():
        print(kind, file)  # noqa: T201 - a build step's output

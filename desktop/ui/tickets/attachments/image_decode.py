"""Reading attachment images safely: bounded in memory whatever their header declares.

An attachment is untrusted: a tiny file can declare 100,000 × 100,000 pixels. The
header's size is read first and refused above MAX_PIXELS; Qt's own allocation limit
catches what a lying header still tries. Runs in a worker thread (QImage, not QPixmap).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

# 40 megapixels covers an 8K screenshot (33 MP); at 4 bytes a pixel at most 160 MB.
MAX_PIXELS = 40_000_000
# Qt refuses any single image buffer above this (MB), whatever the file claims.
ALLOCATION_LIMIT_MB = 192
# A thumbnail in the thread is at most this big, its aspect kept.
THUMBNAIL_SIZE = QSize(240, 180)

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp"})


def is_image(content_type: str) -> bool:
    """Shown as a picture: the types Qt reads here (not SVG: it can fetch and script)."""
    return content_type.split(";", 1)[0].strip().lower() in IMAGE_TYPES


def fitted(size: QSize, bounds: QSize) -> QSize:
    """``size`` scaled down (never up) to fit ``bounds``, its aspect kept."""
    if size.width() <= bounds.width() and size.height() <= bounds.height():
        return QSize(size)
    return size.scaled(bounds, Qt.AspectRatioMode.KeepAspectRatio).expandedTo(QSize(1, 1))


def read_scaled(path: Path, bounds: QSize) -> QImage | None:
    """The image at ``path`` scaled to fit ``bounds``, or None if unreadable or too big."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone photo stands the way it was taken
    declared = reader.size()
    if not declared.isValid() or declared.width() <= 0 or declared.height() <= 0:
        return None
    if declared.width() * declared.height() > MAX_PIXELS:
        return None
    # Decoders that can (JPEG) decode straight to the small size; the rest scale after.
    reader.setScaledSize(fitted(declared, bounds))
    image = reader.read()
    return None if image.isNull() else image

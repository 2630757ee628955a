"""Render the app icon: resources/icons/fieldapp.svg → fieldapp.png (256 px) and fieldapp.ico.

Run after changing the SVG, then commit the three files:

    .venv/bin/python installer/make_icons.py

Uses Qt's SVG renderer (QtSvg ships in PySide6-Essentials). The .ico holds 16–256 px images:
32-bit BMP entries below 256 px (read by every Windows tool, Inno Setup included) and a PNG
entry at 256 px, as Windows' own icons do. Qt's ICO writer stores one size only, so the file
is assembled here.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "fieldapp.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn on a transparent `size`×`size` image (premultiplied ARGB)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """A 32-bit ICO bitmap entry: BITMAPINFOHEADER, BGRA rows bottom-up, an all-zero AND mask."""
    if sys.byteorder != "little":
        raise RuntimeError("the BMP entry assumes a little-endian machine")
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    width, height = argb.width(), argb.height()
    header = struct.pack(
        "<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, width * height * 4, 0, 0, 0, 0
    )
    rows = []
    for y in range(height - 1, -1, -1):
        line = argb.constScanLine(y)
        rows.append(bytes(line)[: width * 4])  # ARGB32 is B, G, R, A in memory (little-endian)
    mask_stride = ((width + 31) // 32) * 4
    mask = bytes(mask_stride * height)
    return header + b"".join(rows) + mask


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """An .ico file holding every image (PNG-compressed at 256 px, BMP below)."""
    entries = [
        (size, png_bytes(img) if size >= 256 else bmp_entry(img)) for size, img in images.items()
    ]
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    blobs = b""
    for size, blob in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return directory + blobs


def main() -> int:
    """Write fieldapp.png and fieldapp.ico beside the SVG."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG}: Qt cannot read this SVG; check it in a browser", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in ICO_SIZES}
    (ICONS / "fieldapp.png").write_bytes(png_bytes(images[PNG_SIZE]))
    (ICONS / "fieldapp.ico").write_bytes(ico_bytes(images))
    print(
        f"wrote {ICONS / 'fieldapp.png'} and {ICONS / 'fieldapp.ico'} ({', '.join(map(str, ICO_SIZES))} px)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

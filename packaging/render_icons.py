"""Render the app icon's SVG to the PNG sizes desktops and the window ask for.

Usage: ``python packaging/render_icons.py [--check]``. Writes
``resources/icons/app/<size>/<app id>.png`` for every size in :data:`SIZES`, from
``resources/icons/app/<app id>.svg``, with QtSvg (the same renderer the app would use), so the
PNGs never drift from the drawing. ``--check`` writes nothing and exits 1 if a PNG is missing
or differs from a fresh render (run it after editing the SVG).

The PNGs are committed: the window loads them instead of the SVG so that start-up never loads
Qt's SVG icon engine, and hicolor icon themes want one PNG per size.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "io.github.hiptrainer.hiptrainer"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    return bytes(data.data())


def png_path(size: int) -> Path:
    return ICON_DIR / f"{size}x{size}" / f"{APP_ID}.png"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICON_DIR / f"{APP_ID}.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"render_icons: cannot read {svg}", file=sys.stderr)
        return 1
    stale = []
    for size in SIZES:
        data = png_bytes(render(renderer, size))
        target = png_path(size)
        if args.check:
            if not target.is_file() or target.read_bytes() != data:
                stale.append(str(target))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"{target.relative_to(ICON_DIR.parent.parent.parent)}  {len(data)} bytes")
    if stale:
        print("render_icons: out of date:\n  " + "\n  ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

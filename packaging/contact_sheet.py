"""Render every step of every exercise (or of the ones named) into one PNG for review.

    python packaging/contact_sheet.py [-o contact-sheet.png] [--exercise ID ...]
        [--sides left right] [--size 300] [--theme light|dark]

Rows are exercises in library order, columns their steps; with two sides, each exercise gets a
row per side. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("contact-sheet.png"))
    parser.add_argument("--exercise", nargs="*", default=[], metavar="ID")
    parser.add_argument("--sides", nargs="+", default=["left"], choices=["left", "right"])
    parser.add_argument("--size", type=int, default=300, help="cell size in pixels")
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    args = parser.parse_args()

    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    from hiptrainer.catalog import load_catalog
    from hiptrainer.catalog.poses import load_poses
    from hiptrainer.figures.render import Illustration, draw
    from hiptrainer.figures.theme import THEMES

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (needed for fonts and painting)
    catalog = load_catalog()
    chosen = [catalog.exercises[i] for i in args.exercise] or list(catalog.exercises.values())
    theme = THEMES[args.theme]
    cell, label = args.size, 34
    columns = max(len(e.steps) for e in chosen)
    rows = [(e, side) for e in chosen for side in args.sides]
    image = QImage(cell * columns, (cell + label) * len(rows), QImage.Format.Format_RGB32)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont()
    font.setPixelSize(15)
    painter.setFont(font)
    for row, (exercise, side) in enumerate(rows):
        art = Illustration(load_poses(exercise.id), exercise.primary_muscles)
        top = row * (cell + label)
        painter.setPen(QColor(theme.far))
        title = f"{exercise.name} — {side}" if len(args.sides) > 1 else exercise.name
        painter.drawText(QRectF(8, top, cell * columns, label),
                         Qt.AlignmentFlag.AlignVCenter, title)  # fmt: skip
        for column, step in enumerate(exercise.steps):
            rect = QRectF(column * cell, top + label, cell, cell)
            draw(painter, rect, art, step.pose, side, theme)
            painter.setPen(QColor(theme.floor))
            painter.drawText(rect.adjusted(8, 6, -8, -6), Qt.AlignmentFlag.AlignTop,
                             f"{column + 1}. {step.pose}")  # fmt: skip
    painter.end()
    if not image.save(str(args.output)):
        print(f"could not write {args.output}", file=sys.stderr)
        return 1
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render every step of every exercise (or of the ones named), on both sides, light and dark.

    python packaging/contact_sheet.py [-o contact-sheet.png] [--exercise ID ...]
        [--sides left right] [--size 300] [--themes light dark] [--each]

Writes one sheet per theme (``contact-sheet-light.png``, ``contact-sheet-dark.png``); with
``--each``, one per exercise and theme (``contact-sheet-<id>-light.png``), small enough to
open and read. Rows are exercises in library order, a row per side; columns their steps,
each labelled with its pose and the first line of the pose's ``shows`` checklist. The
pictures are drawn on the sheet's own background, as the app draws them on its window: no
box around them. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from hiptrainer.domain.model import Exercise
    from hiptrainer.figures.theme import Theme


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("contact-sheet.png"))
    parser.add_argument("--exercise", nargs="*", default=[], metavar="ID")
    parser.add_argument("--sides", nargs="+", default=["left", "right"], choices=["left", "right"])
    parser.add_argument("--size", type=int, default=300, help="cell size in pixels")
    parser.add_argument("--themes", nargs="+", default=["light", "dark"], choices=["light", "dark"])
    parser.add_argument("--each", action="store_true", help="one sheet per exercise")
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from hiptrainer.catalog import load_catalog
    from hiptrainer.figures.theme import THEMES

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (needed for fonts and painting)
    catalog = load_catalog()
    chosen = [catalog.exercises[i] for i in args.exercise] or list(catalog.exercises.values())
    groups = [[e] for e in chosen] if args.each else [chosen]
    stem, suffix = args.output.with_suffix(""), args.output.suffix or ".png"
    for theme_name in args.themes:
        for group in groups:
            name = f"{stem}-{group[0].id}-{theme_name}" if args.each else f"{stem}-{theme_name}"
            path = Path(name + suffix)
            if not sheet(group, args.sides, args.size, THEMES[theme_name]).save(str(path)):
                print(f"could not write {path}", file=sys.stderr)
                return 1
            print(path)
    return 0


def sheet(exercises: list[Exercise], sides: list[str], cell: int, theme: Theme) -> QImage:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from hiptrainer.catalog.poses import load_poses
    from hiptrainer.figures.render import Illustration, draw

    label = 34
    columns = max(len(e.steps) for e in exercises)
    rows = [(e, side) for e in exercises for side in sides]
    image = QImage(cell * columns, (cell + label) * len(rows), QImage.Format.Format_RGB32)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont()
    font.setPixelSize(15)
    small = QFont()
    small.setPixelSize(11)
    for row, (exercise, side) in enumerate(rows):
        art = Illustration(load_poses(exercise.id), exercise.primary_muscles)
        top = row * (cell + label)
        painter.setFont(font)
        painter.setPen(QColor(theme.near))
        painter.drawText(QRectF(8, top, cell * columns, label), Qt.AlignmentFlag.AlignVCenter,
                         f"{exercise.name} — {side}")  # fmt: skip
        for column, step in enumerate(exercise.steps):
            rect = QRectF(column * cell, top + label, cell, cell)
            draw(painter, rect, art, step.pose, side, theme, background=False)
            shows = art.poses.poses[step.pose].shows
            painter.setFont(small)
            painter.setPen(QColor(theme.far))
            note = shows[0] if shows else "(no checklist)"
            painter.drawText(rect.adjusted(8, 4, -8, -4),
                             Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             f"{column + 1}. {step.pose}: {note}")  # fmt: skip
    painter.end()
    return image


if __name__ == "__main__":
    sys.exit(main())

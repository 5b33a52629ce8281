"""A printable routine sheet as a vector PDF, against the same sheet with raster figures.

Builds the post-run routine sheet (layout and measuring included) and writes it as a PDF,
several times, and in the same run does the same with every figure first drawn into a
300 dpi image and placed as a picture (what a sheet made through QTextDocument or a
screenshot of the figures would hold). Targets: the vector sheet in at most 1 s and 1 MB,
and smaller than the raster one.

Then, for every bundled exercise on A4 and on Letter, the time to lay its sheet out and
write its PDF: the sheet tries layouts until one fits one page, so this is set against one
fixed layout built once (what it cost before sheets were fitted), with how many sheets
take one page.

Usage: ``python bench/sheets.py [--runs N] [--workout ID]``
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from typing import TYPE_CHECKING

from benchlib import positive_int, table

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from hiptrainer.catalog import Catalog
    from hiptrainer.domain.model import Exercise
    from hiptrainer.printing.sheet import Sheet

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_MS = 1000.0
TARGET_BYTES = 1_000_000
RASTER_DPI = 300


def rasterise(sheet: Sheet) -> None:
    """Swap every figure on the sheet for a 300 dpi image of itself."""
    from hiptrainer.figures.output import render_image
    from hiptrainer.printing.blocks import Figure

    class RasterFigure(Figure):
        def paint(self, painter: QPainter, x: float, y: float) -> None:
            from PySide6.QtCore import QRectF

            scale = RASTER_DPI / 72  # the sheet's units are points
            image = render_image(self.art, self.pose, self.side, round(self.width), scale=scale,
                                 height=round(self.height), background=False)  # fmt: skip
            painter.drawImage(QRectF(x, y, self.width, self.height), image)

    def swap(block: object) -> object:
        if isinstance(block, Figure):
            return RasterFigure(block.art, block.pose, block.side, block.width, block.height)
        for name in ("items", "cells"):
            pairs = getattr(block, name, None)
            if pairs is not None:
                setattr(block, name, [
                    (swap(a), b) if name == "items" else (a, swap(b)) for a, b in pairs
                ])  # fmt: skip
        return block

    for page in sheet.pages:
        for placed in page:
            swap(placed.unit.block)


def exercise_rows(catalog: Catalog) -> tuple[list[list[str]], dict[str, str]]:
    """Each bundled exercise's sheet made fitted and made from one fixed layout, per paper."""
    from hiptrainer.printing import A4, LETTER, Sheet, SheetOptions, exercise_sheet, pdf_bytes
    from hiptrainer.printing.exercise import exercise_units
    from hiptrainer.printing.kit import Kit, bundled_art

    def make(exercise: Exercise, options: SheetOptions, fitted: bool) -> Sheet:
        if fitted:
            return exercise_sheet([exercise], catalog, options)
        units = exercise_units(exercise, catalog, Kit(options), bundled_art(exercise))
        return Sheet(units, options, title=exercise.name, subject=exercise.name)

    rows = [["exercise sheets (PDF)", "median ms", "max ms", "one page"]]
    found = {}
    for page in (A4, LETTER):
        options = SheetOptions(page=page)
        for fitted in (True, False):
            times, ones = [], 0
            for exercise in catalog.exercises.values():
                start = time.perf_counter()
                sheet = make(exercise, options, fitted)
                pdf_bytes(sheet)
                times.append((time.perf_counter() - start) * 1000)
                ones += sheet.page_count == 1
            name = f"{page.name}, {'fitted' if fitted else 'one fixed layout'}"
            rows.append([name, f"{statistics.median(times):.0f}", f"{max(times):.0f}",
                         f"{ones} of {len(times)}"])  # fmt: skip
            if fitted:
                key = page.name.lower()
                found[f"{key}_one_page"] = f"{ones}/{len(times)}"
                found[f"{key}_exercise_max_ms"] = f"{max(times):.0f}"
    return rows, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=positive_int, default=5)
    parser.add_argument("--workout", default="post_run_strength")
    args = parser.parse_args(argv)

    from PySide6.QtGui import QGuiApplication

    from hiptrainer.catalog import load_catalog
    from hiptrainer.printing import pdf_bytes, routine_sheet

    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    catalog = load_catalog()
    workout = catalog.workouts[args.workout]

    def make(raster: bool) -> tuple[float, bytes, int]:
        start = time.perf_counter()
        sheet = routine_sheet(workout, catalog)
        if raster:
            rasterise(sheet)
        data = pdf_bytes(sheet)
        return (time.perf_counter() - start) * 1000, data, sheet.page_count

    first_ms = make(False)[0]  # fonts and the catalogue's poses load on the first sheet
    rows = [["sheet", "median ms", "max ms", "size KB", "pages", "raster images"]]
    found = {}
    for name, raster in (("vector figures", False), (f"{RASTER_DPI} dpi raster figures", True)):
        runs = [make(raster) for _ in range(args.runs)]
        times = [ms for ms, _, _ in runs]
        data, pages = runs[-1][1], runs[-1][2]
        images = len(re.findall(rb"/Subtype\s*/Image", data))
        found[raster] = (statistics.median(times), len(data))
        rows.append([name, f"{statistics.median(times):.0f}", f"{max(times):.0f}",
                     f"{len(data) / 1024:.0f}", str(pages), str(images)])  # fmt: skip
    print(f"HipTrainer routine sheet: {workout.name}, {args.runs} runs each (A4 PDF)")
    print()
    print(table(rows))
    vector_ms, vector_bytes = found[False]
    raster_ms, raster_bytes = found[True]
    print()
    print(f"first sheet of the run (fonts and poses loading): {first_ms:.0f} ms")
    checks = [
        (f"time <= {TARGET_MS:.0f} ms", f"{vector_ms:.0f} ms", vector_ms <= TARGET_MS),
        (f"size <= {TARGET_BYTES / 1e6:.0f} MB", f"{vector_bytes / 1e6:.2f} MB",
         vector_bytes <= TARGET_BYTES),
        ("smaller than raster", f"{vector_bytes / raster_bytes:.2f} of its size",
         vector_bytes < raster_bytes),
    ]  # fmt: skip
    for target, value, met in checks:
        print(f"target {target}: {value} -> {'met' if met else 'NOT met'}")
    print()
    exercises, fitted = exercise_rows(catalog)
    print(table(exercises))
    print()
    extra = " ".join(f"{key}={value}" for key, value in fitted.items())
    print(f"sheet_ms={vector_ms:.0f} sheet_kb={vector_bytes / 1024:.0f} "
          f"raster_ms={raster_ms:.0f} raster_kb={raster_bytes / 1024:.0f} "
          f"size_ratio={vector_bytes / raster_bytes:.2f} first_ms={first_ms:.0f} "
          f"{extra}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

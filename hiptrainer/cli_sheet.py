"""``hiptrainer sheet``: a printable exercise or routine sheet as a PDF file."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from hiptrainer.catalog import CatalogError, load_catalog


class SheetError(CatalogError):
    """A sheet asked of an exercise or routine that does not exist."""


def run_sheet_command(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    output = Path(args.output)
    if args.workout is not None:
        workout = catalog.workouts.get(args.workout)
        if workout is None:
            raise SheetError(f'unknown workout id "{args.workout}" (see: hiptrainer workouts)')
    else:
        for wanted in args.exercise:
            if wanted not in catalog.exercises:
                raise SheetError(f'unknown exercise id "{wanted}" (see: hiptrainer exercises)')
    if not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from hiptrainer.printing import (
        PAGE_SIZES,
        SheetOptions,
        exercise_sheet,
        routine_sheet,
        write_pdf,
    )
    from hiptrainer.storage.errors import os_problem

    app = QGuiApplication.instance() or QGuiApplication(["hiptrainer"])  # noqa: F841
    options = SheetOptions(page=PAGE_SIZES[args.page_size], large_print=args.large_print,
                           name=args.name, prescribed_by=args.prescribed_by)  # fmt: skip
    if args.workout is not None:
        sheet = routine_sheet(catalog.workouts[args.workout], catalog, options)
    else:
        chosen = [catalog.exercises[i] for i in args.exercise]
        sheet = exercise_sheet(chosen, catalog, options)
    try:
        write_pdf(sheet, output)
    except OSError as exc:
        raise os_problem(exc, f"cannot write {output}") from None
    pages = f"{sheet.page_count} page{'s' * (sheet.page_count != 1)}"
    sys.stdout.write(f"Wrote {output} ({pages})\n")
    return 0


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def add_sheet_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sheet = commands.add_parser(
        "sheet", help="write a printable exercise or routine sheet (PDF)",
        description="Write an illustrated sheet to print: one page or two per exercise, or "
        "a routine with a six-week tick grid.",
    )  # fmt: skip
    which = sheet.add_mutually_exclusive_group(required=True)
    which.add_argument("--exercise", nargs="+", action="extend", metavar="ID",
                       help="one or more exercise ids, each on its own page")  # fmt: skip
    which.add_argument("--workout", metavar="ID", help="a routine id (see: hiptrainer workouts)")
    sheet.add_argument("-o", "--output", required=True, type=_output, metavar="FILE.pdf",
                       help="the PDF to write (replaced whole, never half-written)")  # fmt: skip
    sheet.add_argument("--page-size", type=_page_size, default="A4", metavar="A4|Letter",
                       help="paper size (default A4)")  # fmt: skip
    sheet.add_argument("--large-print", action="store_true",
                       help="body text at 14 pt instead of 12 pt")  # fmt: skip
    sheet.add_argument("--name", default="", metavar="TEXT",
                       help="fill in the routine sheet's name field")  # fmt: skip
    sheet.add_argument("--prescribed-by", metavar="TEXT",
                       help='add a "Prescribed by" field ("" for a line)')  # fmt: skip


def _output(text: str) -> str:
    if Path(text).suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError("must end in .pdf")
    return text


def _page_size(text: str) -> str:
    for name in ("A4", "Letter"):
        if text.casefold() == name.casefold():
            return name
    raise argparse.ArgumentTypeError("must be A4 or Letter")

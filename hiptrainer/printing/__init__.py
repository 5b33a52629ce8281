"""Printable exercise and routine sheets, painted with QPainter to a preview, printer or PDF.

Build a sheet from domain objects, then send it anywhere through its one paint routine::

    from hiptrainer.printing import (
        A4, LETTER, SheetOptions, exercise_sheet, routine_sheet, write_pdf, print_sheet,
    )

    options = SheetOptions(page=A4, large_print=False, prescribed_by=None)
    sheet = exercise_sheet([exercise, ...], catalog, options)   # a page per exercise
    sheet = routine_sheet(workout, catalog, options)            # header, blocks, grid, notes
    sheet.page_count                                            # pages, known once built
    sheet.paint(painter, page_rect, page_index)                 # one page into any painter
    write_pdf(sheet, path)                                      # atomic; raises OSError
    pdf_bytes(sheet)                                            # the same PDF as bytes
    print_sheet(sheet, printer)                                 # every page (or the chosen range)

The GUI's print preview lays the sheet out for the paper the user picks::

    def on_paint_requested(printer: QPrinter) -> None:    # QPrintPreviewDialog.paintRequested
        page = page_of(printer)                           # paper and orientation, in points
        print_sheet(exercise_sheet(chosen, catalog, replace(options, page=page)), printer)

How many pages. At the regular 12 pt body text every bundled exercise takes exactly one A4
or Letter page: a sheet takes the fullest layout that fits (the step pictures as large as
the page allows, never under a size that is easy to follow), and only if none does leaves
out, one thing at a time, what a handout can spare: the two sides' pictures, the why past
its first sentences, each side's set-up details, the last cues and mistakes. Every step,
the dose and every safety line are always printed, and a shortened sheet says that the app
has the full text (:mod:`~hiptrainer.printing.exercise`). Large print (14 pt) never leaves
anything out, so an exercise takes two pages there. The warm-up and the post-run routine
take two pages each on A4 and Letter (three in large print).

Layout and paint are apart. Building a sheet measures every text with ``QTextLayout`` (plain
text: user text is never read as markup) and places blocks on pages in points: no page break
inside an exercise block, no heading at the foot of a page (:mod:`~hiptrainer.printing.flow`).
Painting scales the points to the device, so preview, printer and PDF show the same pages.
Figures are drawn by :func:`hiptrainer.figures.render.draw` straight into the painter and
stay vector in a PDF. A sheet needs a running ``QGuiApplication`` (fonts).

Modules: ``options`` and ``words`` (no Qt: paper, sizes, the printed words), ``style``
(fonts, ink, the figures' print colours), ``blocks`` and ``forms`` (measured pieces),
``steps`` (the step pictures and the two sides' pictures),
``flow`` (pages and columns), ``sheet`` (pages and the paint routine), ``exercise`` and
``routine`` (the two sheets), ``output`` (PDF and printer), ``painter`` (the painter they
use, which works around Qt's PDF engine printing fading gradients opaque).
"""

from hiptrainer.printing.exercise import exercise_sheet
from hiptrainer.printing.options import A4, LETTER, PAGE_SIZES, PageSpec, SheetOptions
from hiptrainer.printing.output import page_of, pdf_bytes, print_sheet, write_pdf
from hiptrainer.printing.routine import routine_sheet
from hiptrainer.printing.sheet import Sheet

__all__ = [
    "A4",
    "LETTER",
    "PAGE_SIZES",
    "PageSpec",
    "Sheet",
    "SheetOptions",
    "exercise_sheet",
    "page_of",
    "pdf_bytes",
    "print_sheet",
    "routine_sheet",
    "write_pdf",
]

"""A sheet to a PDF file or to a printer, through the sheet's one paint routine.

The PDF is vector throughout (text as text in an embedded font, figures as paths), with
its title, author and subject set, and is written atomically: a failure leaves no file,
or the old one untouched.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from hiptrainer import __version__
from hiptrainer.fileio import write_output
from hiptrainer.printing.options import PageSpec
from hiptrainer.printing.painter import PrintPainter

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from hiptrainer.printing.sheet import Sheet

#: Dots per inch of the PDF's coordinates: fine enough that rounding never shows.
PDF_DPI = 1200
_KNOWN = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def page_layout(page: PageSpec) -> QPageLayout:
    """``page`` as Qt's page layout with no margins (the sheet keeps its own)."""
    portrait = page.width <= page.height
    short, long = sorted((page.width, page.height))
    size_id = _KNOWN.get(page.name)
    if size_id is not None and abs(QPageSize(size_id).sizePoints().width() - short) < 1:
        size = QPageSize(size_id)
    else:
        size = QPageSize(QSizeF(short, long), QPageSize.Unit.Point, page.name,
                         QPageSize.SizeMatchPolicy.ExactMatch)  # fmt: skip
    orientation = (
        QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def page_of(printer: QPrinter) -> PageSpec:
    """The paper a printer (or a print preview's page set-up) is set to, for laying a sheet
    out to fit it."""
    layout = printer.pageLayout()
    rect = layout.fullRect(QPageLayout.Unit.Point)
    name = layout.pageSize().key() or "Custom"
    return PageSpec(name, rect.width(), rect.height())


def pdf_bytes(sheet: Sheet, grayscale: bool = False) -> bytes:
    """The whole sheet as a PDF document."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(sheet.page))
    writer.setTitle(sheet.title)
    writer.setAuthor(sheet.author)
    writer.setCreator(f"HipTrainer {__version__}")
    if grayscale:
        writer.setColorModel(QPdfWriter.ColorModel.Grayscale)
    painter = PrintPainter()
    if not painter.begin(writer):
        raise OSError("the PDF writer could not start")
    try:
        page_rect = QRectF(0, 0, writer.width(), writer.height())
        for index in range(sheet.page_count):
            if index:
                writer.newPage()
            sheet.paint(painter, page_rect, index)
    finally:
        painter.end()
    data = bytes(QByteArray(buffer.data()).data())
    info = {"Title": sheet.title, "Author": sheet.author, "Subject": sheet.subject,
            "Creator": f"HipTrainer {__version__}"}  # fmt: skip
    return with_info(data, info)


def write_pdf(sheet: Sheet, path: Path, grayscale: bool = False) -> None:
    """Write the sheet to ``path`` atomically (a temp file beside it, then a rename).
    Raises OSError."""
    write_output(Path(path), pdf_bytes(sheet, grayscale))


def print_sheet(sheet: Sheet, printer: QPrinter) -> None:
    """Print every page of the sheet (or the pages the print dialog chose) on ``printer``;
    also the slot for ``QPrintPreviewDialog.paintRequested``. Raises OSError if the
    printer cannot start."""
    painter = PrintPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not start")
    try:
        layout, dpi = printer.pageLayout(), printer.resolution()
        page_rect = QRectF(layout.fullRectPixels(dpi))
        if not printer.fullPage():  # the painter starts at the printable area's corner
            corner = layout.paintRectPixels(dpi).topLeft()
            page_rect.translate(-corner.x(), -corner.y())
        ranges = printer.pageRanges()
        pages = [i for i in range(sheet.page_count) if ranges.isEmpty() or ranges.contains(i + 1)]
        for number, index in enumerate(pages):
            if number:
                printer.newPage()
            sheet.paint(painter, page_rect, index)
    finally:
        painter.end()


# --- the document information (Qt sets no subject) -------------------------------------------


def _pdf_text(text: str) -> bytes:
    """A PDF text string in UTF-16 hex: any characters, nothing to escape."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def with_info(pdf: bytes, info: dict[str, str]) -> bytes:
    """``pdf`` with its document information replaced by ``info`` (and the dates it had),
    as an incremental update appended at the end: the standard way to change a PDF without
    rewriting it."""
    tail = re.search(rb"trailer\s*<<(.*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$", pdf, re.S)
    if tail is None:
        raise ValueError("not a PDF with a classic trailer")
    trailer, previous = tail.group(1), int(tail.group(2))
    found = {key: re.search(rb"/" + key + rb"\s+([^/]+?)\s*(?=/|$)", trailer)
             for key in (b"Size", b"Root", b"Info")}  # fmt: skip
    if any(v is None for v in found.values()):
        raise ValueError("the PDF trailer lacks /Size, /Root or /Info")
    size, root, info_ref = (found[k].group(1) for k in (b"Size", b"Root", b"Info"))  # type: ignore[union-attr]
    number = int(info_ref.split()[0])
    old = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % number, pdf, re.S)
    entries = [b"/" + key.encode() + b" " + _pdf_text(value) for key, value in info.items()]
    if old is not None:
        for key in (rb"Producer", rb"CreationDate", rb"ModDate"):
            kept = re.search(rb"/" + key + rb" (\((?:[^()\\]|\\.)*\))", old.group(1), re.S)
            if kept is not None:
                entries.append(b"/" + key + b" " + kept.group(1))
    ident = re.search(rb"/ID\s*(\[[^\]]*\])", trailer)
    start = len(pdf) + 1
    body = b"\n%d 0 obj\n<<\n" % number + b"\n".join(entries) + b"\n>>\nendobj\n"
    xref_at = start + len(body) - 1
    update = body + b"xref\n%d 1\n%010d 00000 n \n" % (number, start)
    update += b"trailer\n<< /Size " + size + b" /Root " + root + b" /Info " + info_ref
    update += b" /Prev %d" % previous + ((b" /ID " + ident.group(1)) if ident else b"")
    update += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return pdf + update

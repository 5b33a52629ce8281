"""Saving a chart: a PNG picture, an SVG or PDF of vectors, or the plotted values as CSV.

pyqtgraph's own SVG exporter fails on PySide6 6.11 and its print exporter is disabled, so
every picture is painted here through the chart's :meth:`ChartCard.paint_export` onto a
QImage, a QSvgGenerator or a QPdfWriter. Each file is made in memory and written in one go
(``write_output``), so a full disk never leaves half a file behind.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    QStandardPaths,
)
from PySide6.QtGui import QImage, QImageWriter, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QWidget

from hiptrainer.fileio import write_output
from hiptrainer.ui.progress.card import ChartCard
from hiptrainer.ui.progress.theme import PlotTheme, theme_for

# File types in the order the Save dialog offers them (translated where shown: file_filter).
FORMATS = {
    "png": str(QT_TRANSLATE_NOOP("ChartExport", "PNG picture (*.png)")),
    "svg": str(QT_TRANSLATE_NOOP("ChartExport", "SVG drawing (*.svg)")),
    "pdf": str(QT_TRANSLATE_NOOP("ChartExport", "PDF document (*.pdf)")),
    "csv": str(QT_TRANSLATE_NOOP("ChartExport", "CSV data (*.csv)")),
}
PNG_SCALE = 2.0  # sharp on high-density screens and in print
SCREEN_DPI = 96


def file_filter(kind: str) -> str:
    """The Save dialog's filter for ``kind`` ("PNG picture (*.png)") in the user's language."""
    return QCoreApplication.translate("ChartExport", FORMATS[kind])


def _theme(chart: ChartCard) -> PlotTheme:
    return theme_for(chart.palette())


def _render(chart: ChartCard, painter: QPainter, width: float, height: float) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    chart.paint_export(painter, QRectF(0, 0, width, height), _theme(chart))


def png_bytes(chart: ChartCard) -> bytes:
    size = chart.export_size()
    image = QImage(
        round(size.width() * PNG_SCALE),
        round(size.height() * PNG_SCALE),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDotsPerMeterX(round(SCREEN_DPI * PNG_SCALE / 0.0254))
    image.setDotsPerMeterY(round(SCREEN_DPI * PNG_SCALE / 0.0254))
    image.fill(_theme(chart).background)
    painter = QPainter(image)
    try:
        painter.scale(PNG_SCALE, PNG_SCALE)
        _render(chart, painter, size.width(), size.height())
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        reason = QCoreApplication.translate(
            "ChartExport", "the picture could not be made: {reason}"
        )
        raise OSError(reason.format(reason=writer.errorString()))
    buffer.close()
    return bytes(data.data())


def svg_bytes(chart: ChartCard) -> bytes:
    size = chart.export_size()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(SCREEN_DPI)
    generator.setTitle(chart.title)
    generator.setDescription(chart.summary.text())
    painter = QPainter(generator)
    try:
        _render(chart, painter, size.width(), size.height())
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def pdf_bytes(chart: ChartCard) -> bytes:
    """One page exactly the chart's size (96 px to the inch), no margins, vectors only."""
    size = chart.export_size()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(chart.title)
    writer.setCreator("HipTrainer")
    points = QSizeF(size.width() * 72 / SCREEN_DPI, size.height() * 72 / SCREEN_DPI)
    writer.setPageSize(QPageSize(points, QPageSize.Unit.Point, chart.title))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(SCREEN_DPI)
    painter = QPainter(writer)
    try:
        _render(chart, painter, writer.width(), writer.height())
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def csv_text(chart: ChartCard) -> str:
    header, rows = chart.csv_table()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def export_png(chart: ChartCard, path: Path) -> None:
    write_output(path, png_bytes(chart))


def export_svg(chart: ChartCard, path: Path) -> None:
    write_output(path, svg_bytes(chart))


def export_pdf(chart: ChartCard, path: Path) -> None:
    write_output(path, pdf_bytes(chart))


def export_csv(chart: ChartCard, path: Path) -> None:
    write_output(path, csv_text(chart).encode("utf-8"))


EXPORTERS = {"png": export_png, "svg": export_svg, "pdf": export_pdf, "csv": export_csv}


def export_chart(chart: ChartCard, path: Path, kind: str | None = None) -> Path:
    """Save ``chart`` as ``kind`` (default: the file's suffix, else the chart's first
    format; a missing suffix is added).

    Raises ValueError for a kind the chart cannot be saved as, OSError when writing fails.
    """
    kind = (kind or path.suffix.lstrip(".") or chart.formats[0]).lower()
    if kind not in chart.formats:
        offered = ", ".join(f".{name}" for name in chart.formats)
        #: {formats} lists file types: ".png, .svg, .pdf, .csv".
        only = QCoreApplication.translate("ChartExport", "{chart} can be saved as {formats} only")
        raise ValueError(only.format(chart=chart.title, formats=offered))
    if path.suffix.lower() != f".{kind}":
        path = path.with_name(f"{path.name}.{kind}")
    EXPORTERS[kind](chart, path)
    return path


def ask_save_path(parent: QWidget, card: ChartCard, today: date) -> tuple[Path, str] | None:
    """Ask where to save ``card`` (in Documents, named after it and the day) and in which
    format; None if the user cancels."""
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    # Letters of any language (a German title keeps its umlauts), nothing a file system minds.
    slug = re.sub(r"[\W_]+", "-", card.title.lower()).strip("-")
    suggested = folder / f"hiptrainer-{slug}-{today.isoformat()}.{card.formats[0]}"
    filters = [file_filter(kind) for kind in card.formats]
    #: The Save dialog's title: "Save Weekly volume".
    title = QCoreApplication.translate("ChartExport", "Save {chart}").format(chart=card.title)
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), ";;".join(filters))
    if not path:
        return None
    kinds = {file_filter(kind): kind for kind in card.formats}
    typed = Path(path).suffix.lower().lstrip(".")
    kind = typed if typed in card.formats else kinds.get(chosen, card.formats[0])
    return Path(path), kind

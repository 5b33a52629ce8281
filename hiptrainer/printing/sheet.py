"""A laid-out sheet: its pages, and the one routine that paints a page anywhere.

The same :meth:`Sheet.paint` draws a page for the print preview, a printer and a PDF file;
the painter is scaled from the sheet's points to the device, so what is laid out once
looks the same on each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from hiptrainer.printing.blocks import Text
from hiptrainer.printing.flow import Frame, Unit, paginate
from hiptrainer.printing.options import MARGIN, PageSpec, SheetOptions
from hiptrainer.printing.style import RULE, SOFT_INK, Fonts
from hiptrainer.printing.words import disclaimer, page_text

APP = "HipTrainer"


@dataclass(frozen=True)
class Footer:
    disclaimer: Text
    section: Text
    page: Text


class PageFrame:
    """Where the body and the footer go on a page laid out with ``options``."""

    def __init__(self, options: SheetOptions) -> None:
        self.options = options
        self.page: PageSpec = options.page
        self.fonts = Fonts.of(options.typography)
        self.margin = MARGIN
        self.body_width = self.page.width - 2 * self.margin
        self.footer_gap = options.typography.body * 0.75
        template = self.footer("", 88, 88)
        self.footer_height = template.disclaimer.height + template.page.height + 3
        self.body_height = self.page.height - 2 * self.margin - self.footer_height - self.footer_gap

    def footer(self, section: str, page: int, count: int) -> Footer:
        fonts, width = self.fonts, self.body_width
        right = page_text(self.options.printed_on(), page, count)
        right_text = Text([(right, fonts.small)], width, align=Qt.AlignmentFlag.AlignRight,
                          colour=SOFT_INK)  # fmt: skip
        # The section's name takes what the date and page number leave, on one line at most.
        room = width - right_text.layout.lineAt(0).naturalTextWidth() - 12
        left = f"{APP} · {section}" if section else APP
        section_text = Text([(_fit(left, room, fonts), fonts.small_bold)], room, colour=SOFT_INK)
        foot = Text([(disclaimer(), fonts.small)], width, colour=SOFT_INK)
        return Footer(foot, section_text, right_text)

    def page_count(self, units: Sequence[Unit]) -> int:
        return len(paginate(units, self.body_height)[0])


class Sheet:
    """Pages of placed blocks on ``options.page``, each with a footer.

    ``title``, ``subject`` and ``author`` (the prescriber, else HipTrainer) go into a PDF's
    document information."""

    def __init__(
        self, units: Sequence[Unit], options: SheetOptions, *, title: str, subject: str
    ) -> None:
        self.options = options
        self.frame = PageFrame(options)
        self.page: PageSpec = options.page
        self.title, self.subject = title, subject
        self.author = options.prescribed_by or APP
        #: The units as built, before any was split across pages or columns.
        self.units = list(units)
        self.pages: list[Frame] = paginate(units, self.frame.body_height)[0]
        sections = _sections(self.pages)
        count = len(self.pages)
        self.footers = [self.frame.footer(s, i + 1, count) for i, s in enumerate(sections)]

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def paint(self, painter: QPainter, page_rect: QRectF, page_index: int) -> None:
        """Paint page ``page_index`` (from 0) into ``page_rect`` (the whole sheet of paper in
        the painter's coordinates), scaled to fit it and centred."""
        if not 0 <= page_index < self.page_count:
            raise IndexError(f"page {page_index + 1} of a {self.page_count}-page sheet")
        scale = min(page_rect.width() / self.page.width, page_rect.height() / self.page.height)
        painter.save()
        painter.translate(
            page_rect.x() + (page_rect.width() - self.page.width * scale) / 2,
            page_rect.y() + (page_rect.height() - self.page.height * scale) / 2,
        )
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        frame = self.frame
        # Anything too large to fit (never so for the bundled catalogue) is cut at the body's
        # edge rather than printed over the footer or off the paper.
        painter.setClipRect(QRectF(frame.margin, frame.margin, frame.body_width,
                                   frame.body_height))  # fmt: skip
        for placed in self.pages[page_index]:
            placed.unit.block.paint(painter, frame.margin, frame.margin + placed.y)
        painter.setClipping(False)
        self._paint_footer(painter, self.footers[page_index])
        painter.restore()

    def _paint_footer(self, painter: QPainter, footer: Footer) -> None:
        frame = self.frame
        left, top = frame.margin, self.page.height - frame.margin - frame.footer_height
        painter.setPen(QPen(RULE, 0.6))
        painter.drawLine(QPointF(left, top), QPointF(left + frame.body_width, top))
        footer.disclaimer.paint(painter, left, top + 3)
        line = top + 3 + footer.disclaimer.height
        footer.section.paint(painter, left, line)
        footer.page.paint(painter, left, line)


def _fit(text: str, room: float, fonts: Fonts) -> str:
    """``text`` shortened with an ellipsis to fit ``room`` points on one line."""
    from PySide6.QtGui import QFontMetricsF

    return QFontMetricsF(fonts.small_bold).elidedText(text, Qt.TextElideMode.ElideRight, room)


def _sections(pages: list[Frame]) -> list[str]:
    """Each page's section: the first one named on it, else the one running on from before."""
    found, current = [], ""
    for frame in pages:
        named = [p.unit.section for p in frame if p.unit.section]
        found.append(named[0] if named else current)
        if named:
            current = named[-1]
    return found

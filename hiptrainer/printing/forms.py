"""The parts of a sheet that are filled in by hand: the tick grid, fields and note lines.

Left and right never differ by colour alone: each side's row carries its letter, and the
right side's cells are hatched, so a greyscale copy tells them apart at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen

from hiptrainer.printing.blocks import EPS, Block, Text
from hiptrainer.printing.style import HATCH, INK, RULE, SOFT_INK, Fonts


@dataclass(frozen=True)
class GridGroup:
    """One thing to record: its label, and a row per side ("L", "R") or one row (None)."""

    label: str
    sides: tuple[str | None, ...] = (None,)


class TickGrid:
    """Weeks across (each split into its sessions), the things to record down."""

    def __init__(
        self, groups: Sequence[GridGroup], weeks: int, per_week: int, width: float,
        fonts: Fonts, label_share: float = 0.3, corner: str = "",
    ) -> None:  # fmt: skip
        self.groups, self.weeks, self.per_week, self.fonts = list(groups), weeks, per_week, fonts
        self._width = width
        body = QFontMetricsF(fonts.body)
        small = QFontMetricsF(fonts.small)
        self.pad = 3.0
        has_sides = any(side is not None for g in groups for side in g.sides)
        self.side_width = body.horizontalAdvance("R") + 2 * self.pad + 4 if has_sides else 0.0
        longest = max((body.horizontalAdvance(g.label) for g in groups), default=0.0)
        # Wide enough for the corner's words on one line, where the share allows.
        across = QFontMetricsF(fonts.small_bold).horizontalAdvance(corner) - self.side_width
        self.label_width = min(max(longest, across) + 2 * self.pad + 1, width * label_share)
        self.cell = (width - self.label_width - self.side_width) / (weeks * per_week)
        # One line of heads: the week over its sessions (thin lines part the sessions, and
        # they are done left to right, so they need no numbers of their own).
        self.head_line = small.lineSpacing() + 2
        self.head_height = self.head_line + 1
        #: What to do, in the top left corner over the labels.
        self.corner = Text([(corner, fonts.small_bold)], self.label_width + self.side_width - 2)
        self.head_height = max(self.head_height, self.corner.height + 2)
        # Room for a tick or a pain score written by hand (6 mm at 12 pt).
        self.row_height = max(body.lineSpacing() + 3, 16.0)
        self.labels = [Text([(g.label, fonts.body)], self.label_width - 2 * self.pad)
                       for g in groups]  # fmt: skip
        self.heights = [
            max(self.row_height * len(g.sides), label.height + 2 * self.pad)
            for g, label in zip(self.groups, self.labels, strict=True)
        ]

    @property
    def width(self) -> float:
        return self._width

    @property
    def height(self) -> float:
        return self.head_height + sum(self.heights)

    def split(self, room: float) -> tuple[Block, Block] | None:
        """Between groups, the column heads repeated on top of the rest."""
        used, count = self.head_height, 0
        while count < len(self.groups) and used + self.heights[count] <= room + EPS:
            used += self.heights[count]
            count += 1
        if count == 0 or count == len(self.groups):
            return None
        make = [TickGrid(part, self.weeks, self.per_week, self._width, self.fonts,
                         corner=corner)  # fmt: skip
                for part, corner in ((self.groups[:count], self.corner.layout.text()),
                                     (self.groups[count:], ""))]  # fmt: skip
        for part in make:  # keep the columns of the whole grid
            part.label_width, part.side_width, part.cell = (
                self.label_width, self.side_width, self.cell)  # fmt: skip
        return make[0], make[1]

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        left = x + self.label_width + self.side_width
        week_width = self.cell * self.per_week
        self._paint_heads(painter, left, y, week_width)
        self.corner.colour = SOFT_INK
        self.corner.paint(painter, x, y + 1)
        top = y + self.head_height
        for group, label, height in zip(self.groups, self.labels, self.heights, strict=True):
            label.paint(painter, x + self.pad, top + self.pad)
            row = height / len(group.sides)
            for index, side in enumerate(group.sides):
                row_top = top + index * row
                cells = QRectF(left, row_top, week_width * self.weeks, row)
                if side == "R":
                    _hatch(painter, cells)
                if side is not None:
                    painter.setFont(self.fonts.bold)
                    painter.setPen(INK)
                    box = QRectF(left - self.side_width, row_top, self.side_width, row)
                    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, side)
                if index:
                    painter.setPen(QPen(RULE, 0.4))
                    painter.drawLine(QPointF(left - self.side_width, row_top),
                                     QPointF(cells.right(), row_top))  # fmt: skip
            painter.setPen(QPen(INK, 0.8))
            painter.drawLine(QPointF(x, top), QPointF(x + self._width, top))
            top += height
        self._paint_lines(painter, x, y, left, top, week_width)
        painter.restore()

    def _paint_heads(self, painter: QPainter, left: float, y: float, week_width: float) -> None:
        painter.setPen(SOFT_INK)
        metrics = QFontMetricsF(self.fonts.small_bold)
        for week in range(self.weeks):
            span = QRectF(left + week * week_width, y, week_width, self.head_line)
            #: The head of a week's columns in a sheet's tick grid.
            name = QCoreApplication.translate("SheetGrid", "Week {number}")
            name = name.format(number=week + 1)
            if metrics.horizontalAdvance(name) > week_width - 2:
                #: "Week {number}" abbreviated, where the column is too narrow for it.
                name = QCoreApplication.translate("SheetGrid", "W{number}")
                name = name.format(number=week + 1)
            painter.setFont(self.fonts.small_bold)
            painter.drawText(span, Qt.AlignmentFlag.AlignCenter, name)

    def _paint_lines(self, painter: QPainter, x: float, y: float, left: float, bottom: float,
                     week_width: float) -> None:  # fmt: skip
        top = y + self.head_height
        painter.setPen(QPen(INK, 0.8))
        painter.drawLine(QPointF(x, bottom), QPointF(x + self._width, bottom))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        for column in range(self.weeks * self.per_week + 1):
            at = left + column * self.cell
            week_edge = column % self.per_week == 0
            painter.setPen(QPen(INK if week_edge else RULE, 0.8 if week_edge else 0.4))
            painter.drawLine(QPointF(at, y if week_edge else top), QPointF(at, bottom))
        if self.side_width:
            painter.setPen(QPen(RULE, 0.4))
            painter.drawLine(QPointF(left - self.side_width, top),
                             QPointF(left - self.side_width, bottom))  # fmt: skip


def _hatch(painter: QPainter, rect: QRectF, step: float = 5.0) -> None:
    """Light diagonal lines across ``rect``: the right side's pattern."""
    path = QPainterPath()
    start = rect.left() - rect.height()
    while start < rect.right():
        path.moveTo(start, rect.bottom())
        path.lineTo(start + rect.height(), rect.top())
        start += step
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setPen(QPen(HATCH, 0.5))
    painter.drawPath(path)
    painter.restore()


class WriteLines:
    """``count`` ruled lines to write on, ``spacing`` apart."""

    def __init__(self, width: float, count: int, spacing: float) -> None:
        self._width, self.count, self.spacing = width, count, spacing

    @property
    def width(self) -> float:
        return self._width

    @property
    def height(self) -> float:
        return self.count * self.spacing

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(QPen(RULE, 0.6))
        # Each line a quarter of a line above the foot of its space, so the last never sits
        # on the footer's rule.
        for index in range(1, self.count + 1):
            at = y + (index - 0.25) * self.spacing
            painter.drawLine(QPointF(x, at), QPointF(x + self._width, at))

    def split(self, room: float) -> tuple[Block, Block] | None:
        fits = int((room + EPS) // self.spacing)
        if fits < 1 or fits >= self.count:
            return None
        return (WriteLines(self._width, fits, self.spacing),
                WriteLines(self._width, self.count - fits, self.spacing))  # fmt: skip


class Field:
    """``Label: value``, or the label and a line to write on when there is no value."""

    def __init__(self, label: str, value: str, width: float, fonts: Fonts) -> None:
        runs = [(label, fonts.bold)] + ([(value, fonts.body)] if value else [])
        self.text = Text(runs, width)
        self.blank = not value
        self.label_end = QFontMetricsF(fonts.bold).horizontalAdvance(label)
        self._width = width

    @staticmethod
    def one_line(label: str, value: str, fonts: Fonts) -> float:
        """The width ``label`` and ``value`` take on one line (a point to spare for the
        rounding of the layout's design metrics)."""
        bold, body = QFontMetricsF(fonts.bold), QFontMetricsF(fonts.body)
        return bold.horizontalAdvance(label) + body.horizontalAdvance(value) + 1.0

    @property
    def width(self) -> float:
        return self._width

    @property
    def height(self) -> float:
        return self.text.height + 2

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        self.text.paint(painter, x, y)
        if self.blank:
            painter.setPen(QPen(RULE, 0.6))
            at = y + self.text.height
            painter.drawLine(QPointF(x + self.label_end + 4, at), QPointF(x + self._width, at))

    def split(self, room: float) -> tuple[Block, Block] | None:
        return None

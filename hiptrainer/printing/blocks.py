"""Measured pieces of a sheet: wrapped text, a picture, rows and stacks of them.

Each block is measured when it is made, for a width in points, and knows its height; it
paints itself at a given top-left corner, and may split itself to fill the ``room`` left on
a page (text between lines, a stack between its parts). Text is set with ``QTextLayout``
as plain text in the given fonts: nothing in it is ever read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from hiptrainer.figures.render import draw
from hiptrainer.printing.style import INK, PRINT_THEME, RULE

if TYPE_CHECKING:
    from hiptrainer.figures.render import Illustration

#: Measures within this much of each other count as equal (rounding in sums of floats).
EPS = 0.01


class Block(Protocol):
    @property
    def width(self) -> float: ...

    @property
    def height(self) -> float: ...

    def paint(self, painter: QPainter, x: float, y: float) -> None: ...

    def split(self, room: float) -> tuple[Block, Block] | None:
        """A head no taller than ``room`` and the rest, or None if it cannot split there."""
        ...


#: A run of text in one font.
Run = tuple[str, QFont]


class Text:
    """A paragraph of runs wrapped to ``width``, with an optional marker (a bullet or a
    step number) hanging in the first ``indent`` points."""

    #: A paragraph splits across pages or columns only with two lines on each side.
    KEEP = 2

    def __init__(
        self, runs: Sequence[Run], width: float, *, marker: Run | None = None,
        indent: float = 0.0, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        colour: QColor = INK,
    ) -> None:  # fmt: skip
        self._width = width
        self.colour = colour
        self.marker = marker
        self.indent = indent
        # Line breaks in a text stay line breaks (QTextLayout wants U+2028 for them).
        text = "".join(t for t, _ in runs).replace("\r\n", "\n").replace("\n", "\u2028")
        base = runs[0][1] if runs else QFont()
        self.layout = QTextLayout(text, base)
        formats = []
        start = 0
        for part, part_font in runs:
            fmt = QTextCharFormat()
            fmt.setFont(part_font)
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, len(part), fmt
            formats.append(span)
            start += len(part)
        self.layout.setFormats(formats)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setUseDesignMetrics(True)
        self.layout.setTextOption(option)
        spacing = max(QFontMetricsF(f).lineSpacing() for _, f in runs) if runs else 0.0
        self.layout.beginLayout()
        y = 0.0
        self.tops: list[float] = []
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width - indent, 1.0))
            line.setPosition(QPointF(indent, y))
            self.tops.append(y)
            y += max(line.height(), spacing)
        self.layout.endLayout()
        self.bottoms = [*self.tops[1:], y]
        self.first, self.last = 0, len(self.tops)

    @property
    def width(self) -> float:
        return self._width

    @property
    def height(self) -> float:
        if self.first >= self.last:
            return 0.0
        return self.bottoms[self.last - 1] - self.tops[self.first]

    @property
    def line_count(self) -> int:
        return self.last - self.first

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(self.colour)
        # The marker first, so that a PDF's text reads "1 Put a sturdy chair…" when copied.
        if self.marker is not None and self.first == 0 and self.last > 0:
            text, marker_font = self.marker
            painter.setFont(marker_font)
            painter.drawText(QPointF(x, y + self.layout.lineAt(0).ascent()), text)
        top = self.tops[self.first] if self.first < self.last else 0.0
        origin = QPointF(x, y - top)
        for index in range(self.first, self.last):
            self.layout.lineAt(index).draw(painter, origin)

    def split(self, room: float) -> tuple[Block, Block] | None:
        fits = self.first
        while fits < self.last and self.bottoms[fits] - self.tops[self.first] <= room + EPS:
            fits += 1
        head_lines, tail_lines = fits - self.first, self.last - fits
        if head_lines < self.KEEP or tail_lines < self.KEEP:
            return None
        return self._part(self.first, fits), self._part(fits, self.last)

    def _part(self, first: int, last: int) -> Text:
        part = object.__new__(Text)
        part.__dict__.update(self.__dict__)
        part.first, part.last = first, last
        return part


class Spacer:
    def __init__(self, width: float, height: float) -> None:
        self._width, self._height = width, height

    @property
    def width(self) -> float:
        return self._width

    @property
    def height(self) -> float:
        return self._height

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        pass

    def split(self, room: float) -> tuple[Block, Block] | None:
        return None


class Rule(Spacer):
    """A thin line across the width, in the middle of its height."""

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(QPen(RULE, 0.6))
        middle = y + self.height / 2
        painter.drawLine(QPointF(x, middle), QPointF(x + self.width, middle))


class Figure:
    """One step's picture, drawn as vector paths straight into the painter."""

    def __init__(
        self, art: Illustration, pose: str, side: str, width: float, height: float
    ) -> None:
        self.art, self.pose, self.side = art, pose, side
        self._width, self._height = width, height

    @property
    def width(self) -> float:
        return self._width

    @property
    def height(self) -> float:
        return self._height

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        rect = QRectF(x, y, self._width, self._height)
        draw(painter, rect, self.art, self.pose, self.side, PRINT_THEME, background=False)

    def split(self, room: float) -> tuple[Block, Block] | None:
        return None


class Stack:
    """Blocks one under another, each with the gap above it (dropped at a split)."""

    def __init__(self, width: float, items: Sequence[tuple[Block, float]]) -> None:
        self._width = width
        self.items = list(items)

    @property
    def width(self) -> float:
        return self._width

    @property
    def height(self) -> float:
        return sum(gap + block.height for block, gap in self.items)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        for block, gap in self.items:
            y += gap
            block.paint(painter, x, y)
            y += block.height

    def split(self, room: float) -> tuple[Block, Block] | None:
        used = 0.0
        for index, (block, gap) in enumerate(self.items):
            if used + gap + block.height <= room + EPS:
                used += gap + block.height
                continue
            parts = block.split(room - used - gap)
            rest = self.items[index + 1 :]
            if parts is not None:
                head, tail = parts
                return (Stack(self._width, [*self.items[:index], (head, gap)]),
                        Stack(self._width, [(tail, 0.0), *rest]))  # fmt: skip
            if index == 0:
                return None
            return (Stack(self._width, self.items[:index]),
                    Stack(self._width, [(block, 0.0), *rest]))  # fmt: skip
        return None


class Row:
    """Blocks side by side, top-aligned, each at its x offset from the row's left edge."""

    def __init__(self, width: float, cells: Sequence[tuple[float, Block]]) -> None:
        self._width = width
        self.cells = list(cells)

    @property
    def width(self) -> float:
        return self._width

    @property
    def height(self) -> float:
        return max((block.height for _, block in self.cells), default=0.0)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        for offset, block in self.cells:
            block.paint(painter, x + offset, y)

    def split(self, room: float) -> tuple[Block, Block] | None:
        """Only when the row is taller than a whole page: every cell splits at ``room``."""
        heads: list[tuple[float, Block]] = []
        tails: list[tuple[float, Block]] = []
        for offset, block in self.cells:
            if block.height <= room + EPS:
                heads.append((offset, block))
                continue
            parts = block.split(room)
            if parts is None:
                return None
            heads.append((offset, parts[0]))
            tails.append((offset, parts[1]))
        return Row(self._width, heads), Row(self._width, tails)


class Boxed:
    """A block in a thin frame with ``padding`` inside, on an optional tint."""

    def __init__(self, child: Block, padding: float, tint: QColor | None = None) -> None:
        self.child, self.padding, self.tint = child, padding, tint

    @property
    def width(self) -> float:
        return self.child.width + 2 * self.padding

    @property
    def height(self) -> float:
        return self.child.height + 2 * self.padding

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        rect = QRectF(x, y, self.width, self.height)
        painter.save()
        painter.setPen(QPen(RULE, 0.8))
        if self.tint is not None:
            painter.setBrush(self.tint)
        painter.drawRoundedRect(rect.adjusted(0.4, 0.4, -0.4, -0.4), 3, 3)
        painter.restore()
        self.child.paint(painter, x + self.padding, y + self.padding)

    def split(self, room: float) -> tuple[Block, Block] | None:
        parts = self.child.split(room - 2 * self.padding)
        if parts is None:
            return None
        return (Boxed(parts[0], self.padding, self.tint),
                Boxed(parts[1], self.padding, self.tint))  # fmt: skip

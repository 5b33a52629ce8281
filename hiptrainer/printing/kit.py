"""What the sheet builders share: fonts, gaps, and the usual kinds of text block."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetricsF

from hiptrainer.printing.blocks import Run, Text
from hiptrainer.printing.flow import Unit
from hiptrainer.printing.options import MARGIN, SheetOptions
from hiptrainer.printing.sheet import PageFrame
from hiptrainer.printing.style import INK, SOFT_INK, Fonts
from hiptrainer.printing.words import Labelled

if TYPE_CHECKING:
    from hiptrainer.domain.model import Exercise
    from hiptrainer.figures.render import Illustration

#: Where an exercise's pictures come from (by default its bundled poses).
ArtSource = Callable[["Exercise"], "Illustration"]


def bundled_art(exercise: Exercise) -> Illustration:
    from hiptrainer.catalog.poses import load_poses
    from hiptrainer.figures.render import Illustration

    return Illustration(load_poses(exercise.id), exercise.primary_muscles)


class Kit:
    """Fonts and measures shared by the builders of one sheet."""

    def __init__(self, options: SheetOptions) -> None:
        self.options = options
        self.fonts = Fonts.of(options.typography)
        self.width = options.page.width - 2 * MARGIN
        self.frame = PageFrame(options)
        self.size = options.typography.body
        self.gap = self.size * 0.4
        self.section_gap = self.size * 0.6
        self.indent = QFontMetricsF(self.fonts.bold).horizontalAdvance("00") + 2

    def number_indent(self, count: int) -> float:
        """Room for the numbers 1 to ``count`` hanging in the heading font, and a space."""
        metrics = QFontMetricsF(self.fonts.heading)
        return metrics.horizontalAdvance(str(count)) + self.size * 0.4

    def text(self, text: str, width: float | None = None, small: bool = False) -> Text:
        font = self.fonts.small if small else self.fonts.body
        return Text([(text, font)], width or self.width, colour=SOFT_INK if small else INK)

    def labelled(
        self, pairs: Sequence[Labelled], width: float | None = None, run_on: bool = False
    ) -> Text:
        """Each pair on its own line (or ``run_on``, one after another with an en space
        between): the label in bold, then its text."""
        runs: list[Run] = []
        for index, (label, body) in enumerate(pairs):
            before = ("\u2002" if run_on else "\n") if index else ""
            runs.append((before + label, self.fonts.bold))
            runs.append((body, self.fonts.body))
        return Text(runs, width or self.width)

    def heading(self, text: str, width: float | None = None) -> Unit:
        block = Text([(text, self.fonts.heading)], width or self.width)
        return Unit(block, gap=self.section_gap, keep_with_next=True)

    def bullets(self, items: Sequence[str], width: float, marker: str = "•") -> list[Unit]:
        return [Unit(Text([(item, self.fonts.body)], width, marker=(marker, self.fonts.body),
                          indent=self.indent * 0.7), gap=self.gap * 0.5)
                for item in items]  # fmt: skip


def aspect(art: Illustration) -> float:
    """Width over height of everything the exercise's pictures show."""
    x0, y0, x1, y1 = art.bounds["left"]
    return (x1 - x0) / max(y1 - y0, 1e-6)


def picture_height(art: Illustration, width: float, tallest: float, flattest: float = 0.5) -> float:
    """The height of a ``width``-wide picture box that fits the figure's own shape: flat for a
    lying exercise, taller for a standing one, never over ``tallest`` or the width, nor
    under ``flattest`` times the width."""
    return max(width * flattest, min(width / aspect(art), width, tallest))


def note_units(
    units: Sequence[Unit], kit: Kit, most: int = 6, fewest: int = 3, required: bool = True
) -> list[Unit]:
    """A "Notes" heading and as many lines to write on (``most`` down to ``fewest``) as fit
    on the last page without starting another; if none fit, a page of them when
    ``required``, else nothing."""
    from hiptrainer.printing.forms import WriteLines

    frame = kit.frame
    pages = frame.page_count(units)

    def notes(count: int) -> list[Unit]:
        lines = WriteLines(kit.width, count, kit.size * 2.2)
        #: The heading of the lines left on a sheet for the user's own notes.
        return [kit.heading(QCoreApplication.translate("SheetNotes", "Notes")), Unit(lines)]

    for count in range(most, fewest - 1, -1):
        if frame.page_count([*units, *notes(count)]) == pages:
            return notes(count)
    if not required:
        return []
    # A page of their own: as many lines as fill it.
    heading = kit.heading(QCoreApplication.translate("SheetNotes", "Notes")).block.height
    return notes(max(most, int((frame.body_height - heading - 1) // (kit.size * 2.2))))

"""Fonts, ink and the figure colours of a printed sheet.

Sizes are in points, and a sheet is laid out in points: fonts are given a *pixel* size equal
to their point size, and the paint routine scales points to the device, so the layout is the
same on a 1200 dpi PDF, a 96 dpi preview and a 600 dpi printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase

from hiptrainer.figures.theme import Theme
from hiptrainer.printing.options import Typography

#: DejaVu Sans Condensed where it is installed (most Linux systems): as wide as Arial, with
#: DejaVu's tall lower case, so 12 pt reads large and a sheet's text takes a tenth less room.
CONDENSED_FAMILY = "DejaVu Sans"
#: Otherwise common sans-serif families of Arial's width, best first.
FAMILIES = ["Liberation Sans", "Arimo", "Arial", "Helvetica", "Noto Sans", "DejaVu Sans"]

INK = QColor("#000000")
#: Secondary text (footer, column heads): dark enough to read on any home printer.
SOFT_INK = QColor("#333333")
RULE = QColor("#666666")
#: A light tint behind boxes and the right side's rows; prints as a pale grey.
TINT = QColor("#ededed")
HATCH = QColor("#b8b8b8")

#: The figures' print colours: light fills with clear edges and no dark areas that soak a
#: page in ink; every colour keeps its contrast when printed in grey.
PRINT_THEME = Theme(
    "#ffffff",  # background (not painted: the page is white)
    "#e4e7eb",  # floor
    "#d3c2a6",  # prop
    "#7a6748",  # prop edge
    "#6d8db0",  # near limbs
    "#4f6d8f",  # far limbs
    "#7b9bbd",  # head
    "#ff7a45",  # target muscles
    "#b83a0a",  # arrows
    "#d6336c",  # band
    "#5a213040",  # contact shadows
)


def font(size: int, bold: bool = False, italic: bool = False) -> QFont:
    """A sans-serif font of ``size`` points on the sheet's point grid, unhinted so that its
    measured widths are the same whatever the device."""
    made = QFont()
    if _has_condensed():
        made.setFamilies([CONDENSED_FAMILY])
        made.setStretch(QFont.Stretch.SemiCondensed)
    else:
        made.setFamilies(FAMILIES)
    made.setStyleHint(QFont.StyleHint.SansSerif)
    made.setPixelSize(size)
    made.setBold(bold)
    made.setItalic(italic)
    made.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return made


@cache
def _has_condensed() -> bool:
    # A real condensed face only: Qt would squeeze any other font synthetically.
    return any("Condensed" in s for s in QFontDatabase.styles(CONDENSED_FAMILY))


@dataclass(frozen=True)
class Fonts:
    body: QFont
    bold: QFont
    small: QFont
    small_bold: QFont
    heading: QFont
    title: QFont

    @classmethod
    def of(cls, sizes: Typography) -> Fonts:
        return cls(
            body=font(sizes.body),
            bold=font(sizes.body, bold=True),
            small=font(sizes.small),
            small_bold=font(sizes.small, bold=True),
            heading=font(sizes.heading, bold=True),
            title=font(sizes.title, bold=True),
        )

"""What a sheet is laid out for: the paper, the text size, the date and the header fields.

No Qt here: the GUI fills these from its dialogs, the command line from its options.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: Points per millimetre (a point is 1/72 inch).
MM = 72 / 25.4
#: The shortest side a sheet is laid out on, in millimetres (half-letter is 139.7 mm).
SMALLEST = 139


@dataclass(frozen=True)
class PageSpec:
    """A sheet of paper in points, portrait or landscape as given."""

    name: str
    width: float
    height: float

    def __post_init__(self) -> None:
        # Smaller than A5 (or half-letter) either way, four step pictures and a six-week grid
        # no longer fit side by side at a readable size.
        if min(self.width, self.height) < SMALLEST * MM:
            raise ValueError(f"page {self.name}: at least {SMALLEST} mm each way (A5 or larger), "
                             f"got {self.width / MM:.0f} × {self.height / MM:.0f} mm")  # fmt: skip


A4 = PageSpec("A4", 595.2756, 841.8898)
LETTER = PageSpec("Letter", 612.0, 792.0)
PAGE_SIZES = {"A4": A4, "Letter": LETTER}

#: Home inkjet and laser printers leave at most about 5 mm unprinted at an edge; 12 mm
#: clears them all with room to spare (wger's sheets use 10 mm at the sides, 5 mm top and
#: bottom).
MARGIN = 12 * MM


@dataclass(frozen=True)
class Typography:
    """Font sizes in points: body text is never under 12 pt (14 pt in large print)."""

    body: int
    small: int
    heading: int
    title: int


REGULAR_TYPE = Typography(body=12, small=10, heading=13, title=20)
LARGE_TYPE = Typography(body=14, small=12, heading=16, title=24)


@dataclass(frozen=True)
class SheetOptions:
    """How to lay a sheet out.

    ``date`` is printed in the header and footer (default: today). ``name`` fills the
    routine sheet's name field (empty: a line to write on). ``prescribed_by`` adds a
    "Prescribed by" field: None leaves it out, "" prints a line to write on.
    """

    page: PageSpec = A4
    large_print: bool = False
    date: dt.date | None = None
    name: str = ""
    prescribed_by: str | None = None

    @property
    def typography(self) -> Typography:
        return LARGE_TYPE if self.large_print else REGULAR_TYPE

    def printed_on(self) -> dt.date:
        return self.date or dt.date.today()

"""Design tokens: the type scale, spacing steps, accent colours and the sides' colours,
letters and marker shapes that every page uses.

Sizes are relative to the system font, so a large system font or 200% scaling scales the
whole app; spacing is in device-independent pixels (Qt multiplies by the screen's scale).
Left and right are told apart three ways: an Okabe–Ito colour pair that people with any
common colour-vision deficiency tell apart, a letter, and a marker shape (in black-and-white
prints the last two still work).
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from PySide6.QtGui import QFont

TextRole = Literal["small", "body", "title", "display"]
Scheme = Literal["light", "dark"]
SideName = Literal["left", "right", "both"]

#: Font sizes as multiples of the system font: captions and hints, running text, a page's or
#: a group's heading, and the big numbers read across a room (the player has its own, larger).
TYPE_SCALE: dict[TextRole, float] = {"small": 0.85, "body": 1.0, "title": 1.3, "display": 2.0}
#: The weight of each role: headings stand out by weight as well as size.
TYPE_WEIGHT: dict[TextRole, QFont.Weight] = {
    "small": QFont.Weight.Normal,
    "body": QFont.Weight.Normal,
    "title": QFont.Weight.DemiBold,
    "display": QFont.Weight.DemiBold,
}

#: Spacing steps: within a control group, between controls, between groups, page margins.
SPACE_XS = 4
SPACE_S = 8
SPACE_M = 12
SPACE_L = 16
SPACE_XL = 24
SPACING: tuple[int, ...] = (SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL)

#: The accent (selection, focus, links, the chosen item) in each scheme; each keeps a text
#: contrast of at least 4.5:1 against the window and against its own highlighted text.
ACCENT: dict[Scheme, str] = {"light": "#2f55c9", "dark": "#8fa8ff"}
#: Text drawn on the accent.
ON_ACCENT: dict[Scheme, str] = {"light": "#ffffff", "dark": "#101010"}
#: A problem's words (a field's error line): red, at least 4.5:1 against the window and the
#: fields' base in its scheme (a deep red on light, a light coral on dark).
ERROR: dict[Scheme, str] = {"light": "#b3261e", "dark": "#ff8a80"}
#: A notice's strip or box (a practice run saves nothing, the sound is off, new records): a
#: yellow that stands out from the window, light on the light scheme and a deep amber on the
#: dark one (a bright strip would glare there).
NOTICE: dict[Scheme, str] = {"light": "#ffe066", "dark": "#594500"}
#: A notice's words, on NOTICE: at least 4.5:1 on it in each scheme.
ON_NOTICE: dict[Scheme, str] = {"light": "#3d2b00", "dark": "#ffec99"}


class SideStyle(NamedTuple):
    """How one side looks wherever it is shown: words, charts, the player, printed sheets.
    (A named tuple, not a dataclass: the Library's first paint reads the tokens, and the
    dataclasses module is start-up time the app need not spend.)"""

    word: str
    letter: str
    #: The marker's shape, by name: "circle", "triangle" or "square".
    shape: str
    #: The same shape as pyqtgraph's symbol letter.
    symbol: str
    light: str
    dark: str

    def colour(self, scheme: Scheme) -> str:
        return self.light if scheme == "light" else self.dark


#: Okabe & Ito's colour-blind-safe palette: blue and vermillion on light backgrounds, their
#: lighter sky blue and orange on dark ones (the deep pair is too dark there), bluish green
#: for an exercise done on both sides at once.
SIDES: dict[SideName, SideStyle] = {
    "left": SideStyle("Left", "L", "circle", "o", light="#0072B2", dark="#56B4E9"),
    "right": SideStyle("Right", "R", "triangle", "t", light="#D55E00", dark="#E69F00"),
    "both": SideStyle("Both sides", "B", "square", "s", light="#007A5A", dark="#009E73"),
}


def scaled_font(base: QFont, role: TextRole) -> QFont:
    """``base`` (a widget's or the application's font) at ``role``'s size and weight."""
    font = QFont(base)
    factor = TYPE_SCALE[role]
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:  # a font given in pixels has no point size
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setWeight(TYPE_WEIGHT[role])
    return font

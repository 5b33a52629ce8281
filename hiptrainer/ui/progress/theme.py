"""Plot colours taken from the widget's palette, so the charts follow light and dark themes.

pyqtgraph draws with its own colours (black background, grey axes) whatever the palette says;
:func:`theme_for` reads the palette and :class:`PlotTheme` hands each chart its background,
text, axis and grid colours plus series colours that keep their contrast on it. Left and
right differ in colour *and* marker shape, so they stay apart for colour-blind users and in
black-and-white prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPalette

from hiptrainer.ui.style.tokens import SIDES
from hiptrainer.ui.widgets.pain_zones import ZONE_COLOURS

# Marker shapes (pyqtgraph symbol names) per side: circles, triangles, squares.
SIDE_SYMBOLS: dict[str, str] = {side: style.symbol for side, style in SIDES.items()}
# The sides in legends and tooltips (translated where shown: side_label).
SIDE_WORDS = {
    "left": str(QT_TRANSLATE_NOOP("Sides", "Left")),
    "right": str(QT_TRANSLATE_NOOP("Sides", "Right")),
    "both": str(QT_TRANSLATE_NOOP("Sides", "Both sides")),
}
#: Ten qualitative colours (Tableau 10) that read on white and on dark grey.
_EXERCISE_COLOURS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)  # fmt: skip
#: Past ten exercises the colours repeat with a hatch, so no two stacks look alike.
_HATCHES = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.FDiagPattern)
#: Pain zones: 0–2 green, 3–5 amber, 6–10 red.
_ZONES = ZONE_COLOURS
#: Pain ratings: colour and marker differ, as for the sides.
PAIN_SYMBOLS = {"during": "o", "after": "t", "next_morning": "s"}
_PAIN_LIGHT = {"during": "#1864ab", "after": "#862e9c", "next_morning": "#212529"}
_PAIN_DARK = {"during": "#74c0fc", "after": "#e599f7", "next_morning": "#f8f9fa"}


def side_label(side: str) -> str:
    """ "Left", "Right", "Both sides" in the interface's language (legends, tooltips)."""
    words = SIDE_WORDS.get(side)
    return QCoreApplication.translate("Sides", words) if words is not None else side


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


@dataclass(frozen=True)
class PlotTheme:
    dark: bool
    background: QColor
    text: QColor
    muted: QColor
    accent: QColor

    def side(self, side: str) -> QColor:
        style = next((style for name, style in SIDES.items() if name == side), None)
        if style is None:
            return QColor(self.text)
        return QColor(style.colour("dark" if self.dark else "light"))

    def pain(self, measure: str) -> QColor:
        return QColor((_PAIN_DARK if self.dark else _PAIN_LIGHT)[measure])

    def zone(self, zone: str, alpha: int | None = None) -> QColor:
        colour = QColor(_ZONES[zone])
        colour.setAlpha(alpha if alpha is not None else (50 if self.dark else 45))
        return colour

    def exercise_brush(self, index: int) -> QBrush:
        colour = QColor(_EXERCISE_COLOURS[index % len(_EXERCISE_COLOURS)])
        hatch = _HATCHES[(index // len(_EXERCISE_COLOURS)) % len(_HATCHES)]
        return QBrush(colour, hatch)

    def heat(self, count: int, most: int) -> QColor:
        """A calendar day's colour: the background for none, then stronger with more."""
        if count <= 0:
            colour = QColor(self.text)
            colour.setAlpha(28 if self.dark else 20)
            return colour
        colour = QColor(self.accent)
        share = count / max(1, most)
        colour.setAlpha(int(110 + 145 * share))
        return colour


def theme_for(palette: QPalette) -> PlotTheme:
    dark = is_dark(palette)
    text = palette.color(QPalette.ColorRole.Text)
    muted = QColor(text)
    muted.setAlpha(150)
    accent = QColor("#37b24d" if dark else "#2b8a3e")  # calendars are green by convention
    return PlotTheme(
        dark=dark,
        background=palette.color(QPalette.ColorRole.Base),
        text=text,
        muted=muted,
        accent=accent,
    )

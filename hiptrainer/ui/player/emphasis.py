"""The Train tab's emphasis, from the style tokens: a text role's font on a widget, and the
accent button (Start, Save, Done) that stands out while keeping a visible focus frame."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton, QWidget

from hiptrainer.ui.style.theme import palette_scheme
from hiptrainer.ui.style.tokens import (
    ERROR,
    SPACE_L,
    SPACE_S,
    SPACE_XL,
    TYPE_WEIGHT,
    TextRole,
    scaled_font,
)

Shown = TypeVar("Shown", bound=QWidget)

#: A disabled accent button: grey, its text still legible (about 4.6:1).
DISABLED_BACKGROUND = "#868e96"


def scroll_focus_ring(name: str) -> str:
    """A style sheet for a frameless scroll area that takes the focus (to scroll by keys):
    an accent ring while it has it, an empty one of the same width while not."""
    return (
        f"QScrollArea#{name} {{ border: 2px solid transparent; }}"
        f"QScrollArea#{name}:focus {{ border: 2px solid palette(highlight); }}"
    )


def role_font(widget: Shown, role: TextRole, bold: bool | None = None) -> Shown:
    """``widget`` in ``role``'s size and weight (``bold`` overrides the weight)."""
    font = scaled_font(widget.font(), role)
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)
    return widget


def read_across(page: QWidget) -> None:
    """A page read standing by the laptop (the summary, a self-test's result): its running
    text a step up the type scale, in the body's weight."""
    font = scaled_font(page.font(), "title")
    font.setWeight(TYPE_WEIGHT["body"])
    page.setFont(font)


class _AccentFollower(QObject):
    """Lives on an accent button: when the palette changes (the theme switched while the app
    runs) the button's style sheet, which holds the accent's colours, is written again."""

    def __init__(self, button: QPushButton) -> None:
        super().__init__(button)
        self.setObjectName("accentFollower")
        self._button = button
        self._colours: tuple[str, str] = ("", "")
        button.installEventFilter(self)
        self.restyle()

    def eventFilter(self, watched: QObject, change: QEvent) -> bool:  # noqa: N802
        if watched is self._button and change.type() == QEvent.Type.PaletteChange:
            self.restyle()
        return False

    def restyle(self) -> None:
        palette = self._button.palette()
        colours = (
            palette.color(QPalette.ColorRole.Highlight).name(),
            palette.color(QPalette.ColorRole.HighlightedText).name(),
        )
        if colours == self._colours:
            return  # a new style sheet brings a palette change of its own: not again
        self._colours = colours
        accent, on_accent = colours
        self._button.setStyleSheet(
            f"QPushButton {{ font-weight: bold; padding: {SPACE_S}px {SPACE_XL + SPACE_S}px; "
            "border-radius: 6px; "
            f"border: 2px solid {accent}; color: {on_accent}; background: {accent}; }}"
            f"QPushButton:disabled {{ background: {DISABLED_BACKGROUND}; "
            f"border-color: {DISABLED_BACKGROUND}; color: white; }}"
            "QPushButton:focus { border: 3px solid palette(text); }"
        )


class _WarningFollower(QObject):
    """Lives on a warning label (data not saved, read-only data): its text in the tokens'
    error red for the palette's scheme, bold, written again when the theme changes."""

    def __init__(self, label: QWidget) -> None:
        super().__init__(label)
        self.setObjectName("warningFollower")
        self._label = label
        self._colour = ""
        label.installEventFilter(self)
        self.restyle()

    def eventFilter(self, watched: QObject, change: QEvent) -> bool:  # noqa: N802
        if watched is self._label and change.type() == QEvent.Type.PaletteChange:
            self.restyle()
        return False

    def restyle(self) -> None:
        colour = ERROR[palette_scheme(self._label.palette())]
        if colour != self._colour:  # a new style sheet brings a palette change of its own
            self._colour = colour
            self._label.setStyleSheet(f"color: {colour}; font-weight: bold;")


def warning_label(label: Shown) -> Shown:
    """``label`` as a page's warning: the error red that reads on the window (at least
    4.5:1 in light and dark), bold; it follows a change of theme."""
    if label.findChild(_WarningFollower) is None:
        _WarningFollower(label)
    return label


def accent_button(button: QPushButton, role: TextRole = "title") -> None:
    """The page's main action: the accent colour, bold, in ``role``'s size; its focus frame
    (the style sheet takes the native one away) is a ring in the text colour. The colours
    follow a change of theme."""
    role_font(button, role, bold=True)
    if button.findChild(_AccentFollower) is None:
        _AccentFollower(button)
    # Room for the bold text and the padding whatever the font's size.
    button.setMinimumHeight(button.fontMetrics().height() + 2 * SPACE_S + SPACE_L // 2)

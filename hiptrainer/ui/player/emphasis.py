"""The Train tab's emphasis, from the style tokens: a text role's font on a widget, the
accent button (Start, Save, Done) that stands out while keeping a visible focus frame, a
page's warning in the error red and a notice on the notice yellow, each in the colours of the
theme shown."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton, QWidget

from hiptrainer.ui.style.follow import Restyler, follow_scheme
from hiptrainer.ui.style.tokens import (
    ERROR,
    NOTICE,
    ON_NOTICE,
    SPACE_L,
    SPACE_M,
    SPACE_S,
    SPACE_XL,
    SPACE_XS,
    TYPE_WEIGHT,
    Scheme,
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


class _AccentFollower(Restyler):
    """Lives on an accent button: its style sheet holds the accent's colours: the palette's
    highlight and highlighted text, so it follows the palette itself rather than a scheme's
    tokens."""

    def __init__(self, button: QPushButton) -> None:
        self._colours: tuple[str, str] = ("", "")
        super().__init__(button, "accentFollower")
        self.restyle()

    def restyle(self) -> None:
        palette = self.palette()
        colours = (
            palette.color(QPalette.ColorRole.Highlight).name(),
            palette.color(QPalette.ColorRole.HighlightedText).name(),
        )
        if colours == self._colours:
            return  # a new style sheet brings a palette change of its own: not again
        self._colours = colours
        accent, on_accent = colours
        self.widget.setStyleSheet(
            f"QPushButton {{ font-weight: bold; padding: {SPACE_S}px {SPACE_XL + SPACE_S}px; "
            "border-radius: 6px; "
            f"border: 2px solid {accent}; color: {on_accent}; background: {accent}; }}"
            f"QPushButton:disabled {{ background: {DISABLED_BACKGROUND}; "
            f"border-color: {DISABLED_BACKGROUND}; color: white; }}"
            "QPushButton:focus { border: 3px solid palette(text); }"
        )


def warning_label(label: Shown) -> Shown:
    """``label`` as a page's warning: the error red that reads on the window (at least
    4.5:1 in light and dark), bold; it follows a change of theme."""
    follow_scheme(
        label, "warningFollower", lambda scheme: f"color: {ERROR[scheme]}; font-weight: bold;"
    )
    return label


def notice_style_sheet(scheme: Scheme, padding: tuple[int, int] = (SPACE_XS, SPACE_M)) -> str:
    """The style sheet of a notice (a practice run saves nothing, the sound is off, new
    records) in ``scheme``: its words in the tokens' notice colours, on a rounded strip with
    ``padding`` (top and bottom, left and right) inside."""
    vertical, horizontal = padding
    return (
        f"QLabel {{ background: {NOTICE[scheme]}; color: {ON_NOTICE[scheme]}; "
        f"border-radius: 6px; padding: {vertical}px {horizontal}px; }}"
    )


def notice_label(label: Shown, padding: tuple[int, int] = (SPACE_XS, SPACE_M)) -> Shown:
    """``label`` as a notice (:func:`notice_style_sheet`) in the colours of the scheme shown;
    it follows a change of theme."""
    follow_scheme(label, "noticeFollower", lambda scheme: notice_style_sheet(scheme, padding))
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

"""Style sheets that follow a change of theme: a widget whose style sheet holds colours of the
theme shown (a warning's red, a notice's yellow, an accent button's blue) gets them written
again, for the new theme, whenever the theme changes, wherever the widget sits.

Every tab styles such widgets (the Train tab's notices and warnings, the Routines tab's field
errors), so the mechanism lives here, beside the tokens, and not in one tab's package.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hiptrainer.ui.style.theme import palette_scheme

if TYPE_CHECKING:
    from hiptrainer.ui.style.tokens import Scheme

#: The events that say the theme changed (the application's palette, which reaches a window).
_THEME_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class Restyler(QObject):
    """Lives on a widget whose style sheet holds colours of the theme shown and writes it
    again (:meth:`restyle`, for a subclass to say how) when the theme changes.

    It watches the widget's window, not the widget: a style sheet's colours become the
    widget's own palette, which then stops following the application's, so the widget is
    told of no change at all (in a page; on its own, as its own window, it is). The colours
    are read from the window's palette for the same reason, the application's for a widget
    that is its own window. A new parent may mean a new window: it is watched instead."""

    def __init__(self, widget: QWidget, name: str) -> None:
        super().__init__(widget)
        self.setObjectName(name)
        self.widget = widget
        self._watched: QWidget | None = None
        widget.installEventFilter(self)
        self._watch_window()

    def _watch_window(self) -> None:
        window = self.widget.window()
        if window is self._watched:
            return
        if self._watched is not None and self._watched is not self.widget:
            # That window may be gone (deleted after an ancestor moved to another).
            with suppress(RuntimeError):
                self._watched.removeEventFilter(self)
        self._watched = window
        if window is not self.widget:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, change: QEvent) -> bool:  # noqa: N802
        kind = change.type()
        if watched is self.widget and kind == QEvent.Type.ParentChange:
            self._watch_window()
            self.restyle()
        elif watched is self._watched and kind in _THEME_CHANGES:
            self._watch_window()  # an ancestor may have moved into another window meanwhile
            self.restyle()
        return False

    def palette(self) -> QPalette:
        """The palette of the theme shown where the widget is."""
        window = self.widget.window()
        return QApplication.palette() if window is self.widget else window.palette()

    def restyle(self) -> None:
        raise NotImplementedError


class SchemeFollower(Restyler):
    """Lives on a widget whose style sheet is ``sheet``'s for the scheme shown, light or
    dark (a warning's red, a notice's yellow, a field's error line)."""

    def __init__(self, widget: QWidget, name: str, sheet: Callable[[Scheme], str]) -> None:
        self._sheet = sheet
        self._scheme: Scheme | None = None
        super().__init__(widget, name)
        self.restyle()

    def restyle(self) -> None:
        scheme = palette_scheme(self.palette())
        if scheme != self._scheme:  # a new style sheet brings a palette change of its own
            self._scheme = scheme
            self.widget.setStyleSheet(self._sheet(scheme))


def follow_scheme(widget: QWidget, name: str, sheet: Callable[[Scheme], str]) -> None:
    """Give ``widget`` the style sheet ``sheet`` makes for the scheme shown, now and after
    every change of theme. One follower of each ``name`` on a widget: styled twice, the first
    one is kept."""
    if widget.findChild(SchemeFollower, name) is None:
        SchemeFollower(widget, name, sheet)

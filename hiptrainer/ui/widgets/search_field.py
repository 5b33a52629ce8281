"""A search field that steers a list: arrow keys move through it, Escape clears the text."""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

_NAVIGATION_KEYS: set[int] | None = None


def _navigation_keys() -> set[int]:
    # Qt.Key is a large enum; build the set on the first key press, not at import.
    global _NAVIGATION_KEYS
    if _NAVIGATION_KEYS is None:
        from PySide6.QtCore import Qt

        keys = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        _NAVIGATION_KEYS = {int(key.value) for key in keys}
    return _NAVIGATION_KEYS


class SearchField(QLineEdit):
    """Forwards Up, Down, Page Up and Page Down to :attr:`target` while keeping focus.

    The clear button (shown only while there is text) is switched on with the first text,
    which keeps loading its icon out of the application's start-up.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: QWidget | None = None
        self.textChanged.connect(self._enable_clear_button)

    def _enable_clear_button(self, text: str) -> None:
        if text:
            self.setClearButtonEnabled(True)
            self.textChanged.disconnect(self._enable_clear_button)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.target is not None and int(event.key()) in _navigation_keys():
            QApplication.sendEvent(self.target, event.clone())
            event.accept()
        elif event.matches(QKeySequence.StandardKey.Cancel) and self.text():
            self.clear()
            event.accept()
        else:
            super().keyPressEvent(event)

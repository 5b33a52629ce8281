"""What a screen reader hears on the playing page, which has the focus and the keys (its
buttons take none): the keys that act now, and a frame that shows the page has the focus."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QPushButton, QWidget

from hiptrainer.ui.player.page_controls import button_texts

# The playing page's keys, by the signal each emits.
KEYS = {
    Qt.Key.Key_Space: "pause",
    Qt.Key.Key_Right: "skip",
    Qt.Key.Key_Left: "back",
    Qt.Key.Key_Plus: "extend",
    Qt.Key.Key_Equal: "extend",
    Qt.Key.Key_Return: "complete",
    Qt.Key.Key_Enter: "complete",
    Qt.Key.Key_Escape: "leave",
    Qt.Key.Key_F11: "fullscreen",
    Qt.Key.Key_C: "fix",
}


def keys_text(buttons: Mapping[str, QPushButton], page: QWidget) -> str:
    """Each shown button's key and what it does, in the row's order: "Space: Pause or
    resume; Right: Skip this phase; …" (a hidden button's key does nothing now)."""
    lines = []
    for signal, button in buttons.items():
        if button.isVisibleTo(page):
            _label, said, key = button_texts(signal)
            #: A key and what it does, in the playing page's description for screen readers.
            line = QCoreApplication.translate("PlayingView", "{key}: {action}")
            lines.append(line.format(key=key, action=said))
    return "; ".join(lines)


def paint_focus_frame(page: QWidget) -> None:
    """A ring in the accent round ``page``: the keys act here (painted from its paintEvent
    while it has the focus)."""
    painter = QPainter(page)
    painter.setPen(QPen(page.palette().color(QPalette.ColorRole.Highlight), 2))
    painter.drawRect(QRectF(page.rect()).adjusted(1, 1, -1, -1))
    painter.end()

"""A 0–10 score as one row of segments, picked with one click or one key: effort, pain.

It starts "not given" (stored as unknown, never as 0, which would claim "no pain"): a click
on a segment gives that score, a click on the chosen one takes it away again. By keyboard the
row is one stop: a digit gives a score (1 then 0 gives 10), → or ↑ steps up (from not given
to 0), ← or ↓ steps down (below 0 to not given), Home and End go to 0 and 10, Delete takes
the score away. Each segment can carry a colour (the pain traffic light); the chosen one is
filled with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

NOT_GIVEN_TEXT = "not given"
TOP = 10
STEP_KEYS = {
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: 1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Down: -1,
}


class ScoreChoice(QWidget):
    # The score (an int 0–10), or None: not given.
    valueChanged = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        name: str,
        object_name: str = "",
        colour_of: Callable[[int], QColor | None] = lambda _score: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self._name = name
        self._colour_of = colour_of
        self._value: int | None = None
        self._typed = ""  # digits typed in a row: "1" then "0" is ten
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # As wide as there is room for, up to its size hint: narrower (a large font on a
        # small window), each segment still holds its number.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        tip = self.tr("{name}: a click or a digit gives it; Delete leaves it out")
        self.setToolTip(tip.format(name=name))
        self._say()

    def sizeHint(self) -> QSize:  # noqa: N802
        cell = max(34, self.fontMetrics().height() * 2)
        return QSize(cell * (TOP + 1) + 4, cell)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        cell = max(28, metrics.horizontalAdvance("10") + metrics.height() // 2)
        return QSize(cell * (TOP + 1) + 4, self.sizeHint().height())

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:  # noqa: N802 (a spin box's name)
        if value is not None and not 0 <= value <= TOP:
            raise ValueError(f"a score is 0 to {TOP}, not {value}")
        if value != self._value:
            self._value = value
            self._say()
            self.update()
            self.valueChanged.emit(value)

    def text(self) -> str:
        return self.tr("not given") if self._value is None else str(self._value)

    def _say(self) -> None:
        self.setAccessibleName(f"{self._name}: {self.text()}")

    # --- drawing ------------------------------------------------------------------------

    def _cell(self, score: int) -> QRectF:
        width = (self.width() - 4) / (TOP + 1)
        return QRectF(2 + score * width, 2, width - 3, self.height() - 4)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.ButtonText)
        font = QFont(self.font())
        for score in range(TOP + 1):
            cell = self._cell(score)
            colour = self._colour_of(score) or palette.color(QPalette.ColorRole.Highlight)
            chosen = score == self._value
            fill = QColor(colour) if chosen else QColor(palette.color(QPalette.ColorRole.Button))
            if not chosen and self._colour_of(score) is not None:
                fill = QColor(colour)
                fill.setAlpha(50)  # the traffic light, faintly, behind every number
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(cell, 5, 5)
            font.setBold(chosen)
            painter.setFont(font)
            painter.setPen(QColor("white") if chosen else text)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(score))
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.end()

    # --- mouse and keys -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        for score in range(TOP + 1):
            if self._cell(score).contains(event.position()):
                self.setValue(None if score == self._value else score)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        if event.text().isdigit():
            self._typed = (self._typed + event.text())[-2:]
            typed = int(self._typed)
            if typed > TOP:
                self._typed = event.text()
                typed = int(event.text())
            self.setValue(typed)
            return
        self._typed = ""
        if key in STEP_KEYS:
            step = STEP_KEYS[key]
            now = -1 if self._value is None else self._value
            after = min(TOP, now + step)
            self.setValue(None if after < 0 else after)
        elif key == Qt.Key.Key_Home:
            self.setValue(0)
        elif key == Qt.Key.Key_End:
            self.setValue(TOP)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._typed = ""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._typed = ""
        super().focusOutEvent(event)
        self.update()

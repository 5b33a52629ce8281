"""A ring in the accent colour around a chart while it has the keyboard focus.

pyqtgraph's view has no frame, and so shows no focus; a style sheet border would give it one
but makes every new picture paint the chart twice. The ring is a see-through child laid over
the view instead, shown only while the view has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

WIDTH = 2


class FocusRing(QWidget):
    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        target = self.parentWidget()
        if watched is target and target is not None:
            if kind == QEvent.Type.FocusIn:
                self.setGeometry(target.rect())
                self.raise_()
                self.show()
            elif kind == QEvent.Type.FocusOut:
                self.hide()
            elif kind == QEvent.Type.Resize:
                self.setGeometry(target.rect())
        return super().eventFilter(watched, event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()

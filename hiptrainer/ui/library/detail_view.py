"""The right-hand pane of the Library: one exercise, readable and keyboard-navigable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette, QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from hiptrainer.domain.model import Exercise
from hiptrainer.ui.library.detail_html import EXERCISE_SCHEME, exercise_html

#: Longest line of text in pixels: wider lines are hard to read on a large screen.
MAX_TEXT_WIDTH = 860


class ExerciseDetail(QTextBrowser):
    """Shows an exercise. Variant links emit :attr:`exerciseRequested`; web links open outside."""

    exerciseRequested = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, name_of: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseDetail")
        self.setAccessibleName("Exercise details")
        self.setOpenLinks(False)
        self._name_of = name_of
        self.exercise: Exercise | None = None
        self.document().setDocumentMargin(16)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(MAX_TEXT_WIDTH)
        self.anchorClicked.connect(self._follow)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        room = event.size().width() - 2 * self.frameWidth()
        width = min(room - self.verticalScrollBar().sizeHint().width(), MAX_TEXT_WIDTH)
        if width != self.lineWrapColumnOrWidth():
            self.setLineWrapColumnOrWidth(width)

    def show_exercise(self, exercise: Exercise) -> None:
        self.exercise = exercise
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Link).name()
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        self.setHtml(exercise_html(exercise, self._name_of, accent, muted))
        self.verticalScrollBar().setValue(0)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == EXERCISE_SCHEME:
            self.exerciseRequested.emit(url.path())
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

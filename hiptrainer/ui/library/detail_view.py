"""The right-hand pane of the Library: one exercise, readable and keyboard-navigable.

Each step shows its picture beside its text; a movement has a "Play" link that animates it
at the exercise's tempo. Pictures are drawn once the window has painted for the first time
(until then a blank of the same size holds their place), so start-up does not wait on them.

Laying out the page costs about as much as building it, and while a window is first shown
the detail changes width several times: so the page is built once the detail is placed at
the width it is shown at (see :meth:`ExerciseDetail.place`), and laid out once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from hiptrainer.domain.model import Exercise
from hiptrainer.domain.plan import SELF_PACED_TEMPO, TempoSeconds, parse_tempo
from hiptrainer.ui.library.detail_html import (
    EXERCISE_SCHEME,
    FIGURE_SCHEME,
    PLAY_SCHEME,
    exercise_html,
    figure_url,
)
from hiptrainer.ui.library.step_pictures import StepPictures

#: Longest line of text in pixels: wider lines are hard to read on a large screen.
MAX_TEXT_WIDTH = 860
PICTURE = 170
FRAME_MS = 33


class ExerciseDetail(QTextBrowser):
    """Shows an exercise. Variant links emit :attr:`exerciseRequested`; web links open outside."""

    exerciseRequested = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        name_of: Callable[[str], str],
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseDetail")
        self.setAccessibleName("Exercise details")
        self.setOpenLinks(False)
        self._name_of = name_of
        self._clock = clock
        self.exercise: Exercise | None = None
        self._placed = False
        self.pictures: StepPictures | None = None
        self._blank: QImage | None = None
        self._size = (PICTURE, PICTURE)
        self._playing: tuple[int, float, float] | None = None  # step, started, duration
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._next_frame)
        self.document().setDocumentMargin(16)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(MAX_TEXT_WIDTH)
        self.anchorClicked.connect(self._follow)

    def place(self) -> None:
        """The detail has the width it is shown at: fit the text to it and show the exercise.

        Called by the tab once it has been shown for the first time and laid out. Until then
        the widths are provisional, and :meth:`show_exercise` only records the exercise.
        """
        if not self._placed:
            self._placed = True
            self._fit_text()
            if self.exercise is not None:
                self._render(self.exercise)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._placed:
            self._fit_text()

    def _fit_text(self) -> None:
        room = self.width() - 2 * self.frameWidth()
        width = min(room - self.verticalScrollBar().sizeHint().width(), MAX_TEXT_WIDTH)
        if width > 0 and width != self.lineWrapColumnOrWidth():
            self.setLineWrapColumnOrWidth(width)

    def enable_pictures(self) -> None:
        """Start drawing step pictures (called once the window has painted)."""
        if self.pictures is None:
            dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
            self.pictures = StepPictures(PICTURE, self.devicePixelRatioF(), dark)
            if self.exercise is not None:
                self.show_exercise(self.exercise)

    def show_exercise(self, exercise: Exercise) -> None:
        self.stop()
        self.exercise = exercise
        if self._placed:
            self._render(exercise)

    def _render(self, exercise: Exercise) -> None:
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Link).name()
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        pictures = self.pictures
        playable = (lambda step: pictures.moves(exercise, step)) if pictures else (lambda _: False)
        size = pictures.picture_size(exercise) if pictures else (PICTURE, PICTURE)
        self._size = size
        self.setHtml(exercise_html(exercise, self._name_of, accent, muted, size, playable))
        self.verticalScrollBar().setValue(0)

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802
        url = QUrl(url)
        if url.scheme() == FIGURE_SCHEME and self.exercise is not None:
            step = int(url.path().rsplit("/", 1)[-1])
            image = self.pictures.image(self.exercise, step) if self.pictures else None
            return image if image is not None else self._placeholder()
        return super().loadResource(kind, url)

    def _placeholder(self) -> QImage:
        width, height = self._size
        if self._blank is None or self._blank.size().toTuple() != (width, height):
            # Made of zero bytes, every pixel transparent. (QImage.fill would do, but PySide
            # checks its first overload, a Qt.GlobalColor, and that check builds the whole Qt
            # namespace; the blanks are drawn in the first frame, before it is needed.)
            zeros = bytes(width * height * 4)
            format_ = QImage.Format.Format_ARGB32_Premultiplied
            self._blank = QImage(zeros, width, height, format_).copy()  # copied off `zeros`
        return self._blank

    # --- playing a movement -----------------------------------------------------------------

    def play(self, step: int) -> None:
        """Animate step ``step``: out at the tempo's lifting time, hold, and back."""
        if self.exercise is None or self.pictures is None:
            return
        if not self.pictures.moves(self.exercise, step):
            return
        self.stop()
        lift, pause, lower = _tempo(self.exercise.dosage.tempo)
        self._playing = (step, self._clock(), lift + pause + lower)
        self._timer.start()

    @property
    def playing(self) -> int | None:
        return self._playing[0] if self._playing else None

    def stop(self) -> None:
        if self._playing is not None:
            step = self._playing[0]
            self._playing = None
            self._timer.stop()
            self._show_frame(step, 1.0)

    def _next_frame(self) -> None:
        if self._playing is None or self.exercise is None:
            return
        step, started, duration = self._playing
        lift, pause, lower = _tempo(self.exercise.dosage.tempo)
        elapsed = self._clock() - started
        if elapsed >= duration:
            self.stop()
            return
        if elapsed < lift:
            t = elapsed / lift
        elif elapsed < lift + pause:
            t = 1.0
        else:
            t = 1.0 - (elapsed - lift - pause) / lower
        self._show_frame(step, t)

    def _show_frame(self, step: int, t: float) -> None:
        if self.exercise is None or self.pictures is None:
            return
        image = self.pictures.image(self.exercise, step, t)
        if image is not None:
            self.document().addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(figure_url(self.exercise.id, step)),
                image,
            )
            self.viewport().update()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == EXERCISE_SCHEME:
            self.exerciseRequested.emit(url.path())
        elif url.scheme() == PLAY_SCHEME:
            self.play(int(url.path()))
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)


def _tempo(tempo: str | None) -> TempoSeconds:
    """Seconds to lift, hold and lower in the animation: the exercise's tempo, or for holds
    and self-paced reps the pace the player plans with. Lifting and lowering take at least
    half a second and a zero pause shows as a short one, so the movement can be followed."""
    lift, pause, lower = parse_tempo(tempo) if tempo else SELF_PACED_TEMPO
    return max(lift, 0.5), max(pause, 0.3), max(lower, 0.5)

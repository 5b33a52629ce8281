"""The right-hand pane of the Library: one exercise, readable and keyboard-navigable.

Each step shows its picture beside its text, about a third of the pane wide (see
:mod:`page`); a movement has a "Play" link that animates it at the exercise's tempo, and the
picture is a link to a larger view of the step with both sides. Pictures are drawn once the
window has painted for the first time (until then a blank of the same size holds their
place), so start-up does not wait on them.

Laying out the page costs about as much as building it, and while a window is first shown
the detail changes width several times: so the page is built once the detail is placed at
the width it is shown at (see :meth:`ExerciseDetail.place`), and laid out once. Later
resizes redraw the pictures at their new size once the resizing pauses.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QHideEvent,
    QImage,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from hiptrainer.domain.model import Exercise
from hiptrainer.ui.library.detail_html import (
    EDIT_SCHEME,
    EXERCISE_SCHEME,
    FIGURE_SCHEME,
    PLAY_SCHEME,
    VIEW_SCHEME,
    escape,
    exercise_html,
    figure_url,
)
from hiptrainer.ui.library.motion import Movement
from hiptrainer.ui.library.page import above_steps, picture_size
from hiptrainer.ui.library.step_pictures import StepPictures

if TYPE_CHECKING:
    from hiptrainer.ui.library.large_view import LargeStepView

#: Longest line of text in pixels: wider lines are hard to read on a large screen.
MAX_TEXT_WIDTH = 860
#: The stand-in pictures' size before the first paint (and without pictures).
PICTURE = (210, 150)
MARGIN = 16
#: How long resizing must pause before the pictures are drawn at the new size.
REFIT_MS = 120


class ExerciseDetail(QTextBrowser):
    """Shows an exercise. Variant links emit :attr:`exerciseRequested`, the "Edit a copy"
    link :attr:`editRequested` (with the exercise's id); web links open outside."""

    exerciseRequested = Signal(str)  # noqa: N815 (Qt signal naming)
    editRequested = Signal(str)  # noqa: N815

    def __init__(
        self,
        name_of: Callable[[str], str],
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseDetail")
        self.setAccessibleName(self.tr("Exercise details"))
        self.setAccessibleDescription(
            self.tr(
                "The chosen exercise: its dose, steps with pictures, cues and sources. Tab "
                "moves from link to link; Enter on a picture shows that step large."
            )
        )
        self.setOpenLinks(False)
        self._name_of = name_of
        self.clock = clock
        self.exercise: Exercise | None = None
        self._placed = False
        self.pictures: StepPictures | None = None
        self.large_view: LargeStepView | None = None
        self._blank: QImage | None = None
        self.picture_size = PICTURE
        self._playing: int | None = None
        self.movement = Movement(self._show_frame, self._now, self)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(REFIT_MS)
        self._refit.timeout.connect(self.refit_pictures)
        self.document().setDocumentMargin(MARGIN)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(MAX_TEXT_WIDTH)
        self.anchorClicked.connect(self._follow)

    def _now(self) -> float:
        return self.clock()  # read at each frame, so a test can swap the clock

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
            if self.pictures is not None:
                self._refit.start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.pictures is not None:
            dark = self._dark()
            if dark != self.pictures.dark:
                self.pictures = StepPictures(self.devicePixelRatioF(), dark)
                if self.exercise is not None:
                    self._render(self.exercise, keep_scroll=True)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        # The window closing (or the tab hidden) closes the larger view with it.
        super().hideEvent(event)
        self.stop()
        if self.large_view is not None:
            self.large_view.reject()

    def _fit_text(self) -> None:
        width = min(self._room(), MAX_TEXT_WIDTH)
        if width > 0 and width != self.lineWrapColumnOrWidth():
            self.setLineWrapColumnOrWidth(width)

    def _room(self) -> int:
        room = self.width() - 2 * self.frameWidth()
        return room - self.verticalScrollBar().sizeHint().width()

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def enable_pictures(self) -> None:
        """Start drawing step pictures (called once the window has painted)."""
        if self.pictures is None:
            self.pictures = StepPictures(self.devicePixelRatioF(), self._dark())
            if self.exercise is not None:
                self.show_exercise(self.exercise)

    def show_exercise(self, exercise: Exercise) -> None:
        self.stop()
        self.exercise = exercise
        if self._placed:
            self._render(exercise)

    def refit_pictures(self) -> None:
        """Draw the pictures at the size that suits the pane now, if it has changed."""
        self._refit.stop()
        if self.exercise is not None and self.pictures is not None and self._placed:
            page = self._page(self.exercise, self.picture_size)
            if self._fitting_size(self.exercise, page) != self.picture_size:
                self._render(self.exercise, keep_scroll=True)

    def _page(self, exercise: Exercise, size: tuple[int, int]) -> str:
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Link).name()
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        pictures = self.pictures
        if pictures is None:
            return exercise_html(exercise, self._name_of, accent, muted, size)
        #: After the Steps heading of an exercise's page, when its steps have pictures.
        hint = escape(
            self.tr("· click a picture (or Tab to it, Enter) to see it large, both sides")
        )
        hint = f" <span style='font-weight:normal; font-size:small; color:{muted}'>{hint}</span>"
        return exercise_html(
            exercise,
            self._name_of,
            accent,
            muted,
            size,
            lambda s: pictures.moves(exercise, s),
            steps_hint=hint,
        )

    def _fitting_size(self, exercise: Exercise, page: str) -> tuple[int, int]:
        """The picture size for the pane as it is: a third of its width, and low enough that
        the first two steps show below what comes above them (measured on its own)."""
        if self.pictures is None:
            return PICTURE
        header = QTextDocument()
        header.setDefaultFont(self.document().defaultFont())
        header.setDocumentMargin(MARGIN)
        header.setTextWidth(self.lineWrapColumnOrWidth())
        header.setHtml(above_steps(page))
        room = self.viewport().height() - (header.size().height() - MARGIN)
        pane = self.width() - 2 * self.frameWidth()
        return picture_size(pane, self.pictures.aspect(exercise), room)

    def _render(self, exercise: Exercise, keep_scroll: bool = False) -> None:
        # What comes above the steps does not depend on the pictures' size: measured at any.
        size = PICTURE
        if self.pictures is not None:
            size = self._fitting_size(exercise, self._page(exercise, PICTURE))
        self.picture_size = size
        bar = self.verticalScrollBar()
        where = bar.value() / bar.maximum() if keep_scroll and bar.maximum() else 0.0
        self.setHtml(self._page(exercise, size))
        bar.setValue(round(where * bar.maximum()))

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802
        url = QUrl(url)
        if url.scheme() == FIGURE_SCHEME and self.exercise is not None:
            step = int(url.path().rsplit("/", 1)[-1])
            pictures = self.pictures
            image = pictures.image(self.exercise, step, self.picture_size) if pictures else None
            return image if image is not None else self._placeholder()
        return super().loadResource(kind, url)

    def _placeholder(self) -> QImage:
        width, height = self.picture_size
        if self._blank is None or self._blank.size().toTuple() != (width, height):
            # Made of zero bytes, every pixel transparent. (QImage.fill would do, but PySide
            # checks its first overload, a Qt.GlobalColor, and that check builds the whole Qt
            # namespace; the blanks are drawn in the first frame, before it is needed.)
            zeros = bytes(width * height * 4)
            format_ = QImage.Format.Format_ARGB32_Premultiplied
            self._blank = QImage(zeros, width, height, format_).copy()  # copied off `zeros`
        return self._blank

    # --- the larger view --------------------------------------------------------------------

    def open_large_view(self, step: int) -> LargeStepView | None:
        """Show step ``step`` large, both sides, in a window over this one."""
        if self.exercise is None or self.pictures is None:
            return None
        art = self.pictures.illustration(self.exercise)
        if art is None or not 0 <= step < len(self.exercise.steps):
            return None
        from PySide6.QtCore import Qt

        from hiptrainer.ui.library.large_view import LargeStepView

        self.stop()
        if self.large_view is not None:
            self.large_view.reject()
        view = LargeStepView(self.exercise, art, step, self, self._now)
        # A window of its own does not take its parent's palette: give it the one the page
        # is drawn in (what is set on the main window, else the application's).
        view.setPalette(self.window().palette())
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.finished.connect(lambda _result: self._forget(view))
        window = self.window()
        view.resize(max(720, round(window.width() * 0.8)), max(520, round(window.height() * 0.8)))
        self.large_view = view
        view.open()
        return view

    def _forget(self, view: LargeStepView) -> None:
        if self.large_view is view:
            self.large_view = None

    # --- playing a movement -----------------------------------------------------------------

    def play(self, step: int) -> None:
        """Animate step ``step``: out at the tempo's lifting time, hold, and back."""
        if self.exercise is None or self.pictures is None:
            return
        if not self.pictures.moves(self.exercise, step):
            return
        self.stop()
        self._playing = step
        self.movement.start(self.exercise.dosage.tempo)

    @property
    def playing(self) -> int | None:
        return self._playing if self.movement.running else None

    def stop(self) -> None:
        self.movement.stop()
        self._playing = None

    def _show_frame(self, t: float) -> None:
        step = self._playing
        if step is None or self.exercise is None or self.pictures is None:
            return
        image = self.pictures.image(self.exercise, step, self.picture_size, t)
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
        elif url.scheme() == EDIT_SCHEME:
            self.editRequested.emit(url.path())
        elif url.scheme() == PLAY_SCHEME:
            self.play(int(url.path()))
        elif url.scheme() == VIEW_SCHEME:
            self.open_large_view(int(url.path()))
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

"""The chooser's right-hand column: the chosen routine's name and length, its description, a
picture of each exercise with its name and dose, and the suggestions for its next session.

The column scrolls down inside the chooser (never sideways) when it does not fit: with a
large font or in a short window its parts keep the height their wrapped text needs instead
of being squeezed over each other. The pictures are three to a row, fewer when a caption's
longest word would not fit the column's width (German at a large font). Start stays outside
the column, always in view.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from hiptrainer.domain.dose import dose_text
from hiptrainer.ui.player.display import Pictures, work_step
from hiptrainer.ui.player.emphasis import role_font
from hiptrainer.ui.widgets.figure_view import FigureView

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.domain.model import Workout
    from hiptrainer.ui.player.selftest.suggestion_panel import SuggestionPanel

# Pictures of a routine's exercises, at most this many, at most three to a row.
PICTURES = 6
COLUMNS = 3
# A picture's smallest size.
PICTURE_WIDTH, PICTURE_HEIGHT = 120, 90


class RoutineCard(QWidget):
    """What the chosen routine holds. :meth:`show_routine` fills it; the suggestions panel is
    the chooser's (the Train tab fills it), shown under the pictures."""

    def __init__(
        self, art: Pictures, suggestions: SuggestionPanel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routineCard")
        self._art = art
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the routine's name may be the user's
        self.title.setObjectName("routineTitle")
        # A long name (a large font, a narrow column) wraps rather than widening the page.
        self.title.setWordWrap(True)
        role_font(self.title, "title")
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setObjectName("routinePreview")
        self.preview.setWordWrap(True)
        self.pictures = QGridLayout()
        self._picture_views: list[tuple[FigureView, QLabel]] = []
        self._picture_height = PICTURE_WIDTH
        #: Pictures to a row now, and the width they were fitted to (see fit_columns).
        self.columns = COLUMNS
        self._room = 0
        self.suggestions = suggestions
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.preview)
        column.addLayout(self.pictures)
        column.addStretch(1)
        column.addWidget(self.suggestions)

    def show_routine(self, workout: Workout, catalog: Catalog, length: str) -> None:
        self.title.setText(f"{workout.name} · {length}")
        self.preview.setText(workout.summary)
        self._show_pictures(workout, catalog)
        self.fit_columns(self._room)

    def fit_columns(self, room: int) -> None:
        """As many pictures to a row (up to three) as fit ``room`` pixels across, each as
        wide as the longest word of its caption (a caption cannot wrap inside a word) or a
        picture's smallest width."""
        self._room = room
        shown = [pair for pair in self._picture_views if not pair[0].isHidden()]
        if not shown or room <= 0:
            return
        need = max(PICTURE_WIDTH, *(caption.minimumSizeHint().width() for _v, caption in shown))
        gap = max(0, self.pictures.horizontalSpacing())
        columns = max(1, min(COLUMNS, (room + gap) // (need + gap)))
        if columns != self.columns:
            self.columns = columns
            self._place_pictures()

    def changeEvent(self, change: QEvent) -> None:  # noqa: N802
        super().changeEvent(change)
        if change.type() == QEvent.Type.FontChange:
            self.fit_columns(self._room)  # the captions' words are wider or narrower now

    def _place_pictures(self) -> None:
        """Each picture with its caption under it, :attr:`columns` to a row."""
        for view, caption in self._picture_views:
            self.pictures.removeWidget(view)
            self.pictures.removeWidget(caption)
        for spot, (view, caption) in enumerate(self._picture_views):
            row, column = (spot // self.columns) * 2, spot % self.columns
            self.pictures.addWidget(view, row, column)
            self.pictures.addWidget(caption, row + 1, column)
        for column in range(COLUMNS):  # the columns in use share the width evenly
            self.pictures.setColumnStretch(column, 1 if column < self.columns else 0)

    def set_picture_height(self, height: int) -> None:
        """The pictures' largest height (the chooser keeps two rows to about half its own)."""
        self._picture_height = height
        for view, _caption in self._picture_views:
            view.setMaximumHeight(height)

    def pictures_shown(self) -> list[tuple[FigureView, str]]:
        """The exercises' pictures on the page now, each with its caption."""
        return [
            (view, caption.text())
            for view, caption in self._picture_views
            if view.isVisibleTo(self)
        ]

    def _show_pictures(self, workout: Workout, catalog: Catalog) -> None:
        """A still picture of each exercise (the step it works in), its name and dose."""
        count = min(PICTURES, len(workout.blocks))
        while len(self._picture_views) < count:
            view, caption = FigureView(), QLabel()
            view.setMinimumSize(PICTURE_WIDTH, PICTURE_HEIGHT)
            view.setMaximumHeight(self._picture_height)
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self._picture_views.append((view, caption))
            self._place_pictures()
        for spot, (view, caption) in enumerate(self._picture_views):
            shown = spot < count
            view.setVisible(shown)
            caption.setVisible(shown)
            if not shown:
                continue
            exercise = catalog.exercises[workout.blocks[spot].exercise]
            art = self._art.illustration(exercise)
            view.show_pose(art, exercise.steps[work_step(exercise, art)].pose, "left")
            dose = dose_text(catalog.dosage(workout.id, spot), exercise.unilateral)
            # Names and doses may be the user's own text: shown as written, never as markup.
            caption.setText(f"<b>{escape(exercise.name)}</b><br>{escape(dose)}")


class RoutineDetail(QScrollArea):
    """The card in an area that scrolls down, never sideways: the card is laid out to the
    area's width (its texts wrap, its pictures take fewer to a row). The area takes no focus
    of its own, so the page's Tab order stays the controls' order (it scrolls to a suggestion
    Tab brings the focus to)."""

    def __init__(self, card: RoutineCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineDetail")
        self.card = card
        self.setWidget(card)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # On the page's own background, as the routine list beside it.
        self.viewport().setAutoFillBackground(False)
        card.setAutoFillBackground(False)

    def resizeEvent(self, resized: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(resized)
        # Fitted to the width left beside a scroll bar, shown or not: the columns then do not
        # change when the bar comes and goes with the card's height.
        self.card.fit_columns(self.width() - self.verticalScrollBar().sizeHint().width())

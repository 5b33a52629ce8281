"""A step of an exercise shown large, both sides side by side, to show someone what to do.

Opened from a step picture of the Library (a click, or Enter on the picture's link). Each side
has its label and, for a one-sided exercise, where the body goes for that side. "Play the
movement" animates both sides from the step's start pose; Previous and Next step move through
the exercise; Escape closes. The figures are drawn on the window's own colour, so a dark
palette shows no light boxes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.domain.model import Exercise
from hiptrainer.domain.sides import setup_line
from hiptrainer.ui.library.motion import Movement
from hiptrainer.ui.style.tokens import SPACE_L, SPACE_M, SPACE_XL, scaled_font
from hiptrainer.ui.widgets.figure_view import FigureView

if TYPE_CHECKING:
    from hiptrainer.figures.render import Illustration

# The play button's two texts, in English (translated where shown).
PLAY = str(QT_TRANSLATE_NOOP("LargeStepView", "▶ &Play the movement"))
STOP = str(QT_TRANSLATE_NOOP("LargeStepView", "■ &Stop"))


def side_title(side: str) -> str:
    if side == "left":
        return QCoreApplication.translate("LargeStepView", "Left side")
    if side == "right":
        return QCoreApplication.translate("LargeStepView", "Right side")
    return QCoreApplication.translate("LargeStepView", "Both sides together")


class _Body(QWidget):
    """The scrolled part: as high as its smallest layout needs at a width, so the area
    scrolls only when the figures cannot shrink further (not when they are below the size
    they would like)."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout is not None else -1


class LargeStepView(QDialog):
    """Step :attr:`step` of ``exercise``, large; one figure per side (one for an exercise done
    with both sides together)."""

    def __init__(
        self,
        exercise: Exercise,
        art: Illustration,
        step: int,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("largeStepView")
        self.exercise = exercise
        self.art = art
        self.step = step
        self.movement = Movement(self._show_frame, clock, self)
        self.sides = ["left", "right"] if exercise.unilateral else ["both"]

        # Names and step texts may be the user's own: shown as plain text, never as markup.
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("largeViewHeading")
        self.heading.setFont(scaled_font(self.font(), "title"))
        self.heading.setWordWrap(True)  # a long name takes two lines, not a wider window
        self.step_text = QLabel()
        self.step_text.setTextFormat(Qt.TextFormat.PlainText)
        self.step_text.setObjectName("largeViewStepText")
        self.step_text.setWordWrap(True)
        # The step is read from a step or two away: a heading's size, a text's weight.
        text_font = scaled_font(self.font(), "title")
        text_font.setWeight(QFont.Weight.Normal)
        self.step_text.setFont(text_font)

        self.figures: dict[str, FigureView] = {}
        self.setup_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACE_XL)
        for column, side in enumerate(self.sides):
            label = QLabel(side_title(side))
            label.setObjectName(f"{side}SideTitle")
            label.setFont(scaled_font(self.font(), "title"))
            figure = FigureView()
            figure.setObjectName(f"{side}Figure")
            figure.setMinimumSize(260, 220)
            setup = QLabel()
            setup.setTextFormat(Qt.TextFormat.PlainText)
            setup.setText(setup_line(exercise, side) or "")
            setup.setObjectName(f"{side}Setup")
            setup.setWordWrap(True)
            setup.setVisible(bool(setup.text()))
            grid.addWidget(label, 0, column)
            grid.addWidget(setup, 1, column)
            grid.addWidget(figure, 2, column)
            grid.setColumnStretch(column, 1)
            self.figures[side] = figure
            self.setup_labels[side] = setup
        grid.setRowStretch(2, 1)

        self.previous_button = QPushButton(self.tr("◀ P&revious step"))
        self.next_button = QPushButton(self.tr("&Next step ▶"))
        self.play_button = QPushButton(self.tr(PLAY))
        self.play_button.setObjectName("largeViewPlay")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.previous_button.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next_button.clicked.connect(lambda: self.show_step(self.step + 1))
        self.play_button.clicked.connect(self.toggle_play)
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setAutoDefault(False)
        for button in (self.previous_button, self.next_button, self.play_button):
            button.installEventFilter(self)
        self.close_button.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.play_button)
        buttons.addWidget(close)

        # The step and the figures scroll down when the window is short (a large font, 200%
        # scaling) so every line of the set-up shows; Up and Down scroll it.
        body = _Body()
        body_column = QVBoxLayout(body)
        body_column.setContentsMargins(0, 0, 0, 0)
        body_column.addWidget(self.heading)
        body_column.addWidget(self.step_text)
        body_column.addSpacing(SPACE_M)
        body_column.addLayout(grid, 1)
        self.body = QScrollArea()
        self.body.setObjectName("largeViewBody")
        self.body.setWidget(body)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        # Never narrower than the figures side by side: the area scrolls down, not sideways.
        bar = self.body.verticalScrollBar().sizeHint().width()
        self.body.setMinimumWidth(body.minimumSizeHint().width() + bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_XL, SPACE_L, SPACE_XL, SPACE_L)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        # The size it opens at unless its opener sets one (the Library's detail view does):
        # a scroll area alone would ask for less than the figures look well at.
        self.resize(self.sizeHint().expandedTo(QSize(720, 520)))
        self.show_step(step)

    def show_step(self, step: int) -> None:
        """Show step ``step`` (from 0) still, at its key pose; out of range, nothing changes."""
        if not 0 <= step < len(self.exercise.steps):
            return
        self.movement.stop()
        self.step = step
        count = len(self.exercise.steps)
        name = self.exercise.name
        number = step + 1
        #: The large view's window title: an exercise's name, then which step it shows.
        title = self.tr("{name} — step {number} of {count}")
        self.setWindowTitle(title.format(name=name, number=number, count=count))
        accessible = self.tr("{name}, step {number} of {count}, larger view")
        self.setAccessibleName(accessible.format(name=name, number=number, count=count))
        heading = self.tr("{name} · step {number} of {count}")
        self.heading.setText(heading.format(name=name, number=number, count=count))
        text = self.exercise.steps[step].text
        self.step_text.setText(text)
        for side, figure in self.figures.items():
            figure_name = self.tr("{side}, step {number}")
            figure.setAccessibleName(figure_name.format(side=side_title(side), number=number))
            described = " ".join(filter(None, [text, self.setup_labels[side].text()]))
            figure.setAccessibleDescription(described)
        self.previous_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < count - 1)
        moves = self.art.poses.poses[self.pose].start is not None
        self.play_button.setEnabled(moves)
        self.play_button.setText(self.tr(PLAY))
        still = self.tr("This step is a position: nothing moves.")
        self.play_button.setToolTip("" if moves else still)
        self._show_frame(1.0)

    @property
    def pose(self) -> str:
        return self.exercise.steps[self.step].pose

    @property
    def playing(self) -> bool:
        return self.movement.running

    def toggle_play(self) -> None:
        if self.movement.running:
            self.movement.stop()
        elif self.play_button.isEnabled():
            self.movement.start(self.exercise.dosage.tempo)
            self.play_button.setText(self.tr(STOP))

    def _show_frame(self, t: float) -> None:
        for side, figure in self.figures.items():
            figure.show_pose(self.art, self.pose, "left" if side == "both" else side, t)
        if t >= 1.0 and not self.movement.running:
            self.play_button.setText(self.tr(PLAY))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._page_through(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The buttons would take the arrow keys to move the focus among themselves.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._page_through(event)
        return super().eventFilter(watched, event)

    def _page_through(self, event: QKeyEvent) -> bool:
        """The arrow keys page through the steps, as in a slide show; Up and Down scroll."""
        key = Qt.Key(event.key())
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        scroll = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(key)
        if scroll is not None:  # the step's text and set-up, when they do not fit
            bar = self.body.verticalScrollBar()
            bar.setValue(bar.value() + scroll * bar.singleStep() * 3)
            return True
        move = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key)
        if move is None:
            return False
        self.show_step(self.step + move)
        return True

    def done(self, result: int) -> None:
        # Closing in any way (Escape, the button, the window's own close) stops the movement.
        self.movement.stop()
        super().done(result)

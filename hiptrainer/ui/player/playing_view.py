"""What the runner sees while a routine plays: countdown, figure, step, side, what is next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.domain.plan import Phase
from hiptrainer.ui.player.wording import counter_text
from hiptrainer.ui.widgets.countdown_ring import CountdownRing
from hiptrainer.ui.widgets.figure_view import FigureView

SIDE_COLOURS = {"left": "#1c7ed6", "right": "#e8590c", "both": "#495057"}
PHASE_TITLES = {
    "prepare": "Get ready",
    "work": "Work",
    "rest": "Rest",
    "switch_sides": "Switch sides",
    "transition": "Next exercise",
    "done": "Done",
}
#: (button label, accessible name, key shown in the tooltip, signal name)
BUTTONS = (
    ("◀ Back", "Back: restart this phase, or go to the previous one", "Left", "back"),
    ("Pause", "Pause or resume", "Space", "pause"),
    ("+10 s", "Add ten seconds", "+", "extend"),
    ("Done ✓", "Set done", "Enter", "complete"),
    ("Skip ▶", "Skip this phase", "Right", "skip"),
    ("Fix last set", "Correct the reps or hold of the last set", "C", "fix"),
    ("Full screen", "Full screen on or off", "F11", "fullscreen"),
    ("Leave", "Leave the workout", "Esc", "leave"),
)


def _big(name: str, pixels: int, bold: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    font = QFont(label.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    label.setFont(font)
    return label


class PlayingView(QWidget):
    back = Signal()
    pause = Signal()
    extend = Signal()
    complete = Signal()
    skip = Signal()
    fix = Signal()
    fullscreen = Signal()
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playingView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.phase_label = _big("phaseLabel", 34)
        self.exercise_label = _big("exerciseLabel", 24)
        self.exercise_label.setWordWrap(True)
        self.side_badge = _big("sideBadge", 30)
        self.side_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_badge.setFixedSize(64, 64)
        self.counter_label = _big("counterLabel", 20, bold=False)
        self.ring = CountdownRing()
        self.figure = FigureView()
        #: Where the body goes for the side about to start (get ready, next up, switch).
        self.setup_label = _big("setupLabel", 24)
        self.setup_label.setWordWrap(True)
        self.setup_label.hide()
        self.step_label = _big("stepLabel", 20, bold=False)
        self.step_label.setWordWrap(True)
        self.next_label = _big("nextLabel", 18, bold=False)
        self.next_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("overallProgress")
        self.progress.setAccessibleName("Workout progress")
        self.time_left = _big("timeLeft", 16, bold=False)
        #: What the runner should know while playing (a practice run saves nothing, a set
        #: waits to be saved, the sound is off); it stays until it is no longer true.
        self.notice_label = _big("noticeLabel", 16)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("color: #c92a2a;")
        self.notice_label.hide()
        self.flash = QLabel(self)  # a brief coloured frame marks each phase change
        self.flash.hide()

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.phase_label)
        titles.addWidget(self.exercise_label)
        titles.addWidget(self.counter_label)
        header.addLayout(titles, 1)
        header.addWidget(self.side_badge, 0, Qt.AlignmentFlag.AlignTop)

        centre = QGridLayout()
        centre.addWidget(self.ring, 0, 0)
        centre.addWidget(self.figure, 0, 1)
        centre.setColumnStretch(0, 2)
        centre.setColumnStretch(1, 3)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for text, name, key, signal in BUTTONS:
            button = QPushButton(text)
            button.setObjectName(f"{signal}Button")
            button.setAccessibleName(name)
            button.setToolTip(f"{name} ({key})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the player, not a button
            button.clicked.connect(getattr(self, signal).emit)
            self.buttons[signal] = button
            row.addWidget(button)

        footer = QHBoxLayout()
        footer.addWidget(self.progress, 1)
        footer.addWidget(self.time_left)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice_label)
        layout.addLayout(header)
        layout.addLayout(centre, 1)
        layout.addWidget(self.setup_label)
        layout.addWidget(self.step_label)
        layout.addWidget(self.next_label)
        layout.addLayout(footer)
        layout.addLayout(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """The player's keys; the buttons take no focus, so the keys always reach here."""
        signal = {
            Qt.Key.Key_Space: self.pause,
            Qt.Key.Key_Right: self.skip,
            Qt.Key.Key_Left: self.back,
            Qt.Key.Key_Plus: self.extend,
            Qt.Key.Key_Equal: self.extend,
            Qt.Key.Key_Return: self.complete,
            Qt.Key.Key_Enter: self.complete,
            Qt.Key.Key_Escape: self.leave,
            Qt.Key.Key_F11: self.fullscreen,
            Qt.Key.Key_C: self.fix,
        }.get(Qt.Key(event.key()))
        if (
            signal is None
            or event.modifiers()
            & ~Qt.KeyboardModifier.KeypadModifier
            & ~Qt.KeyboardModifier.ShiftModifier
        ):
            super().keyPressEvent(event)
            return
        event.accept()
        signal.emit()

    def show_phase(
        self,
        phase: Phase,
        exercise_name: str,
        step_text: str,
        next_name: str,
        paused: bool,
        setup: str | None = None,
    ) -> None:
        """A phase begins (or pauses, or resumes); ``setup`` says where the body goes for the
        side it leads to."""
        title = PHASE_TITLES[phase.kind]
        self.phase_label.setText(f"{title} — paused" if paused else title)
        self.exercise_label.setText(exercise_name)
        side = phase.side
        letter = {"left": "L", "right": "R", "both": "L+R"}[side]
        self.side_badge.setText(letter)
        self.side_badge.setAccessibleName(f"{side} side" if side != "both" else "both sides")
        colour = SIDE_COLOURS[side]
        self.side_badge.setStyleSheet(
            f"background:{colour}; color:white; border-radius:32px; font-weight:bold;"
        )
        self.ring.colour = QColor(colour)
        self.counter_label.setText(counter_text(phase))
        self.setup_label.setText(setup or "")
        self.setup_label.setStyleSheet(f"color: {colour};")
        self.setup_label.setVisible(bool(setup))
        self.step_label.setText(step_text)
        self.next_label.setText(f"Next up: {next_name}" if next_name else "")
        self.next_label.setVisible(bool(next_name))
        self.buttons["pause"].setText("Resume" if paused else "Pause")
        self.buttons["complete"].setEnabled(phase.kind == "work" and not phase.timed)
        self.buttons["extend"].setEnabled(phase.timed)

    def show_notices(self, lines: list[str]) -> None:
        self.notice_label.setText("\n".join(f"⚠ {line}" for line in lines))
        self.notice_label.setVisible(bool(lines))

    def flash_phase(self, colour: str) -> None:
        """A visual mark of the phase change (for when the sound is off)."""
        self.flash.setGeometry(self.rect())
        self.flash.setStyleSheet(f"border: 8px solid {colour};")
        self.flash.raise_()
        self.flash.show()

    def end_flash(self) -> None:
        self.flash.hide()

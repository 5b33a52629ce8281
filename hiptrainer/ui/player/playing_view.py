"""What the runner sees while a routine plays, laid out to be read from the mat.

On the left the phase in one word (Hold, Reps, Rest, Switch sides, Get ready), where it is in
the dose (Hold 2 of 4) and the countdown; on the right the exercise, the side, the figure and
the step. In a rest, a switch of sides or a get-ready the right side is about what comes next:
"Next: Clamshell", its side, its picture and where the body goes. Warnings have their own
strip at the top. Every size follows the window (see :meth:`PlayingView.scale`), so full
screen is simply larger; the buttons that cannot act now are hidden, the one that matters most
stands out.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.ui.player.emphasis import notice_style_sheet
from hiptrainer.ui.player.fit_text import FitText
from hiptrainer.ui.player.flash_edges import FlashEdges
from hiptrainer.ui.player.page_controls import BUTTONS, button_texts, side_word
from hiptrainer.ui.player.playing_keys import KEYS, keys_text, paint_focus_frame
from hiptrainer.ui.player.progress_line import ProgressLine
from hiptrainer.ui.player.ring import PhaseRing
from hiptrainer.ui.player.wording import side_name, time_left_template
from hiptrainer.ui.style.theme import palette_scheme
from hiptrainer.ui.style.tokens import SIDES, SideName
from hiptrainer.ui.widgets.figure_view import FigureView

#: Buttons after the gap in the row: rarely needed, kept small and out of the way.
SECONDARY = ("fix", "fullscreen", "leave")
#: The least the page asks of the window (at its smallest scale, German buttons fit 640 px).
SMALLEST_PAGE = QSize(640, 400)
#: Sizes in pixels for a 1280×800 window; :meth:`PlayingView.scale` multiplies them.
SIZES = {
    "phase": 72,
    "counter": 40,
    "exercise": 40,
    "badge": 104,
    "side_word": 24,
    "setup": 34,
    "step": 36,
    "footer": 28,
    "notice": 22,
    "primary": 28,
    "button": 19,
}


class Shown(NamedTuple):
    """Everything the page says about the phase under way (the display works it out)."""

    title: str  # "Hold", "Rest", ...
    counter: str  # "Hold 2 of 4"; in a rest, the counter of what comes next
    exercise: str  # the exercise, or "Next: <exercise>" before it
    side: str  # the side working now, or next
    step: str
    setup: str | None  # where the body goes, when a side starts
    paused: bool
    timed: bool  # the phase counts down (+10 s can act)
    self_paced: bool  # a set that ends on Enter (Done can act)
    can_fix: bool  # a set is done that "Fix last set" can correct
    position: str  # "Exercise 2 of 4"


def side_colour(side: str, palette: QPalette) -> QColor:
    """The side's colour from the style tokens (the charts' and sheets' too), for the
    window's scheme."""
    named: SideName = "left" if side == "left" else "right" if side == "right" else "both"
    return QColor(SIDES[named].colour(palette_scheme(palette)))


def _label(name: str, bold: bool = True, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setProperty("bold", bold)
    return label


def _set_pixels(widget: QWidget, pixels: int, bold: bool) -> None:
    font = QFont(widget.font())
    font.setPixelSize(max(9, pixels))
    font.setBold(bold)
    widget.setFont(font)


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
        # The page has the focus and the keys (its buttons take none): a screen reader gets
        # its name and, as the description, the keys that act now (see show_phase).
        #: The playing page's name for screen readers (the page has the focus and the keys).
        self.setAccessibleName(self.tr("Workout player"))
        self.unit = 1.0
        self._side = "both"
        #: What the runner should know while playing (a practice run saves nothing, a set
        #: waits to be saved, the sound is off): its own strip, kept until it is no longer true.
        self.notice_label = _label("noticeLabel", wrap=True)
        self._style_notice()
        self.notice_label.hide()
        self.phase_label = FitText("phaseLabel", SIZES["phase"], bold=True, one_line=True)
        self.counter_label = FitText("counterLabel", SIZES["counter"], one_line=True)
        self.ring = PhaseRing()
        #: Two lines high whatever the name: the figure below keeps its size (and its drawn
        #: picture) from phase to phase.
        self.exercise_label = FitText("exerciseLabel", SIZES["exercise"], bold=True)
        self.side_badge = _label("sideBadge")
        self.side_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_word = _label("sideWord")
        self.side_word.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure = FigureView()
        #: Where the body goes for the side about to start (get ready, next up, switch).
        self.setup_label = FitText("setupLabel", SIZES["setup"], bold=True)
        for kept in (self.side_badge, self.side_word):
            # Hidden, each keeps its place: nothing moves, the figure is not drawn again.
            policy = kept.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            kept.setSizePolicy(policy)
        self.setup_label.hide()
        self.step_label = FitText("stepLabel", SIZES["step"])
        self.progress = ProgressLine()
        self.progress.setObjectName("overallProgress")
        self.progress.setAccessibleName(self.tr("Workout progress"))
        self.position_label = _label("positionLabel", bold=False)
        self.time_left = _label("timeLeft")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.flash_edges = FlashEdges(self)  # marks each phase change when the sound is off
        self.buttons: dict[str, QPushButton] = {}
        self._primary = ""
        self._styled: tuple[object, ...] = ()
        self._badge_colour = ""
        #: Said on every pause and resume: looked up once.
        self._paused, self._pause, self._resume = (
            self.tr("Paused"),
            self.tr("Pause"),
            self.tr("Resume"),
        )
        self._lay_out()

    def _lay_out(self) -> None:
        badge = QVBoxLayout()
        badge.setSpacing(2)
        badge.addWidget(self.side_badge, 0, Qt.AlignmentFlag.AlignHCenter)
        badge.addWidget(self.side_word)
        badge.addStretch(1)
        named = QHBoxLayout()
        named.addWidget(self.exercise_label, 1)
        named.addLayout(badge)

        left = QVBoxLayout()
        left.addWidget(self.phase_label)
        left.addWidget(self.counter_label)
        left.addWidget(self.ring, 1)
        right = QVBoxLayout()
        right.addLayout(named)
        right.addWidget(self.figure, 6)
        # The set-up line and the step share one box of their own: the set-up line coming
        # and going moves the step, never the figure (whose picture is drawn for its size).
        words = QWidget()
        words.setObjectName("stepWords")
        inside = QVBoxLayout(words)
        inside.setContentsMargins(0, 0, 0, 0)
        self._words = inside
        inside.addWidget(self.setup_label)
        inside.addWidget(self.step_label, 1)
        right.addWidget(words, 5)
        middle = QHBoxLayout()
        middle.setSpacing(24)
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)

        footer = QHBoxLayout()
        footer.addWidget(self.position_label)
        footer.addWidget(self.progress, 1)
        footer.addWidget(self.time_left)

        row = QHBoxLayout()
        for signal in BUTTONS:
            if signal == SECONDARY[0]:
                row.addStretch(1)
            text, said, shortcut = button_texts(signal)
            button = QPushButton(text)
            button.setObjectName(f"{signal}Button")
            button.setAccessibleName(said)
            button.setToolTip(f"{said} ({shortcut})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the player, not a button
            button.clicked.connect(getattr(self, signal).emit)
            self.buttons[signal] = button
            row.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice_label)
        layout.addLayout(middle, 1)
        layout.addLayout(footer)
        layout.addLayout(row)

    # --- size ---------------------------------------------------------------------------

    def scale(self, unit: float) -> None:
        """Every size for a window ``unit`` times as large as 1280×800 (clamped)."""
        unit = min(max(unit, 0.55), 2.5)
        self.unit = unit

        def px(name: str) -> int:
            return round(SIZES[name] * unit)

        self.phase_label.set_pixels(px("phase"))
        self.counter_label.set_pixels(px("counter"))
        self.exercise_label.set_pixels(px("exercise"))
        self.exercise_label.setFixedHeight(round(px("exercise") * 2.5))
        _set_pixels(self.side_word, px("side_word"), True)
        _set_pixels(self.side_badge, round(px("badge") * 0.55), True)
        self.side_badge.setFixedSize(px("badge"), px("badge"))
        _set_pixels(self.notice_label, px("notice"), True)
        for label in (self.position_label, self.time_left):
            _set_pixels(label, px("footer"), label is self.time_left)
        # Wide enough for any time left, and fixed: its text changes every second, and a
        # label of a size of its own would have the whole page laid out again each time.
        metrics = self.time_left.fontMetrics()
        self.time_left.setFixedSize(
            metrics.horizontalAdvance(time_left_template().format(time="88:88")) + 4,
            metrics.height(),
        )
        self.progress.setFixedHeight(max(10, round(20 * unit)))
        self.setup_label.set_pixels(px("setup"))
        self.setup_label.setFixedHeight(round(px("setup") * 2.5))  # two lines
        self.step_label.set_pixels(px("step"))
        self._style_badge()
        self._style_buttons()

    def changeEvent(self, change: QEvent) -> None:  # noqa: N802
        super().changeEvent(change)
        if change.type() == QEvent.Type.PaletteChange:  # the theme changed mid-workout
            self._style_notice()
            self._style_badge()
            self._style_buttons()

    def _style_notice(self) -> None:
        # Not emphasis.notice_label: its follower would see this page's every paint in Python.
        # (The label's new style sheet changes its own palette, never this page's: no loop.)
        self.notice_label.setStyleSheet(notice_style_sheet(palette_scheme(self.palette())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Its sizes follow the window's (scale): its layout's minimum at today's scale would
        # hold the window at that size (German buttons drawn for 1280 px need 1051).
        return super().minimumSizeHint().boundedTo(SMALLEST_PAGE)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.scale(min(self.width() / 1264, self.height() / 736))
        self.flash_edges.place(self.unit)

    def _style_badge(self) -> None:
        fill = side_colour(self._side, self.palette())
        colour = fill.name()
        radius = self.side_badge.width() // 2
        # The letter in white on the deep colours, near-black on the light ones (dark theme).
        letter = "#101010" if fill.lightness() > 140 else "white"
        self.side_badge.setStyleSheet(
            f"background:{colour}; color:{letter}; border-radius:{radius}px;"
        )
        self.side_word.setStyleSheet(f"color:{colour};")

    def _style_buttons(self) -> None:
        """Style sheets only when the prominent button, the size or the accent changed: a
        style sheet costs a restyle, and a phase change must reach the screen at once."""
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight).name()
        # The accent's own text colour: white on the light theme's deep blue, near-black on
        # the dark theme's light blue (white there read at about 2:1).
        on_accent = palette.color(QPalette.ColorRole.HighlightedText).name()
        styled = (self._primary, self.unit, accent, on_accent)
        if styled == self._styled:
            return
        self._styled = styled
        for signal, button in self.buttons.items():
            if signal == self._primary:
                size, pad = round(SIZES["primary"] * self.unit), round(12 * self.unit)
                style = (
                    f"QPushButton {{ font-size:{size}px; font-weight:bold; color:{on_accent}; "
                    f"background:{accent}; border-radius:6px; padding:{pad // 2}px {pad * 2}px; }}"
                )
            else:
                size, pad = round(SIZES["button"] * self.unit), round(8 * self.unit)
                style = f"QPushButton {{ font-size:{size}px; padding:{pad // 2}px {pad}px; }}"
            button.setStyleSheet(style)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.hasFocus():  # the keys act here: a frame in the accent says so
            paint_focus_frame(self)

    # --- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """The player's keys; the buttons take no focus, so the keys always reach here."""
        name = KEYS.get(Qt.Key(event.key()))
        if (
            name is None
            or event.modifiers()
            & ~Qt.KeyboardModifier.KeypadModifier
            & ~Qt.KeyboardModifier.ShiftModifier
        ):
            super().keyPressEvent(event)
            return
        event.accept()
        getattr(self, name).emit()

    # --- what is shown --------------------------------------------------------------------

    def show_phase(self, shown: Shown) -> None:
        """A phase begins (or pauses, or resumes)."""
        # Paused is what matters most from the mat; the counter keeps saying where it is.
        self.phase_label.setText(self._paused if shown.paused else shown.title)
        self.counter_label.setText(shown.counter)
        self.exercise_label.setText(shown.exercise)
        self._side = shown.side
        letter = {"left": "L", "right": "R"}.get(shown.side, "")
        self.side_badge.setText(letter)
        self.side_badge.setAccessibleName(side_name(shown.side if letter else "both"))
        self.side_badge.setVisible(bool(letter))
        self.side_word.setText(side_word(shown.side))
        self.side_word.setVisible(bool(letter))
        colour = side_colour(shown.side, self.palette())
        self.ring.set_colour(colour)
        self.setup_label.setText(shown.setup or "")
        self.setup_label.set_colour(colour)
        self.setup_label.setVisible(bool(shown.setup))
        self.step_label.setText(shown.step)
        self.position_label.setText(shown.position)
        self.buttons["pause"].setText(self._resume if shown.paused else self._pause)
        visible = {
            "extend": shown.timed,
            "complete": shown.self_paced,
            "fix": shown.can_fix,
        }
        for name, on in visible.items():
            self.buttons[name].setVisible(on)
        self._primary = "complete" if shown.self_paced and not shown.paused else "pause"
        keys = keys_text(self.buttons, self)
        if keys != self.accessibleDescription():
            self.setAccessibleDescription(keys)
        if colour.name() != self._badge_colour:
            self._badge_colour = colour.name()
            self._style_badge()
        self._style_buttons()

    def prepare(self, shown: Shown) -> None:
        """Lay out the words of a phase to come (see :meth:`FitText.prepare`)."""
        self.phase_label.prepare(self._paused if shown.paused else shown.title)
        self.counter_label.prepare(shown.counter)
        self.exercise_label.prepare(shown.exercise)
        self.setup_label.prepare(shown.setup or "")
        box = self.step_label.contentsRect()
        if bool(shown.setup) != self.setup_label.isVisibleTo(self):
            # The set-up line comes (or goes) with that phase: the step's box will change.
            room = self.setup_label.height() + self._words.spacing()
            box.setHeight(box.height() - room if shown.setup else box.height() + room)
        self.step_label.prepare(shown.step, box)

    def show_step(self, text: str) -> None:
        """The step text alone (a rep moving on to its next step)."""
        self.step_label.setText(text)

    def show_notices(self, lines: list[str]) -> None:
        self.notice_label.setText("\n".join(f"⚠ {line}" for line in lines))
        self.notice_label.setVisible(bool(lines))

    @property
    def flashing(self) -> bool:
        return self.flash_edges.flashing

    def flash_phase(self, colour: str) -> None:
        """A visual mark of the phase change (for when the sound is off)."""
        self.flash_edges.flash(QColor(colour))

    def end_flash(self) -> None:
        self.flash_edges.end()

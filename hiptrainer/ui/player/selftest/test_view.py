"""What the runner sees while a self-test plays, readable from the mat as the player is.

On the left what is happening in a word (Get ready, Hold, Count, Rest) and the large count:
the seconds of a countdown or a rest going down, the seconds held going up, the reps tapped.
On the right the test, the side (its badge in the side's colour), the picture, and the line
that matters now: where the body goes before a side, how the count ends during it. The keys
are on the buttons; the one that ends the effort stands out.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hiptrainer.ui.player.emphasis import notice_label
from hiptrainer.ui.player.fit_text import FitText
from hiptrainer.ui.player.playing_view import side_colour
from hiptrainer.ui.player.ring import PhaseRing
from hiptrainer.ui.style.tokens import SPACE_S, SPACE_XL
from hiptrainer.ui.widgets.figure_view import FigureView
from hiptrainer.ui.widgets.flow_layout import FlowLayout

# (signal, label, key shown, accessible name), in English: translated (context
# "SelfTestView") when the buttons are made.
BUTTONS = (
    (
        "stop",
        QT_TRANSLATE_NOOP("SelfTestView", "Stop ■"),
        QT_TRANSLATE_NOOP("SelfTestView", "Space"),
        QT_TRANSLATE_NOOP("SelfTestView", "Stop the clock: the side's result is what it shows"),
    ),
    (
        "pause",
        QT_TRANSLATE_NOOP("SelfTestView", "Pause"),
        QT_TRANSLATE_NOOP("SelfTestView", "Space"),
        QT_TRANSLATE_NOOP("SelfTestView", "Pause or resume the countdown or rest"),
    ),
    (
        "tap",
        QT_TRANSLATE_NOOP("SelfTestView", "+1 rep"),
        QT_TRANSLATE_NOOP("SelfTestView", "Enter"),
        QT_TRANSLATE_NOOP("SelfTestView", "Count one rep"),
    ),
    (
        "type_count",
        QT_TRANSLATE_NOOP("SelfTestView", "Type the count…"),
        "T",
        QT_TRANSLATE_NOOP("SelfTestView", "Type the number of reps at the end"),
    ),
    (
        "skip",
        QT_TRANSLATE_NOOP("SelfTestView", "Skip ▶"),
        QT_TRANSLATE_NOOP("SelfTestView", "Right"),
        QT_TRANSLATE_NOOP(
            "SelfTestView", "Skip: the countdown or rest ends; a side skipped is not saved"
        ),
    ),
    (
        "leave",
        QT_TRANSLATE_NOOP("SelfTestView", "Leave"),
        QT_TRANSLATE_NOOP("SelfTestView", "Esc"),
        QT_TRANSLATE_NOOP("SelfTestView", "Leave the test (the sides done are saved)"),
    ),
)
KEYS = {
    Qt.Key.Key_Space: "space",
    Qt.Key.Key_Return: "enter",
    Qt.Key.Key_Enter: "enter",
    Qt.Key.Key_T: "type_count",
    Qt.Key.Key_Right: "skip",
    Qt.Key.Key_Escape: "leave",
}
# Pixel sizes for a 1280×800 window; the page scales them with its size.
SIZES = {"phase": 72, "counter": 36, "name": 36, "badge": 96, "words": 34, "button": 19}


class SelfTestShown(NamedTuple):
    title: str  # "Get ready", "Hold", "Count", "Rest", "Paused"
    counter: str  # "Left side · 1 of 2"
    name: str
    side: str
    words: str  # the set-up line, or how the count ends
    working: str | None  # "hold" or "reps" while the effort is under way
    paused: bool


class SelfTestView(QWidget):
    space = Signal()
    enter = Signal()
    stop = Signal()
    pause = Signal()
    tap = Signal()
    type_count = Signal()
    skip = Signal()
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfTestView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The page has the focus and the keys (its buttons take none): a screen reader gets
        # the test's name and, as the description, the keys that act now.
        self.setAccessibleName(self.tr("Self-test"))
        self.unit = 1.0
        self.notice = QLabel()
        self.notice.setObjectName("testNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        notice_label(self.notice)  # the notice colours of the theme shown, following it
        self.notice.hide()
        self.phase_label = FitText("testPhase", SIZES["phase"], bold=True, one_line=True)
        self.counter_label = FitText("testCounter", SIZES["counter"], one_line=True)
        self.ring = PhaseRing()
        self.name_label = FitText("testName", SIZES["name"], bold=True, one_line=True)
        self.badge = QLabel()
        self.badge.setObjectName("testSideBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_word = QLabel()
        self.side_word.setObjectName("testSideWord")
        self.figure = FigureView()
        self.words = FitText("testWords", SIZES["words"], bold=True)
        self.buttons: dict[str, QPushButton] = {}
        self._side = "left"
        self._primary = ""
        self._lay_out()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.phase_label)
        left.addWidget(self.counter_label)
        left.addWidget(self.ring, 1)
        named = QHBoxLayout()
        named.addWidget(self.name_label, 1)
        named.addWidget(self.side_word)
        named.addWidget(self.badge)
        right = QVBoxLayout()
        right.addLayout(named)
        right.addWidget(self.figure, 5)
        right.addWidget(self.words, 3)
        middle = QHBoxLayout()
        middle.setSpacing(SPACE_XL)
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        # The buttons that act on the test wrap onto a second row when they do not fit (a
        # large font, a long German word): the page keeps to the window's width. Leave keeps
        # the right-hand end, apart from them.
        actions = FlowLayout(spacing=SPACE_S, row_spacing=SPACE_S)
        for signal, text, key, described in BUTTONS:
            button = QPushButton(self.tr(str(text)))
            button.setObjectName(f"{signal}TestButton")
            name = self.tr(str(described))
            button.setAccessibleName(name)
            button.setToolTip(f"{name} ({self.tr(str(key))})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys go to the page
            button.clicked.connect(getattr(self, signal).emit)
            self.buttons[signal] = button
            if signal != "leave":
                actions.addWidget(button)
        row = QHBoxLayout()
        row.setSpacing(SPACE_S)
        row.addLayout(actions, 1)
        row.addWidget(self.buttons["leave"], 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(middle, 1)
        layout.addLayout(row)

    # --- size -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.scale(min(self.width() / 1264, self.height() / 736))

    def scale(self, unit: float) -> None:
        self.unit = min(max(unit, 0.45), 2.5)

        def px(name: str) -> int:
            return round(SIZES[name] * self.unit)

        self.phase_label.set_pixels(px("phase"))
        self.counter_label.set_pixels(px("counter"))
        self.name_label.set_pixels(px("name"))
        self.words.set_pixels(px("words"))
        self.badge.setFixedSize(px("badge"), px("badge"))
        for label, pixels in (
            (self.badge, round(px("badge") * 0.55)),
            (self.side_word, px("counter")),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(9, pixels))
            font.setBold(True)
            label.setFont(font)
        self._style()

    def _style(self) -> None:
        colour = side_colour(self._side, self.palette()).name()
        self.badge.setStyleSheet(
            f"background:{colour}; color:white; border-radius:{self.badge.width() // 2}px;"
        )
        self.side_word.setStyleSheet(f"color:{colour};")
        self.ring.set_colour(side_colour(self._side, self.palette()))
        self.words.set_colour(side_colour(self._side, self.palette()))
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        for signal, button in self.buttons.items():
            size = round(SIZES["button"] * self.unit * (1.5 if signal == self._primary else 1))
            pad = round(8 * self.unit)
            if signal == self._primary:
                style = (
                    f"QPushButton {{ font-size:{size}px; font-weight:bold; color:white; "
                    f"background:{accent}; border-radius:6px; padding:{pad}px {pad * 3}px; }}"
                )
            else:
                style = f"QPushButton {{ font-size:{size}px; padding:{pad // 2}px {pad}px; }}"
            button.setStyleSheet(style)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.hasFocus():  # the keys act here: a ring in the accent says so
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
            painter.end()

    # --- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        name = KEYS.get(Qt.Key(event.key()))
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if name is None or modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            super().keyPressEvent(event)
            return
        event.accept()
        getattr(self, name).emit()

    # --- what is shown ----------------------------------------------------------------------

    def show_phase(self, shown: SelfTestShown) -> None:
        self.phase_label.setText(self.tr("Paused") if shown.paused else shown.title)
        self.counter_label.setText(shown.counter)
        self.name_label.setText(shown.name)
        self._side = shown.side
        letter = {"left": "L", "right": "R"}.get(shown.side, "")
        self.badge.setText(letter)
        side_names = {"left": self.tr("left side"), "right": self.tr("right side")}
        self.badge.setAccessibleName(side_names.get(shown.side, ""))
        self.badge.setVisible(bool(letter))
        side_words = {"left": self.tr("LEFT"), "right": self.tr("RIGHT")}
        self.side_word.setText(side_words.get(shown.side, ""))
        self.words.setText(shown.words)
        visible = {
            "stop": shown.working is not None,
            "pause": shown.working is None,
            "tap": shown.working == "reps",
            "type_count": shown.working == "reps",
        }
        for name, on in visible.items():
            self.buttons[name].setVisible(on)
        self.buttons["pause"].setText(self.tr("Resume") if shown.paused else self.tr("Pause"))
        #: The running test page's name for screen readers: the test's name.
        self.setAccessibleName(self.tr("Self-test: {name}").format(name=shown.name))
        self.setAccessibleDescription(self.keys_text())
        self._primary = "stop" if shown.working == "hold" else "tap" if shown.working else ""
        self._style()

    def keys_text(self) -> str:
        """What each key does now ("Space: Pause or resume …; Right: Skip …")."""
        lines = []
        for signal, _text, key, described in BUTTONS:
            if self.buttons[signal].isVisibleTo(self):
                #: A key and what it does, in the running test's description.
                line = self.tr("{key}: {action}")
                lines.append(line.format(key=self.tr(str(key)), action=self.tr(str(described))))
        return "; ".join(lines)

    def show_count(self, number: str, fraction: float, caption: str) -> None:
        self.ring.show_value(number, fraction, caption)

    def show_notices(self, lines: list[str]) -> None:
        self.notice.setText("\n".join(f"⚠ {line}" for line in lines))
        self.notice.setVisible(bool(lines))

"""The first-run welcome: why hips and glutes matter to a runner, a health note accepted once,
and the way to the warm-up.

The note counts as accepted only through a button ("I understand", or "Start with the
warm-up", which says that it confirms the note too); Esc or closing the window leaves it
unaccepted, and the welcome comes back at the next start. The window behind stays usable
either way. :data:`WELCOME_VERSION` is stored in the settings when accepted: raising it (when
the note's words change) asks everyone again.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.settings import Settings
from hiptrainer.ui.style.tokens import scaled_font

# The health note's version; the settings keep the one the user accepted.
WELCOME_VERSION = 1
# The routine the welcome points a new user to.
WARMUP_ID = "runners_hip_warmup"

# "not_accepted": Esc or the window closed; "accepted": I understand; "warmup": accepted,
# and the user wants the Train tab with the warm-up chosen.
WelcomeChoice = Literal["not_accepted", "accepted", "warmup"]

# The dialog's words (translated where shown: _tr). Written for HipTrainer from the facts of
# the founding article (Landice, 2020).
TITLE = str(QT_TRANSLATE_NOOP("WelcomeDialog", "Welcome to HipTrainer"))
WHY = str(
    QT_TRANSLATE_NOOP(
        "WelcomeDialog",
        "Each running stride lands on one leg with a force of two to three times your body "
        "weight. The muscles around the hip (the three glutes: maximus, medius and minimus, "
        "with the abductors on the outside of the thigh and the adductors on the inside) hold "
        "your pelvis level as you land and steer the thigh as it turns in the socket. When they "
        "are weak, the hip drops on every step and the hamstrings and lower back take over work "
        "that is not theirs, a common road to strain and pain. A few minutes of hip and glute "
        "work, before a run or after it, keeps the stride steady.",
    )
)
HEALTH_HEADING = str(QT_TRANSLATE_NOOP("WelcomeDialog", "Before you start"))
HEALTH_POINTS = (
    str(
        QT_TRANSLATE_NOOP(
            "WelcomeDialog", "Stop at once if you feel sharp pain, dizziness or chest pain."
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "WelcomeDialog",
            "HipTrainer gives general exercise information. It is not a substitute for a doctor "
            "or physiotherapist: ask one first if you have an injury or a health condition, and "
            "about pain that does not go away.",
        )
    ),
)
#: Above the two buttons "Start with the warm-up" and "I understand".
CONFIRM = str(
    QT_TRANSLATE_NOOP("WelcomeDialog", "Either button below confirms that you have read this note.")
)


def _tr(text: str) -> str:
    """One of the texts above in the interface's language."""
    return QCoreApplication.translate("WelcomeDialog", text)


def welcome_needed(settings: Settings) -> bool:
    """True until the current health note has been accepted."""
    return settings.welcome_accepted < WELCOME_VERSION


def record_acceptance(settings: Settings) -> None:
    settings.welcome_accepted = WELCOME_VERSION


class WelcomeDialog(QDialog):
    """The welcome page; :attr:`choice` says how it was left."""

    def __init__(self, warmup_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(_tr(TITLE))
        self.choice: WelcomeChoice = "not_accepted"
        em = self.fontMetrics().horizontalAdvance("m")
        self.setMinimumWidth(36 * em)

        heading = QLabel(_tr(TITLE))
        heading.setFont(scaled_font(heading.font(), "title"))
        heading.setWordWrap(True)
        subheading = self._text(self.tr("Why your hips and glutes matter when you run"))
        bold = subheading.font()
        bold.setBold(True)
        subheading.setFont(bold)
        self.why = self._text(_tr(WHY))

        note = QFrame()
        note.setObjectName("healthNote")
        note.setFrameShape(QFrame.Shape.StyledPanel)
        note_layout = QVBoxLayout(note)
        note_heading = self._text(_tr(HEALTH_HEADING))
        note_heading.setFont(bold)
        note_layout.addWidget(note_heading)
        self.health = QLabel(
            "<ul style='margin-left: 0; -qt-list-indent: 1'>"
            + "".join(f"<li>{html.escape(_tr(point))}</li>" for point in HEALTH_POINTS)
            + "</ul>"
        )
        self.health.setTextFormat(Qt.TextFormat.RichText)
        self.health.setWordWrap(True)
        note_layout.addWidget(self.health)

        if warmup_name is not None:
            # The routine's name comes from the catalogue: shown as written, never as markup.
            pointer = self.tr(
                "New here? Start with the “{routine}”, a short routine to do before a run. The "
                "Train tab shows its exercises and how long it takes."
            ).format(routine=warmup_name)
        else:
            pointer = self.tr("New here? Pick a routine on the Train tab (Ctrl+2).")
        self.pointer = self._text(pointer)
        self.confirm = self._text(_tr(CONFIRM))

        # A plain row, not a button box: Qt's box put I understand before the warm-up on
        # screen while Tab went by the order the buttons were added, and passed over the
        # warm-up button altogether. Here Tab goes left to right, as they are shown.
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.warmup_button = QPushButton(self.tr("Start with the &warm-up"))
        self.warmup_button.setToolTip(
            self.tr("Confirms the note, then opens the Train tab on the warm-up")
        )
        self.warmup_button.clicked.connect(lambda: self._leave("warmup"))
        row.addWidget(self.warmup_button)
        self.warmup_button.setVisible(warmup_name is not None)
        self.accept_button = QPushButton(self.tr("&I understand"))
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(lambda: self._leave("accepted"))
        row.addWidget(self.accept_button)

        # The words scroll (at 200% on a small screen, or with a large font, they may not
        # fit); the confirmation and the buttons stay in sight below them.
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, subheading, self.why, note, self.pointer):
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)
        self.words_area = QScrollArea()
        self.words_area.setWidget(self.body)
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QFrame.Shape.NoFrame)
        self.words_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab stops here so the arrow keys can scroll words that do not fit.
        self.words_area.setAccessibleName(self.tr("Welcome and health note"))
        self.words_area.setAccessibleDescription(
            self.tr("Why hip and glute strength matters, and when to stop; the arrows scroll.")
        )
        self.buttons = buttons
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.words_area, 1)
        self.outer.addWidget(self.confirm)
        self.outer.addWidget(buttons)
        self.accept_button.setFocus()

    def sizeHint(self) -> QSize:  # noqa: N802
        """Wide enough for lines of a comfortable length, tall enough for all the words at
        that width (so they only scroll where the screen is too small for them)."""
        em = self.fontMetrics().horizontalAdvance("m")
        width = max(self.minimumWidth(), 44 * em)
        margins = self.outer.contentsMargins()
        inner = width - margins.left() - margins.right()
        height = (
            self.body_layout.totalHeightForWidth(inner)
            + self.confirm.heightForWidth(inner)
            + self.buttons.sizeHint().height()
            + 2 * max(self.outer.spacing(), 0)
            + margins.top()
            + margins.bottom()
        )
        screen = self.screen().availableGeometry()
        return QSize(min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10))

    def _text(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _leave(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()


def show_welcome(
    parent: QWidget, warmup_name: str | None, on_choice: Callable[[WelcomeChoice], None]
) -> WelcomeDialog:
    """Open the welcome over ``parent`` (window-modal, without blocking: the caller returns
    to the event loop) and call ``on_choice`` once it is left, however that happens."""
    dialog = WelcomeDialog(warmup_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: on_choice(dialog.choice))
    dialog.open()
    return dialog

"""The playing page's buttons in the interface's language: each one's label, the name a
screen reader says, and its key as Qt names it (the buttons take no focus: the keys act)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

#: The buttons in their row, by the signal each emits.
BUTTONS = ("back", "pause", "extend", "complete", "skip", "fix", "fullscreen", "leave")


def button_texts(signal: str) -> tuple[str, str, str]:
    """(label, accessible name, key) of the button emitting ``signal``, translated."""
    label, name, key = {
        "back": (
            QCoreApplication.translate("PlayingView", "◀ Back"),
            QCoreApplication.translate(
                "PlayingView", "Back: restart this phase, or go to the previous one"
            ),
            "Left",
        ),
        "pause": (
            QCoreApplication.translate("PlayingView", "Pause"),
            QCoreApplication.translate("PlayingView", "Pause or resume"),
            "Space",
        ),
        "extend": (
            QCoreApplication.translate("PlayingView", "+10 s"),
            QCoreApplication.translate("PlayingView", "Add ten seconds"),
            "+",
        ),
        "complete": (
            QCoreApplication.translate("PlayingView", "Done ✓"),
            QCoreApplication.translate("PlayingView", "Set done"),
            "Enter",
        ),
        "skip": (
            QCoreApplication.translate("PlayingView", "Skip ▶"),
            QCoreApplication.translate("PlayingView", "Skip this phase"),
            "Right",
        ),
        "fix": (
            QCoreApplication.translate("PlayingView", "Fix last set"),
            QCoreApplication.translate("PlayingView", "Correct the reps or hold of the last set"),
            "C",
        ),
        "fullscreen": (
            QCoreApplication.translate("PlayingView", "Full screen"),
            QCoreApplication.translate("PlayingView", "Full screen on or off"),
            "F11",
        ),
        "leave": (
            QCoreApplication.translate("PlayingView", "Leave"),
            QCoreApplication.translate("PlayingView", "Leave the workout"),
            "Esc",
        ),
    }[signal]
    return label, name, QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def side_word(side: str) -> str:
    """The side under the badge, in capitals ("LEFT"), translated; '' for both sides."""
    if side == "left":
        return QCoreApplication.translate("PlayingView", "LEFT")
    if side == "right":
        return QCoreApplication.translate("PlayingView", "RIGHT")
    return ""

"""A 0–10 score (effort, pain) that starts out "not given": left alone, it means unknown.

Unknown is stored as NULL, never as 0, which would claim "no pain". The spin box keeps the
keyboard: ↑ or a digit gives a score, ↓ to the bottom takes it away again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSpinBox

NOT_GIVEN = -1
NOT_GIVEN_TEXT = "not given"


class ScoreBox(QSpinBox):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # A digit typed over "not given" replaces it (the words are not there to edit).
        if self.value() == NOT_GIVEN and event.text().isdigit():
            self.selectAll()
        super().keyPressEvent(event)


def score_box(name: str, object_name: str = "") -> QSpinBox:
    box = ScoreBox()
    if object_name:
        box.setObjectName(object_name)
    box.setRange(NOT_GIVEN, 10)
    not_given = QCoreApplication.translate("ScoreBox", "not given")
    box.setSpecialValueText(not_given)
    box.setValue(NOT_GIVEN)
    box.setAccessibleName(name)
    tip = QCoreApplication.translate("ScoreBox", "{name}; “{not_given}” leaves it out")
    box.setToolTip(tip.format(name=name, not_given=not_given))
    return box


def score(box: QSpinBox) -> int | None:
    """The score in ``box``, or None if the user did not give one."""
    return None if box.value() == NOT_GIVEN else box.value()


def clear_score(box: QSpinBox) -> None:
    box.setValue(NOT_GIVEN)

"""This morning's pain, asked after a workout day: Enter without a score answers nothing (it is
stored as unknown, never as "no pain"); a score given by keyboard is the answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QSpinBox
from pytestqt.qtbot import QtBot

from hiptrainer.ui.player.score import score
from hiptrainer.ui.prompts import DialogPrompts, pain_question, sets_saved_text


def test_enter_without_a_score_answers_nothing(qtbot: QtBot) -> None:
    dialog, box = pain_question(None, "2026-03-01")
    qtbot.addWidget(dialog)
    dialog.show()
    assert box.text() == "not given"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert score(box) is None


def test_a_score_typed_or_stepped_is_the_answer(qtbot: QtBot) -> None:
    dialog, box = pain_question(None, "2026-03-01")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(box, "3")
    assert score(box) == 3
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert score(box) == 0  # "no pain", said on purpose
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert score(box) is None  # one more step down: not given again


def answer_when_asked(qtbot: QtBot, act: Callable[[QDialog, QSpinBox], None]) -> None:
    """Answer the modal question from inside its own event loop, as a user would."""

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
        try:
            dialog = next(d for d in dialogs if d.objectName() == "morningPainDialog")
            box = dialog.findChild(QSpinBox, "morningPain")
            assert box is not None
            act(dialog, box)
        finally:
            for open_dialog in dialogs:
                if open_dialog.isVisible():
                    open_dialog.reject()  # never leave the test waiting on a dialog

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [("", None), ("4", 4)],
)
def test_the_morning_question_returns_the_score_or_none(
    qtbot: QtBot, keys: str, expected: int | None
) -> None:
    def act(dialog: QDialog, box: QSpinBox) -> None:
        qtbot.keyClicks(box, keys)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_when_asked(qtbot, act)
    assert DialogPrompts().morning_pain("2026-03-01") == expected


def test_not_now_answers_nothing(qtbot: QtBot) -> None:
    def act(dialog: QDialog, box: QSpinBox) -> None:
        qtbot.keyClicks(box, "6")
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    answer_when_asked(qtbot, act)
    assert DialogPrompts().morning_pain("2026-03-01") is None


def test_the_interrupted_question_counts_in_words() -> None:
    assert sets_saved_text(1) == "1 set or hold was saved"
    assert sets_saved_text(3) == "3 sets and holds were saved"

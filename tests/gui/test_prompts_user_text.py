"""The resume question names the routine, which may be the user's own: shown as written."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hiptrainer.ui.prompts import DialogPrompts

MARKUP = "<img src='file:///etc/passwd'><b>My</b> & routine"


def test_the_resume_question_shows_a_routine_name_literally(qtbot: QtBot) -> None:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        later = next(b for b in box.buttons() if b.text() == "&Not now")
        later.click()

    QTimer.singleShot(0, answer)
    assert DialogPrompts().interrupted(MARKUP, "today at 07:00", 3) == "later"
    assert len(seen) == 1
    assert "&lt;img src=&#x27;file:///etc/passwd&#x27;&gt;&lt;b&gt;My&lt;/b&gt; &amp;" in seen[0]
    assert "<img" not in seen[0]

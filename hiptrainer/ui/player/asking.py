"""The Train tab's two questions as dialogs: leave the workout? how much was the last set?

Tests hand the tab their own answers instead (``confirm_leave``, ``ask_number``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def ask_yes(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def ask_number(
    parent: QWidget, title: str, question: str, current: float, top: int
) -> float | None:
    """A whole number from 0 to ``top``, starting at ``current``; None if cancelled."""
    value, ok = QInputDialog.getInt(parent, title, question, round(current), 0, top)
    return float(value) if ok else None

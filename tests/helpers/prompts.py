"""A stand-in for the start-up dialogs that records what it was asked."""

from __future__ import annotations

from pathlib import Path

from hiptrainer.ui.prompts import Choice


class FakePrompts:
    def __init__(self, choice: Choice = "empty") -> None:
        self.choice = choice
        self.calls: list[tuple[str, str]] = []
        self.offered_backup: Path | None = None

    def already_running(self, message: str) -> None:
        self.calls.append(("already_running", message))

    def damaged(self, message: str, moved_to: Path, backup: Path | None) -> Choice:
        self.calls.append(("damaged", message))
        self.moved_to = moved_to
        self.offered_backup = backup
        return self.choice

    def problem(self, message: str) -> None:
        self.calls.append(("problem", message))

    resume_choice: str = "later"
    pain_answer: int | None = None

    def interrupted(self, workout: str, started: str, sets_done: int) -> str:
        self.calls.append(("interrupted", f"{workout}|{sets_done}"))
        return self.resume_choice

    def morning_pain(self, day: str) -> int | None:
        self.calls.append(("morning_pain", day))
        return self.pain_answer

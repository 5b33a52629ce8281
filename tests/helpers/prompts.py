"""A stand-in for the start-up dialogs that records what it was asked."""

from __future__ import annotations

from pathlib import Path

from hiptrainer.ui.prompts import Choice, Resume


class FakePrompts:
    """Answers each question with what a test set beforehand: ``choice`` for a damaged
    database, ``resume_choice`` for an interrupted session, ``pain_answer`` for the morning's
    pain (None: not given)."""

    #: Where the damaged database was moved: set once :meth:`damaged` was asked.
    moved_to: Path

    def __init__(self, choice: Choice = "empty") -> None:
        self.choice = choice
        self.resume_choice: Resume = "later"
        self.pain_answer: int | None = None
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

    def interrupted(self, workout: str, started: str, sets_done: int) -> Resume:
        self.calls.append(("interrupted", f"{workout}|{sets_done}"))
        return self.resume_choice

    def morning_pain(self, day: str) -> int | None:
        self.calls.append(("morning_pain", day))
        return self.pain_answer

"""What ``--smoke-test`` watches for: every error while the window starts, and no dialogs.

The smoke test is what packaging checks and benchmarks run, so it must fail where a user
would meet a problem: an exception in a slot or an event handler (Qt only prints those), an
error written to the log, a critical Qt message, or a start-up question that would open a
dialog and wait for an answer nobody will give.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

if TYPE_CHECKING:  # the smoke test is timed: what is only named here is not imported
    from types import TracebackType

    from PySide6.QtCore import QMessageLogContext

    from hiptrainer.ui.prompts import Choice, Resume


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "(no message)")


class StartupWatch(logging.Handler):
    """Collects the problems of a start-up; :meth:`report` turns them into one line."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.problems: list[str] = []

    def install(self) -> StartupWatch:
        logging.getLogger().addHandler(self)
        self._previous_hook = sys.excepthook
        sys.excepthook = self._uncaught
        self._previous_handler = qInstallMessageHandler(self._qt_message)
        return self

    def uninstall(self) -> None:
        """Put back what was there before (a test harness may have its own hooks)."""
        logging.getLogger().removeHandler(self)
        sys.excepthook = self._previous_hook
        qInstallMessageHandler(self._previous_handler)

    def emit(self, record: logging.LogRecord) -> None:
        line = first_line(record.getMessage())
        if line not in self.problems:  # one problem is often logged where met and where shown
            self.problems.append(line)

    def _uncaught(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        # Qt calls Python slots and event handlers from C++ and carries on after an
        # exception; here the exception is the finding, so keep it (and its traceback in
        # the log, through the handler's own record).
        text = "".join(traceback.format_exception(kind, value, tb))
        logging.getLogger("hiptrainer").error(
            "Unexpected error: %s: %s\n%s", kind.__name__, value, text
        )

    def _qt_message(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            logging.getLogger("hiptrainer.qt").error("Qt: %s", message)

    def report(self, log_file: Path) -> str | None:
        """One line saying what went wrong, or None if nothing did."""
        if not self.problems:
            return None
        more = len(self.problems) - 1
        tail = (
            f" (and {more} more problem{'s' if more > 1 else ''}; see {log_file})" if more else ""
        )
        return f"smoke test failed: {self.problems[0]}{tail}"


class HeadlessPrompts:
    """Start-up questions answered without a dialog: every question is a finding."""

    def __init__(self) -> None:
        self.log = logging.getLogger("hiptrainer")

    def already_running(self, message: str) -> None:
        self.log.error("%s", message)

    def damaged(self, message: str, moved_to: Path, backup: Path | None) -> Choice:
        self.log.error("%s", message)
        return "quit"

    def problem(self, message: str) -> None:
        self.log.error("%s", message)

    def interrupted(self, workout: str, started: str, sets_done: int) -> Resume:
        return "later"

    def morning_pain(self, day: str) -> int | None:
        return None

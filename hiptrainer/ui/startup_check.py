"""What ``--smoke-test`` watches for: every error while the window starts, and no dialogs.

The smoke test is what packaging checks and benchmarks run, so it must fail where a user
would meet a problem: an exception in a slot or an event handler (Qt only prints those), an
error written to the log, a critical Qt message (``ui.app`` routes Qt's messages into the
log, a critical one as an error), or a start-up question that would open a dialog and wait
for an answer nobody will give.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the smoke test is timed: what is only named here is not imported
    from types import TracebackType

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
        return self

    def uninstall(self) -> None:
        """Put back what was there before (a test harness may have its own hooks)."""
        logging.getLogger().removeHandler(self)
        sys.excepthook = self._previous_hook

    def emit(self, record: logging.LogRecord) -> None:
        line = first_line(record.getMessage())
        if record.name == "qt":  # routed by ui.app: say whose message it is
            line = f"Qt: {line}"
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

    def report(self, log_file: Path | None) -> str | None:
        """One line saying what went wrong, or None if nothing did (``log_file``: where the
        others are; None when the log went to stderr)."""
        if not self.problems:
            return None
        more = len(self.problems) - 1
        where = f"see {log_file}" if log_file is not None else "see above"
        tail = f" (and {more} more problem{'s' if more > 1 else ''}; {where})" if more else ""
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

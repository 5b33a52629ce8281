"""What the running app hooks into Python and Qt: Qt's own messages into the log, and
uncaught exceptions into the log and the crash dialog. ``run_gui`` installs both and puts
them back when it ends."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType

    from PySide6.QtCore import QMessageLogContext

    from hiptrainer.ui.crash import CrashReporter

#: Qt's message types as logging levels (a Qt "critical" is an error that Qt survived).
QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class QtMessages:
    """Qt's own messages (a missing plugin, a bad stylesheet) into the log, as logger "qt".

    A handler that was installed before (pytest-qt's, which fails a test on a warning) still
    gets each message: this one only adds the log.
    """

    def __init__(self) -> None:
        self.logger = logging.getLogger("qt")
        self._previous: Callable[[QtMsgType, QMessageLogContext, str], object] | None = None

    def install(self) -> QtMessages:
        self._previous = qInstallMessageHandler(self._handle)
        return self

    def uninstall(self) -> None:
        qInstallMessageHandler(self._previous)

    def _handle(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = QT_LEVELS.get(kind, logging.WARNING)
        if context.category and context.category != "default":
            self.logger.log(level, "%s: %s", context.category, message)
        else:
            self.logger.log(level, "%s", message)
        if self._previous is not None:
            self._previous(kind, context, message)


class CrashHook:
    """``sys.excepthook`` that logs a bug and shows the crash dialog (``ui.crash``, imported
    with the first exception: a start without one never pays for it)."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self.reporter: CrashReporter | None = None
        self._previous = sys.excepthook

    def install(self) -> CrashHook:
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if self.reporter is None:
            from hiptrainer.ui.crash import CrashReporter

            self.reporter = CrashReporter(self.log_file)
        self.reporter(kind, value, tb)

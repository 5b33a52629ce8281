"""The crash dialog: what a bug shows the user instead of vanishing into stderr.

``sys.excepthook`` gets every exception nobody caught, including those Qt reports from a
slot or an event handler. Each is logged with its traceback; the first one opens a small,
non-modal dialog that says what happened in one sentence, where the log is, and offers the
details for a bug report. The hook returns at once, so the event loop (and a workout in
progress) carries on. Another exception while the dialog is open is logged only: one bug often
raises again on every repaint, and a stack of dialogs would hide the window.

This module is imported on the first exception, not at start-up.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from types import TracebackType

log = logging.getLogger("hiptrainer")


def what_happened(value: BaseException) -> str:
    """One plain sentence: that it was a bug, and its type and first line (for searching)."""
    message = next((line.strip() for line in str(value).splitlines() if line.strip()), "")
    name = type(value).__name__
    said = f"{name}: {message}" if message else name
    #: {error} is the error's type and message, in English ("KeyError: 'left'").
    sentence = QCoreApplication.translate(
        "CrashDialog",
        "HipTrainer ran into an error in its own code ({error}) and stopped what it was doing.",
    )
    return sentence.format(error=said)


def crash_details(traceback_text: str, log_file: Path | None) -> str:
    """What a bug report needs: versions, the platform and the traceback."""
    import platform

    import PySide6
    from PySide6.QtCore import qVersion

    from hiptrainer import __version__

    app = QGuiApplication.instance()
    display = QGuiApplication.platformName() if app is not None else "no display"
    return "\n".join(
        [
            f"HipTrainer {__version__}",
            f"Python {platform.python_version()} ({platform.python_implementation()})",
            f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
            f"Platform: {platform.platform()} ({display})",
            f"Log: {log_file if log_file is not None else 'not written'}",
            "",
            traceback_text.rstrip(),
        ]
    )


class CrashDialog(QDialog):
    """What happened, what is safe, where the log is: Copy details, Open log folder, Close."""

    def __init__(
        self,
        sentence: str,
        details: str,
        log_file: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("HipTrainer hit a problem"))
        self.details = details
        self.log_file = log_file
        em = self.fontMetrics().horizontalAdvance("m")
        self.setMinimumWidth(34 * em)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        self.sentence = self._text(sentence)  # the message may quote the user's own text
        heading = self.sentence.font()
        heading.setBold(True)
        self.sentence.setFont(heading)
        self.reassurance = self._text(
            self.tr(
                "Your recorded sets are saved. You can carry on; if something looks wrong, "
                "close HipTrainer and start it again."
            )
        )
        if log_file is not None:
            where = self.tr("The details are in the log:\n{file}").format(file=log_file)
        else:
            where = self.tr(
                "The log could not be written (see the message in the terminal); "
                "use Copy details to keep them."
            )
        self.where = self._text(where)
        self.copied = self._text("")
        self.copied.setObjectName("copiedNote")

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setToolTip(
            self.tr("Copy the versions and the error's details for a bug report")
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("&Open log folder"))
        self.folder_button.clicked.connect(self.open_log_folder)
        if log_file is not None:  # (a button box shows every button it is given)
            buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.folder_button.setParent(self)
            self.folder_button.hide()
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        words = QVBoxLayout()
        for label in (self.sentence, self.reassurance, self.where, self.copied):
            words.addWidget(label)
        words.addStretch(1)
        message = QHBoxLayout()
        message.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        message.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(message, 1)
        layout.addWidget(buttons)
        close.setFocus()

    def _text(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details)
        self.copied.setText(
            self.tr("The details are on the clipboard, ready to paste into a report.")
        )

    def open_log_folder(self) -> None:
        if self.log_file is None:
            return
        folder = self.log_file.parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.copied.setText(
                self.tr("No file manager could open {folder}.").format(folder=folder)
            )


class CrashReporter:
    """Logs every uncaught exception and shows one dialog at a time (``ui.app_hooks.CrashHook``
    makes it ``sys.excepthook``)."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self.dialog: CrashDialog | None = None

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in a terminal: not a bug
            sys.__excepthook__(kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error: %s: %s\n%s", kind.__name__, value, text)
        if self.dialog is not None:
            log.info("The crash dialog is open already; this error is in the log only.")
            return
        if not isinstance(QApplication.instance(), QApplication):
            return  # no window to show it in (before start-up or after the end): logged
        try:
            self.dialog = CrashDialog(
                what_happened(value), crash_details(text, self.log_file), self.log_file
            )
            self.dialog.finished.connect(self._closed)
            self.dialog.show()  # a new window: shown on top (no raise_ needed)
            self.dialog.activateWindow()
        except Exception:  # the dialog's own bug must not hide the first one
            log.exception("The crash dialog could not be shown")
            self.dialog = None

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

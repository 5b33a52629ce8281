"""Where HipTrainer writes what it logs: ``<data dir>/logs``, size-capped, and a hard-crash
trace beside it. No Qt here (the window routes Qt's own messages into this logging).

- ``logs/hiptrainer.log`` holds warnings and errors (info too), rotated at :data:`MAX_BYTES`
  into ``hiptrainer.log.1`` … ``.3``, so a loop that logs on every frame cannot fill a disk.
- ``logs/faults.log`` is open for the whole process for :mod:`faulthandler`: a crash in C
  (a segfault in Qt, an abort) leaves the Python stack there. The next start copies a trace
  it finds into the main log, with the time it was written, and empties the file.
- A folder that cannot be written costs one line on stderr, and logging goes to stderr.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from typing import TYPE_CHECKING

# Each module imported here costs a start about 0.3 ms once the Qt binding is loaded (its
# import hook reads this file's source each time; the binding's name in it costs more): what
# only annotations or a rare path need is imported there.
if TYPE_CHECKING:
    from pathlib import Path
    from typing import IO

LOG_FOLDER = "logs"
LOG_FILE = "hiptrainer.log"
FAULT_FILE = "faults.log"
#: Where versions before the logs folder wrote their log (moved into the folder once).
OLD_LOG_FILE = "hiptrainer.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
#: The most of a previous hard crash's trace copied into the log (a deep stack is ~100 lines).
MOST_FAULT_CHARS = 64_000
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("hiptrainer.logs")


class SizeCappedFile(logging.FileHandler):
    """A log file that starts again once it holds ``max_bytes``, keeping ``backups`` old ones
    (``name.1`` newest). It does what ``logging.handlers.RotatingFileHandler`` does; that
    module imports socket, pickle and queue (about 9 ms, 5% of a start), for nothing here."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:  # a log that cannot rotate still logs (to the same, longer file)
            self.handleError(record)
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            return False
        position = self.stream.tell()
        return position > 0 and position + len(self.format(record)) + 1 > self.max_bytes

    def _rotate(self) -> None:
        self.close()  # FileHandler.emit opens the file again, empty
        for number in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{number}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{number + 1}"))
        if self.backups > 0:
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
        else:
            self.path.unlink(missing_ok=True)


class Logging:
    """What :func:`start_logging` set up, to show the user and to undo it. (A plain class:
    dataclasses is not otherwise imported on the way to the first frame.)"""

    def __init__(self, folder: Path | None, handler: logging.Handler) -> None:
        #: ``<data dir>/logs``, or None when it could not be written (logs go to stderr).
        self.folder = folder
        self.handler = handler
        #: The file faulthandler writes to, kept open for the process; None if another
        #: faulthandler was already set up (``python -X faulthandler``, a test runner).
        self.fault_file: IO[str] | None = None
        self.previous_level = logging.getLogger().level

    @property
    def log_file(self) -> Path | None:
        return self.folder / LOG_FILE if self.folder is not None else None

    def stop(self) -> None:
        """Take the handler off the root logger and close the log (the window's run is over).

        The fault trace stays open until the process ends: a crash while Qt's objects are
        destroyed on the way out leaves its trace too.
        """
        root = logging.getLogger()
        root.removeHandler(self.handler)
        root.setLevel(self.previous_level)
        self.handler.close()


def log_folder(data_dir: Path) -> Path:
    return data_dir / LOG_FOLDER


def start_logging(data_dir: Path, *, faults: bool = True) -> Logging:
    """Log to ``<data dir>/logs/hiptrainer.log`` (stderr if that folder cannot be written),
    and, with ``faults``, let faulthandler write a hard crash's trace to ``logs/faults.log``."""
    folder = log_folder(data_dir)
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _adopt_old_log(data_dir, folder)
        handler = SizeCappedFile(folder / LOG_FILE)
    except OSError as exc:
        sys.stderr.write(
            f"hiptrainer: cannot write logs in {folder}: {exc.strerror or exc}; "
            "logging to the terminal instead\n"
        )
        handler = logging.StreamHandler()
        return _attach(Logging(None, handler))
    setup = _attach(Logging(folder, handler))
    if faults:
        setup.fault_file = _start_fault_trace(folder / FAULT_FILE)
    return setup


def _attach(setup: Logging) -> Logging:
    setup.handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(setup.handler)
    root.setLevel(logging.INFO)
    return setup


def _adopt_old_log(data_dir: Path, folder: Path) -> None:
    """The log of versions before the logs folder becomes its first old log, once; a file
    of that name already there is never replaced."""
    old = data_dir / OLD_LOG_FILE
    target = folder / f"{LOG_FILE}.1"
    if old.is_file() and not target.exists():
        os.replace(old, target)


def _start_fault_trace(path: Path) -> IO[str] | None:
    """Open ``path`` for faulthandler, after copying a trace a hard crash left there into
    the log. Someone else's faulthandler (``-X faulthandler``, pytest) is left in place."""
    if faulthandler.is_enabled():
        return None
    try:
        copied = _copy_last_fault(path)
    except OSError as exc:
        log.warning("Cannot read the trace of an earlier hard crash in %s: %s", path, exc)
        copied = False
    try:
        # Emptied only once its trace is in the log; if that failed, keep it and add to it.
        stream = path.open("w" if copied else "a", encoding="utf-8")
    except OSError as exc:
        log.warning("No trace of hard crashes: cannot write %s: %s", path, exc)
        return None
    faulthandler.enable(file=stream, all_threads=True)
    return stream


def _copy_last_fault(path: Path) -> bool:
    """Log the trace an earlier run's hard crash left in ``path``; True if there is nothing
    left in it to keep (none, or now in the log)."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MOST_FAULT_CHARS)
            written = os.fstat(stream.fileno()).st_mtime
    except FileNotFoundError:
        return True
    text = data.decode("utf-8", "replace").strip()
    if text:
        from datetime import datetime

        when = datetime.fromtimestamp(written).isoformat(sep=" ", timespec="seconds")
        # A warning, not an error: it happened in an earlier run (and --smoke-test fails on
        # errors).
        log.warning("HipTrainer's last run ended in a hard crash (at %s):\n%s", when, text)
    return True

"""Composition root: builds the application object graph and runs the event loop."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from hiptrainer import __version__
from hiptrainer.catalog import CatalogError
from hiptrainer.catalog.cache import load_catalog_cached
from hiptrainer.logs import start_logging
from hiptrainer.settings import load_settings, save_settings
from hiptrainer.storage.errors import StorageError
from hiptrainer.storage.lock import AlreadyRunningError, InstanceLock
from hiptrainer.ui.library import LibraryTab
from hiptrainer.ui.main_window import LazyTab, MainWindow

if TYPE_CHECKING:
    from types import TracebackType

    from PySide6.QtCore import QMessageLogContext

    from hiptrainer.storage.store import Store
    from hiptrainer.ui.crash import CrashReporter
    from hiptrainer.ui.prompts import Prompts
    from hiptrainer.ui.startup_check import StartupWatch
    from hiptrainer.ui.welcome import WelcomeDialog

# What only a crash or --smoke-test needs (traceback, ui.startup_check) is imported there:
# PySide reads the source of every module imported after it, so each costs a start more.

log = logging.getLogger("hiptrainer")

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


class FirstPaint(QObject):
    """Watches a window for its first paint, then runs ``on_painted`` once.

    The window's own paint event comes with the first frame, before its children paint; the
    callback is queued, so it runs after the whole frame has been painted.
    """

    def __init__(self, window: QWidget, on_painted: Callable[[], None]) -> None:
        super().__init__(window)
        self._on_painted = on_painted
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._on_painted)
        return False


def startup_finished() -> None:
    """Start-up is over: what exists now lives for the whole session, so freeze it out of
    the garbage collector's sight and let the collector run again."""
    gc.freeze()
    gc.enable()


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("HipTrainer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("HipTrainer")
    app.setDesktopFileName("io.github.hiptrainer.HipTrainer")
    return app


def build_main_window(data_dir: Path) -> MainWindow:
    """Everything the window needs, created here and passed in (no globals)."""
    catalog = load_catalog_cached(data_dir)
    settings = load_settings(data_dir)
    library = LibraryTab(list(catalog.exercises.values()))

    def train(window: MainWindow) -> QWidget:
        from hiptrainer.ui.player.train_tab import TrainTab

        tab = TrainTab(
            window.catalog,  # with the user's own routines once the data folder is open
            lambda: window.store,
            settings=window.settings,
            sound_folder=data_dir / "cache" / "sounds",
        )
        window.training_data_changed.connect(tab.storage_changed)
        tab.sessionFinished.connect(window.training_data_changed)
        follow_catalog(window, tab)
        return tab

    def progress(window: MainWindow) -> QWidget:
        from hiptrainer.ui.progress.progress_tab import ProgressTab

        tab = ProgressTab(
            window.catalog,
            lambda: window.store,
            window.settings,
            weekly_goal=window.settings.weekly_goal,
        )
        window.training_data_changed.connect(tab.refresh)
        follow_catalog(window, tab)
        tab.start_routine_requested.connect(lambda routine: start_routine(window, routine))
        return tab

    def routines(window: MainWindow) -> QWidget:
        from hiptrainer.ui.routines import build_routines_tab

        tab = build_routines_tab(window)
        follow_catalog(window, tab)
        return tab

    tabs = [
        LazyTab("train", "&Train", train),
        LazyTab("progress", "&Progress", progress),
        # No Alt letter: every letter of "Routines" is taken on some page (Ctrl+4 shows it).
        LazyTab("routines", "Routines", routines),
    ]
    window = MainWindow(library, settings, catalog, tabs)

    def save() -> None:
        try:
            save_settings(data_dir, window.settings)
        except OSError as exc:
            log.warning("Could not save settings in %s: %s", data_dir, exc)

    window.closing.connect(save)
    return window


def follow_catalog(window: MainWindow, tab: QWidget) -> None:
    """Give ``tab`` each new catalogue (the user's items read, imported, edited), if it
    takes one: a tab built before the data folder opened has only the bundled items."""
    take = getattr(tab, "set_catalog", None)
    if callable(take):
        window.catalog_changed.connect(take)
        if window.catalog is not window.bundled:
            take(window.catalog)


def load_definitions(window: MainWindow, store: Store) -> None:
    """Add the user's own exercises and routines, stored in the database, to the window's
    catalogue. An item that cannot be read is left out (logged; the Library says so)."""
    from hiptrainer.catalog.definitions import UserDefinitions

    try:
        definitions = UserDefinitions(store, window.bundled)
    except StorageError as exc:
        log.error("Cannot read your own exercises and routines: %s", exc)
        window.statusBar().showMessage(f"Your own exercises and routines: {exc}")
        return
    window.use_definitions(definitions)


def start_routine(window: MainWindow, workout_id: str) -> None:
    """Show the Train tab and play ``workout_id`` (asked for from another tab)."""
    from hiptrainer.ui.player.train_tab import TrainTab

    train = window.show_tab("train")
    if isinstance(train, TrainTab):
        train.start_routine(workout_id)


def open_data(
    window: MainWindow, data_dir: Path, prompts: Prompts, *, welcome: bool = False
) -> None:
    """Right after the first paint: end start-up, then open the database (see data_startup),
    then, with ``welcome``, the first-run welcome if its health note is not accepted yet."""
    from hiptrainer.ui.data_startup import open_storage

    startup_finished()
    window.library.detail.enable_pictures()
    state = open_storage(data_dir, prompts)
    if state.quit:
        window.close()
        return
    if state.store is not None:
        load_definitions(window, state.store)
    window.attach_storage(state.store, state.problem)
    if state.store is not None:
        from datetime import date

        from hiptrainer.ui.data_startup import follow_up
        from hiptrainer.ui.player.train_tab import TrainTab

        names = {w.id: w.name for w in window.catalog.workouts.values()}
        resume = follow_up(state.store, prompts, window.settings, names, date.today())
        if resume is not None:
            train = window.show_tab("train")
            assert isinstance(train, TrainTab)
            train.resume(*resume)
            # Not over a workout that is playing: the welcome waits for the next start.
            return
    if welcome:
        offer_welcome(window, data_dir)


def offer_welcome(window: MainWindow, data_dir: Path) -> WelcomeDialog | None:
    """The first-run welcome, until its health note is accepted (the window is usable
    behind it; Esc leaves the note unaccepted, so it comes again at the next start)."""
    from hiptrainer.ui import welcome

    if not welcome.welcome_needed(window.settings):
        return None
    warmup = window.catalog.workouts.get(welcome.WARMUP_ID)

    def chosen(choice: welcome.WelcomeChoice) -> None:
        if choice == "not_accepted":
            log.info("The welcome's health note was closed without accepting it")
            return
        welcome.record_acceptance(window.settings)
        try:  # now, not at the close: accepted once means once, even after a crash
            save_settings(data_dir, window.settings)
        except OSError as exc:
            log.warning("Could not save settings in %s: %s", data_dir, exc)
        if choice == "warmup":
            show_warmup(window, welcome.WARMUP_ID)

    return welcome.show_welcome(window, warmup.name if warmup is not None else None, chosen)


def show_warmup(window: MainWindow, workout_id: str) -> None:
    """The Train tab with ``workout_id`` chosen, ready for Start (a workout in progress is
    left as it is)."""
    from hiptrainer.ui.player.train_tab import TrainTab

    train = window.show_tab("train")
    if isinstance(train, TrainTab) and train.session is None:
        train.chooser.select(workout_id)


def _refuse(message: str, prompts: Prompts) -> int:
    log.error("%s", message)
    prompts.problem(message)
    return 1


def run_gui(
    data_dir: Path,
    smoke_test: bool = False,
    prompts: Prompts | None = None,
    *,
    welcome: bool = True,
) -> int:
    """Run the window until it closes; ``--smoke-test`` ends at the first paint, and fails
    (exit 1, one line on stderr) if anything went wrong on the way there.

    A bug on the way shows the crash dialog (never in a smoke test, which fails instead);
    ``welcome`` shows the first-run welcome after the first paint until its health note is
    accepted (never in a smoke test; tests that run the window pass False).
    """
    app = create_application()
    logs = start_logging(data_dir)
    qt_messages = QtMessages().install()
    watch: StartupWatch | None = None
    crash_hook: CrashHook | None = None
    if smoke_test:
        from hiptrainer.ui.startup_check import StartupWatch

        watch = StartupWatch().install()
    else:
        crash_hook = CrashHook(logs.log_file).install()
    try:
        code = _run(
            app, data_dir, smoke_test, prompts or _prompts(smoke_test), welcome and not smoke_test
        )
    finally:
        if watch is not None:
            watch.uninstall()
        if crash_hook is not None:
            crash_hook.uninstall()
        qt_messages.uninstall()
        logs.stop()
    failure = watch.report(logs.log_file) if watch is not None else None
    if failure is not None:
        print(f"hiptrainer: {failure}", file=sys.stderr)
        return 1
    return code


def _prompts(smoke_test: bool) -> Prompts:
    if smoke_test:
        from hiptrainer.ui.startup_check import HeadlessPrompts

        return HeadlessPrompts()
    from hiptrainer.ui.prompts import DialogPrompts

    return DialogPrompts(QApplication.activeWindow)


def _run(
    app: QApplication, data_dir: Path, smoke_test: bool, prompts: Prompts, welcome: bool
) -> int:
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
    except AlreadyRunningError as exc:
        log.info("Second start refused: %s", exc)
        prompts.already_running(str(exc))
        return 1
    except StorageError as exc:  # the lock file cannot be made: a folder or disk problem
        return _refuse(str(exc), prompts)
    try:
        try:
            window = build_main_window(data_dir)
        except CatalogError as exc:
            return _refuse(f"The exercise catalogue is broken: {exc}", prompts)
        if smoke_test:
            # The smoke test measures the way to the first frame; the data opens after it.
            FirstPaint(window, startup_finished)
            FirstPaint(window, QApplication.quit)
        else:
            FirstPaint(window, lambda: open_data(window, data_dir, prompts, welcome=welcome))
        window.show()
        code = app.exec()
        window.close()
        window.detach_storage()
        return code
    finally:
        lock.release()

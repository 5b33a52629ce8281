"""Composition root: builds the application object graph and runs the event loop."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from hiptrainer import __version__
from hiptrainer.catalog import CatalogError
from hiptrainer.catalog.cache import load_catalog_cached
from hiptrainer.logs import start_logging
from hiptrainer.settings import load_settings, save_settings
from hiptrainer.storage.errors import StorageError
from hiptrainer.storage.lock import AlreadyRunningError, InstanceLock
from hiptrainer.ui.app_hooks import CrashHook, QtMessages
from hiptrainer.ui.app_icon import APP_ID, app_icon
from hiptrainer.ui.app_language import translated, translated_selftests, use_locale_of
from hiptrainer.ui.i18n import setup_language
from hiptrainer.ui.library import LibraryTab
from hiptrainer.ui.main_window import LazyTab, MainWindow

if TYPE_CHECKING:
    from hiptrainer.storage.store import Store
    from hiptrainer.ui.progress.progress_tab import ProgressTab
    from hiptrainer.ui.prompts import Prompts
    from hiptrainer.ui.startup_check import StartupWatch
    from hiptrainer.ui.welcome import WelcomeDialog

# What only a crash or --smoke-test needs (traceback, ui.startup_check) is imported there:
# PySide reads the source of every module imported after it, so each costs a start more.

log = logging.getLogger("hiptrainer")


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
    app.setDesktopFileName(APP_ID)  # the icon itself comes after the first frame (open_data)
    return app


def build_main_window(data_dir: Path) -> MainWindow:
    """Everything the window needs, created here and passed in (no globals)."""
    settings = load_settings(data_dir)
    app = QApplication.instance()
    # Before any widget: texts are translated when they are set.
    language = setup_language(app, settings) if app is not None else "en"
    use_locale_of(language)
    catalog = translated(load_catalog_cached(data_dir), language)
    library = LibraryTab(list(catalog.exercises.values()))

    def train(window: MainWindow) -> QWidget:
        from hiptrainer.ui.player.train_tab import TrainTab

        tab = TrainTab(
            window.catalog,  # with the user's own routines once the data folder is open
            lambda: window.store,
            settings=window.settings,
            sound_folder=data_dir / "cache" / "sounds",
            catalog_owner=lambda: window,
            selftests=translated_selftests(language),
        )
        window.training_data_changed.connect(tab.storage_changed)
        tab.tests.saved.connect(window.training_data_changed)  # the self-test charts follow
        window.settings_changed.connect(tab.settings_changed)
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
            selftests=partial(translated_selftests, language),
        )
        window.training_data_changed.connect(tab.refresh)
        window.settings_changed.connect(lambda: follow_goal(window, tab))
        follow_catalog(window, tab)
        tab.start_routine_requested.connect(lambda routine: start_routine(window, routine))
        return tab

    def routines(window: MainWindow) -> QWidget:
        from hiptrainer.ui.routines import build_routines_tab

        tab = build_routines_tab(window)
        follow_catalog(window, tab)
        return tab

    tabs = [
        LazyTab("train", QCoreApplication.translate("App", "&Train"), train),
        LazyTab("progress", QCoreApplication.translate("App", "&Progress"), progress),
        #: A tab with no Alt letter: every letter of "Routines" is taken on some page (Ctrl+4
        #: shows it); leave the translation without one too.
        LazyTab("routines", QCoreApplication.translate("App", "Routines"), routines),
    ]
    window = MainWindow(library, settings, catalog, tabs)

    def save() -> None:
        try:
            save_settings(data_dir, window.settings)
        except OSError as exc:
            log.warning("Could not save settings in %s: %s", data_dir, exc)

    window.closing.connect(save)
    window.settings_changed.connect(save)
    return window


def follow_goal(window: MainWindow, tab: ProgressTab) -> None:
    """The Progress tab counts weeks against the weekly goal just set in the Settings."""
    if tab.weekly_goal != window.settings.weekly_goal:
        tab.weekly_goal = window.settings.weekly_goal
        tab.refresh()


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
        #: In the status bar: why the user's own exercises could not be read (in English).
        problem = QCoreApplication.translate("App", "Your own exercises and routines: {reason}")
        window.statusBar().showMessage(problem.format(reason=exc))
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
    from hiptrainer.ui.style.icons import decorate

    # Icons after the first frame: QIcon's type and enums cost a start 2 ms, and neither the
    # window's contents nor, on Wayland, its icon (the desktop file's) needs them before.
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setWindowIcon(app_icon())  # for every window and dialog
    window.setWindowIcon(app_icon())
    decorate(window.named_actions, window.tabs)
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
        from hiptrainer.ui.style.theme import stop_theme

        stop_theme(app)  # the theme's follower, listening to the desktop since the start
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
            broken = QCoreApplication.translate("App", "The exercise catalogue is broken: {reason}")
            return _refuse(broken.format(reason=exc), prompts)
        from hiptrainer.ui.style.theme import start_theme

        theme = start_theme(app, window.settings.theme)
        if smoke_test:
            # The smoke test measures the way to the first frame; the data opens after it.
            FirstPaint(window, startup_finished)
            FirstPaint(window, QApplication.quit)
        else:
            FirstPaint(window, theme.refresh)  # asks the system: not counted by the smoke test
            FirstPaint(window, lambda: open_data(window, data_dir, prompts, welcome=welcome))
        window.show()
        code = app.exec()
        window.close()
        window.detach_storage()
        # A quit asked for again on the way out (the window closing) is left posted: taken
        # later, it would end at once every event loop this process runs after this one.
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        return code
    finally:
        lock.release()

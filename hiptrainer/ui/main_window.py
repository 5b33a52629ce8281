"""The main window: it assembles tabs, menus and actions, and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, NamedTuple

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from hiptrainer.settings import Settings
from hiptrainer.ui.actions import create_actions
from hiptrainer.ui.data_menu import DataMenu
from hiptrainer.ui.library import LibraryTab

if TYPE_CHECKING:
    from pathlib import Path

    from hiptrainer.catalog import Catalog
    from hiptrainer.catalog.definitions import UserDefinitions
    from hiptrainer.printing import SheetOptions
    from hiptrainer.storage.store import Store
    from hiptrainer.ui.routines.routines_tab import RoutinesTab


class LazyTab(NamedTuple):
    """A tab built the first time it is shown, so start-up does not pay for it. The factory
    is given the finished window (it may run while the window restores its last tab)."""

    name: str
    title: str
    factory: Callable[[MainWindow], QWidget]


class PrintChoice(NamedTuple):
    """What File ▸ Print… and Export PDF… would print now."""

    kind: Literal["exercises", "routine"]
    ids: tuple[str, ...]


class MainWindow(QMainWindow):
    closing = Signal()
    # The user changed the settings (the dialog's OK): they are saved, and tabs that show
    # them follow.
    settings_changed = Signal()
    # The training data was opened, closed or added to (a session saved, an import).
    training_data_changed = Signal()
    # The catalogue changed (the user's own exercises and routines were read, added,
    # changed or removed): the new ``Catalog``, bundled + the user's.
    catalog_changed = Signal(object)

    def __init__(
        self,
        library: LibraryTab,
        settings: Settings,
        catalog: Catalog,
        lazy_tabs: list[LazyTab] | tuple[()] = (),
    ) -> None:
        super().__init__()
        self.setWindowTitle("HipTrainer")
        self.setObjectName("mainWindow")
        self.settings = settings
        self.store: Store | None = None
        # The bundled catalogue; :attr:`catalog` adds the user's own items once the data
        # folder is open (see :meth:`use_definitions`).
        self.bundled = catalog
        self.catalog = catalog
        self.definitions: UserDefinitions | None = None
        # How the last sheet was printed or saved (large print, names), offered again, and
        # the folder the last PDF went to.
        self.sheet_options: SheetOptions | None = None
        self.sheet_folder: Path | None = None
        # The folder the last file imported or exported (File menu) was in.
        self.transfer_folder: Path | None = None
        self.library = library
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleDescription(
            self.tr("The window's pages; the arrow keys or Ctrl+1 to Ctrl+4 switch them.")
        )
        #: German: no Alt letter, as for Routines: B is the Edit menu's (Bearbeiten), and the
        #: rest of "Bibliothek" is taken by the Library page, the tabs or Progress (Rek&orde).
        self.tabs.addTab(library, self.tr("&Library"))
        self._lazy = {tab.name: tab for tab in lazy_tabs}
        self._built: dict[str, QWidget] = {}
        for tab in lazy_tabs:
            holder = QWidget()
            holder.setObjectName(tab.name)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, tab.title)
        self.tabs.currentChanged.connect(self._build_lazy_tab)
        self.setCentralWidget(self.tabs)

        self.named_actions = create_actions(self)
        self._build_menus()
        self.named_actions["quit"].triggered.connect(self.close)
        # Import, the exports, backup and restore: off until the data folder is open.
        self.data_menu = DataMenu(self, self, self.named_actions)
        self.named_actions["find"].triggered.connect(self._find)
        self.named_actions["edit_copy"].triggered.connect(self._edit_shown_exercise)
        library.editRequested.connect(self.edit_exercise)
        self.named_actions["print"].triggered.connect(lambda _checked=False: self._print(False))
        self.named_actions["export_pdf"].triggered.connect(lambda _checked=False: self._print(True))
        library.list.addActions([self.named_actions["print"], self.named_actions["export_pdf"]])
        library.chosenChanged.connect(self._update_print_actions)
        self.tabs.currentChanged.connect(self._update_print_actions)
        for tab_name in ("library", *self._lazy):
            self.named_actions[tab_name].triggered.connect(
                lambda _checked=False, name=tab_name: self.show_tab(name)
            )
        self.named_actions["settings"].triggered.connect(self._open_settings)
        self.named_actions["selftests"].triggered.connect(self._show_selftests)
        self.named_actions["about"].triggered.connect(self._about)
        self.named_actions["about_qt"].triggered.connect(QApplication.aboutQt)
        self._restore()
        self._update_print_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menus = (
            (
                self.tr("&File"),
                [
                    *("import_file", "export_pack", "export_csv", "export_json", ""),
                    *("backup_now", "restore", "", "print", "export_pdf", "", "quit"),
                ],
            ),
            (self.tr("&Edit"), ["find", "edit_copy", "", "settings"]),
            (self.tr("&View"), ["library", *self._lazy, "", "selftests"]),
            (self.tr("&Help"), ["about", "about_qt"]),
        )
        for position, (title, names) in enumerate(menus):
            menu = bar.addMenu(title)
            for name in names:
                if name:
                    menu.addAction(self.named_actions[name])
                else:
                    menu.addSeparator()
            if position == 0:  # the File menu
                # The Train tab's page can change under the menu (a workout starts or ends).
                menu.aboutToShow.connect(self._update_print_actions)

    def _tab(self, index: int) -> QWidget:
        widget = self.tabs.widget(index)
        assert widget is not None, index
        return widget

    def _build_lazy_tab(self, index: int) -> None:
        holder = self._tab(index)
        name = holder.objectName()
        if name in self._lazy and name not in self._built:
            built = self._lazy[name].factory(self)
            self._built[name] = built
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(built)
            # A child added to a visible parent would only be shown on the next turn of the
            # event loop; shown now, it is on screen (and has had its showEvent) on return.
            # Never hide it explicitly: built before the window is shown, it must come up
            # with the window.
            if holder.isVisible():
                built.show()
            if name == "train":
                self._follow_train(built)
            elif name == "routines":
                self._follow_routines()

    def built_tab(self, name: str) -> QWidget | None:
        """The lazily built tab ``name``, or None if it has not been shown yet."""
        return self._built.get(name)

    @property
    def train(self) -> QWidget | None:
        return self._built.get("train")

    def show_tab(self, name: str) -> QWidget | None:
        """Bring tab ``name`` to the front (building it if needed) and return its content."""
        for index in range(self.tabs.count()):
            if self._tab(index).objectName() == name:
                self.tabs.setCurrentIndex(index)
                return self.library if name == "library" else self._built.get(name)
        return None

    # --- printing (the dialogs load with the first use: hiptrainer.ui.printing) -----------

    def print_choice(self) -> PrintChoice | None:
        """What Print… prints on the tab in front: the Library's chosen exercises, the
        routine chosen on the Train tab while no workout is under way, or the routine (or
        your exercise) chosen on the Routines tab; else None."""
        name = self._tab(self.tabs.currentIndex()).objectName()
        if name == "library":
            ids = tuple(exercise.id for exercise in self.library.chosen_exercises())
            return PrintChoice("exercises", ids) if ids else None
        if name == "routines":
            return self._routines_choice()
        train = self._built.get("train")
        if name == "train" and train is not None:
            from hiptrainer.ui.player.train_tab import TrainTab  # loaded with the tab

            if isinstance(train, TrainTab) and train.session is None and train.routines.count():
                workout_id = train.selected_workout()
                if workout_id in self.catalog.workouts:
                    return PrintChoice("routine", (workout_id,))
        return None

    def _routines_tab(self) -> RoutinesTab | None:
        built = self._built.get("routines")
        if built is None:
            return None
        from hiptrainer.ui.routines.routines_tab import RoutinesTab  # loaded with the tab

        return built if isinstance(built, RoutinesTab) else None

    def _routines_choice(self) -> PrintChoice | None:
        routines = self._routines_tab()
        if routines is None:
            return None
        workout_id = routines.selected_routine()
        if workout_id is not None and workout_id in self.catalog.workouts:
            return PrintChoice("routine", (workout_id,))
        exercise_id = routines.selected_exercise()
        if exercise_id is not None and exercise_id in self.catalog.exercises:
            return PrintChoice("exercises", (exercise_id,))
        return None

    def _follow_routines(self) -> None:
        routines = self._routines_tab()
        if routines is not None:
            routines.printableChanged.connect(self._update_print_actions)

    def _update_print_actions(self) -> None:
        able = self.print_choice() is not None
        for name in ("print", "export_pdf"):
            self.named_actions[name].setEnabled(able)
        # Edit a copy acts on the exercise shown in the Library: offered there, never in the
        # middle of a workout.
        in_library = self.tabs.currentWidget() is self.library
        self.named_actions["edit_copy"].setEnabled(
            in_library and "routines" in self._lazy and self.library.current_exercise() is not None
        )

    def _follow_train(self, train: QWidget) -> None:
        from hiptrainer.ui.player.train_tab import TrainTab

        if isinstance(train, TrainTab):  # the chooser, or a workout under way
            train.pages.currentChanged.connect(self._update_print_actions)

    def _print(self, export: bool) -> None:
        choice = self.print_choice()
        if choice is None:  # a shortcut pressed while the state was changing
            self.statusBar().showMessage(
                self.tr(
                    "Nothing to print here: choose exercises in the Library, or a routine on "
                    "the Train or Routines tab"
                ),
                10_000,
            )
            return
        from hiptrainer.ui import printing

        routines = self._routines_tab()
        if routines is not None and routines.isVisible() and routines.shown_is_dirty():
            self.statusBar().showMessage(
                self.tr("The sheet shows it as last saved: save (Ctrl+S) to print your changes"),
                10_000,
            )
        if choice.kind == "routine":
            (printing.export_routine_pdf if export else printing.print_routine)(self, choice.ids[0])
        else:
            exercises = list(choice.ids)
            (printing.export_exercises_pdf if export else printing.print_exercises)(self, exercises)

    def _edit_shown_exercise(self) -> None:
        shown = self.library.current_exercise()
        if shown is not None and self.tabs.currentWidget() is self.library:
            self.edit_exercise(shown.id)

    def edit_exercise(self, exercise_id: str) -> bool:
        """Open ``exercise_id`` in the Routines tab's exercise editor: a bundled exercise as a
        new copy of yours, your own as it is (the Library's "Edit a copy")."""
        self.show_tab("routines")
        routines = self._routines_tab()
        return routines is not None and routines.edit_exercise(exercise_id)

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.library)
        self.library.focus_search()

    def _about(self) -> None:
        from hiptrainer.ui.about import show_about  # built when asked for, not at start-up

        show_about(self, self.catalog)

    def _show_selftests(self) -> None:
        train = self.show_tab("train")
        show_tests = getattr(train, "show_tests", None)  # the Train tab's Test mode
        if callable(show_tests):
            show_tests()

    def _open_settings(self) -> None:
        from hiptrainer.settings import copy_settings
        from hiptrainer.ui.settings import open_settings
        from hiptrainer.ui.style.theme import apply_theme

        chosen = open_settings(self, self.settings)
        if chosen is None:
            return
        copy_settings(chosen, self.settings)  # the tabs hold this very object
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, chosen.theme)
        self.settings_changed.emit()

    def tab_names(self) -> list[str]:
        return [self._tab(i).objectName() for i in range(self.tabs.count())]

    def _restore(self) -> None:
        geometry = QByteArray.fromBase64(self.settings.window_geometry.encode("ascii"))
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if not self.settings.library_exercise or not self.library.show_exercise(
            self.settings.library_exercise, remember=False
        ):
            self.library.list.setCurrentIndex(self.library.proxy.index(0, 0))
        # The last tab comes back last: building it may need everything above.
        if self.settings.last_tab != "library":
            self.show_tab(self.settings.last_tab)
        if self.tabs.currentWidget() is self.library:
            self.library.focus_search()

    def remember(self) -> None:
        """Copy the window's state into the settings object."""
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.last_tab = self._tab(self.tabs.currentIndex()).objectName()
        shown = self.library.current_exercise()
        if shown is not None:
            self.settings.library_exercise = shown.id

    def use_definitions(self, definitions: UserDefinitions) -> None:
        """The user's own exercises and routines are read: list them with the bundled ones."""
        self.definitions = definitions
        self.set_catalog(definitions.catalog, definitions.problems)

    def set_catalog(self, catalog: Catalog, problems: list[str] | None = None) -> None:
        """Show ``catalog`` (bundled + the user's) everywhere; ``problems`` are the stored
        items that were left out, said once in the Library."""
        self.catalog = catalog
        self.library.set_exercises(
            list(catalog.exercises.values()), problems, prefer=self.settings.library_exercise
        )
        self.catalog_changed.emit(catalog)
        self._update_print_actions()

    def attach_storage(self, store: Store | None, problem: str | None) -> None:
        """The database is open (or could not be opened: ``problem`` says why)."""
        self.store = store
        self.data_menu.enable(store)
        if problem:
            #: In the status bar: why the training data could not be opened (in English).
            self.statusBar().showMessage(
                self.tr("Training data: {problem}").format(problem=problem)
            )
        self.training_data_changed.emit()

    def detach_storage(self) -> None:
        if self.store is not None:
            self.store.conn.close()
            self.store = None
            self.definitions = None
            self.data_menu.enable(None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Unsaved routine or exercise edits are asked about first (Save, Discard, Cancel),
        # with the Routines tab in front; Cancel, or a save that fails, keeps the window.
        routines = self._routines_tab()
        if routines is not None and routines.is_dirty():
            self.show_tab("routines")
            if not routines.may_close():
                event.ignore()
                return
        self.remember()
        self.closing.emit()
        super().closeEvent(event)

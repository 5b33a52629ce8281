"""The main window: it assembles tabs, menus and actions, and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hiptrainer import __version__
from hiptrainer.settings import Settings
from hiptrainer.ui.actions import create_actions
from hiptrainer.ui.library import LibraryTab

if TYPE_CHECKING:
    from hiptrainer.storage.store import Store

ABOUT_TEXT = f"""
<h2>HipTrainer {__version__}</h2>
<p>A desktop trainer for runners' hip and glute strength.</p>
<p>HipTrainer offers general exercise information. It does not replace advice from a doctor
or physiotherapist. Stop an exercise that causes chest pain, dizziness, numbness or sharp
joint pain, and seek advice for pain that lasts more than a week or two.</p>
<p>Exercise texts are written for HipTrainer and licensed CC BY 4.0; each exercise lists
its sources. Program code is MIT licensed.</p>
"""


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(
        self,
        library: LibraryTab,
        settings: Settings,
        train_factory: Callable[[], QWidget] | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("HipTrainer")
        self.setObjectName("mainWindow")
        self.settings = settings
        self.store: Store | None = None
        self.catalog: object | None = None
        self.library = library
        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(library, "&Library")
        self.train: QWidget | None = None
        self._train_factory = train_factory
        if train_factory is not None:
            # Built the first time it is shown, so start-up does not pay for the player.
            holder = QWidget(objectName="train")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, "&Train")
            self.tabs.currentChanged.connect(self._build_lazy_tab)
        self.setCentralWidget(self.tabs)

        self.actions = create_actions(self)
        self._build_menus()
        self.actions["quit"].triggered.connect(self.close)
        self.actions["find"].triggered.connect(self._find)
        self.actions["library"].triggered.connect(lambda: self.tabs.setCurrentWidget(library))
        self.actions["train"].triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        self.actions["about"].triggered.connect(self._about)
        self.actions["about_qt"].triggered.connect(QApplication.aboutQt)
        self._restore()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for title, names in (
            ("&File", ["quit"]),
            ("&Edit", ["find"]),
            ("&View", ["library", "train"]),
            ("&Help", ["about", "about_qt"]),
        ):
            menu = bar.addMenu(title)
            for name in names:
                menu.addAction(self.actions[name])

    def _build_lazy_tab(self, index: int) -> None:
        holder = self.tabs.widget(index)
        if holder.objectName() == "train" and self.train is None and self._train_factory:
            self.train = self._train_factory()
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(self.train)

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.library)
        self.library.focus_search()

    def _about(self) -> None:
        QMessageBox.about(self, "About HipTrainer", ABOUT_TEXT)

    def tab_names(self) -> list[str]:
        return [self.tabs.widget(i).objectName() for i in range(self.tabs.count())]

    def _restore(self) -> None:
        geometry = QByteArray.fromBase64(self.settings.window_geometry.encode("ascii"))
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        for index in range(self.tabs.count()):
            tab: QWidget = self.tabs.widget(index)
            if tab.objectName() == self.settings.last_tab:
                self.tabs.setCurrentIndex(index)
        if not self.settings.library_exercise or not self.library.show_exercise(
            self.settings.library_exercise, remember=False
        ):
            self.library.list.setCurrentIndex(self.library.proxy.index(0, 0))

    def remember(self) -> None:
        """Copy the window's state into the settings object."""
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.last_tab = self.tabs.currentWidget().objectName()
        shown = self.library.current_exercise()
        if shown is not None:
            self.settings.library_exercise = shown.id

    def attach_storage(self, store: Store | None, problem: str | None) -> None:
        """The database is open (or could not be opened: ``problem`` says why)."""
        self.store = store
        if problem:
            self.statusBar().showMessage(f"Training data: {problem}")

    def detach_storage(self) -> None:
        if self.store is not None:
            self.store.conn.close()
            self.store = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.remember()
        self.closing.emit()
        super().closeEvent(event)

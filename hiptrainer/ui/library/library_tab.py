"""The Library tab: search and filters on the left, the chosen exercise on the right.

The tab is the window's first frame, built and drawn before anything uses the ``Qt``
namespace (its first use builds all of its enums, which start-up leaves for later): the
splitter is horizontal by default, the page shown when nothing matches is built when first
needed, and the search takes the focus without naming a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.domain.model import Exercise
from hiptrainer.domain.search import ExerciseFilter
from hiptrainer.ui.library.delegate import ExerciseDelegate
from hiptrainer.ui.library.detail_view import ExerciseDetail
from hiptrainer.ui.library.exercise_list import ExerciseList
from hiptrainer.ui.library.filter_bar import FilterBar
from hiptrainer.ui.library.model import ExerciseFilterProxy, ExerciseListModel
from hiptrainer.ui.style.plurals import plural
from hiptrainer.ui.style.tokens import SPACE_S, SPACE_XS


class LibraryTab(QWidget):
    """Browse the catalogue. Emits :attr:`exerciseShown` with the id on display, and
    :attr:`chosenChanged` when the exercises chosen in the list (:meth:`chosen_exercises`,
    what Print prints) may have changed; :attr:`editRequested` with the id of the exercise
    shown when its "Edit a copy" link is followed."""

    exerciseShown = Signal(str)  # noqa: N815 (Qt signal naming)
    chosenChanged = Signal()  # noqa: N815
    editRequested = Signal(str)  # noqa: N815

    def __init__(self, exercises: list[Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self._history: list[str] = []
        self._shown_before = False
        self._notice: QLabel | None = None  # built when first needed

        self.filters = FilterBar(exercises)
        self.model = ExerciseListModel(exercises, self)
        self.proxy = ExerciseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.list = ExerciseList()
        self.list.setObjectName("exerciseList")
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setAccessibleDescription(
            self.tr(
                "The exercises that match the search and filters. Enter shows the chosen one "
                "in full; Shift or Ctrl with the arrows chooses several to print."
            )
        )
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(ExerciseDelegate(self.proxy.exercise_at, self.list))
        self.list.setUniformItemSizes(True)

        self.count = QLabel()
        self.count.setObjectName("libraryCount")
        self._empty: tuple[QWidget, QPushButton] | None = None  # built when first needed
        self.results = QStackedWidget()
        self.results.addWidget(self.list)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(SPACE_S, SPACE_S, SPACE_XS, SPACE_S)
        left_layout.addWidget(self.filters)
        self._left_layout = left_layout
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.results, 1)

        self.detail = ExerciseDetail(self.model.name_of)
        self.splitter = splitter = QSplitter()  # side by side: a splitter's default
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.filters.changed.connect(self._apply_filter)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.selectionModel().selectionChanged.connect(self._chosen_changed)
        self.list.activated.connect(lambda _index: self.detail.setFocus())
        self.detail.exerciseRequested.connect(self._follow_link)
        self.detail.editRequested.connect(self.editRequested)
        self.filters.search.target = self.list
        self.filters.search.returnPressed.connect(self._open_detail)
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        back.activated.connect(self.go_back)
        self.setTabOrder(self.filters.search, self.filters.muscle)
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_before:
            self._shown_before = True
            # The list gets about a quarter of the width: enough for names and doses.
            width = self.window().width()
            left = max(320, min(460, width // 4))
            self.splitter.setSizes([left, max(width - left, 1)])
            # The detail's width is final once the window's show is over: the tab widget
            # lays its page out after this. A queued call runs then, before the first paint
            # (which Qt queues at a lower priority, or the window system asks for later).
            QTimer.singleShot(0, self.detail, self.detail.place)
            # One comes to the Library to find an exercise: typing goes to the search at
            # once, whether the app opens here or the tab is first opened later.
            self.focus_search()

    # --- public API ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the keyboard focus in the search field, its text selected to type over."""
        # No reason given (the shortcut reason would only select the text, done below, and
        # naming a reason uses the Qt namespace, which the first frame goes without).
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    @property
    def empty(self) -> QWidget:
        """The page shown instead of the list when nothing matches."""
        return self._empty_page()[0]

    @property
    def empty_clear(self) -> QPushButton:
        """The "Show all exercises" button of the :attr:`empty` page."""
        return self._empty_page()[1]

    def current_exercise(self) -> Exercise | None:
        return self.detail.exercise

    def chosen_exercises(self) -> list[Exercise]:
        """The exercises chosen in the list, in list order: those selected, else the current
        one; none when the list shows nothing."""
        rows = sorted(self.list.selectionModel().selectedRows(), key=lambda index: index.row())
        if not rows and self.list.currentIndex().isValid():
            rows = [self.list.currentIndex()]
        return [self.proxy.exercise_at(index) for index in rows]

    def show_exercise(self, exercise_id: str, remember: bool = True) -> bool:
        """Select and show ``exercise_id``; clears the filters if they hide it."""
        row = self.model.row_of(exercise_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            self.filters.clear()
            index = self.proxy.mapFromSource(self.model.index(row))
        previous = self.detail.exercise
        if remember and previous is not None and previous.id != exercise_id:
            self._history.append(previous.id)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)
        return True

    def set_exercises(
        self, exercises: list[Exercise], problems: list[str] | None = None, prefer: str = ""
    ) -> None:
        """List ``exercises`` instead (the user's own came, changed or went), keeping the
        search, the filters and the exercise on show where they still apply; show ``prefer``
        if it is listed and nothing else was chosen yet. ``problems`` (stored items that
        could not be read) are reported once, in a line above the list."""
        shown = self.detail.exercise
        wanted = shown.id if shown is not None else ""
        if prefer and self.model.row_of(prefer) < 0:
            wanted = prefer  # the exercise of last time, which was not listed until now
        self.model.set_exercises(exercises)
        self.filters.set_exercises(exercises)  # applies the filters to the new list
        # Once the list is drawn, the search's words: a long list of the user's own would
        # otherwise make the first key typed wait for them.
        QTimer.singleShot(0, self, self.model.prepare_search)
        self._history = [i for i in self._history if self.model.row_of(i) >= 0]
        if problems:
            self._show_notice(problems)
        row = self.model.row_of(wanted)
        if row >= 0:
            fresh = self.model.exercise(row)
            if shown is not None and fresh != shown and fresh.id == shown.id:
                self.detail.show_exercise(fresh)  # changed: the detail shows it as it is now
            self.show_exercise(wanted, remember=False)
        elif self.proxy.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    @property
    def notice(self) -> QLabel | None:
        """The line that says some stored items were left out, once there is one."""
        return self._notice

    def _show_notice(self, problems: list[str]) -> None:
        count = len(problems)
        text = plural(
            self.tr(
                "Left out: %n saved item(s) of yours that could not be read; the log "
                "(logs/hiptrainer.log in the data folder) says why.",
                "",
                count,
            ),
            count,
        )
        if self._notice is None:
            from PySide6.QtCore import Qt

            self._notice = QLabel()
            self._notice.setObjectName("libraryNotice")
            self._notice.setTextFormat(Qt.TextFormat.PlainText)
            self._notice.setWordWrap(True)
            self._left_layout.insertWidget(1, self._notice)
            self._notice.setVisible(True)  # made after the tab was shown: shown explicitly
        self._notice.setText(text)
        # The reasons quote the stored text: shown literally, never as markup.
        from hiptrainer.ui.library.model import tooltip_text

        self._notice.setToolTip(tooltip_text("\n".join(problems)))

    def go_back(self) -> None:
        """Return to the exercise shown before the last followed link."""
        if self._history:
            self.show_exercise(self._history.pop(), remember=False)

    # --- internals ------------------------------------------------------------------------------

    def _apply_filter(self, new: ExerciseFilter) -> None:
        self.proxy.set_filter(new, self.filters.custom())
        self._update_count()
        visible = self.proxy.rowCount()
        self.results.setCurrentWidget(self.list if visible else self.empty)
        shown = self.detail.exercise
        if not visible:
            # Rows filtered away leave the selection without a selectionChanged.
            self.chosenChanged.emit()
            return
        if shown is not None and self._visible(shown.id):
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(shown.id)))
        else:
            index = self.proxy.index(0, 0)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _empty_page(self) -> tuple[QWidget, QPushButton]:
        if self._empty is None:
            from PySide6.QtCore import Qt

            page = QWidget()
            layout = QVBoxLayout(page)
            text = QLabel(self.tr("No exercise matches this search and these filters."))
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            button = QPushButton(self.tr("Show &all exercises"))
            button.setObjectName("emptyClear")
            button.clicked.connect(self.filters.clear)
            layout.addStretch()
            layout.addWidget(text)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
            layout.addStretch()
            self.results.addWidget(page)
            # Tab reaches the button where the page stands, after the list, not last.
            QWidget.setTabOrder(self.list, button)
            self._empty = page, button
        return self._empty

    def _visible(self, exercise_id: str) -> bool:
        row = self.model.row_of(exercise_id)
        return row >= 0 and self.proxy.mapFromSource(self.model.index(row)).isValid()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = plural(self.tr("%n exercise(s)", "", total), total)
        else:
            #: Some exercises are hidden by the search or filters: "{shown} of 23 exercises".
            text = plural(self.tr("{shown} of %n exercise(s)", "", total), total)
            text = text.format(shown=shown)
        chosen = len(self.list.selectionModel().selectedRows())
        if chosen > 1:
            #: Follows the count of exercises listed: "23 exercises, 3 selected".
            text += self.tr(", %n selected", "", chosen)
        self.count.setText(text)

    def _chosen_changed(self) -> None:
        self._update_count()
        self.chosenChanged.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        exercise = self.proxy.exercise_at(current) if current.isValid() else None
        if exercise is not None and exercise is not self.detail.exercise:
            self.detail.show_exercise(exercise)
            self.exerciseShown.emit(exercise.id)

    def _follow_link(self, exercise_id: str) -> None:
        self.show_exercise(exercise_id)

    def _open_detail(self) -> None:
        if self.proxy.rowCount():
            self.detail.setFocus()

"""Every page of the Library, the Routines tab, the sheet dialogs and the window's own dialogs,
in English and in German: Tab reaches every control shown, in the order the focus chain
gives and Tab really follows; each control has a name that says what it is (a choice box
by what it chooses, not by its value) and a description where the name alone does not say
how it is used; layouts space with the design tokens only; no style sheet hides the focus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hiptrainer.catalog.poses import exercise_poses
from hiptrainer.figures.render import Illustration
from hiptrainer.printing import SheetOptions
from hiptrainer.ui import i18n
from hiptrainer.ui.about import AboutDialog
from hiptrainer.ui.crash import CrashDialog
from hiptrainer.ui.library.large_view import LargeStepView
from hiptrainer.ui.library.packs import PackExportDialog
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.printing.export import ExportDialog
from hiptrainer.ui.printing.jobs import routine_job
from hiptrainer.ui.printing.preview import SheetPreview
from hiptrainer.ui.prompts import damaged_box, pain_question
from hiptrainer.ui.routines.routines_tab import RoutinesTab
from hiptrainer.ui.style.tokens import SPACING
from hiptrainer.ui.welcome import WelcomeDialog
from tests.helpers.a11y import accessible_name, cut_short, describe, tab_order
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import close, start_window

#: The kinds of widget a user works: each one shown must be reached by Tab.
CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
)
#: Controls whose name cannot say how they are used (a list to tick in, a text with links,
#: a scrolled page): each needs a description.
DESCRIBED = (QAbstractItemView, QTextEdit, QScrollArea)


def not_for_tab(widget: QWidget) -> bool:
    """Controls left out of the Tab walk on purpose, each with another way to it: a line
    edit's own clear button (Ctrl+A and Delete), Qt's print preview tool bar (its zoom and
    page field are reached; its buttons take no focus, Page set-up and Print have buttons
    of their own and the rest are menu keys of Qt's)."""
    parent = widget.parentWidget()
    if isinstance(parent, QLineEdit):
        return True
    return isinstance(parent, QToolBar) and isinstance(widget, QAbstractButton)


def value_of(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return ""


def shown_controls(root: QWidget) -> list[QWidget]:
    window = root.window()
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not_for_tab(widget):
            continue
        if widget.isVisibleTo(window) and widget.isEnabled() and widget.focusProxy() is None:
            found.append(widget)
    return found


def naming_problems(root: QWidget) -> list[str]:
    problems: list[str] = []
    for widget in tab_order(root):
        name = accessible_name(widget)
        value = value_of(widget)
        if not name:
            problems.append(f"{describe(widget)} has no name (value {value!r})")
        elif value and name == value.replace("&", ""):
            problems.append(f"{describe(widget)} is named only by its value {value!r}")
        elif not re.search(r"\w", name):
            problems.append(f"{describe(widget)} is named by symbols only: {name!r}")
        if isinstance(widget, DESCRIBED) and not widget.accessibleDescription().strip():
            problems.append(f"{describe(widget)} ({name}) has no description")
    return problems


def walk_with_tab(qtbot: QtBot, root: QWidget, order: list[QWidget]) -> list[QWidget]:
    """Give the first control the focus and press Tab on whatever has it; the controls of
    ``root`` reached, in order, each once (a text with links takes a Tab per link first)."""
    window = root.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    order[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(order[0].hasFocus)
    reached = [order[0]]
    for _ in range(len(order) + 60):  # bounded: every control, and the links of a text
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)  # type: ignore[no-untyped-call]
        now = QApplication.focusWidget()
        if now is order[0] and len(reached) > 1:
            break
        if now is not None and root.isAncestorOf(now) and now not in reached and now in order:
            reached.append(now)
        if len(reached) == len(order):
            break
    return reached


def check_page(qtbot: QtBot, root: QWidget) -> None:
    order = tab_order(root)
    assert order, describe(root)
    missed = [describe(w) for w in shown_controls(root) if w not in order]
    assert missed == [], f"{describe(root)}: shown but not reached by Tab: {missed}"
    assert naming_problems(root) == []
    assert [describe(w) for w in walk_with_tab(qtbot, root, order)] == [describe(w) for w in order]


# --- languages -------------------------------------------------------------------------------


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in English, then in German (names are translated too)."""
    if request.param == "en":
        yield "en"
        return
    translators = i18n.install_translators(qapp, "de")
    assert len(translators) == 2, "hiptrainer_de.qm or Qt's qtbase_de.qm did not load"
    QLocale.setDefault(QLocale("de"))
    yield "de"
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(QLocale.system())


# --- the pages in their states ---------------------------------------------------------------

Page = Callable[[QtBot, MainWindow], QWidget]


def library_with_exercise(qtbot: QtBot, window: MainWindow) -> QWidget:
    library = window.library
    window.show_tab("library")
    library.list.setCurrentIndex(library.proxy.index(2, 0))
    qtbot.waitUntil(lambda: library.detail.exercise is not None)
    return library


def library_filtered(qtbot: QtBot, window: MainWindow) -> QWidget:
    """A filter set: Clear filters is on; nothing matches, so the empty page shows."""
    library = window.library
    window.show_tab("library")
    library.filters.search.setText("no such exercise at all")
    qtbot.waitUntil(lambda: library.results.currentWidget() is library.empty)
    return library


def routines_tab(window: MainWindow) -> RoutinesTab:
    tab = window.show_tab("routines")
    assert isinstance(tab, RoutinesTab)
    tab.port.ask = lambda name: "discard"
    return tab


def routine_open_for_editing(qtbot: QtBot, window: MainWindow) -> QWidget:
    tab = routines_tab(window)
    tab.routines.duplicate_routine()
    assert tab.routines.editor.editable
    tab.routines.editor.block_list.setCurrentRow(1)  # up, down and remove all enabled
    return tab


def routine_bundled(qtbot: QtBot, window: MainWindow) -> QWidget:
    tab = routines_tab(window)
    assert not tab.routines.editor.editable
    return tab


def exercise_open_for_editing(qtbot: QtBot, window: MainWindow) -> QWidget:
    tab = routines_tab(window)
    tab.pages.setCurrentWidget(tab.exercises)
    assert tab.exercises.edit_copy("clamshell")
    assert tab.exercises.editor.editable
    return tab


def exercise_holds(qtbot: QtBot, window: MainWindow) -> QWidget:
    """An exercise of holds (its dose shows seconds a hold instead of reps and tempo)."""
    tab = routines_tab(window)
    tab.pages.setCurrentWidget(tab.exercises)
    assert tab.exercises.edit_copy("copenhagen_plank")
    return tab


def no_exercises_yet(qtbot: QtBot, window: MainWindow) -> QWidget:
    tab = routines_tab(window)
    tab.pages.setCurrentWidget(tab.exercises)
    return tab


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export_dialog(qtbot: QtBot, window: MainWindow) -> QWidget:
    job = routine_job(window.catalog, "runners_hip_warmup")
    return shown(qtbot, ExportDialog(job, SheetOptions(prescribed_by="Dr. Muster"), window))


def preview_dialog(qtbot: QtBot, window: MainWindow) -> QWidget:
    job = routine_job(window.catalog, "runners_hip_warmup")
    return shown(qtbot, SheetPreview(job, SheetOptions(prescribed_by="Dr. Muster"), window))


def large_view(qtbot: QtBot, window: MainWindow) -> QWidget:
    exercise = window.catalog.exercises["copenhagen_plank"]
    art = Illustration(exercise_poses(exercise), exercise.primary_muscles)
    return shown(qtbot, LargeStepView(exercise, art, 1, window))


def pack_export(qtbot: QtBot, window: MainWindow) -> QWidget:
    """With an exercise of the user's own to export (so Save is on)."""
    tab = routines_tab(window)
    assert tab.exercises.edit_copy("clamshell")
    assert tab.exercises.save()
    dialog = PackExportDialog(window.catalog, window)
    assert dialog.items.count() == 1
    return shown(qtbot, dialog)


def welcome(qtbot: QtBot, window: MainWindow) -> QWidget:
    return shown(qtbot, WelcomeDialog("Runner's hip warm-up", window))


def about(qtbot: QtBot, window: MainWindow) -> QWidget:
    return shown(qtbot, AboutDialog(window.catalog, window))


def crash(qtbot: QtBot, window: MainWindow) -> QWidget:
    return shown(qtbot, CrashDialog("It broke.", "Traceback", Path("/tmp/hiptrainer.log"), window))


def pain(qtbot: QtBot, window: MainWindow) -> QWidget:
    return shown(qtbot, pain_question(window, "2024-05-01")[0])


def damaged(qtbot: QtBot, window: MainWindow) -> QWidget:
    store = window.store
    assert store is not None
    backup = Path(store.path)  # any file that exists: only its time is read
    return shown(qtbot, damaged_box(window, "no such table", Path("broken.db"), backup)[0])


def restore(qtbot: QtBot, window: MainWindow) -> QWidget:
    return shown(qtbot, window.data_menu.restore_question(Path("backup.zip")))


PAGES: dict[str, Page] = {
    "library": library_with_exercise,
    "library_nothing_matches": library_filtered,
    "routine_editing": routine_open_for_editing,
    "routine_bundled": routine_bundled,
    "exercise_editing": exercise_open_for_editing,
    "exercise_holds": exercise_holds,
    "exercises_none_yet": no_exercises_yet,
    "export": export_dialog,
    "preview": preview_dialog,
    "large_view": large_view,
    "pack_export": pack_export,
    "welcome": welcome,
    "about": about,
    "crash": crash,
    "pain": pain,
    "damaged": damaged,
    "restore": restore,
}


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    win = start_window(qtbot, data_dir, FakePrompts())
    win.resize(1280, 800)
    yield win
    tab = win.built_tab("routines")
    if isinstance(tab, RoutinesTab):
        tab.port.ask = lambda name: "discard"
    close(win)


@pytest.mark.parametrize("page", list(PAGES))
def test_tab_reaches_every_control_and_each_says_what_it_is(
    qtbot: QtBot, window: MainWindow, language: str, page: str
) -> None:
    root = PAGES[page](qtbot, window)
    check_page(qtbot, root)


def test_the_main_window_tabs_are_reached_and_named(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    tabs = window.tabs.tabBar()
    assert tabs in tab_order(window)
    assert accessible_name(tabs)
    assert tabs.accessibleDescription()
    for index in range(tabs.count()):
        assert re.search(r"\w", tabs.tabText(index)), index


def test_a_choice_box_named_by_its_value_is_found(qtbot: QtBot) -> None:
    """The check above is not blind: a choice box with only its value, an unnamed field and
    a list with no description are each reported."""
    page = QWidget()
    qtbot.addWidget(page)
    combo = QComboBox(page)
    combo.addItem("Any muscle")
    field = QLineEdit(page)
    listing = QListWidget(page)
    listing.setAccessibleName("Things")
    page.show()
    problems = " ".join(naming_problems(page))
    # Qt's bridge names an unnamed choice box by its value on Linux, by nothing elsewhere.
    by_value = r"QComboBox\(-\) (has no name \(value|is named only by its value) 'Any muscle'"
    assert re.search(by_value, problems), problems
    assert "QLineEdit(-) has no name" in problems
    assert "(Things) has no description" in problems
    combo.setAccessibleName("Muscle")
    field.setAccessibleName("Name")
    listing.setAccessibleDescription("Pick one")
    assert naming_problems(page) == []


def test_the_helper_names_a_choice_box_by_its_given_name_not_its_value(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Any muscle", "Glutes"])
    combo.setAccessibleName("&Muscle")
    combo.show()
    assert accessible_name(combo) == "Muscle"
    combo.setCurrentIndex(1)
    assert accessible_name(combo) == "Muscle"


def test_the_helper_counts_a_group_of_radio_buttons_as_one_tab_stop(qtbot: QtBot) -> None:
    """Tab enters an exclusive group once and leaves it (the arrows move within), whichever
    button is on; buttons outside a group, or in a group that is not exclusive, each count."""
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    before, after = QLineEdit(), QLineEdit()
    grouped = [QRadioButton(text) for text in ("a", "b", "c")]
    group = QButtonGroup(page)
    loose = QButtonGroup(page)
    loose.setExclusive(False)
    checks = [QCheckBox(text) for text in ("x", "y")]
    column.addWidget(before)
    for button in grouped:
        group.addButton(button)
        column.addWidget(button)
    for box in checks:
        loose.addButton(box)
        column.addWidget(box)
    column.addWidget(after)
    grouped[1].setChecked(True)
    page.show()
    assert tab_order(page) == [before, grouped[0], *checks, after]
    assert walk_with_tab(qtbot, page, tab_order(page)) == tab_order(page)


def test_the_helper_leaves_a_line_edits_clear_button_out(qtbot: QtBot) -> None:
    """The clear button Qt sizes inside a line edit is not a control cut short."""
    page = QWidget()
    qtbot.addWidget(page)
    field = QLineEdit(page)
    field.setClearButtonEnabled(True)
    field.setText("text")
    short = QPushButton("A button far wider than it is given room for", page)
    short.setFixedWidth(20)
    page.show()
    inner = [w for w in field.findChildren(QAbstractButton) if w.isVisibleTo(page)]
    assert inner, "Qt's line edit shows no clear button to leave out"
    assert [line.split(" ")[0] for line in cut_short(page)] == [describe(short)]


# --- spacing and focus ----------------------------------------------------------------------


def style_defaults(widget: QWidget) -> set[int]:
    """The margins and spacings a layout of ``widget`` left at Qt's default (-1) gets from
    the style (a window's margins are wider than a child widget's)."""
    metric = QStyle.PixelMetric
    return {
        widget.style().pixelMetric(m, None, widget)
        for m in (
            metric.PM_LayoutLeftMargin,
            metric.PM_LayoutTopMargin,
            metric.PM_LayoutRightMargin,
            metric.PM_LayoutBottomMargin,
            metric.PM_LayoutHorizontalSpacing,
            metric.PM_LayoutVerticalSpacing,
        )
    }


def _layouts(layout: QLayout) -> Iterator[QLayout]:
    yield layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout() if item is not None else None
        if inner is not None:
            yield from _layouts(inner)


def off_token_spacing(root: QWidget) -> list[str]:
    """Layouts in ``root`` whose margins or spacing are neither a design token, nor 0, nor
    left to the style (Qt's -1; read back, the style's own values). Qt's own button boxes
    are the style's business."""
    found: list[str] = []
    for owner in [root, *root.findChildren(QWidget)]:
        top = owner.layout()
        if top is None or isinstance(owner, QDialogButtonBox):
            continue
        allowed = {0, -1, *SPACING, *style_defaults(owner)}
        for layout in _layouts(top):
            margins = layout.contentsMargins()
            values = {margins.left(), margins.top(), margins.right(), margins.bottom()}
            spacings = {layout.spacing()}
            if isinstance(layout, QGridLayout | QFormLayout):
                spacings |= {layout.horizontalSpacing(), layout.verticalSpacing()}
            if not values <= allowed or not spacings <= allowed:
                found.append(
                    f"{type(layout).__name__} in {describe(owner)}: {sorted(values | spacings)}"
                )
    return found


OWN_LAYOUTS = [
    "library",
    "routine_editing",
    "exercise_editing",
    "export",
    "large_view",
    "pack_export",
    "welcome",
    "crash",
]


@pytest.mark.parametrize("page", OWN_LAYOUTS)
def test_layouts_space_with_the_design_tokens(qtbot: QtBot, window: MainWindow, page: str) -> None:
    root = PAGES[page](qtbot, window)
    assert off_token_spacing(root) == []


def test_no_style_sheet_of_these_pages_hides_the_focus() -> None:
    sources = [
        *Path("hiptrainer/ui/library").glob("*.py"),
        *Path("hiptrainer/ui/routines").glob("*.py"),
        *Path("hiptrainer/ui/printing").glob("*.py"),
        *(
            Path("hiptrainer/ui") / name
            for name in (
                "welcome.py",
                "about.py",
                "crash.py",
                "data_menu.py",
                "main_window.py",
                "actions.py",
                "prompts.py",
            )
        ),  # fmt: skip
    ]
    assert len(sources) > 20
    hiding = re.compile(r"outline\s*:\s*(none|0)|:focus", re.IGNORECASE)
    assert [str(path) for path in sources if hiding.search(path.read_text())] == []


def test_names_and_descriptions_are_german_in_the_german_interface(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    translators = i18n.install_translators(qapp, "de")
    try:
        tab = routines_tab(window)  # built now, in German
        tab.pages.setCurrentWidget(tab.exercises)
        assert tab.exercises.edit_copy("clamshell")
        reps = tab.exercises.editor.dose.reps
        assert reps.low.accessibleName() == "Wiederholungen pro Satz, kleinster Wert"
        assert tab.routines.list.accessibleDescription().startswith("Die Routinen von")
        dialog = welcome(qtbot, window)
        assert isinstance(dialog, WelcomeDialog)
        assert dialog.words_area.accessibleName() == "Willkommen und Gesundheitshinweis"
    finally:
        i18n.remove_translators(qapp, translators)

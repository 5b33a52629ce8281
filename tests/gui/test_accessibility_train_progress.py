"""The Train tab's chooser, summary and self-test pages, the Progress tab and the Settings
dialog for keyboard and screen-reader users, in English and in German: Tab reaches every
control shown, in the order it is laid out, each with a name that says what it is (a combo box
is named by its caption, not by its value) and a description where the name does not explain
it; the focus is visible on every one; the pages' layouts use the style tokens' spacings.

Qt's accessibility bridge on Linux gives a combo box's current value as its name and leaves
its caption to the "labelled by" relation (the buddy label); ``tests/helpers/a11y.py``'s
``accessible_name`` reads the bridge's name, so for a combo box this file checks the name the
widget is given and the buddy label that carries it (``spoken_name``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hiptrainer.settings import Settings
from hiptrainer.ui import i18n
from hiptrainer.ui.player.segmented import ScoreChoice
from hiptrainer.ui.player.selftest.test_view import SelfTestView
from hiptrainer.ui.progress.heatmap import HeatmapView
from hiptrainer.ui.settings import SettingsDialog
from hiptrainer.ui.style.tokens import SPACING
from tests.gui.test_player_summary import finish
from tests.gui.test_progress_tab import make_tab as progress_tab
from tests.gui.test_selftest_mode import TODAY, tab_on_tests
from tests.gui.test_train_tab import make_tab, short_catalog
from tests.helpers.a11y import accessible_name, describe, radio_group, tab_order
from tests.helpers.clock import FakeClock
from tests.helpers.progress import empty_history, known_history
from tests.helpers.storage import make_store

#: Widgets a user works with; each one shown must be reached by Tab (or, on the running
#: self-test, act through a key the page's description names).
INTERACTIVE = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
    QGraphicsView,
    HeatmapView,
    ScoreChoice,
)
#: Controls whose name alone does not say what they do or hold: each has a description.
DESCRIBED = (
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QGraphicsView,
    HeatmapView,
    ScoreChoice,
    SelfTestView,
)


def description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Description).strip()


def shown_controls(page: QWidget) -> list[QWidget]:
    """The interactive widgets shown and enabled on ``page`` (not a scroll bar, nor the
    parts of a combo or spin box, nor a chart's inner widgets)."""
    window = page.window()
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if not (widget.isVisibleTo(window) and widget.isEnabled()):
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox | QTabBar):
            continue
        found.append(widget)
    return found


@dataclass(frozen=True)
class Heard:
    widget: str
    name: str
    description: str


def survey(page: QWidget) -> list[Heard]:
    return [Heard(describe(w), accessible_name(w), description(w)) for w in tab_order(page)]


def check_page(page: QWidget, title: str) -> list[Heard]:
    """Every control shown is reached and named; what needs one has a description."""
    QApplication.processEvents()
    order = tab_order(page)
    assert order, f"{title}: Tab reaches nothing"
    groups = {radio_group(control) for control in order} - {None}
    keyed = page if isinstance(page, SelfTestView) else None
    keys = description(keyed) if keyed is not None and keyed.isVisible() else ""
    for control in shown_controls(page):
        if control in order or radio_group(control) in groups:
            continue
        # The running test's buttons take no focus: their keys act on the page, which says
        # them in its description.
        assert keyed is not None, f"{title}: {describe(control)} is not reached"
        assert keyed.isAncestorOf(control), f"{title}: {describe(control)} is not reached"
        assert control.accessibleName(), describe(control)
        assert control.accessibleName() in keys, f"{title}: {describe(control)}"
    for control in order:
        name = accessible_name(control)
        assert name, f"{title}: {describe(control)} has no name"
        if isinstance(control, QComboBox):
            assert name != control.currentText(), f"{title}: {describe(control)} named by value"
            captions = [
                label for label in control.window().findChildren(QLabel) if label.buddy() is control
            ]
            assert captions, f"{title}: {describe(control)} has no caption"
        if isinstance(control, DESCRIBED):
            assert description(control), f"{title}: {describe(control)} needs a description"
    return survey(page)


def activate(qtbot: QtBot, page: QWidget) -> None:
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def check_tab_walk(qtbot: QtBot, page: QWidget, title: str) -> None:
    """Tab moves the focus through the page's controls in ``tab_order``'s order, and each
    looks different once Tab has brought the focus to it (the focus can be seen)."""
    activate(qtbot, page)
    order = tab_order(page)
    first = order[0]
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    without = {id(first): picture(first)}
    first.setFocus(Qt.FocusReason.OtherFocusReason)
    # Tab away and back: the focus is the keyboard's now, and the style shows it.
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget() or first, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is first, title
    without.update((id(control), picture(control)) for control in order[1:])
    seen_with = [picture(first)]
    for expected in order[1:]:  # bounded: one Tab per control
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected, (
            f"{title}: Tab went to {describe(QApplication.focusWidget() or page)},"
            f" not {describe(expected)}"
        )
        seen_with.append(picture(expected))
    for control, image in zip(order, seen_with, strict=True):
        assert image != without[id(control)], f"{title}: {describe(control)} shows no focus"


def picture(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


# --- the pages, in English and German -------------------------------------------------------


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = []
    if request.param == "de":
        translators = i18n.install_translators(qapp, "de")
        assert len(translators) == 2, "hiptrainer_de.qm or Qt's qtbase_de.qm did not load"
        QLocale.setDefault(QLocale("de"))
    yield str(request.param)
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(QLocale.system())


Pages = Callable[[QtBot, Path], Iterator[tuple[str, QWidget]]]


def chooser_pages(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[str, QWidget]]:
    clock = FakeClock()
    tab = make_tab(qtbot, data_dir, short_catalog(), make_store(data_dir, clock), clock)
    yield "chooser", tab.chooser
    tab.chooser.set_recording("practice")
    yield "chooser, practice", tab.chooser
    tab.chooser.set_recording("read_only")  # Start is off: Tab passes it by
    yield "chooser, read-only", tab.chooser


def summary_pages(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[str, QWidget]]:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    tab = make_tab(qtbot, data_dir, short_catalog(others=False), store, clock)
    finish(tab, clock)
    yield "summary", tab.summary
    suggestions = tab.summary.suggestions
    assert suggestions.isVisible()
    assert suggestions.list.count()
    catalog = short_catalog(others=False)
    # The test's tab has no catalogue of the user's own to write to: offered as if it had.
    suggestions.set_suggestions(
        suggestions.suggestions, catalog.workouts["short"], catalog.exercises, writable=True
    )
    assert suggestions.dismiss_button.isEnabled()
    yield "summary, suggestions that can be dismissed", tab.summary
    tab.summary.save_failed("the disk is full")
    yield "summary, not saved", tab.summary


def selftest_pages(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[str, QWidget]]:
    clock = FakeClock()
    tab = tab_on_tests(qtbot, data_dir, make_store(data_dir, clock), clock)
    yield "self-test picker", tab.tests.picker
    assert tab.tests.start()
    yield "self-test, counting down", tab.tests.view
    mode = tab.tests
    test = mode.picker.selected()
    mode.run = None
    mode.result.show_result(test, 70, 78, TODAY)
    mode.pages.setCurrentWidget(mode.result)
    yield "self-test result", mode.result


def progress_pages(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[str, QWidget]]:
    tab = progress_tab(qtbot, known_history(data_dir / "known").store)
    for index in range(tab.sections.count()):
        tab.sections.setCurrentIndex(index)
        yield f"progress, {tab.sections.tabText(index)}", tab
    empty = progress_tab(qtbot, empty_history(data_dir / "empty").store)
    yield "progress, nothing yet", empty


PAGES: dict[str, Pages] = {
    "chooser": chooser_pages,
    "summary": summary_pages,
    "selftest": selftest_pages,
    "progress": progress_pages,
}


@pytest.mark.parametrize("pages", list(PAGES))
def test_tab_reaches_names_and_shows_every_control(
    qtbot: QtBot, data_dir: Path, language: str, pages: str
) -> None:
    seen = 0
    for title, page in PAGES[pages](qtbot, data_dir):
        check_page(page, f"{language} {title}")
        check_tab_walk(qtbot, page, f"{language} {title}")
        seen += 1
    assert seen >= 3


def heard_in(
    qapp: QApplication, language: str, pages: str, qtbot: QtBot, folder: Path
) -> list[list[Heard]]:
    translators = i18n.install_translators(qapp, language) if language == "de" else []
    try:
        return [check_page(page, title) for title, page in PAGES[pages](qtbot, folder)]
    finally:
        i18n.remove_translators(qapp, translators)


@pytest.mark.parametrize("pages", list(PAGES))
def test_names_and_descriptions_are_german_in_german(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, pages: str
) -> None:
    english = heard_in(qapp, "en", pages, qtbot, tmp_path / "en")
    german = heard_in(qapp, "de", pages, qtbot, tmp_path / "de")
    assert len(english) == len(german)
    for page_en, page_de in zip(english, german, strict=True):
        assert [h.widget for h in page_en] == [h.widget for h in page_de]
        for en, de in zip(page_en, page_de, strict=True):
            assert en.name != de.name or en.name in SAME_IN_GERMAN, (en, de)
            if en.description:
                assert en.description != de.description, (en, de)


#: Names that are the same words in German (a user's routine or exercise names are English
#: in the bundled catalogue and are not translated).
SAME_IN_GERMAN = {"OK", "Player", "Balance"}


def test_settings_dialog_names_its_combo_boxes_and_speaks_german(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The dialog's Tab walk is tests/gui/test_settings_dialog.py's; here: names, captions
    and descriptions on each page, and in German."""
    heard: dict[str, list[Heard]] = {}
    for language in ("en", "de"):
        translators = i18n.install_translators(qapp, language) if language == "de" else []
        try:
            dialog = SettingsDialog(Settings(), ["Alice"])
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            pages = []
            for index in range(dialog.pages.count()):
                dialog.pages.setCurrentIndex(index)
                pages += check_page(dialog, f"{language} settings page {index}")
            heard[language] = pages
        finally:
            i18n.remove_translators(qapp, translators)
    for en, de in zip(heard["en"], heard["de"], strict=True):
        assert en.name != de.name or en.name in SAME_IN_GERMAN, (en, de)


# --- the style tokens -----------------------------------------------------------------------


def layouts_in(page: QWidget) -> Iterator[QLayout]:
    def walk(layout: QLayout) -> Iterator[QLayout]:
        yield layout
        for index in range(layout.count()):
            item = layout.itemAt(index)
            inner = item.layout() if item is not None else None
            if inner is not None:
                yield from walk(inner)

    for widget in [page, *page.findChildren(QWidget)]:
        layout = widget.layout()
        if layout is not None:
            yield from walk(layout)


def test_pages_lay_out_with_the_token_spacings(qtbot: QtBot, data_dir: Path) -> None:
    allowed = {0, -1, *SPACING}
    checked = 0
    for pages in PAGES.values():
        for title, page in pages(qtbot, data_dir / title_folder(pages)):
            for layout in layouts_in(page):
                margins = layout.contentsMargins()
                values = {margins.left(), margins.top(), margins.right(), margins.bottom()}
                spacing = getattr(layout, "spacing", lambda: -1)()
                assert values <= allowed | {9, 11}, f"{title}: {layout} margins {values}"
                assert spacing in allowed | {6}, f"{title}: {layout} spacing {spacing}"
                checked += 1
    assert checked > 50


def title_folder(pages: Pages) -> str:
    return pages.__name__

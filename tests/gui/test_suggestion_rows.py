"""The suggestion list's rows keep all their wrapped lines: each row is as high as its text
at the list's width, and the list, however squeezed, shows the tallest row whole (a long
German reason wraps to four lines in a narrow chooser)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from hiptrainer.storage.store import Store
from hiptrainer.ui.player.selftest.suggestion_panel import SuggestionPanel
from tests.gui.test_suggestions import plank_session, tab_with
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Store:
    """Two sessions of the post-run routine's first block: a suggestion for each side."""
    store = make_store(data_dir, clock)
    plank_session(store, clock)
    plank_session(store, clock)
    return store


def cut_rows(panel: SuggestionPanel) -> list[str]:
    """Rows whose text needs more height than the style gives it, or that the list's view
    cannot show whole."""
    view = panel.list
    found = []
    for row in range(view.count()):
        index = view.model().index(row, 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        view.itemDelegate().initStyleOption(option, index)
        text = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        need = view.fontMetrics().boundingRect(
            QRect(0, 0, text.width() - 4, 100_000), Qt.TextFlag.TextWordWrap, option.text
        )
        if need.height() > text.height():
            found.append(f"row {row}: text {need.height()} > {text.height()}")
        if option.rect.height() > view.viewport().height():
            found.append(f"row {row}: {option.rect.height()} > view {view.viewport().height()}")
    return found


@pytest.mark.usefixtures("german")
def test_rows_keep_their_last_line_at_any_width(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = tab_with(qtbot, data_dir, store, clock)
    tab.chooser.select("post_run_strength")
    panel = SuggestionPanel()
    qtbot.addWidget(panel)
    workout = tab.catalog.workouts["post_run_strength"]
    panel.set_suggestions(tab.chooser.suggestions.suggestions, workout, tab.catalog.exercises)
    panel.show()
    heights = set()
    for width in (700, 420, 300, 700):  # narrower, then wide again
        # As squeezed as its layout lets it be (a small window's chooser).
        panel.resize(width, 0)
        for _ in range(3):
            QApplication.processEvents()
        panel.resize(width, panel.minimumSizeHint().height())
        for _ in range(3):
            QApplication.processEvents()
        assert cut_rows(panel) == [], width
        heights.add(panel.list.visualRect(panel.list.model().index(0, 0)).height())
    assert len(heights) >= 3  # the rows did wrap anew at each width


@pytest.mark.usefixtures("german")
def test_the_read_only_note_leaves_the_panel_narrow_with_a_double_size_font(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    """Nothing can be saved: the note saying so, Dismiss and Apply must still fit the
    summary's column in a 960 px window (912 px) with a doubled font."""
    tab = tab_with(qtbot, data_dir, store, clock)
    tab.chooser.select("post_run_strength")
    before = QFont(qapp.font())
    larger = QFont(before)
    larger.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(larger)
    try:
        panel = SuggestionPanel()
        qtbot.addWidget(panel)
        workout = tab.catalog.workouts["post_run_strength"]
        suggestions = tab.chooser.suggestions.suggestions
        panel.set_suggestions(suggestions, workout, tab.catalog.exercises, writable=False)
        panel.show()
        QApplication.processEvents()
        assert panel.note.isVisibleTo(panel)
        assert panel.note.text()
        assert panel.minimumSizeHint().width() <= 600
    finally:
        qapp.setFont(before)

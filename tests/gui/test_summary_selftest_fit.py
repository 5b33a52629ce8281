"""The workout summary and the self-test's pages in German (and English) with a font twice
the system's, in the main window at 1024×640 and at 960×540 (200% scaling of a 1920×1080
screen): each page keeps to the window's width, with no horizontal scroll bar and nothing cut
short, and the window is not pushed wider than the screen.

Two things had held them wider: the summary's per-side table (a row per side, five columns of
long German headings) with the unwrapped lines of its feeling form, and the running test's row
of buttons (all six of them, in the page's font, before a test had ever run), which also held
the whole Train tab, chooser included, at 1052 px. Each page is saved as a picture in
``$HIPTRAINER_SHOTS`` when set, to look at.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.domain.summary import SideTotals, Summary
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.player.selftest.test_view import SelfTestShown, SelfTestView
from hiptrainer.ui.player.summary_view import SummaryView
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_selftest_mode import TODAY
from tests.helpers.a11y import cut_short, describe
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import bring_to, close, start_window, train_tab

#: A 1280×800 laptop's window at 125%, and a 1920×1080 screen at 200%.
SIZES = [(1024, 640), (960, 540)]

#: Every side done (the table's widest), records and a long routine name.
WIDEST = Summary(
    seconds=1570,
    per_side={
        "left": SideTotals(holds=4, rep_sets=3, reps=36, hold_s=125),
        "right": SideTotals(holds=4, rep_sets=3, reps=33, hold_s=118),
        "both": SideTotals(holds=2, rep_sets=2, reps=24, hold_s=60),
    },
    records=[
        "Side plank with top leg on a bench, left side: longest hold 35 s",
        "Single-leg Romanian deadlift, right side: most reps in a set, 12",
    ],
)


def settle() -> None:
    for _ in range(3):  # a scroll area lays its content out after the page
        QApplication.processEvents()


def horizontal_bars(page: QWidget) -> list[str]:
    window = page.window()
    return [
        describe(area)
        for area in page.findChildren(QAbstractScrollArea)
        if area.isVisibleTo(window) and area.horizontalScrollBar().isVisible()
    ]


def squashed(page: QWidget) -> list[str]:
    """Shown word-wrapped labels lower than their text needs at their width (lines lost)."""
    window = page.window()
    return [
        f"{describe(label)} {label.height()} < {label.heightForWidth(label.width())}"
        for label in page.findChildren(QLabel)
        if label.isVisibleTo(window) and label.wordWrap() and label.text()
        and label.height() + 1 < label.heightForWidth(label.width())
    ]  # fmt: skip


def shoot(window: QWidget, name: str) -> None:
    folder = os.environ.get("HIPTRAINER_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"{name}.png"))


def check_fits(window: MainWindow, page: QWidget, size: tuple[int, int], title: str) -> None:
    settle()
    shoot(window, title.replace(" ", "_").replace(",", ""))
    assert page.isVisible(), title
    assert window.width() <= size[0], (title, window.minimumSizeHint())
    assert horizontal_bars(page) == [], title
    assert cut_short(page) == [], title
    assert squashed(page) == [], title


def open_window(qtbot: QtBot, data_dir: Path, size: tuple[int, int]) -> MainWindow:
    window = start_window(qtbot, data_dir, FakePrompts())
    window.resize(*size)
    return window


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_summary_fits_the_window_with_a_double_size_font(
    qtbot: QtBot, data_dir: Path, large_font: str, size: tuple[int, int]
) -> None:
    window = open_window(qtbot, data_dir, size)
    tab = bring_to(window, "summary")
    assert isinstance(tab, TrainTab)
    summary = tab.summary
    assert isinstance(summary, SummaryView)
    title = f"summary {large_font} {size[0]}"
    check_fits(window, summary, size, title)
    summary.show_summary(WIDEST, "Post-run hip & glute strength")
    summary.rpe.setValue(7)  # its words beside or under the segments
    summary.pain_during.setValue(4)
    check_fits(window, summary, size, f"{title}, every side and records")
    summary.save_failed("the disk is full")  # the warning and Discard as well
    check_fits(window, summary, size, f"{title}, not saved")
    close(window)


def test_the_table_has_a_column_per_side_and_fits_a_narrow_page(
    qtbot: QtBot, large_font: str
) -> None:
    """The table's own narrowest width, every side done: in German a row per side took 1205
    px for two sides, and a column per side with "36 Wiederholungen" in its cells 1167."""
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(WIDEST, "Post-run hip & glute strength")
    assert view.text.minimumSizeHint().width() < 800, large_font
    # Reps as bare numbers under the row's name: "Wiederholungen" three times over was too
    # wide, and "18 reps" in the Reps row said it twice.
    cells = re.findall(r"<td align='center'>([^<]*)</td>", view.text.text())
    assert "36" in cells
    assert not [cell for cell in cells if "Wdh." in cell or "reps" in cell]


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_self_test_pages_fit_the_window_with_a_double_size_font(
    qtbot: QtBot, data_dir: Path, large_font: str, size: tuple[int, int]
) -> None:
    window = open_window(qtbot, data_dir, size)
    tab = train_tab(window)
    title = f"self-test {large_font} {size[0]}"
    # The running test's page, not shown yet, held the whole tab wider (its six buttons).
    check_fits(window, tab.chooser, size, f"{title}, the chooser")
    assert tab.show_tests()
    mode = tab.tests
    check_fits(window, mode.picker, size, f"{title}, the picker")
    view = mode.view
    mode.pages.setCurrentWidget(view)
    view.show_notices([QCoreApplication.translate("SelfTestMode", "Practice: nothing is saved")])

    def word(text: str) -> str:
        return QCoreApplication.translate("SelfTestMode", text)

    for working, heading in ((None, "Get ready"), ("hold", "Hold"), ("reps", "Count")):
        view.show_phase(
            SelfTestShown(
                title=word(heading),
                counter="Linke Seite · 1 von 2",
                name="Side-lying hip abduction, reps to fatigue",
                side="left",
                words="Stop when the top leg drops or the hips roll back.",
                working=working,
                paused=False,
            )
        )
        check_fits(window, view, size, f"{title}, {heading}")
        shown = [button for button in view.buttons.values() if button.isVisibleTo(window)]
        for button in shown:  # each wrapped button whole inside the page
            where = QRect(button.mapTo(view, QPoint(0, 0)), button.size())
            assert view.rect().contains(where), (heading, describe(button))
    test = mode.picker.selected()
    assert test is not None
    mode.result.show_result(test, 70, 78, TODAY, saved=False)
    mode.pages.setCurrentWidget(mode.result)
    check_fits(window, mode.result, size, f"{title}, the result")
    close(window)


def test_the_running_tests_buttons_wrap_onto_rows_in_a_narrow_page(
    qtbot: QtBot, large_font: str
) -> None:
    """Before a test has run, all six buttons are laid out in the page's own (doubled) font:
    in a narrow page they take two rows or more, each whole, Leave still the last. (They were
    one row, which held the page, and the Train tab with it, as wide as all six.)"""
    view = SelfTestView()
    qtbot.addWidget(view)
    buttons = view.buttons
    one_row = sum(button.sizeHint().width() for button in buttons.values())
    assert view.minimumSizeHint().width() < min(one_row, 600), large_font
    view.resize(600, 540)
    layout = view.layout()
    assert layout is not None
    layout.activate()  # laid out as when shown, before a phase styles the buttons smaller
    placed = {name: button.geometry() for name, button in buttons.items()}
    assert all(button.parentWidget() is view for button in buttons.values())
    for name, where in placed.items():
        assert view.rect().contains(where), (name, where)
    rows = {where.top() for name, where in placed.items() if name != "leave"}
    assert len(rows) >= 2, placed
    assert placed["leave"].right() == max(where.right() for where in placed.values())

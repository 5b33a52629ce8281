"""The Library, the Routines tab, the sheet dialogs and the window's dialogs with a large
system font (twice the size) and at 200% scaling: no label or button is cut short, and no
page needs a horizontal scroll bar it does not need at the normal size.

200% scaling on a 1920×1080 screen leaves 960×540 device-independent pixels: the window is
checked at that logical size, with the normal font and with the doubled one. Every page is
grabbed to ``$HIPTRAINER_SHOTS`` if set, else to the test's temporary folder, to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.routines.routines_tab import RoutinesTab
from tests.gui.test_accessibility_pages import PAGES
from tests.helpers.a11y import cut_short, describe
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import close, start_window

#: (font factor, window width, height): a large font on a laptop screen; 200% scaling of
#: a 1920×1080 screen, with the normal and with the large font.
SIZES = {"font2x": (2.0, 1280, 800), "scale200": (1.0, 960, 540), "both": (2.0, 960, 540)}


def cases() -> list[object]:
    return [pytest.param(size, page, id=f"{size}-{page}") for size in SIZES for page in PAGES]


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("HIPTRAINER_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def squashed(root: QWidget) -> list[str]:
    """Shown word-wrapped labels lower than their text needs at their width (cut_short
    leaves them out: they may wrap, but not lose lines)."""
    window = root.window()
    return [
        f"{describe(label)} {label.width()}x{label.height()} < {label.heightForWidth(label.width())}"  # noqa: E501
        for label in root.findChildren(QLabel)
        if label.isVisibleTo(window) and label.wordWrap() and label.text()
        and label.height() + 1 < label.heightForWidth(label.width())
    ]  # fmt: skip


def horizontal_scrolls(root: QWidget) -> set[str]:
    return {
        f"{describe(area)}"
        for area in root.findChildren(QAbstractScrollArea)
        if area.horizontalScrollBar().isVisible()
    }


def open_page(
    qtbot: QtBot, data_dir: Path, page: str, size: tuple[int, int]
) -> tuple[MainWindow, QWidget]:
    window = start_window(qtbot, data_dir, FakePrompts())
    window.resize(*size)
    root = PAGES[page](qtbot, window)
    QApplication.processEvents()
    return window, root


def leave(window: MainWindow) -> None:
    tab = window.built_tab("routines")
    if isinstance(tab, RoutinesTab):
        tab.port.ask = lambda name: "discard"
    close(window)


@pytest.mark.parametrize(("size", "page"), cases())
def test_nothing_is_cut_short_and_no_new_sideways_scrolling(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, shots: Path, page: str, size: str
) -> None:
    factor, width, height = SIZES[size]
    window, root = open_page(qtbot, data_dir / "normal", page, (1280, 800))
    normal_scrolls = horizontal_scrolls(root)
    assert root.window().grab().save(str(shots / f"{page}_normal.png"))
    leave(window)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * factor)
    app.setFont(large)
    try:
        window, root = open_page(qtbot, data_dir / "large", page, (width, height))
        assert root.window().grab().save(str(shots / f"{page}_{size}.png"))
        assert cut_short(root) == []
        assert squashed(root) == []
        if root.window() is window:  # the page fits the screen: the window is not pushed wider
            assert window.width() <= width, window.minimumSizeHint()
        assert horizontal_scrolls(root) <= normal_scrolls
        leave(window)
    finally:
        app.setFont(before)

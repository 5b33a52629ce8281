from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.ui.app import build_main_window
from hiptrainer.ui.library import LibraryTab
from hiptrainer.ui.main_window import MainWindow
from tests.helpers.theme import take_theme_off


@pytest.fixture(autouse=True)
def no_theme_left(qapp: QApplication) -> Iterator[None]:
    """Each GUI test gives the platform's look back (see tests/helpers/theme.py): a start
    through run_gui and the Settings action put a theme on the application and leave it."""
    yield
    take_theme_off(qapp)


@pytest.fixture(autouse=True)
def nothing_left_frozen() -> Iterator[None]:
    """A workout freezes what exists at its start out of the garbage collector's sight until
    it ends; a test that leaves one playing gives the collector its objects back."""
    yield
    gc.unfreeze()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The German interface: HipTrainer's and Qt's translators and German dates and
    numbers, taken off again afterwards."""
    from PySide6.QtCore import QLocale

    from hiptrainer.ui import i18n

    translators = i18n.install_translators(qapp, "de")
    assert len(translators) == 2, "hiptrainer_de.qm or Qt's qtbase_de.qm did not load"
    QLocale.setDefault(QLocale("de"))
    yield
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(QLocale.system())


@pytest.fixture(params=["en", "de"])
def large_font(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """A system font twice the size, in the language asked for (German: HipTrainer's and
    Qt's translators and German dates and numbers); all taken off afterwards."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFont

    from hiptrainer.ui import i18n

    language = str(request.param)
    translators = i18n.install_translators(qapp, language) if language == "de" else []
    if language == "de":
        assert translators, "hiptrainer_de.qm did not load"
        QLocale.setDefault(QLocale("de"))
    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(large)
    yield language
    qapp.setFont(before)
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    win = build_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def library(window: MainWindow) -> LibraryTab:
    return window.library

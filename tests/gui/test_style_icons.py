"""Icons: one bundled family with its licence, drawn in the palette's text colour (so they
follow a dark theme), cached, and put on the window's actions and tabs by decorate()."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

import hiptrainer.ui.style.icons as icons_module
from hiptrainer.paths import resources_dir
from hiptrainer.ui.actions import ACTIONS
from hiptrainer.ui.style.icons import (
    ACTION_ICONS,
    ICON_FILES,
    TAB_ICONS,
    decorate,
    icon,
)
from hiptrainer.ui.style.theme import apply_theme, build_palette

ICON_FOLDER = resources_dir() / "icons" / "ui"
#: The names the rest of the app is promised (see the module's list).
NEEDED = {
    "library", "train", "progress", "routines", "print", "pdf", "import", "export", "settings",
    "about", "quit", "pause", "skip-forward", "skip-back", "plus", "check", "search", "undo",
    "trash", "copy", "save", "test",
}  # fmt: skip


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    icon.cache_clear()
    yield
    icon.cache_clear()


@pytest.fixture
def palette_restored(qapp: QApplication) -> Iterator[None]:
    yield
    qapp.setPalette(QPalette())


def inked(picture: QPixmap | QImage) -> set[str]:
    """The opaque colours of a rendered icon."""
    image = picture.toImage() if isinstance(picture, QPixmap) else picture
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_every_needed_icon_is_listed_and_bundled() -> None:
    assert set(ICON_FILES) >= NEEDED
    for name, drawing in ICON_FILES.items():
        svg = (ICON_FOLDER / f"{drawing}.svg").read_text(encoding="utf-8")
        assert 'stroke="currentColor"' in svg, name  # drawn in the text colour
        assert "lucide" in svg  # one family


def test_only_the_used_drawings_are_bundled_with_the_licence() -> None:
    bundled = {p.stem for p in ICON_FOLDER.glob("*.svg")}
    assert bundled == set(ICON_FILES.values())
    licence = (ICON_FOLDER / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence
    assert "Lucide" in licence


@pytest.mark.usefixtures("qapp")
def test_an_icon_is_drawn_in_the_palettes_text_colour(palette_restored: None) -> None:
    QApplication.setPalette(build_palette("light"))
    play = icon("play")
    assert not play.isNull()
    assert inked(play.pixmap(QSize(24, 24))) == {"#1b1b1f"}


def test_the_same_icon_follows_a_dark_theme(qapp: QApplication) -> None:
    follower = apply_theme(qapp, "light")
    try:
        settings = icon("settings")
        assert inked(settings.pixmap(QSize(24, 24))) == {"#1b1b1f"}
        apply_theme(qapp, "dark")
        assert icon("settings") is settings  # not made again
        assert inked(settings.pixmap(QSize(24, 24))) == {"#e9e9ee"}
    finally:
        follower.stop()


@pytest.mark.usefixtures("qapp")
def test_a_disabled_or_selected_icon_takes_that_modes_colour(palette_restored: None) -> None:
    QApplication.setPalette(build_palette("dark"))
    trash = icon("trash")
    disabled = trash.pixmap(QSize(20, 20), QIcon.Mode.Disabled)
    assert inked(disabled) == {"#75757f"}
    selected = trash.pixmap(QSize(20, 20), QIcon.Mode.Selected)
    assert inked(selected) == {QColor("#101010").name()}


@pytest.mark.usefixtures("qapp")
def test_icons_are_sharp_at_200_percent() -> None:
    picture = icon("print").pixmap(QSize(24, 24), 2.0)
    assert picture.size() == QSize(48, 48)
    assert picture.devicePixelRatio() == 2.0


@pytest.mark.usefixtures("qapp")
def test_icons_are_made_once() -> None:
    assert icon("save") is icon("save")


def test_an_unknown_name_is_a_bug() -> None:
    with pytest.raises(KeyError):
        icon("rocket")


@pytest.mark.usefixtures("qapp")
def test_a_drawing_that_cannot_be_read_gives_an_empty_icon_and_a_log_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(icons_module, "resources_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING, logger="hiptrainer.ui.style.icons"):
        assert icon("copy").isNull()
    assert "copy.svg" in caplog.text


@pytest.mark.usefixtures("qapp")
def test_a_changed_copy_of_an_icon_keeps_drawing(palette_restored: None) -> None:
    # Changing a copy makes Qt clone the drawing engine; the clone must outlive Python's
    # reference to it and draw like the original.
    QApplication.setPalette(build_palette("light"))
    copy = QIcon(icon("check"))
    copy.addPixmap(QPixmap(4, 4))
    assert inked(copy.pixmap(QSize(24, 24))) == {"#1b1b1f"}
    del copy
    assert inked(icon("check").pixmap(QSize(24, 24))) == {"#1b1b1f"}


def test_decorate_gives_the_actions_and_tabs_their_icons(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = {name: QAction(holder) for name in (*ACTIONS, "settings", "no_icon")}
    tabs = QTabWidget(holder)
    for name in ("library", "train", "progress", "routines", "other"):
        page = QWidget()
        page.setObjectName(name)
        tabs.addTab(page, name)
    decorate(actions, tabs)
    for name, action in actions.items():
        assert action.icon().isNull() == (name not in ACTION_ICONS), name
    for index in range(tabs.count()):
        shown = tabs.widget(index)
        assert shown is not None
        assert tabs.tabIcon(index).isNull() == (shown.objectName() not in TAB_ICONS)


def test_every_action_with_an_icon_exists_in_the_registry() -> None:
    # "settings" joins the registry with the Settings dialog's menu item; the rest must be
    # names the registry has, or decorate() would skip them silently.
    missing = set(ACTION_ICONS) - set(ACTIONS) - {"settings"}
    assert not missing
    assert set(ACTION_ICONS.values()) <= set(ICON_FILES)
    assert set(TAB_ICONS.values()) <= set(ICON_FILES)


def test_every_menu_action_but_about_qt_has_an_icon() -> None:
    from hiptrainer.ui.actions import ACTIONS
    from hiptrainer.ui.style.icons import ACTION_ICONS, ICON_FILES

    assert set(ACTIONS) - set(ACTION_ICONS) == {"about_qt"}  # Qt's own entry
    assert set(ACTION_ICONS.values()) <= set(ICON_FILES)

"""A run of the window (``run_gui``) starts a theme follower that listens to the desktop's
colour scheme and contrast; when the window closes, the follower stops: it is no longer
connected to the style hints, no longer the application's child, and the application has its
platform look again, whatever the theme chosen and however the run ended."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest
from PySide6.QtCore import SIGNAL, QEvent, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.storage.lock import InstanceLock
from hiptrainer.ui import app as app_module
from hiptrainer.ui.style import theme
from hiptrainer.ui.style.theme import ThemeFollower, build_palette, theme_follower
from tests.helpers.prompts import FakePrompts

if TYPE_CHECKING:
    from hiptrainer.settings import ThemeChoice
    from hiptrainer.ui.prompts import Prompts

SCHEME_CHANGED = SIGNAL("colorSchemeChanged(Qt::ColorScheme)")
CONTRAST_CHANGED = SIGNAL("contrastPreferenceChanged(Qt::ContrastPreference)")


def listeners(qapp: QApplication) -> tuple[int, int]:
    """How many slots hear the desktop's scheme and contrast change (of objects still
    there: those a test before left to be deleted are deleted first)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    hints = qapp.styleHints()
    return (
        hints.receivers(SCHEME_CHANGED),
        hints.accessibility().receivers(CONTRAST_CHANGED),
    )


def answers() -> Prompts:
    # (FakePrompts.interrupted says it returns a str, the protocol a Resume literal.)
    return cast("Prompts", FakePrompts())


def desktop_changes(qapp: QApplication) -> None:
    """The style hints say the desktop's scheme and contrast changed (to what they are)."""
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(hints.colorScheme())
    accessibility = hints.accessibility()
    accessibility.contrastPreferenceChanged.emit(accessibility.contrastPreference())


def choose_theme(data_dir: Path, choice: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(f'{{"theme": "{choice}"}}', encoding="utf-8")


@pytest.mark.parametrize("choice", ["system", "dark"])
def test_the_theme_follower_stops_when_the_window_closes(
    qtbot: QtBot,
    qapp: QApplication,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
) -> None:
    choose_theme(data_dir, choice)
    before = listeners(qapp)
    platform_window = QPalette().color(QPalette.ColorRole.Window).name()
    started: list[ThemeFollower] = []
    heard: list[str] = []
    shown: list[str] = []  # the window colour while the window ran
    original = theme.start_theme

    def start_and_close(app: QApplication, chosen: ThemeChoice) -> ThemeFollower:
        follower = original(app, chosen)
        started.append(follower)

        def close_the_window() -> None:  # the last window: run_gui's event loop ends
            shown.append(app.palette().color(QPalette.ColorRole.Window).name())
            # What the follower does when the desktop's scheme or contrast changes, noted.
            follower.refresh = lambda system_changed=False: heard.append("refresh")  # type: ignore[method-assign]
            desktop_changes(app)
            for window in QApplication.topLevelWidgets():
                window.close()

        QTimer.singleShot(0, close_the_window)
        return follower

    monkeypatch.setattr(theme, "start_theme", start_and_close)
    assert app_module.run_gui(data_dir, prompts=answers(), welcome=False) == 0
    assert len(started) == 1
    assert heard == ["refresh", "refresh"]  # it listened while the window ran
    desktop_changes(qapp)
    assert heard == ["refresh", "refresh"]  # and no longer
    assert listeners(qapp) == before
    assert theme_follower(qapp) is None
    # The platform's look is back: a later start (a test, a second window) begins from it.
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == platform_window
    if choice == "dark":  # ours was on while the window ran, and is off now
        assert shown == [build_palette("dark").color(QPalette.ColorRole.Window).name()]
        assert platform_window not in shown


def test_a_smoke_test_stops_it_too(qtbot: QtBot, qapp: QApplication, data_dir: Path) -> None:
    choose_theme(data_dir, "light")
    before = listeners(qapp)
    assert app_module.run_gui(data_dir, smoke_test=True) == 0
    assert theme_follower(qapp) is None
    assert listeners(qapp) == before


def test_a_run_refused_before_the_window_leaves_no_follower(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    """A second start ends before a theme was put on: nothing to stop, nothing left."""
    before = listeners(qapp)
    with InstanceLock(data_dir):
        assert app_module.run_gui(data_dir, prompts=answers(), welcome=False) == 1
    assert theme_follower(qapp) is None
    assert listeners(qapp) == before

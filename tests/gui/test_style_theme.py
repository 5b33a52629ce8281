"""The theme: light and dark palettes of our own, the system's scheme followed live, and a
high-contrast desktop left alone. The offscreen platform cannot change its colour scheme, so
the follower reads a fake scheme here and the tests emit the style hints' real signals."""

from __future__ import annotations

from collections.abc import Iterator
from typing import get_args

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.settings import ThemeChoice
from hiptrainer.ui.style.theme import (
    ThemeFollower,
    apply_theme,
    build_palette,
    palette_scheme,
    start_theme,
    theme_follower,
)
from hiptrainer.ui.style.tokens import ACCENT, ON_ACCENT, Scheme

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class FakeDesktop:
    """What the desktop reports: its colour scheme and contrast preference."""

    def __init__(self) -> None:
        self.scheme = Qt.ColorScheme.Unknown
        self.contrast = Qt.ContrastPreference.NoPreference
        self.asked = 0

    def read_scheme(self) -> Qt.ColorScheme:
        self.asked += 1
        return self.scheme

    def read_contrast(self) -> Qt.ContrastPreference:
        self.asked += 1
        return self.contrast

    def change_scheme(self, app: QApplication, scheme: Qt.ColorScheme) -> None:
        self.scheme = scheme
        app.styleHints().colorSchemeChanged.emit(scheme)

    def change_contrast(self, app: QApplication, preference: Qt.ContrastPreference) -> None:
        self.contrast = preference
        app.styleHints().accessibility().contrastPreferenceChanged.emit(preference)


@pytest.fixture
def desktop() -> FakeDesktop:
    return FakeDesktop()


@pytest.fixture
def platform_window(qapp: QApplication) -> QColor:
    """The platform's own window colour, before any theme."""
    return QColor(qapp.palette().color(Role.Window))


@pytest.fixture
def follower(
    qapp: QApplication, desktop: FakeDesktop, platform_window: QColor
) -> Iterator[ThemeFollower]:
    assert theme_follower(qapp) is None  # no test leaves one behind
    made = ThemeFollower(qapp, desktop.read_scheme, desktop.read_contrast)
    yield made
    made.stop()
    assert qapp.palette().color(Role.Window) == platform_window
    assert theme_follower(qapp) is None


def window_colour(app: QApplication) -> str:
    return app.palette().color(Role.Window).name()


def test_the_platform_palette_here_is_light(platform_window: QColor) -> None:
    # The tests below tell "ours" from "the platform's" by this.
    assert platform_window.name() not in ("#f4f4f5", "#232327")
    assert platform_window.lightness() > 128


def test_the_settings_and_the_theme_agree_on_the_choices() -> None:
    assert get_args(ThemeChoice) == ("system", "light", "dark")


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_light_and_dark_put_our_palette_on_fusion(
    qapp: QApplication, follower: ThemeFollower, choice: Scheme
) -> None:
    assert apply_theme(qapp, choice) is follower  # the one follower, found again
    assert qapp.style().name().lower() == "fusion"
    assert window_colour(qapp) == build_palette(choice).color(Role.Window).name()
    assert palette_scheme(qapp.palette()) == choice
    assert qapp.palette().color(Role.Highlight).name() == QColor(ACCENT[choice]).name()
    assert follower.current == choice
    assert follower.scheme() == choice


def test_switching_back_to_system_gives_the_platform_palette_back(
    qapp: QApplication, follower: ThemeFollower, platform_window: QColor
) -> None:
    apply_theme(qapp, "dark")
    apply_theme(qapp, "light")
    assert window_colour(qapp) == "#f4f4f5"
    apply_theme(qapp, "system")
    assert qapp.palette().color(Role.Window) == platform_window
    assert follower.current == "platform"


def test_system_follows_the_desktop_scheme_live(
    qapp: QApplication, qtbot: QtBot, follower: ThemeFollower, desktop: FakeDesktop,
    platform_window: QColor,
) -> None:  # fmt: skip
    apply_theme(qapp, "system")
    assert follower.current == "platform"
    with qtbot.waitSignal(follower.applied) as blocker:
        desktop.change_scheme(qapp, Qt.ColorScheme.Dark)
    assert blocker.args == ["dark"]
    # The platform's palette stayed light, so ours goes on for the dark desktop.
    assert palette_scheme(qapp.palette()) == "dark"
    assert window_colour(qapp) == "#232327"
    with qtbot.waitSignal(follower.applied) as blocker:
        desktop.change_scheme(qapp, Qt.ColorScheme.Light)
    assert blocker.args == ["platform"]
    assert qapp.palette().color(Role.Window) == platform_window


def test_a_light_desktop_keeps_the_platforms_own_palette(
    qapp: QApplication, qtbot: QtBot, follower: ThemeFollower, desktop: FakeDesktop,
    platform_window: QColor,
) -> None:  # fmt: skip
    desktop.scheme = Qt.ColorScheme.Light
    with qtbot.assertNotEmitted(follower.applied):
        apply_theme(qapp, "system")
        desktop.change_scheme(qapp, Qt.ColorScheme.Light)
    assert qapp.palette().color(Role.Window) == platform_window


def test_an_unknown_scheme_keeps_the_platform_palette_and_its_lightness_decides(
    qapp: QApplication, follower: ThemeFollower, desktop: FakeDesktop
) -> None:
    apply_theme(qapp, "dark")
    desktop.change_scheme(qapp, Qt.ColorScheme.Unknown)
    assert window_colour(qapp) == "#232327"  # a chosen theme is not the system's to change
    apply_theme(qapp, "system")
    assert follower.current == "platform"
    assert follower.scheme() == "light"  # this platform's palette is light


def test_a_theme_chosen_by_the_user_ignores_the_desktop_scheme(
    qapp: QApplication, follower: ThemeFollower, desktop: FakeDesktop
) -> None:
    apply_theme(qapp, "light")
    desktop.change_scheme(qapp, Qt.ColorScheme.Dark)
    assert window_colour(qapp) == "#f4f4f5"


@pytest.mark.parametrize("choice", ["system", "light", "dark"])
def test_a_high_contrast_desktop_is_never_overridden(
    qapp: QApplication, follower: ThemeFollower, desktop: FakeDesktop,
    platform_window: QColor, choice: ThemeChoice,
) -> None:  # fmt: skip
    desktop.scheme = Qt.ColorScheme.Dark
    desktop.contrast = Qt.ContrastPreference.HighContrast
    apply_theme(qapp, choice)
    assert follower.current == "platform"
    assert qapp.palette().color(Role.Window) == platform_window


def test_high_contrast_turned_on_and_off_live(
    qapp: QApplication, follower: ThemeFollower, desktop: FakeDesktop, platform_window: QColor
) -> None:
    apply_theme(qapp, "dark")
    desktop.change_contrast(qapp, Qt.ContrastPreference.HighContrast)
    assert qapp.palette().color(Role.Window) == platform_window
    desktop.change_contrast(qapp, Qt.ContrastPreference.NoPreference)
    assert window_colour(qapp) == "#232327"


def test_palette_scheme_reads_a_palette_without_a_reported_scheme() -> None:
    assert palette_scheme(build_palette("dark")) == "dark"
    assert palette_scheme(build_palette("light")) == "light"
    dark_platform = QPalette(QColor("#303030"))  # a palette made from one dark button colour
    assert palette_scheme(dark_platform) == "dark"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_our_palettes_keep_text_readable(scheme: Scheme) -> None:
    palette = build_palette(scheme)
    pairs = [
        (Role.Text, Role.Base),
        (Role.WindowText, Role.Window),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.Link, Role.Base),
        (Role.Link, Role.Window),
        (Role.PlaceholderText, Role.Base),
        (Role.ToolTipText, Role.ToolTipBase),
    ]
    for text, background in pairs:
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= 4.5, (scheme, text, background, ratio)
    assert palette.color(Role.HighlightedText).name() == QColor(ON_ACCENT[scheme]).name()
    # Disabled text is dimmer than enabled text, but still there.
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.Text)
    base = palette.color(Role.Base)
    assert 1.8 < contrast(disabled, base) < contrast(palette.color(Role.Text), base)


def test_the_real_style_hints_drive_it_where_the_platform_can_change_scheme(
    qapp: QApplication, platform_window: QColor
) -> None:
    hints = qapp.styleHints()
    hints.setColorScheme(Qt.ColorScheme.Dark)
    try:
        if hints.colorScheme() != Qt.ColorScheme.Dark:
            pytest.skip(f"the {qapp.platformName()} platform cannot change its colour scheme")
        follower = apply_theme(qapp, "system")
        try:
            assert palette_scheme(qapp.palette()) == "dark"
        finally:
            follower.stop()
    finally:
        hints.unsetColorScheme()


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_start_theme_puts_a_chosen_theme_on_without_asking_the_system(
    qapp: QApplication, follower: ThemeFollower, desktop: FakeDesktop, choice: Scheme
) -> None:
    assert start_theme(qapp, choice) is follower
    assert palette_scheme(qapp.palette()) == choice
    assert qapp.style().name().lower() == "fusion"
    assert desktop.asked == 0  # what the system says is read after the first frame


def test_start_theme_leaves_the_platform_until_the_refresh_after_the_first_frame(
    qapp: QApplication, follower: ThemeFollower, desktop: FakeDesktop, platform_window: QColor
) -> None:
    desktop.scheme = Qt.ColorScheme.Dark
    start_theme(qapp, "system")
    assert desktop.asked == 0
    assert qapp.palette().color(Role.Window) == platform_window
    follower.refresh()  # what the window's first paint runs
    assert window_colour(qapp) == "#232327"


def test_the_refresh_after_the_first_frame_gives_high_contrast_back(
    qapp: QApplication, follower: ThemeFollower, desktop: FakeDesktop, platform_window: QColor
) -> None:
    desktop.contrast = Qt.ContrastPreference.HighContrast
    start_theme(qapp, "dark")
    follower.refresh()
    assert qapp.palette().color(Role.Window) == platform_window
    assert follower.current == "platform"

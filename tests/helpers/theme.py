"""Taking a theme off the application after a test: a test that starts the app through
``run_gui`` or triggers the Settings action leaves a ThemeFollower as the application's child,
and maybe a palette and style of ours; the next test would start from them (and the theme
tests, which want the platform's look, fail in some orders)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hiptrainer.ui.style.theme import theme_follower


def take_theme_off(app: QApplication) -> None:
    """Stop the follower a test left, which gives the platform's palette and style back."""
    follower = theme_follower(app)
    if follower is not None:
        follower.stop()

"""A fixture for tests that put a theme on the application (the Settings action, a whole
start through ``run_gui``): the ThemeFollower they leave as the application's child, and the
palette and style of ours it may have put on, are taken off after the test, so the next test
starts from the platform's look whatever the order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from hiptrainer.ui.style.theme import theme_follower


@pytest.fixture
def no_theme_left(qapp: QApplication) -> Iterator[None]:
    assert theme_follower(qapp) is None, "an earlier test left a theme on the application"
    yield
    follower = theme_follower(qapp)
    if follower is not None:
        follower.stop()  # the platform's palette and style back, the follower gone
    assert theme_follower(qapp) is None

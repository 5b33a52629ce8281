"""The CPU bench times a new phase's paint without putting Python in the way of the window's
other events: its watch is on the window only from a new phase's words to the paint pass
that shows them, and that pass is painted once, as the window would paint it."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.syspath_prepend(str(BENCH))
    yield importlib.import_module("player_cpu")  # bench/ is a folder of scripts
    sys.modules.pop("player_cpu", None)


class Painted(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.paints += 1


def test_the_paint_after_a_new_phase_is_timed_once_and_painted_once(
    qtbot: QtBot, bench: Any
) -> None:
    window = Painted()
    qtbot.addWidget(window)
    window.resize(200, 100)
    window.show()
    qtbot.waitExposed(window)
    QCoreApplication.processEvents()
    watch = bench.Watch()
    watcher = bench.paint_watch(watch, lambda at: 1.5, lambda: "hold")
    watch.waiting_paint = 12.0  # a new phase's words are shown ...
    window.installEventFilter(watcher)
    before = window.paints
    window.update()  # ... and the page repaints
    QCoreApplication.processEvents()
    assert window.paints == before + 1  # painted, once
    assert watch.painted == [1.5]
    assert watch.painted_kinds == ["hold"]
    assert watch.painted_starts == [12.0]
    assert watch.waiting_paint is None
    # The watch has taken itself off: a later paint, even one it would wait for, goes by it.
    watch.waiting_paint = 13.0
    window.update()
    QCoreApplication.processEvents()
    assert window.paints == before + 2
    assert watch.painted == [1.5]

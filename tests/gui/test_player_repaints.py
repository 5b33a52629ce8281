"""What changes every second on the player's page repaints itself, later and alone: the
time left never has the page laid out again, and the progress bar is painted with the rest
of the page, not there and then. Counted through the events, never timed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_train_tab import make_tab, run_for, short_catalog
from tests.helpers.clock import FakeClock


class Seen(QObject):
    """Counts the events of some kinds each watched widget receives."""

    def __init__(self, *watched: QWidget) -> None:
        super().__init__()
        self.counts: Counter[tuple[str, QEvent.Type]] = Counter()
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        self.counts[(watched.objectName(), event.type())] += 1
        return False


def into_a_hold(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> TrainTab:
    tab = make_tab(qtbot, data_dir, short_catalog(), None, clock)
    assert tab.start()
    run_for(tab, clock, 10)  # get ready, then the first hold begins
    QCoreApplication.processEvents()
    assert tab.session is not None
    assert tab.session.engine.phase.target_hold_s is not None
    return tab


def test_the_time_left_changing_lays_nothing_out(qtbot: QtBot, data_dir: Path) -> None:
    clock = FakeClock()
    tab = into_a_hold(qtbot, data_dir, clock)
    session = tab.session
    assert session is not None
    seen = Seen(tab.playing)
    shown = []
    for _ in range(5):
        clock.advance(seconds=1)
        tab.display.redraw(session.engine, clock.now)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
        shown.append(tab.playing.time_left.text())
    assert len(set(shown)) == 5  # it said something new each second
    assert seen.counts[("playingView", QEvent.Type.LayoutRequest)] == 0


def test_a_new_percent_is_painted_with_the_page_not_at_once(qtbot: QtBot, data_dir: Path) -> None:
    clock = FakeClock()
    tab = into_a_hold(qtbot, data_dir, clock)
    session = tab.session
    assert session is not None
    bar = tab.playing.progress
    seen = Seen(bar)
    before = bar.value()
    while bar.value() == before:  # bounded: the routine's time moves the bar within seconds
        assert clock.now < 200, "the bar never moved"
        clock.advance(seconds=0.5)
        tab.display.redraw(session.engine, clock.now)
        assert seen.counts[("overallProgress", QEvent.Type.Paint)] == 0  # not there and then
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    assert seen.counts[("overallProgress", QEvent.Type.Paint)] >= 1  # with the page, after


def test_the_progress_bar_repaints_only_what_moved_and_leaves_it_whole(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    from hiptrainer.ui.player.progress_line import ProgressLine
    from tests.gui.test_player_ring import on_screen, painted_whole, settle

    window = QWidget()
    qtbot.addWidget(window)
    bar = ProgressLine()
    QVBoxLayout(window).addWidget(bar)
    window.resize(600, 60)
    window.show()
    qtbot.waitExposed(window)
    settle()
    painted: list[int] = []
    real = bar.update

    def update(*args: object) -> None:
        painted.append(args[0].width() if args else bar.width())  # type: ignore[attr-defined]
        real(*args)

    bar.update = update  # type: ignore[method-assign]
    for value in (1, 2, 40, 39, 100, 0):
        bar.setValue(value)
        settle()
        assert on_screen(bar) == painted_whole(bar), value
        assert bar.value() == value
        assert bar.accessibleDescription() == f"{value}%"
    assert painted[0] < bar.width() / 10  # one percent more: a sliver repainted
    bar.setValue(150)  # past the end: full
    assert bar.value() == 100

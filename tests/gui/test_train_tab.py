"""Playing a routine through the real Train tab on the fake clock, and what gets saved.

The helpers here (a short routine, a tab on the fake clock, a bounded way to let time pass)
are shared by the other Train tab tests (tests/gui/test_player_*.py).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import msgspec
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.model import Workout
from hiptrainer.storage.store import Store
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_cues import FakeToneOutput
from tests.helpers.clock import START, FakeClock
from tests.helpers.storage import make_store

BASE = load_catalog()
SHORT = msgspec.convert(
    {
        "id": "short",
        "name": "Short test routine",
        "summary": "Two exercises.",
        "focus": "activation",
        "rest_between_exercises_s": 4,
        "blocks": [
            {
                "exercise": "copenhagen_plank",
                "dosage": {"sets": 1, "reps": [2, 2], "hold_s": [3, 3], "rest_between_reps_s": 2},
            },
            {"exercise": "clamshell", "dosage": {"sets": 1, "reps": [5, 5]}},  # self-paced
        ],
    },
    Workout,
)
#: The short routine's timed phases: prepare 10, hold 3, rest 2, hold 3, switch 5, hold 3,
#: rest 2, hold 3, next up 4, prepare... then two self-paced sets around a switch of 5.
SHORT_LEFT_HOLDS_S = 10 + 3 + 2 + 3


def short_catalog(*, others: bool = True) -> Catalog:
    workouts = {"short": SHORT, **(BASE.workouts if others else {})}
    return Catalog(exercises=BASE.exercises, workouts=workouts)


def make_tab(
    qtbot: QtBot,
    data_dir: Path,
    catalog: Catalog,
    store: Any,
    clock: FakeClock,
    **options: Any,
) -> TrainTab:
    """A Train tab on the fake clock (monotonic and wall), with the mock voice, shown and
    cleaned up after the test."""
    options.setdefault("confirm_leave", lambda: True)
    tab = TrainTab(
        catalog,
        lambda: store,
        clock.monotonic,
        wall_clock=clock,
        sound_folder=data_dir / "sounds",
        speech_engine="mock",
        **options,
    )
    qtbot.addWidget(tab)
    tab.resize(1100, 750)
    tab.show()
    return tab


def run_for(tab: TrainTab, clock: FakeClock, seconds: float, step: float = 0.5) -> None:
    """Let ``seconds`` pass in ``step``s, waking the driver as its timer would, then handling
    what the wake-up posted (the repaint, then the set's commit) as the event loop would:
    bounded."""
    assert tab.session is not None
    for _ in range(math.ceil(seconds / step)):
        clock.advance(seconds=step)
        tab.session.driver.wake()
        QCoreApplication.sendPostedEvents()


def play_to_the_end(tab: TrainTab, clock: FakeClock, limit_s: float = 3600) -> None:
    """Run (confirming self-paced sets) until the summary shows; at most ``limit_s`` seconds."""
    for _ in range(round(limit_s)):
        if tab.pages.currentWidget() is not tab.playing:
            return
        assert tab.session is not None
        phase = tab.session.engine.phase
        if phase.kind == "work" and not phase.timed:
            tab.session.driver.complete()  # what Enter does
        else:
            run_for(tab, clock, 1.0, step=1.0)
    raise AssertionError(f"the routine did not end within {limit_s} s")


def select(tab: TrainTab, workout_id: str) -> None:
    for row in range(tab.routines.count()):
        if tab.routines.item(row).data(Qt.ItemDataRole.UserRole) == workout_id:
            tab.routines.setCurrentRow(row)
    assert tab.selected_workout() == workout_id


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Store:
    return make_store(data_dir, clock)


@pytest.fixture
def tab(qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock) -> TrainTab:
    return make_tab(qtbot, data_dir, short_catalog(), store, clock)


def test_a_short_routine_plays_to_the_end_and_every_set_is_saved(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tones = FakeToneOutput()
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock, tone_output=tones)
    assert tab.selected_workout() == "short"
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    view = tab.playing
    assert tab.pages.currentWidget() is view
    assert view.phase_label.text() == "Get ready"
    assert view.side_badge.text() == "L"
    assert tab.cues is not None
    # The set-up line names the side and where the body goes.
    setup = BASE.exercises["copenhagen_plank"].setup
    assert setup is not None
    assert tab.cues.voice.spoken[0] == f"Get ready: Side plank with top leg on a bench. {setup}"
    run_for(tab, clock, 10)  # prepare
    assert view.phase_label.text() == "Hold"
    assert view.counter_label.text() == "Hold 1 of 2"
    assert view.side_badge.text() == "L"
    run_for(tab, clock, 3 + 2 + 3)  # hold, rest, hold (left)
    assert view.phase_label.text() == "Switch sides"
    run_for(tab, clock, 5)
    assert view.side_badge.text() == "R"
    assert tab.session is not None
    session_id = tab.session.session_id
    assert session_id is not None
    saved = store.sets(session_id)
    assert [(s.exercise, s.side, s.rep_index, s.hold_s) for s in saved] == [
        ("copenhagen_plank", "left", 0, 3.0),
        ("copenhagen_plank", "left", 1, 3.0),
    ]
    # The wall-clock times come from the same fake clock: the first hold began after the 10 s
    # of getting ready.
    assert (saved[0].started_at - START).total_seconds() == pytest.approx(10.0)
    run_for(tab, clock, 3 + 2 + 3 + 4 + 10)  # right side, transition, into the clamshell
    assert view.phase_label.text() == "Reps"
    assert view.exercise_label.text() == "Clamshell"
    assert view.counter_label.text() == "Set 1 of 1 · 5 reps"
    assert view.buttons["complete"].isVisibleTo(view)  # self-paced: waits for the runner
    qtbot.keyClick(view, Qt.Key.Key_Return)  # left set done
    run_for(tab, clock, 5)  # switch sides
    qtbot.keyClick(view, Qt.Key.Key_Return)  # right set done
    assert tab.pages.currentWidget() is tab.summary
    assert tab.session.summary().holds == 4
    assert tab.session.summary().rep_sets == 2
    tab.summary.rpe.setValue(6)
    tab.summary.pain_during.setValue(2)
    qtbot.mouseClick(tab.summary.save_button, Qt.MouseButton.LeftButton)
    info = store.session(session_id)
    assert (info.status, info.rpe, info.pain_during) == ("completed", 6, 2)
    assert len(store.sets(session_id)) == 6
    assert tab.pages.currentIndex() == 0
    # Tones were asked for whether or not this machine has a sound card.
    assert {"work", "rest", "switch", "tick", "finished"} <= set(tones.played)
    assert tones.played[-1] == "finished"


def test_keys_pause_skip_back_extend_and_leave(
    qtbot: QtBot, tab: TrainTab, store: Store, clock: FakeClock
) -> None:
    assert tab.start()
    view = tab.playing
    assert tab.session is not None
    engine = tab.session.engine
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert engine.state == "paused"
    assert view.phase_label.text() == "Paused"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert engine.state == "running"
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert engine.remaining(clock.now) == pytest.approx(20.0)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # skip the preparation
    assert engine.phase.kind == "work"
    qtbot.keyClick(view, Qt.Key.Key_Right)  # skip the first hold: saved as skipped...
    QCoreApplication.sendPostedEvents()  # ...once the next phase is on screen
    session_id = tab.session.session_id
    assert session_id is not None
    assert [s.skipped for s in store.sets(session_id)] == [True]
    qtbot.keyClick(view, Qt.Key.Key_Left)  # within 2 s: back to the hold
    assert engine.phase.kind == "work"
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # leave (confirmed)
    assert tab.pages.currentIndex() == 0
    assert store.session(session_id).status == "abandoned"


def test_every_button_has_an_accessible_name(tab: TrainTab) -> None:
    for button in tab.playing.buttons.values():
        assert button.accessibleName()
        assert "(" in button.toolTip()  # names its key


class FakeInhibitor:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def inhibit(self) -> bool:
        self.calls.append("inhibit")
        return True

    def uninhibit(self) -> None:
        self.calls.append("uninhibit")


def test_the_screen_stays_awake_while_playing_only(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    from hiptrainer.ui.player.awake import ScreenAwake

    inhibitor = FakeInhibitor()
    catalog = short_catalog(others=False)
    tab = make_tab(qtbot, data_dir, catalog, None, clock, awake=ScreenAwake(inhibitor))
    assert tab.start()
    assert tab.session is not None
    assert tab.awake.held
    tab.session.driver.pause()
    assert not tab.awake.held
    tab.session.driver.resume()
    assert tab.awake.held
    tab.leave()
    assert not tab.awake.held
    assert inhibitor.calls == ["inhibit", "uninhibit", "inhibit", "uninhibit"]


def test_a_desktop_without_an_inhibitor_is_not_fatal() -> None:
    from hiptrainer.ui.player.awake import ScreenAwake

    class Broken:
        def inhibit(self) -> bool:
            raise RuntimeError("no bus")

        def uninhibit(self) -> None:
            raise AssertionError("never held, never released")

    awake = ScreenAwake(Broken())
    awake.hold()
    assert not awake.held
    awake.release()


def test_fix_the_last_set_with_c(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = make_tab(
        qtbot,
        data_dir,
        short_catalog(others=False),
        store,
        clock,
        ask_number=lambda question, current, top: 2.5,
    )
    assert tab.start()
    run_for(tab, clock, 10 + 3)  # prepare, first hold
    qtbot.keyClick(tab.playing, Qt.Key.Key_C)
    QCoreApplication.sendPostedEvents()
    assert tab.session is not None
    assert tab.session.session_id is not None
    saved = store.sets(tab.session.session_id)
    assert [s.hold_s for s in saved] == [2.5]


@pytest.mark.parametrize("order", ["left_first", "alternate"])
def test_the_bundled_warm_up_plays_start_to_finish(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock, order: str
) -> None:
    from hiptrainer.settings import Settings

    settings = Settings(side_order=order)  # type: ignore[arg-type]
    tab = make_tab(qtbot, data_dir, BASE, store, clock, settings=settings)
    select(tab, "runners_hip_warmup")
    assert tab.start()
    session = tab.session
    assert session is not None
    work = sum(p.kind == "work" for p in session.phases)
    for _ in range(1000):  # 5 s a step: far longer than the routine
        if tab.pages.currentWidget() is not tab.playing:
            break
        run_for(tab, clock, 5, step=1.0)
    assert tab.pages.currentWidget() is tab.summary
    assert session.session_id is not None
    saved = store.sets(session.session_id)
    assert len(saved) == work
    assert not any(s.skipped for s in saved)
    assert {s.side for s in saved if s.exercise == "clamshell"} == {"left", "right"}
    assert tab.cues is not None
    assert "Workout complete. Well done." in tab.cues.voice.spoken + tab.cues.voice.pending()

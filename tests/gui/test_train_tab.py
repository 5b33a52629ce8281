"""Playing a routine through the real Train tab on a fake clock, and what gets saved."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.model import Workout
from hiptrainer.ui.player.train_tab import TrainTab
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


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def make_tab(
    qtbot: QtBot,
    data_dir: Path,
    catalog: Catalog,
    store: object,
    clock: FakeClock,
    **options: object,
) -> TrainTab:
    """A Train tab on a fake clock, with the mock voice, shown and cleaned up after the test."""
    tab = TrainTab(
        catalog,
        lambda: store,
        clock,
        confirm_leave=lambda: True,
        sound_folder=data_dir / "sounds",
        speech_engine="mock",
        **options,
    )  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(1100, 750)
    tab.show()
    return tab


@pytest.fixture
def setup(qtbot: QtBot, data_dir: Path) -> tuple[TrainTab, FakeClock, object]:
    catalog = Catalog(exercises=BASE.exercises, workouts={"short": SHORT, **BASE.workouts})
    store = make_store(data_dir)
    clock = FakeClock()
    return make_tab(qtbot, data_dir, catalog, store, clock), clock, store


def run_for(tab: TrainTab, clock: FakeClock, seconds: float, step: float = 0.5) -> None:
    end = clock.now + seconds
    while clock.now < end:
        clock.now = min(end, clock.now + step)
        tab.session.driver.wake()  # what the precise timer does when it fires


def test_a_short_routine_plays_to_the_end_and_every_set_is_saved(
    qtbot: QtBot, setup: tuple[TrainTab, FakeClock, object]
) -> None:
    tab, clock, store = setup
    assert tab.selected_workout() == "short"
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    view = tab.playing
    assert tab.pages.currentWidget() is view
    assert view.phase_label.text() == "Get ready"
    assert view.side_badge.text() == "L"
    assert tab.cues.voice.spoken[0] == "Get ready: Side plank with top leg on a bench. Left side."
    run_for(tab, clock, 10)  # prepare
    assert view.phase_label.text() == "Work"
    assert "Hold 1 of 2" in view.counter_label.text()
    run_for(tab, clock, 3 + 2 + 3)  # hold, rest, hold (left)
    assert view.phase_label.text() == "Switch sides"
    run_for(tab, clock, 5)
    assert view.side_badge.text() == "R"
    session_id = tab.session.session_id
    saved = store.sets(session_id)
    assert [(s.exercise, s.side, s.rep_index, s.hold_s) for s in saved] == [
        ("copenhagen_plank", "left", 0, 3.0),
        ("copenhagen_plank", "left", 1, 3.0),
    ]
    run_for(tab, clock, 3 + 2 + 3 + 4 + 10)  # right side, transition, into the clamshell
    assert view.exercise_label.text() == "Clamshell"
    assert view.buttons["complete"].isEnabled()  # self-paced: waits for the runner
    qtbot.keyClick(view, Qt.Key.Key_Return)  # left set done
    run_for(tab, clock, 5)  # switch sides
    qtbot.keyClick(view, Qt.Key.Key_Return)  # right set done
    assert tab.pages.currentWidget() is tab.summary
    assert "6 sets done" in tab.summary.text.text()
    tab.summary.rpe.setValue(6)
    tab.summary.pain_during.setValue(2)
    qtbot.mouseClick(tab.summary.save_button, Qt.MouseButton.LeftButton)
    info = store.session(session_id)
    assert (info.status, info.rpe, info.pain_during) == ("completed", 6, 2)
    assert len(store.sets(session_id)) == 6
    assert tab.pages.currentIndex() == 0


def test_keys_pause_skip_back_extend_and_leave(qtbot: QtBot, setup: tuple) -> None:  # type: ignore[type-arg]
    tab, clock, store = setup
    tab.start()
    view = tab.playing
    engine = tab.session.engine
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert engine.state == "paused"
    assert view.phase_label.text() == "Get ready — paused"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert engine.state == "running"
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert engine.remaining(clock.now) == pytest.approx(20.0)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # skip the preparation
    assert engine.phase.kind == "work"
    qtbot.keyClick(view, Qt.Key.Key_Right)  # skip the first hold: saved as skipped
    session_id = tab.session.session_id
    assert [s.skipped for s in store.sets(session_id)] == [True]
    qtbot.keyClick(view, Qt.Key.Key_Left)  # within 2 s: back to the hold
    assert engine.phase.kind == "work"
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # leave (confirmed)
    assert tab.pages.currentIndex() == 0
    assert store.session(session_id).status == "abandoned"


def test_every_button_has_an_accessible_name(setup: tuple) -> None:  # type: ignore[type-arg]
    tab, _, _ = setup
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


def test_the_screen_stays_awake_while_playing_only(qtbot: QtBot, data_dir: Path) -> None:
    from hiptrainer.ui.player.awake import ScreenAwake

    catalog = Catalog(exercises=BASE.exercises, workouts={"short": SHORT})
    clock = FakeClock()
    inhibitor = FakeInhibitor()
    tab = make_tab(qtbot, data_dir, catalog, None, clock, awake=ScreenAwake(inhibitor))
    tab.start()
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


def test_fix_the_last_set_with_c(qtbot: QtBot, data_dir: Path) -> None:
    catalog = Catalog(exercises=BASE.exercises, workouts={"short": SHORT})
    store = make_store(data_dir)
    clock = FakeClock()
    tab = make_tab(
        qtbot, data_dir, catalog, store, clock, ask_number=lambda question, current, top: 2.5
    )
    tab.start()
    run_for(tab, clock, 10 + 3)  # prepare, first hold
    qtbot.keyClick(tab.playing, Qt.Key.Key_C)
    saved = store.sets(tab.session.session_id)
    assert [s.hold_s for s in saved] == [2.5]


@pytest.mark.parametrize("order", ["left_first", "alternate"])
def test_the_bundled_warm_up_plays_start_to_finish(
    qtbot: QtBot, data_dir: Path, order: str
) -> None:
    from hiptrainer.settings import Settings

    store = make_store(data_dir)
    clock = FakeClock()
    tab = make_tab(qtbot, data_dir, BASE, store, clock, settings=Settings(side_order=order))
    assert tab.selected_workout() in BASE.workouts
    for row in range(tab.routines.count()):
        if tab.routines.item(row).data(Qt.ItemDataRole.UserRole) == "runners_hip_warmup":
            tab.routines.setCurrentRow(row)
    tab.start()
    session = tab.session
    work = sum(p.kind == "work" for p in session.phases)
    while tab.pages.currentWidget() is tab.playing:
        run_for(tab, clock, 5, step=1.0)
    assert tab.pages.currentWidget() is tab.summary
    saved = store.sets(session.session_id)
    assert len(saved) == work
    assert not any(s.skipped for s in saved)
    assert {s.side for s in saved if s.exercise == "clamshell"} == {"left", "right"}
    assert (
        "Workout complete. Well done."
        in session.parent().cues.voice.spoken + session.parent().cues.voice.pending()
    )

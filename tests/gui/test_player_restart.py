"""Close the window in any state of the player (getting ready, holding, resting, switching
sides, between exercises, mid-rep, paused, on the summary) and open it again on the same data
folder: the workout continues before the unfinished set, with that side's set-up line and
mirrored figure, nothing raises, nothing is lost or written twice."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.domain.sides import setup_line
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_player_motion import LIFT, lift_cycle  # noqa: F401 (a fixture)
from tests.gui.test_train_tab import BASE
from tests.helpers.prompts import FakePrompts
from tests.helpers.window import close, start_window, train_tab

#: A bundled routine with the leg lift (its rep moves through a cycle of key poses).
ROUTINE = next(w.id for w in BASE.workouts.values() if LIFT in [b.exercise for b in w.blocks])


def skip_to(tab: TrainTab, kind: str, side: str) -> None:
    """Skip phases (each skipped set is saved as skipped) up to the leg lift's ``kind``
    phase on ``side``: bounded by the plan's length."""
    session = tab.session
    assert session is not None
    for _ in range(len(session.phases)):
        phase = session.engine.phase
        if (phase.exercise, phase.kind, phase.side) == (LIFT, kind, side):
            return
        session.driver.skip()
    raise AssertionError(f"no {kind} phase on the {side} side of {LIFT}")


def reopened(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, TrainTab]:
    prompts = FakePrompts()
    prompts.resume_choice = "resume"
    with qtbot.captureExceptions() as raised:
        window = start_window(qtbot, data_dir, prompts)
    assert not raised, raised
    assert [kind for kind, _ in prompts.calls] == ["interrupted"]
    tab = window.train
    assert isinstance(tab, TrainTab)
    assert tab.session is not None
    assert tab.pages.currentWidget() is tab.playing
    return window, tab


def shown(tab: TrainTab) -> tuple[str, str, str]:
    view = tab.playing
    setup = view.setup_label.text() if view.setup_label.isVisibleTo(view) else ""
    return view.phase_label.text(), setup, f"{view.figure.pose} {view.figure.side}"


def test_closed_mid_rep_it_opens_again_on_the_set_up_of_that_set(
    qtbot: QtBot,
    data_dir: Path,
    lift_cycle: list[str],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import hiptrainer.ui.player.display as display

    monkeypatch.setattr(display, "MIN_SHIFT_PX", 0.0)  # every moment of the rep shown
    window = start_window(qtbot, data_dir, FakePrompts())
    tab = train_tab(window)
    assert tab.start_routine(ROUTINE)
    skip_to(tab, "work", "left")
    session = tab.session
    assert session is not None
    # Half a second into the first rep (the window's own clock): moving to the first pose
    # after standing.
    now = time.monotonic()
    tab.display.redraw(session.engine, now - session.engine.elapsed(now) + 0.5)
    figure = tab.playing.figure
    assert (figure.from_pose, figure.pose) == (lift_cycle[0], lift_cycle[1])
    assert 0 < figure.t < 1
    done = len(session.engine.results)
    tab.refresh.stop()
    close(window)

    second, again = reopened(qtbot, data_dir)
    assert again.session is not None
    phase = again.session.engine.phase
    assert (phase.exercise, phase.side) == (LIFT, "left")
    assert len(again.session.engine.results) == 0  # the earlier sets are in the store
    first = BASE.exercises[LIFT].steps[0].pose
    expected = setup_line(BASE.exercises[LIFT], "left")
    assert expected is not None
    assert shown(again) == ("Rest", expected, f"{first} left")
    assert again.playing.exercise_label.text() == f"Next: {BASE.exercises[LIFT].name}"
    assert done > 0
    again.refresh.stop()
    close(second)


def test_closed_while_switching_sides_it_opens_again_on_the_other_sides_set_up(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = start_window(qtbot, data_dir, FakePrompts())
    tab = train_tab(window)
    assert tab.start_routine(ROUTINE)
    skip_to(tab, "switch_sides", "right")
    expected = setup_line(BASE.exercises[LIFT], "right")
    assert expected is not None
    first = BASE.exercises[LIFT].steps[0].pose
    assert shown(tab) == ("Switch sides", expected, f"{first} right")
    tab.refresh.stop()
    close(window)

    second, again = reopened(qtbot, data_dir)
    assert again.session is not None
    phase = again.session.engine.phase
    assert (phase.exercise, phase.kind, phase.side) == (LIFT, "switch_sides", "right")
    assert shown(again) == ("Switch sides", expected, f"{first} right")
    again.refresh.stop()
    close(second)


def saved(data_dir: Path) -> list[tuple[str, str, int, int, bool]]:
    from hiptrainer.storage.database import open_database

    conn = open_database(data_dir)
    try:
        rows = conn.execute(
            "SELECT exercise, side, set_index, rep_index, skipped FROM sets ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return [(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


#: Every state the player can be closed in: (routine, what the phase under way is, paused).
PLAYER_STATES = {
    "get ready": ("post_run_strength", ("prepare", None), False),
    "hold": ("post_run_strength", ("work", "hold"), False),
    "rest between holds": ("post_run_strength", ("rest", None), False),
    "switch sides": ("post_run_strength", ("switch_sides", None), False),
    "rest between exercises": ("runners_hip_warmup", ("transition", None), False),
    "paced reps": ("runners_hip_warmup", ("work", "reps"), False),
    "paused in a hold": ("post_run_strength", ("work", "hold"), True),
}


@pytest.mark.parametrize("state", sorted(PLAYER_STATES))
def test_closed_in_any_player_state_it_opens_again_and_goes_on(
    qtbot: QtBot, data_dir: Path, state: str
) -> None:
    routine, (kind, work), paused = PLAYER_STATES[state]
    window = start_window(qtbot, data_dir, FakePrompts())
    tab = train_tab(window)
    assert tab.start_routine(routine)
    session = tab.session
    assert session is not None
    for _ in range(len(session.phases)):  # bounded: at most every phase once
        phase = session.engine.phase
        is_hold = phase.target_hold_s is not None
        if phase.kind == kind and (work is None or is_hold == (work == "hold")):
            break
        session.driver.skip()
    assert session.engine.phase.kind == kind
    if paused:
        session.driver.pause()
    # The last set's commit may still wait for the event loop: closing puts it in.
    before = [(r.exercise, r.side, r.set_index, r.rep_index, r.skipped)
              for r in session.engine.results]  # fmt: skip
    tab.refresh.stop()
    close(window)
    assert saved(data_dir) == before  # what was done is in, and nothing more

    again_window, again = reopened(qtbot, data_dir)
    resumed = again.session
    assert resumed is not None
    assert resumed.workout.id == routine
    done = {(e, s, i, r) for e, s, i, r, _ in before}
    first_open = next(
        p for p in resumed.phases
        if p.kind == "work" and (p.exercise, p.side, p.set_index, p.rep_index) not in done
    )  # fmt: skip
    # It goes on at the first set not done, or at the rest, switch or lead-in just before it.
    upcoming = next(
        p for p in resumed.phases[resumed.engine.index :] if p.kind == "work"
    )  # fmt: skip
    assert upcoming == first_open
    assert again.playing.phase_label.text() in ("Get ready", "Rest", "Switch sides", "Hold", "Reps")
    again.refresh.stop()
    close(again_window)
    assert saved(data_dir) == before


def test_closed_on_the_summary_it_opens_on_the_chooser_with_the_session_done(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = start_window(qtbot, data_dir, FakePrompts())
    tab = train_tab(window)
    assert tab.start_routine("runners_hip_warmup")
    assert tab.session is not None
    tab.session.driver.finish_early()
    assert tab.pages.currentWidget() is tab.summary
    tab.summary.rpe.setValue(5)  # chosen, never saved: the window closes first
    close(window)
    prompts = FakePrompts()
    with qtbot.captureExceptions() as raised:
        second = start_window(qtbot, data_dir, prompts)
    assert not raised, raised
    assert "interrupted" not in [kind for kind, _ in prompts.calls]  # it was finished
    again = train_tab(second)
    assert again.session is None
    assert again.pages.currentWidget() is again.chooser
    close(second)

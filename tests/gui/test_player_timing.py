"""On time: a new phase's cue and page come first and the set's commit right after, yet the
commit is always in before anything counts the set as saved (the summary, leaving, the window
closing); and the page wakes only when something on it changes."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import Catalog
from hiptrainer.domain.model import Workout
from hiptrainer.domain.records import SetRecord
from hiptrainer.storage.store import Store
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_cues import FakeToneOutput
from tests.gui.test_player_motion import routine
from tests.gui.test_train_tab import BASE, make_tab, play_to_the_end, run_for, short_catalog
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store


class WatchingStore(Store):
    """A real store that notes, at each commit of a set, what the player showed and said."""

    tab: TrainTab | None = None
    tones: FakeToneOutput | None = None
    seen: list[tuple[str, str]] = []

    def record_set(self, session_id: int, record: SetRecord) -> None:
        assert self.tab is not None
        assert self.tones is not None
        shown = self.tab.playing.phase_label.text()
        # The tone of the phase that began with the commit (a short rest may tick at once).
        tone = next((t for t in reversed(self.tones.played) if t != "tick"), "")
        self.seen.append((shown, tone))
        super().record_set(session_id, record)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def watched(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> tuple[TrainTab, WatchingStore]:
    plain = make_store(data_dir, clock)
    store = WatchingStore(plain.conn, plain.path, clock)
    store.seen = []
    tones = FakeToneOutput()
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock, tone_output=tones)
    store.tab, store.tones = tab, tones
    return tab, store


def test_the_next_phase_sounds_and_shows_before_the_set_is_committed(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    tab, store = watched(qtbot, data_dir, clock)
    assert tab.start()
    session = tab.session
    assert session is not None
    run_for(tab, clock, 10 + 3)  # the first hold ends: a rest begins
    # When the hold was committed, the rest was already on the page and its tone played.
    assert store.seen == [("Rest", "rest")]
    run_for(tab, clock, 2 + 3)  # the second hold ends: the switch of sides begins
    assert store.seen[-1] == ("Switch sides", "switch")
    assert session.session_id is not None
    assert len(store.sets(session.session_id)) == 2


def test_a_finished_set_waits_for_the_paint_then_is_committed_in_the_same_turn(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    tab, store = watched(qtbot, data_dir, clock)
    assert tab.start()
    session = tab.session
    assert session is not None
    clock.advance(seconds=13)
    session.driver.wake()  # the hold's deadline: the events are out...
    assert session.unsaved == 1
    assert store.seen == []
    QCoreApplication.sendPostedEvents()  # ...and one turn of the event loop later, it is in
    assert session.unsaved == 0
    assert session.in_store


@pytest.mark.parametrize("how", ["finished", "hidden", "left"])
def test_nothing_counts_a_set_as_saved_before_its_commit(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, how: str
) -> None:
    asked: list[int] = []
    tab, store = watched(qtbot, data_dir, clock)

    def confirm() -> bool:  # what leaving asks, once the sets are in
        assert tab.session is not None
        asked.append(tab.session.unsaved)
        return True

    tab._confirm_leave = confirm  # noqa: SLF001 (the window's question, in small)
    assert tab.start()
    session = tab.session
    assert session is not None
    assert session.session_id is not None
    clock.advance(seconds=13)
    session.driver.wake()  # a hold done; its commit waits for the event loop
    assert session.unsaved == 1
    if how == "finished":
        session.driver.finish_early()  # the end: the summary counts what the store holds
        assert tab.pages.currentWidget() is tab.summary
        assert tab.summary.warning.text() == ""  # nothing reported unsaved
    elif how == "hidden":
        tab.hide()  # as the window closes
    else:
        tab.leave()
        assert asked == [0]  # asked only once everything done was in
    assert [s.rep_index for s in store.sets(session.session_id) if not s.skipped] == [0]


def hold_routine() -> Catalog:
    """One hold of 20 s: the engine's own countdown events come only in its last 3 s."""
    workout = msgspec.convert(
        {"id": "hold", "name": "A hold", "summary": "One hold.", "focus": "activation",
         "blocks": [{"exercise": "glute_bridge", "dosage": {"sets": 1, "reps": [1, 1],
                                                          "hold_s": [20, 20]}}]},
        Workout,
    )  # fmt: skip
    return Catalog(exercises=BASE.exercises, workouts={"hold": workout})


def test_the_page_sleeps_until_something_on_it_changes(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    tab = make_tab(qtbot, data_dir, hold_routine(), None, clock)
    assert tab.start()
    run_for(tab, clock, 10)
    clock.advance(seconds=0.25)  # a quarter of a second into the hold
    tab.playback.redraw()
    assert tab.refresh.isActive()
    # The countdown turns at the next whole second: three quarters of a second away.
    assert 700 <= tab.refresh.remainingTime() <= 760
    assert tab.session is not None
    tab.session.driver.pause()
    assert not tab.refresh.isActive()  # paused: nothing moves
    tab.session.driver.resume()
    assert tab.refresh.isActive()
    tab.hide()
    assert not tab.refresh.isActive()  # not seen: not drawn
    tab.show()
    assert tab.refresh.isActive()
    # In the last seconds the engine's own countdown events come on the whole seconds: the
    # page waits for them (they redraw it) rather than waking just before and delaying them.
    clock.advance(seconds=16.0)  # 16.25 s in: the countdown's "three" comes at 17 s
    tab.session.driver.wake()
    tab.playback.redraw()
    assert not tab.refresh.isActive()
    shown = tab.playing.ring.text
    clock.advance(seconds=0.75)
    tab.session.driver.wake()  # the countdown event...
    assert tab.playing.ring.text == "3" != shown  # ...redrew the ring


def test_a_moving_rep_wakes_the_page_for_each_frame_and_its_pause_once(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    tab = make_tab(qtbot, data_dir, routine("glute_bridge", "2-2-2"), None, clock)
    assert tab.start()
    run_for(tab, clock, 10)  # get ready; the set begins
    session = tab.session
    assert session is not None
    clock.advance(seconds=0.85)  # mid-lift, where every frame moves the figure
    tab.playback.redraw()
    assert tab.refresh.remainingTime() <= 60  # the next frame, on the tenth of a second
    clock.advance(seconds=1.7)  # 2.55 s in: held at the top until 4 s
    tab.playback.redraw()
    assert tab.refresh.remainingTime() >= 440  # the next whole second of the ring, no frame


def test_the_summary_is_reached_with_every_set_committed(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    tab, store = watched(qtbot, data_dir, clock)
    assert tab.start()
    play_to_the_end(tab, clock)
    session = tab.session
    assert session is not None
    assert session.session_id is not None
    assert len(store.sets(session.session_id)) == 6
    assert session.summary().unsaved == 0


def test_a_workout_plays_with_what_existed_at_start_frozen_out_of_the_collector_s_sight(
    qtbot: QtBot, data_dir: Path
) -> None:
    """A full garbage collection scans every object it tracks (about 9 ms for the player's):
    what exists when a workout starts outlives it, so it is frozen while the workout plays and
    a collection then scans only what the workout made; it is thawed when the workout ends."""
    import gc

    from tests.gui.test_train_tab import make_tab, short_catalog
    from tests.helpers.clock import FakeClock

    tab = make_tab(qtbot, data_dir, short_catalog(), None, FakeClock())
    gc.unfreeze()
    assert tab.start()
    assert gc.get_freeze_count() > 0
    tab.leave()
    assert gc.get_freeze_count() == 0

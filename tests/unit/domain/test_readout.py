"""What the player shows of the clock, moving in whole seconds, and when it next changes: the
player wakes once a second in a hold, and a paced rep's picture only while it moves."""

from __future__ import annotations

import pytest

from hiptrainer.domain import words
from hiptrainer.domain.plan import Phase
from hiptrainer.domain.readout import next_change, readout

HOLD = Phase(kind="work", duration=20.0, exercise="plank", side="left", target_hold_s=20.0,
             reps=4)  # fmt: skip
REST = Phase(kind="rest", duration=10.0, exercise="plank", side="left")
PACED = Phase(kind="work", duration=18.0, exercise="clam", side="left", target_reps=3, reps=3,
              tempo=(2.0, 2.0, 2.0))  # fmt: skip
SELF = Phase(kind="work", duration=None, exercise="clam", side="left", target_reps=10, reps=10)
FRAME = 1 / 12
MARGIN = 0.001


def test_a_hold_counts_down_in_whole_seconds_and_the_ring_with_it() -> None:
    # 7.4 s into a 20 s hold that starts 100 s into a 400 s routine.
    shown = readout(HOLD, 20.0, 7.4, 100.0, 400.0)
    assert (shown.number, shown.caption) == ("13", "seconds")
    assert shown.fraction == pytest.approx(1 - 13 / 20)
    assert shown.time_left_s == 293  # 292.6 rounded up, as a countdown
    assert shown.progress_pct == 26  # 107.4 of 400
    assert shown.frame is None
    # At the start the ring is empty and shows the whole hold.
    assert readout(HOLD, 20.0, 0.0, 100.0, 400.0)[:3] == ("20", "seconds", 0.0)
    # Ten seconds added: the same moment, a longer hold.
    assert readout(HOLD, 30.0, 7.4, 100.0, 400.0).number == "23"


def test_a_hold_wakes_the_display_once_a_second() -> None:
    # 13 shown until 8.0 s in: 0.6 s from now. The time left turns at the same moment.
    assert next_change(HOLD, 20.0, 7.4, 100.0, 400.0, FRAME) == pytest.approx(0.6 + MARGIN)
    waits = []
    elapsed = 0.0
    for _ in range(40):  # bounded: a 20 s hold
        wait = next_change(HOLD, 20.0, elapsed, 100.0, 400.0, FRAME)
        assert wait is not None
        waits.append(wait)
        elapsed += wait
        if elapsed >= 20.0:
            break
    assert len(waits) == 20  # one wake-up a second, no more
    assert all(w == pytest.approx(1.0, abs=0.01) for w in waits[1:])


def test_the_progress_moves_on_the_seconds_and_wakes_nothing_of_its_own() -> None:
    # A 250 s routine: one percent is 2.5 s, but the page wakes on the whole seconds only.
    assert next_change(REST, 10.0, 1.0, 0.0, 250.0, FRAME) == pytest.approx(1.0 + MARGIN)
    assert next_change(REST, 10.0, 2.0, 0.0, 250.0, FRAME) == pytest.approx(1.0 + MARGIN)
    assert readout(REST, 10.0, 3.0, 0.0, 250.0).progress_pct == 1


def test_a_paced_set_shows_the_rep_under_way_and_moves_only_while_the_body_does() -> None:
    cycle = ["start", "leg_back", "hip_open", "leg_back", "start"]
    shown = readout(PACED, 18.0, 7.0, 0.0, 100.0, cycle)
    assert (shown.number, shown.caption) == ("2", "rep of 3")
    assert shown.fraction == pytest.approx(1 / 3)  # one rep of three done
    assert shown.frame is not None
    assert shown.frame.rep == 2
    # Moving: the next frame. In the pause (2 s to 4 s of a rep): its end, or the next
    # whole second of the ring, whichever comes first.
    assert next_change(PACED, 18.0, 0.5, 0.0, 100.0, FRAME, cycle) == pytest.approx(FRAME + MARGIN)
    assert next_change(PACED, 18.0, 2.25, 0.0, 100.0, FRAME, cycle) == pytest.approx(0.75 + MARGIN)
    assert next_change(PACED, 18.0, 3.0, 0.0, 100.0, FRAME, cycle) == pytest.approx(1.0 + MARGIN)


def test_a_self_paced_set_shows_its_reps_and_only_the_time_left_moves() -> None:
    shown = readout(SELF, None, 12.3, 50.0, 100.0)
    assert (shown.number, shown.caption, shown.fraction) == ("10", "reps — Enter when done", 1.0)
    assert shown.time_left_s == 38
    assert next_change(SELF, None, 12.3, 50.0, 100.0, FRAME) == pytest.approx(0.7 + MARGIN)


def test_nothing_changes_past_the_end_of_the_routine() -> None:
    # A self-paced set run long: the routine's planned time is used up, nothing counts.
    assert next_change(SELF, None, 80.0, 50.0, 100.0, FRAME) is None
    assert readout(SELF, None, 80.0, 50.0, 100.0)[3:5] == (0, 100)


def test_a_frame_must_last() -> None:
    with pytest.raises(ValueError, match="positive"):
        next_change(HOLD, 20.0, 1.0, 0.0, 100.0, 0.0)


def test_the_ring_s_captions_go_through_the_translation_hook() -> None:
    german = {
        "seconds": "Sekunden",
        "rep of {n}": "Wdh. von {n}",
        "reps — Enter when done": "Wdh., dann Eingabe",
    }
    words.install(lambda context, text, _: german.get(text, "") if context == "readout" else "")
    try:
        captions = [
            readout(HOLD, 20.0, 7.4, 100.0, 400.0).caption,
            readout(PACED, 18.0, 7.0, 0.0, 100.0, ["start", "leg_back"]).caption,
            readout(SELF, None, 12.3, 50.0, 100.0).caption,
        ]
    finally:
        words.reset()
    assert captions == ["Sekunden", "Wdh. von 3", "Wdh., dann Eingabe"]

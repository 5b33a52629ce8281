"""One repetition through several key poses, in its tempo (values worked out by hand)."""

from __future__ import annotations

import math

import pytest

from hiptrainer.domain.rep_motion import RepMotion, rep_frame, rep_motion, step_showing

#: The standing leg lift with hip rotation: leg back, hip open, back again, stand.
CYCLE = ["start", "leg_back", "hip_open", "leg_back", "start"]


@pytest.mark.parametrize(
    ("within", "expected"),
    [
        # 2-2-2: two lift segments of 1 s, the 2 s pause on hip_open, two lowering ones of 1 s.
        (0.0, ("start", "leg_back", 0.0)),
        (0.5, ("start", "leg_back", 0.5)),
        (1.0, ("leg_back", "hip_open", 0.0)),
        (1.25, ("leg_back", "hip_open", 0.25)),
        (2.0, ("leg_back", "hip_open", 1.0)),  # the pause begins: held open
        (3.5, ("leg_back", "hip_open", 1.0)),
        (4.0, ("hip_open", "leg_back", 0.0)),
        (4.5, ("hip_open", "leg_back", 0.5)),
        (5.75, ("leg_back", "start", 0.75)),
        (6.0, ("leg_back", "start", 1.0)),  # the rep is over: standing
    ],
)
def test_a_2_2_2_rep_moves_through_every_pose_of_the_cycle(
    within: float, expected: tuple[str, str, float]
) -> None:
    assert rep_motion(CYCLE, (2.0, 2.0, 2.0), within)[:3] == pytest.approx(expected)


def test_uneven_tempo_shares_the_lift_and_the_lowering_among_their_own_segments() -> None:
    # 4-1-2: 2 s per lift segment, 1 s per lowering segment.
    tempo = (4.0, 1.0, 2.0)
    assert rep_motion(CYCLE, tempo, 3.0)[:3] == ("leg_back", "hip_open", 0.5)
    assert rep_motion(CYCLE, tempo, 4.5)[:3] == ("leg_back", "hip_open", 1.0)
    assert rep_motion(CYCLE, tempo, 5.5)[:3] == ("hip_open", "leg_back", 0.5)
    assert rep_motion(CYCLE, tempo, 6.5)[:3] == ("leg_back", "start", 0.5)


def test_an_odd_number_of_segments_lifts_through_the_longer_half() -> None:
    # Three segments: a→b→c is the lift (1 s each at 2-1-3), c is held, c→a lowers in 3 s.
    cycle = ["a", "b", "c", "a"]
    assert rep_motion(cycle, (2.0, 1.0, 3.0), 1.5)[:3] == ("b", "c", 0.5)
    assert rep_motion(cycle, (2.0, 1.0, 3.0), 2.5)[:3] == ("b", "c", 1.0)
    assert rep_motion(cycle, (2.0, 1.0, 3.0), 4.5)[:3] == ("c", "a", 0.5)


def test_two_poses_go_up_and_come_back_down() -> None:
    assert rep_motion(["start", "up"], (1.0, 1.0, 2.0), 0.5)[:3] == ("start", "up", 0.5)
    assert rep_motion(["start", "up"], (1.0, 1.0, 2.0), 1.5)[:3] == ("start", "up", 1.0)
    assert rep_motion(["start", "up"], (1.0, 1.0, 2.0), 3.0)[:3] == ("up", "start", 0.5)


def test_no_pause_turns_straight_back_at_the_peak() -> None:
    assert rep_motion(CYCLE, (2.0, 0.0, 2.0), 2.0)[:3] == ("hip_open", "leg_back", 0.0)


def test_before_and_after_the_rep_it_rests_at_the_ends() -> None:
    assert rep_motion(CYCLE, (2.0, 2.0, 2.0), -1.0)[:3] == ("start", "leg_back", 0.0)
    assert rep_motion(CYCLE, (2.0, 2.0, 2.0), 60.0)[:3] == ("leg_back", "start", 1.0)
    assert rep_motion(CYCLE, (0.0, 0.0, 0.0), 0.0)[:3] == ("leg_back", "start", 1.0)


def test_a_cycle_of_one_pose_or_a_negative_tempo_is_refused() -> None:
    with pytest.raises(ValueError, match="at least two poses"):
        rep_motion(["start"], (2.0, 2.0, 2.0), 1.0)
    with pytest.raises(ValueError, match="at least two poses"):
        rep_motion([], (2.0, 2.0, 2.0), 1.0)
    with pytest.raises(ValueError, match="negative"):
        rep_motion(CYCLE, (2.0, -1.0, 2.0), 1.0)


def test_the_way_up_reads_the_step_moved_to_the_way_down_the_step_returned_to() -> None:
    # As the leg lift's pose file has it: from toes down, back up, open, back, toes down.
    cycle = ["toes_down", "leg_back", "hip_open", "leg_back", "toes_down"]
    tempo = (4.0, 2.0, 4.0)
    moments = [0.0, 1.0, 3.0, 4.5, 7.0, 9.0]
    assert [rep_motion(cycle, tempo, at).step_pose for at in moments] == [
        "leg_back",  # bringing the leg back
        "leg_back",
        "hip_open",  # opening the hip
        "hip_open",  # held open
        "toes_down",  # turning back: the step that says how to come back down
        "toes_down",
    ]


def test_the_step_shown_is_the_first_with_the_pose_else_the_one_moved_to_or_left() -> None:
    steps = ["start", "leg_back", "hip_open", "toes_down"]
    assert step_showing(steps, RepMotion("start", "leg_back", 0.3, "leg_back")) == 1
    assert step_showing(steps, RepMotion("hip_open", "leg_back", 0.5, "toes_down")) == 3
    assert step_showing(steps, RepMotion("leg_back", "start", 0.5, "start")) == 0
    assert step_showing(steps, RepMotion("leg_back", "hip_open", 0.5, "unshown")) == 2
    assert step_showing(steps, RepMotion("hip_open", "unshown", 0.5, "unshown")) == 2
    assert step_showing(steps, RepMotion("elsewhere", "unshown", 0.5, "gone")) is None


# --- a set of paced reps: which rep, where, and how long the picture stays -----------------


def test_a_set_counts_its_reps_and_starts_each_over() -> None:
    # 2-2-2 over the leg lift's cycle: 6 s a rep.
    frame = rep_frame((2.0, 2.0, 2.0), 3, 7.0, CYCLE)
    assert frame.rep == 2
    assert frame.within == pytest.approx(1.0)
    assert frame.motion is not None
    assert frame.motion[:3] == ("leg_back", "hip_open", 0.0)
    # Past the set's time the last rep stays, at rest.
    last = rep_frame((2.0, 2.0, 2.0), 3, 40.0, CYCLE)
    assert last.rep == 3
    assert last.still_for == math.inf


@pytest.mark.parametrize(
    ("elapsed", "still_for"),
    [
        (0.5, 0.0),  # bringing the leg back: moving
        (2.0, 2.0),  # the pause begins: still for all of it
        (3.25, 0.75),  # part way through the pause
        (4.5, 0.0),  # lowering
        (6.5, 0.0),  # the next rep: moving again
    ],
)
def test_the_picture_is_still_only_in_the_pause(elapsed: float, still_for: float) -> None:
    assert rep_frame((2.0, 2.0, 2.0), 3, elapsed, CYCLE).still_for == pytest.approx(still_for)


@pytest.mark.parametrize(
    ("elapsed", "t", "still_for"),
    [
        (0.0, 0.0, 0.0),
        (1.0, 0.5, 0.0),  # half way up
        (2.5, 1.0, 0.5),  # held at the top, half a second of the pause left
        (4.0, 0.5, 0.0),  # half way down
        (5.0, 0.0, 0.0),  # the second rep begins at the bottom
    ],
)
def test_without_a_cycle_a_rep_goes_up_holds_and_comes_down(
    elapsed: float, t: float, still_for: float
) -> None:
    frame = rep_frame((2.0, 1.0, 2.0), 2, elapsed)
    assert frame.motion is None
    assert (frame.t, frame.still_for) == pytest.approx((t, still_for))


def test_a_set_without_reps_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one rep"):
        rep_frame((2.0, 1.0, 2.0), 0, 1.0)

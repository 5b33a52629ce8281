"""Every progression rule against hand-made logs: move on, stay, step back, per side."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.domain.model import Block, Dosage, Workout
from hiptrainer.domain.progress_pain import SessionScores
from hiptrainer.domain.progression import LoggedWork, ProgressionLog, Suggestion, suggest
from hiptrainer.domain.progression_ladder import Dose

EXERCISES = load_catalog().exercises
TODAY = date(2026, 3, 20)
DAY1, DAY2, DAY3 = TODAY - timedelta(days=5), TODAY - timedelta(days=3), TODAY - timedelta(days=1)


def routine(exercise: str, dosage: Dosage | None = None, focus: str = "strength") -> Workout:
    return Workout(
        id="mine", name="Mine", summary="Test routine.", focus=focus,
        blocks=[Block(exercise=exercise, dosage=dosage)],
    )  # fmt: skip


def scores(
    session: int, day: date, rpe: int | None = 6, during: int | None = 0,
    after: int | None = 0, morning: int | None = 0,
) -> SessionScores:  # fmt: skip
    return SessionScores(session, day, rpe, during, after, morning)


def holds(
    session: int, exercise: str, side: str, target: float, done: Sequence[float],
    sets: int = 1, skipped: Sequence[int] = (),
) -> list[LoggedWork]:  # fmt: skip
    """``done`` holds per set (the same in every set); ``skipped`` rep indexes."""
    return [
        LoggedWork(
            session, exercise, side, set_index, rep, None, None, target, value, rep in skipped
        )  # fmt: skip
        for set_index in range(sets)
        for rep, value in enumerate(done)
    ]


def rep_sets(
    session: int, exercise: str, side: str, target: int, done: Sequence[int]
) -> list[LoggedWork]:
    return [
        LoggedWork(session, exercise, side, set_index, 0, target, value, None, None, False)
        for set_index, value in enumerate(done)
    ]


def both_sides(session: int, exercise: str, target: float, count: int) -> list[LoggedWork]:
    return [
        *holds(session, exercise, "left", target, [target] * count),
        *holds(session, exercise, "right", target, [target] * count),
    ]


def run(
    workout: Workout, sessions: list[SessionScores], work: list[LoggedWork], today: date = TODAY
) -> dict[str, Suggestion]:
    found = suggest(workout, EXERCISES, ProgressionLog(workout.id, sessions, work), today)
    return {s.side: s for s in found}


PLANK = routine("side_plank")  # 2–3 holds of 15–20 s, harder: side plank with leg lift
TWO_CLEAN = [scores(1, DAY1), scores(2, DAY2)]


# --- moving on -----------------------------------------------------------------------------


def test_two_clean_sessions_move_on_by_five_seconds_with_the_reason() -> None:
    found = run(
        PLANK, TWO_CLEAN, both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    )
    left = found["left"]
    assert (left.kind, left.change) == ("move_on", "longer_hold")
    assert left.current == Dose("side_plank", 1, 2, 15)
    assert left.next == Dose("side_plank", 1, 2, 20)
    assert left.reason == (
        "2 sessions at 2 × 15 s, effort 6, no pain during or after, no pain next morning."
    )
    assert left.session_id == 2
    assert left.applicable
    assert found["right"].next == left.next


def test_a_hold_climbs_the_ladder_to_the_harder_variant() -> None:
    # Top of the hold range (20 s): one more hold. Top of the holds too: the harder variant.
    found = run(
        PLANK, TWO_CLEAN, both_sides(1, "side_plank", 20, 2) + both_sides(2, "side_plank", 20, 2)
    )
    assert (found["left"].change, found["left"].next) == (
        "more_holds", Dose("side_plank", 1, 3, 20)
    )  # fmt: skip
    found = run(
        PLANK, TWO_CLEAN, both_sides(1, "side_plank", 20, 3) + both_sides(2, "side_plank", 20, 3)
    )
    harder = EXERCISES["side_plank_hip_abduction"]
    assert found["right"].change == "harder_variant"
    # The first harder variant listed, at the bottom of its own dose (2 × 10 reps).
    assert found["right"].next == Dose(harder.id, harder.dosage.sets, harder.dosage.reps[0])


def test_the_top_without_a_harder_variant_stays_and_says_so() -> None:
    copenhagen = routine("copenhagen_plank")  # 4–6 × 15–20 s, no harder variant
    assert EXERCISES["copenhagen_plank"].harder == []
    work = both_sides(1, "copenhagen_plank", 20, 6) + both_sides(2, "copenhagen_plank", 20, 6)
    left = run(copenhagen, TWO_CLEAN, work)["left"]
    assert (left.kind, left.change, left.applicable) == ("stay", "none", False)
    assert left.reason.endswith("the top of this dose, and no harder variant: keep it here.")


def test_reps_use_double_progression_then_the_harder_variant() -> None:
    bridge = routine("single_leg_bridge")  # 2 × 10–12, harder: banded hip thrust
    work = [*rep_sets(1, "single_leg_bridge", "left", 10, [10, 10]),
            *rep_sets(2, "single_leg_bridge", "left", 10, [10, 10])]  # fmt: skip
    left = run(bridge, TWO_CLEAN, work)["left"]
    assert (left.change, left.next) == ("more_reps", Dose("single_leg_bridge", 2, 11))
    work = [*rep_sets(1, "single_leg_bridge", "left", 12, [12, 12]),
            *rep_sets(2, "single_leg_bridge", "left", 12, [12, 12])]  # fmt: skip
    left = run(bridge, TWO_CLEAN, work)["left"]
    assert (left.change, left.next) == ("harder_variant", Dose("banded_hip_thrust", 2, 12))


def test_a_warm_up_keeps_its_own_dose_and_never_goes_harder() -> None:
    warm_up = routine(
        "copenhagen_short_lever",
        Dosage(sets=1, reps=(4, 4), hold_s=(20, 20), rest_between_reps_s=10),
        focus="activation",
    )
    work = both_sides(1, "copenhagen_short_lever", 20, 4) + both_sides(
        2, "copenhagen_short_lever", 20, 4
    )
    left = run(warm_up, TWO_CLEAN, work)["left"]
    assert left.kind == "stay"
    assert "a warm-up stays light" in left.reason


def test_effort_and_pain_reported_as_they_were() -> None:
    sessions = [scores(1, DAY1, rpe=5, during=1, after=2, morning=1), scores(2, DAY2, rpe=7)]
    found = run(
        PLANK, sessions, both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    )
    assert found["left"].reason == (
        "2 sessions at 2 × 15 s, effort 7 at most, pain during and after 2 at most, "
        "pain next morning 1 at most."
    )
    assert found["left"].kind == "move_on"


# --- staying -------------------------------------------------------------------------------


def test_one_session_at_a_dose_is_not_enough() -> None:
    left = run(PLANK, [scores(1, DAY1)], both_sides(1, "side_plank", 15, 2))["left"]
    assert (left.kind, left.next) == ("stay", left.current)
    assert left.reason == "1 session at 2 × 15 s so far (moving on needs 2)."
    # Two sessions at different doses: only the latest dose counts.
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 20, 2)
    assert run(PLANK, TWO_CLEAN, work)["left"].reason.startswith("1 session at 2 × 20 s so far")


def test_effort_too_high_stays() -> None:
    sessions = [scores(1, DAY1), scores(2, DAY2, rpe=8)]
    left = run(
        PLANK, sessions, both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    )["left"]
    assert left.kind == "stay"
    assert left.reason == f"Effort 8 on {DAY2.day} Mar (moving on needs 7 or less)."
    assert left.if_settled is None


def test_effort_not_rated_stays() -> None:
    sessions = [scores(1, DAY1, rpe=None), scores(2, DAY2)]
    left = run(
        PLANK, sessions, both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    )["left"]
    assert (left.kind, left.reason) == ("stay", f"Effort not rated on {DAY1.day} Mar.")


def test_two_unrated_sessions_on_one_day_say_each_reason_once() -> None:
    sessions = [scores(1, TODAY, rpe=None, morning=None), scores(2, TODAY, rpe=None, morning=None)]
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    left = run(PLANK, sessions, work)["left"]
    assert left.reason == (
        f"Effort not rated on {TODAY.day} Mar; "
        f"the next-morning answer for {TODAY.day} Mar comes tomorrow."
    )


def test_pain_four_or_five_is_acceptable_but_not_for_moving_on() -> None:
    sessions = [scores(1, DAY1, after=4), scores(2, DAY2, during=5)]
    left = run(
        PLANK, sessions, both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    )["left"]
    assert left.kind == "stay"  # not a step back: 5 is within the model
    assert left.reason == (
        f"Pain 5 during on {DAY2.day} Mar: acceptable, but moving on needs 3 or less; "
        f"pain 4 after on {DAY1.day} Mar: acceptable, but moving on needs 3 or less."
    )


def test_a_missing_next_morning_answer_stays_and_says_so() -> None:
    sessions = [scores(1, DAY1), scores(2, DAY2, morning=None)]
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    left = run(PLANK, sessions, work)["left"]
    assert left.kind == "stay"
    assert left.reason == (
        f"No next-morning answer for {DAY2.day} Mar, and moving on waits for it."
    )
    # Once answered with the pain settled, it would move on to this:
    assert left.if_settled == Dose("side_plank", 1, 2, 20)


def test_right_after_the_session_the_morning_answer_is_still_to_come() -> None:
    sessions = [scores(1, DAY1), scores(2, TODAY, morning=None)]
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    left = run(PLANK, sessions, work)["left"]
    assert left.reason == f"The next-morning answer for {TODAY.day} Mar comes tomorrow."
    assert left.if_settled == Dose("side_plank", 1, 2, 20)


def test_a_missing_morning_with_another_reason_has_no_if_settled() -> None:
    sessions = [scores(1, DAY1, rpe=9), scores(2, DAY2, morning=None)]
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    left = run(PLANK, sessions, work)["left"]
    assert left.if_settled is None
    assert "effort 9" in left.reason.lower()
    assert "no next-morning answer" in left.reason


def test_morning_pain_not_settled_stays() -> None:
    sessions = [scores(1, DAY1, morning=3), scores(2, DAY2, morning=3)]
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    left = run(PLANK, sessions, work)["left"]
    assert left.kind == "stay"  # 3 after 3 did not rise: not a step back
    assert f"pain next morning 3 after {DAY2.day} mar: not settled to 2 or less" in (
        left.reason.lower()
    )


def test_a_set_skipped_before_it_began_stays() -> None:
    work = both_sides(1, "side_plank", 15, 2) + [
        *holds(2, "side_plank", "left", 15, [15, 0.2], skipped=[1]),
        *holds(2, "side_plank", "right", 15, [15, 15]),
    ]
    found = run(PLANK, TWO_CLEAN, work)
    assert found["left"].kind == "stay"
    assert found["left"].reason == f"1 skipped on the left side on {DAY2.day} Mar."
    assert found["right"].kind == "move_on"


def test_a_routine_changed_since_the_last_session_waits_for_a_session_at_it() -> None:
    changed = routine("side_plank", Dosage(sets=1, reps=(3, 3), hold_s=(25, 25)))
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    left = run(changed, TWO_CLEAN, work)["left"]
    assert left.kind == "stay"
    assert left.reason.startswith("The routine plays 3 × 25 s hold now, with no session at it yet")


# --- per side ------------------------------------------------------------------------------


def test_a_weaker_side_is_held_back_while_the_stronger_moves_on() -> None:
    # The left side fell short in the earlier session; the latest was clean on both.
    work = [
        *holds(1, "side_plank", "left", 20, [20, 17.5]),
        *holds(1, "side_plank", "right", 20, [20, 20]),
        *both_sides(2, "side_plank", 20, 2),
    ]
    found = run(PLANK, TWO_CLEAN, work)
    assert (found["left"].kind, found["left"].next) == ("stay", Dose("side_plank", 1, 2, 20))
    assert found["left"].reason == (f"A hold of 17.5 s of 20 s on the left side on {DAY1.day} Mar.")
    assert (found["right"].kind, found["right"].next) == ("move_on", Dose("side_plank", 1, 3, 20))


def test_a_side_with_its_own_dose_is_read_against_that_dose() -> None:
    # The user's copy holds the left side at 2 × 15 s while the right side plays 2 × 20 s
    # (side_dosage). Sessions played so are "at the routine's dose" on both sides: each side
    # moves on from its own dose, and neither waits for "a session at it".
    from hiptrainer.domain.model import SideDosage

    block = Block(
        exercise="side_plank",
        dosage=Dosage(sets=1, reps=(2, 2), hold_s=(20, 20)),
        side_dosage=SideDosage(left=Dosage(sets=1, reps=(2, 2), hold_s=(15, 15))),
    )
    copy = Workout(
        id="mine", name="Mine", summary="Test routine.", focus="strength", blocks=[block]
    )
    work = [
        *holds(1, "side_plank", "left", 15, [15, 15]),
        *holds(1, "side_plank", "right", 20, [20, 20]),
        *holds(2, "side_plank", "left", 15, [15, 15]),
        *holds(2, "side_plank", "right", 20, [20, 20]),
    ]
    found = run(copy, TWO_CLEAN, work)
    assert (found["left"].kind, found["left"].next) == ("move_on", Dose("side_plank", 1, 2, 20))
    assert (found["right"].kind, found["right"].next) == ("move_on", Dose("side_plank", 1, 3, 20))


def test_a_failed_set_steps_that_side_back_one_rung() -> None:
    work = [
        *both_sides(1, "side_plank", 20, 3),
        *holds(2, "side_plank", "left", 20, [20, 12.0, 11.0]),
        *holds(2, "side_plank", "right", 20, [20, 20, 20]),
    ]
    found = run(PLANK, TWO_CLEAN, work)
    left = found["left"]
    assert (left.kind, left.change, left.next) == (
        "step_back", "fewer_holds", Dose("side_plank", 1, 2, 20)
    )  # fmt: skip
    assert left.reason == f"2 holds short of 20 s on the left side on {DAY2.day} Mar (11–12 s)."
    assert found["right"].kind == "move_on"


def test_a_hold_a_second_short_still_counts_as_done() -> None:
    work = both_sides(1, "side_plank", 15, 2) + [
        *holds(2, "side_plank", "left", 15, [15, 14.1]),
        *holds(2, "side_plank", "right", 15, [15, 15]),
    ]
    assert run(PLANK, TWO_CLEAN, work)["left"].kind == "move_on"


def bridge_sets(session: int, done: Sequence[int], target: int = 10) -> list[LoggedWork]:
    """Single-leg bridge sets of ``done`` on both sides."""
    return [
        *rep_sets(session, "single_leg_bridge", "left", target, done),
        *rep_sets(session, "single_leg_bridge", "right", target, done),
    ]


def test_a_failed_set_at_the_bottom_is_repeated_then_the_easier_variant() -> None:
    bridge = routine("single_leg_bridge")
    first, short = bridge_sets(1, [10, 10]), bridge_sets(2, [10, 7])
    left = run(bridge, TWO_CLEAN, first + short)["left"]
    assert (left.kind, left.next) == ("stay", Dose("single_leg_bridge", 2, 10))
    assert left.reason == (
        f"A set of 7 of 10 reps on the left side on {DAY2.day} Mar; the bottom of this "
        "dose already: repeat it (the easier variant follows if it falls short 2 sessions "
        "running)."
    )
    found = run(bridge, TWO_CLEAN, bridge_sets(1, [10, 8]) + short)
    glute = EXERCISES["glute_bridge"]
    # Both sides short twice: the block changes to the easier variant, at the easy end of
    # its own dose (3 × 10 of 10–15), and no more reps or sets than before (2 × 10).
    assert glute.dosage.sets == 3
    for side in ("left", "right"):
        assert (found[side].kind, found[side].change, found[side].next) == (
            "step_back", "easier_variant", Dose("glute_bridge", 2, 10)
        )  # fmt: skip


def test_one_side_short_twice_repeats_its_exercise_while_the_other_moves_on() -> None:
    """A block is one exercise: the left's easier variant would take the right's move on
    with it, so the left steps back on its own dose instead (2 reps fewer)."""
    rdl = routine("single_leg_rdl")  # 2 × 8–12, easier: banded hip thrust
    work = [
        *rep_sets(1, "single_leg_rdl", "left", 8, [8, 7]),
        *rep_sets(2, "single_leg_rdl", "left", 8, [7, 7]),
        *rep_sets(1, "single_leg_rdl", "right", 8, [8, 8]),
        *rep_sets(2, "single_leg_rdl", "right", 8, [8, 8]),
    ]
    found = run(rdl, TWO_CLEAN, work)
    left, right = found["left"], found["right"]
    assert (right.kind, right.next) == ("move_on", Dose("single_leg_rdl", 2, 9))
    assert (left.kind, left.change, left.next) == (
        "step_back", "fewer_reps", Dose("single_leg_rdl", 2, 6)
    )  # fmt: skip
    assert left.reason == (
        f"2 sets short of 8 reps on the left side on {DAY2.day} Mar (7 reps each); short 2 "
        "sessions running at the bottom of this dose; the right side moves on, so the left "
        "repeats this exercise at 2 × 6 reps instead of changing exercise."
    )


def test_one_side_short_twice_while_the_other_stays_keeps_the_exercise_too() -> None:
    bridge = routine("single_leg_bridge")
    work = [
        *rep_sets(1, "single_leg_bridge", "left", 10, [10, 8]),
        *rep_sets(2, "single_leg_bridge", "left", 10, [10, 7]),
        *rep_sets(1, "single_leg_bridge", "right", 10, [10, 10]),
        *rep_sets(2, "single_leg_bridge", "right", 10, [10, 10]),
    ]
    sessions = [scores(1, DAY1), scores(2, DAY2, rpe=8)]  # effort 8: the right stays
    found = run(bridge, sessions, work)
    assert found["right"].kind == "stay"
    assert found["left"].next == Dose("single_leg_bridge", 2, 8)
    assert "the right side stays on this exercise, so the left repeats" in found["left"].reason


def test_a_side_with_no_session_of_its_own_is_not_taken_to_another_exercise() -> None:
    bridge = routine("single_leg_bridge")
    work = [*rep_sets(1, "single_leg_bridge", "left", 10, [10, 8]),
            *rep_sets(2, "single_leg_bridge", "left", 10, [10, 7])]  # fmt: skip
    found = run(bridge, TWO_CLEAN, work)
    assert list(found) == ["left"]
    assert (found["left"].change, found["left"].next) == (
        "fewer_reps", Dose("single_leg_bridge", 2, 8)
    )  # fmt: skip
    assert "the right side has no session of it yet" in found["left"].reason


def test_a_hold_side_steps_back_by_five_seconds_on_its_own() -> None:
    """Copenhagen plank, bottom of 4–6 × 15–20 s: the left's holds end short (form
    failure) while the right moves on; the left's hold gets 5 s shorter, not fewer."""
    plank = routine("copenhagen_plank")
    work = [
        *holds(1, "copenhagen_plank", "left", 15, [15, 15, 13, 15]),
        *holds(2, "copenhagen_plank", "left", 15, [13.7, 13.2, 13.5, 15]),
        *holds(1, "copenhagen_plank", "right", 15, [15] * 4),
        *holds(2, "copenhagen_plank", "right", 15, [15] * 4),
    ]
    found = run(plank, TWO_CLEAN, work)
    assert found["right"].next == Dose("copenhagen_plank", 1, 4, 20)
    assert (found["left"].change, found["left"].next) == (
        "shorter_hold", Dose("copenhagen_plank", 1, 4, 10)
    )  # fmt: skip
    assert found["left"].reason.endswith(
        "the right side moves on, so the left repeats this exercise at 4 × 10 s instead of "
        "changing exercise."
    )


def test_a_pain_spike_takes_both_sides_to_the_easier_variant_at_one_dose() -> None:
    # Pain is the runner's: both sides step back, and at the bottom both change exercise.
    plank = routine("copenhagen_plank")
    sessions = [scores(1, DAY1), scores(2, DAY2, during=7)]
    work = [
        *holds(1, "copenhagen_plank", "left", 15, [15] * 4),
        *holds(2, "copenhagen_plank", "left", 15, [15] * 4),
        *holds(1, "copenhagen_plank", "right", 15, [15] * 4),
        *holds(2, "copenhagen_plank", "right", 15, [15] * 4),
    ]
    found = run(plank, sessions, work)
    # The short lever's own dose is 6–8 × 20 s: its easy end, never more holds (4) or a
    # longer hold (15 s) than before.
    assert EXERCISES["copenhagen_short_lever"].dosage.reps == (6, 8)
    for side in ("left", "right"):
        assert (found[side].change, found[side].next) == (
            "easier_variant", Dose("copenhagen_short_lever", 1, 4, 15)
        )  # fmt: skip


# --- stepping back for pain ----------------------------------------------------------------


def test_a_pain_spike_steps_back_both_sides() -> None:
    sessions = [scores(1, DAY1), scores(2, DAY2, during=6, after=7)]
    work = both_sides(1, "side_plank", 20, 3) + both_sides(2, "side_plank", 20, 3)
    found = run(PLANK, sessions, work)
    for side in ("left", "right"):
        assert (found[side].kind, found[side].change) == ("step_back", "fewer_holds")
        assert found[side].next == Dose("side_plank", 1, 2, 20)
    assert found["left"].reason == (
        f"Pain 6 during on {DAY2.day} Mar (above 5); pain 7 after on {DAY2.day} Mar (above 5)."
    )


def test_pain_in_a_later_session_of_another_routine_counts_too() -> None:
    other = scores(9, DAY3, during=7)
    sessions = [*TWO_CLEAN, other]
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    left = run(PLANK, sessions, work)["left"]
    assert left.kind == "step_back"
    assert left.reason == f"Pain 7 during on {DAY3.day} Mar (above 5)."
    # Pain of 4 in that other session only keeps the dose.
    sessions[-1] = scores(9, DAY3, during=4)
    assert run(PLANK, sessions, work)["left"].kind == "stay"


def test_next_morning_pain_worse_than_before_steps_back() -> None:
    sessions = [scores(1, DAY1, morning=1), scores(2, DAY2, morning=3)]
    work = both_sides(1, "side_plank", 20, 2) + both_sides(2, "side_plank", 20, 2)
    left = run(PLANK, sessions, work)["left"]
    assert (left.kind, left.change) == ("step_back", "shorter_hold")
    assert left.next == Dose("side_plank", 1, 2, 15)
    assert left.reason == f"Pain next morning 3 after {DAY2.day} Mar, up from 1."


def test_a_morning_rise_within_zero_to_two_is_not_worse() -> None:
    sessions = [scores(1, DAY1, morning=0), scores(2, DAY2, morning=2)]
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    assert run(PLANK, sessions, work)["left"].kind == "move_on"


def test_the_morning_before_the_routine_counts_as_before() -> None:
    # The last morning rating before session 2 came from another routine's session.
    sessions = [scores(1, DAY1, morning=None), scores(7, DAY1 + timedelta(days=1), morning=0),
                scores(2, DAY2, morning=4)]  # fmt: skip
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    left = run(PLANK, sessions, work)["left"]
    assert left.reason == f"Pain next morning 4 after {DAY2.day} Mar, up from 0."


def test_pain_at_the_easiest_dose_with_no_easier_variant_stays_and_suggests_asking() -> None:
    clam = routine("clamshell")  # 3 × 10, no easier variant
    assert EXERCISES["clamshell"].easier == []
    sessions = [scores(1, DAY1), scores(2, DAY2, during=7)]
    work = [*rep_sets(1, "clamshell", "left", 10, [10, 10, 10]),
            *rep_sets(2, "clamshell", "left", 10, [10, 10, 10])]  # fmt: skip
    left = run(clam, sessions, work)["left"]
    assert (left.kind, left.applicable) == ("stay", False)
    assert "already the easiest dose here" in left.reason
    assert "physiotherapist" in left.reason


def test_a_pain_spike_at_the_bottom_goes_to_the_easier_variant_at_once() -> None:
    sessions = [scores(1, DAY1), scores(2, DAY2, morning=6)]
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    left = run(PLANK, sessions, work)["left"]
    easier = EXERCISES["side_lying_hip_abduction"]
    assert (left.kind, left.change) == ("step_back", "easier_variant")
    # The easy end of the variant's own dose (a hold and reps do not compare).
    assert left.next == Dose(easier.id, easier.dosage.sets, easier.dosage.reps[0])


# --- the shape of the answer ---------------------------------------------------------------


def test_nothing_logged_gives_no_suggestion_and_order_is_block_then_side() -> None:
    assert suggest(PLANK, EXERCISES, ProgressionLog("mine", [], []), TODAY) == []
    two = Workout(
        id="two", name="Two", summary="Two blocks.", focus="strength",
        blocks=[Block(exercise="side_plank"), Block(exercise="glute_bridge")],
    )  # fmt: skip
    work = [*both_sides(1, "side_plank", 15, 2),
            *rep_sets(1, "glute_bridge", "both", 10, [10, 10, 10])]  # fmt: skip
    found = suggest(two, EXERCISES, ProgressionLog("two", [scores(1, DAY1)], work), TODAY)
    assert [(s.block, s.exercise, s.side) for s in found] == [
        (0, "side_plank", "left"), (0, "side_plank", "right"), (1, "glute_bridge", "both")
    ]  # fmt: skip
    assert found[2].reason == "1 session at 3 × 10 reps so far (moving on needs 2)."
    assert len({s.key for s in found}) == 3


def test_only_the_routines_sessions_count_as_its_history() -> None:
    # Session 5, after this routine's latest, belongs to another routine: its pain would
    # count, but its effort and its missing next-morning answer are not this routine's.
    sessions = [scores(1, DAY1), scores(2, DAY2), scores(5, DAY3, rpe=9, morning=None)]
    work = both_sides(1, "side_plank", 15, 2) + both_sides(2, "side_plank", 15, 2)
    left = run(PLANK, sessions, work)["left"]
    assert left.kind == "move_on"
    assert left.session_id == 2


@pytest.mark.parametrize(
    ("dose", "words"),
    [(Dose("x", 1, 4, 20), "4 × 20 s"), (Dose("x", 2, 4, 20), "2 sets of 4 × 20 s"),
     (Dose("x", 2, 12), "2 × 12 reps"), (Dose("x", 1, 12), "12 reps")],
)  # fmt: skip
def test_dose_words(dose: Dose, words: str) -> None:
    assert dose.words() == words
    assert Dose("x", 1, 15).words("steps each way") == "15 steps each way"


def test_several_sets_short_by_the_same_amount_are_said_once() -> None:
    rdl = routine("single_leg_rdl")
    low = EXERCISES["single_leg_rdl"].dosage.reps[0]
    work = [*rep_sets(1, "single_leg_rdl", "right", low, [low, low]),
            *rep_sets(2, "single_leg_rdl", "right", low, [low - 1, low - 1])]  # fmt: skip
    right = run(rdl, TWO_CLEAN, work)["right"]
    assert right.reason.startswith(
        f"2 sets short of {low} reps on the right side on {DAY2.day} Mar ({low - 1} reps each); "
    )


@pytest.mark.parametrize(("reps", "after"), [(12, 10), (11, 10)])
def test_a_step_back_in_reps_is_two_reps_never_below_the_range(reps: int, after: int) -> None:
    bridge = routine("single_leg_bridge")  # 2 × 10–12
    sessions = [scores(1, DAY1), scores(2, DAY2, after=6)]
    work = [*rep_sets(1, "single_leg_bridge", "left", reps, [reps, reps]),
            *rep_sets(2, "single_leg_bridge", "left", reps, [reps, reps])]  # fmt: skip
    left = run(bridge, sessions, work)["left"]
    assert (left.kind, left.change) == ("step_back", "fewer_reps")
    assert left.next == Dose("single_leg_bridge", 2, after)

"""One length for a routine: the estimate is what the engine actually plays.

The routine chooser and ``hiptrainer workouts`` print ``minutes_text(workout_seconds(...))``;
the player counts down the phases of ``expand(...)``. Each bundled routine, in every side
order and at both ends of its doses, is walked through a real :class:`Engine` on a fake
clock, and the estimate must equal the time that passed.
"""

from __future__ import annotations

import pytest

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.dose import dose_seconds, minutes_text, workout_seconds
from hiptrainer.domain.engine import Engine
from hiptrainer.domain.model import Block, Dosage, Workout
from hiptrainer.domain.plan import (
    DOSE_LEVELS,
    PREPARE_S,
    SELF_PACED_REP_S,
    SIDE_ORDERS,
    DoseLevel,
    Phase,
    SideOrder,
    expand,
    routine_seconds,
    total_seconds,
)
from tests.helpers.clock import FakeClock

CATALOG = load_catalog()


def play_through(phases: list[Phase], clock: FakeClock) -> float:
    """Drive an engine from start to done as the player's timer does, waking at each event
    it schedules; a self-paced set is confirmed after its planned reps. Returns the seconds
    that passed on the clock."""
    engine = Engine(phases)
    started = clock.monotonic()
    engine.start(started)
    # Every wake-up crosses at least one event: a countdown second, a rep or a phase end.
    for _ in range(sum(phase.reps + 5 for phase in phases)):
        if engine.state == "finished":
            break
        due = engine.next_event_time()
        if due is None:
            phase = engine.phase
            assert phase.kind == "work", phase
            assert not phase.timed, phase
            clock.advance(seconds=phase.reps * SELF_PACED_REP_S)
            engine.complete(clock.monotonic())
        else:
            clock.set_monotonic(due)
            engine.advance(clock.monotonic())
    assert engine.state == "finished"
    return clock.monotonic() - started


def one_block(exercise: str, dosage: Dosage | None = None) -> Workout:
    return Workout(
        id="one", name="One", summary="One exercise.", focus="strength",
        blocks=[Block(exercise=exercise, dosage=dosage)],
    )  # fmt: skip


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return CATALOG


@pytest.mark.parametrize("level", DOSE_LEVELS)
@pytest.mark.parametrize("order", SIDE_ORDERS)
@pytest.mark.parametrize("workout_id", sorted(CATALOG.workouts))
def test_the_estimate_is_the_time_the_engine_plays(
    catalog: Catalog, workout_id: str, order: SideOrder, level: DoseLevel
) -> None:
    workout = catalog.workouts[workout_id]
    played = play_through(expand(workout, catalog.exercises, order, level), FakeClock())
    assert workout_seconds(workout, catalog.exercises, order, level) == pytest.approx(played)
    assert workout_seconds(workout, catalog.exercises, order=order, level=level) == (
        routine_seconds(workout, catalog.exercises, order, level)
    )


@pytest.mark.parametrize("workout_id", sorted(CATALOG.workouts))
def test_the_length_the_chooser_shows_is_the_one_the_player_plays(
    catalog: Catalog, workout_id: str
) -> None:
    workout = catalog.workouts[workout_id]
    # The player's defaults: left side first, the low end of each dose.
    played = play_through(expand(workout, catalog.exercises), FakeClock())
    # Exactly the expression the chooser and `hiptrainer workouts` use.
    shown = minutes_text(workout_seconds(workout, catalog.exercises))
    assert shown == minutes_text(played)


def test_the_cli_lists_the_played_length(
    catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    from hiptrainer.cli import list_workouts

    list_workouts(catalog, as_json=False)
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[1:]}
    for workout in catalog.workouts.values():
        played = play_through(expand(workout, catalog.exercises), FakeClock())
        assert minutes_text(played) in rows[workout.id]


def test_post_run_strength_plays_22_minutes_and_is_listed_as_22(
    catalog: Catalog,
) -> None:
    # Before one model, the chooser said "about 21 min" for this routine (middle of every
    # range, no get-ready phase) while the player counted down 19:37. With the tempos that
    # keep the steps' holds (leg lift 4-2-4, side-lying raise 2-3-3) it plays 22:25.
    seconds = workout_seconds(catalog.workouts["post_run_strength"], catalog.exercises)
    assert seconds == 22 * 60 + 25
    assert minutes_text(seconds) == "about 22 min"


def test_self_paced_sets_are_counted_at_the_planned_pace(catalog: Catalog) -> None:
    dosage = Dosage(sets=2, reps=(8, 10), rest_s=30)  # no tempo, no hold
    workout = one_block("clamshell", dosage)
    phases = expand(workout, catalog.exercises)
    assert any(p.kind == "work" and not p.timed for p in phases)
    played = play_through(phases, FakeClock())
    # Get ready, then 2 sets a side of 8 reps at the self-paced pace, a rest between sets
    # and a switch between sides.
    expected = PREPARE_S + 4 * 8 * SELF_PACED_REP_S + 2 * 30 + 5
    assert played == pytest.approx(expected)
    assert workout_seconds(workout, catalog.exercises) == pytest.approx(expected)


@pytest.mark.parametrize("level", DOSE_LEVELS)
@pytest.mark.parametrize("order", SIDE_ORDERS)
def test_an_exercises_own_dose_comes_from_the_same_plan(
    catalog: Catalog, order: SideOrder, level: DoseLevel
) -> None:
    for exercise in catalog.exercises.values():
        phases = expand(one_block(exercise.id), catalog.exercises, order, level)
        alone = dose_seconds(exercise.dosage, exercise.unilateral, order, level)
        # A one-exercise routine is its get-ready phase, then the dose.
        assert total_seconds(phases) == pytest.approx(PREPARE_S + alone), exercise.id


def test_a_dose_counts_both_sides_rests_and_the_switch() -> None:
    hold = Dosage(sets=1, reps=(4, 6), hold_s=(15, 20), rest_between_reps_s=15)
    # Low: 4 holds of 15 s with 3 rests of 15 s = 105 s a side; two sides and a 5 s switch.
    assert dose_seconds(hold, unilateral=True) == 2 * 105 + 5
    assert dose_seconds(hold, unilateral=False) == 105
    # High: 6 holds of 20 s with 5 rests of 15 s = 195 s a side.
    assert dose_seconds(hold, unilateral=True, level="high") == 2 * 195 + 5
    # 2 sets of 10 reps at 5 s each, 30 s between sets, one side.
    paced = Dosage(sets=2, reps=(10, 10), tempo="2-1-2", rest_s=30)
    assert dose_seconds(paced, unilateral=False) == 2 * 50 + 30
    # Alternating sides: switch, rest, switch instead of rest, switch, rest.
    assert dose_seconds(paced, unilateral=True, order="alternate") == 4 * 50 + 5 + 30 + 5
    assert dose_seconds(paced, unilateral=True) == 4 * 50 + 30 + 5 + 30


def test_estimates_follow_the_side_order_and_dose_level(catalog: Catalog) -> None:
    strength = catalog.workouts["post_run_strength"]
    low = workout_seconds(strength, catalog.exercises)
    assert workout_seconds(strength, catalog.exercises, level="high") > low
    # Taking turns set by set puts a short switch where a full rest was.
    assert workout_seconds(strength, catalog.exercises, order="alternate") < low


def test_an_unknown_exercise_in_a_routine_is_a_key_error(catalog: Catalog) -> None:
    with pytest.raises(KeyError, match="no_such_exercise"):
        workout_seconds(one_block("no_such_exercise"), catalog.exercises)

"""The bundled catalogue read as a physiotherapist would: ladders one level at a time, doses
that agree with the words, routines in a sensible order, names that mean one exercise."""

from __future__ import annotations

import re

import pytest

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.model import Dosage, Exercise
from hiptrainer.domain.plan import SWITCH_SIDES_S, dose_seconds, parse_tempo

FOUNDING = ("copenhagen_plank", "standing_leg_lift_rotation")
# "Hold for 2 seconds", "Pause for 1 second", "Squeeze your glute for 1 second", "hold it
# there for 3 seconds": what a step asks at the top of a rep.
TOP_HOLD = re.compile(r"\b(?:hold|pause|squeeze)\b[^.]*?\bfor (\d+) seconds?\b", re.IGNORECASE)
# "Take 3 seconds to lower", "Close the knee slowly, over 2 seconds".
LOWERING = re.compile(
    r"\btake (\d+) seconds to lower\b|\b(?:lower|close)\b[^.]*?\bover (\d+) seconds?\b",
    re.IGNORECASE,
)
# A hold's length in a step: "Hold for 20 seconds", "Hold for 15 to 20 seconds".
HOLD_SECONDS = re.compile(r"\bhold for (\d+)(?: to (\d+))? seconds\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


# --- ladders -----------------------------------------------------------------------------


def test_every_easier_and_harder_link_is_one_level_and_goes_both_ways(catalog: Catalog) -> None:
    exercises = catalog.exercises
    for e in exercises.values():
        for other_id in e.easier:
            other = exercises[other_id]  # the loader rejects unknown ids; this names them
            assert e.difficulty - 1 <= other.difficulty <= e.difficulty, (e.id, other_id)
            assert e.id in other.harder, f"{other_id}.harder lacks {e.id}"
        for other_id in e.harder:
            other = exercises[other_id]
            assert e.difficulty <= other.difficulty <= e.difficulty + 1, (e.id, other_id)
            assert e.id in other.easier, f"{other_id}.easier lacks {e.id}"


def test_the_copenhagen_ladder(catalog: Catalog) -> None:
    ladder = ["side_lying_hip_abduction", "side_plank", "copenhagen_short_lever", *FOUNDING[:1]]
    for easier, harder in zip(ladder, ladder[1:], strict=False):
        assert harder in catalog.exercises[easier].harder, (easier, harder)
    assert catalog.exercises["copenhagen_plank"].easier == ["copenhagen_short_lever"]


def test_exercises_that_were_cut_off_have_neighbours_both_ways(catalog: Catalog) -> None:
    for exercise_id in ("fire_hydrant", "single_leg_rdl", "side_plank"):
        exercise = catalog.exercises[exercise_id]
        assert exercise.easier, exercise_id
        assert exercise.harder, exercise_id


def test_an_exercise_with_a_level_below_or_above_has_a_neighbour_there(catalog: Catalog) -> None:
    """Only the ends of a ladder stand alone: an exercise without an easier neighbour is at
    level 1 or 2, and one without a harder neighbour at level 3 or above."""
    for e in catalog.exercises.values():
        if not e.easier:
            assert e.difficulty <= 2, e.id
        if not e.harder:
            assert e.difficulty >= 3, e.id


# --- doses and the words around them -----------------------------------------------------


def sets_mentioned(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\b(\d+) sets\b", text)]


def test_progression_lines_start_from_the_dose(catalog: Catalog) -> None:
    """'Once 3 sets of 15 feel easy' under a dose of 2 sets skips a step the user never did."""
    for e in catalog.exercises.values():
        for line in e.safety:
            counts = sets_mentioned(line)
            if counts:
                assert counts[0] == e.dosage.sets, (e.id, line)
                assert max(counts) <= e.dosage.sets + 1, (e.id, line)
            for _sets, reps in re.findall(r"\b(\d+) sets of (\d+)\b", line):
                assert int(reps) == e.dosage.reps[1], (e.id, line)
            for holds, seconds in re.findall(r"\b(\d+) holds of (\d+) seconds\b", line):
                assert int(holds) == e.dosage.reps[1], (e.id, line)
                assert e.dosage.hold_s is not None, e.id
                assert int(seconds) == e.dosage.hold_s[1], (e.id, line)


def check_tempo_against_text(exercise: Exercise, dosage: Dosage, where: str) -> None:
    texts = [step.text for step in exercise.steps] + exercise.cues
    if dosage.tempo is not None:
        _, pause, lower = parse_tempo(dosage.tempo)
        for text in texts:
            for seconds in TOP_HOLD.findall(text):
                assert pause == int(seconds), (where, dosage.tempo, text)
            for match in LOWERING.findall(text):
                assert lower == int(next(s for s in match if s)), (where, dosage.tempo, text)
    if dosage.hold_s is not None:
        for text in texts:
            for low, high in HOLD_SECONDS.findall(text):
                allowed = range(int(low), int(high or low) + 1)
                assert dosage.hold_s[0] in allowed, (where, dosage.hold_s, text)
                assert dosage.hold_s[1] in allowed, (where, dosage.hold_s, text)


def test_every_dose_keeps_the_holds_its_steps_ask_for(catalog: Catalog) -> None:
    for e in catalog.exercises.values():
        check_tempo_against_text(e, e.dosage, e.id)


def test_no_routine_override_drops_a_hold_its_steps_ask_for(catalog: Catalog) -> None:
    """The glute bridge asks to hold 2 seconds at the top; a routine's 2-1-2 dropped it."""
    for workout in catalog.workouts.values():
        for index, block in enumerate(workout.blocks):
            if block.dosage is not None:
                exercise = catalog.exercises[block.exercise]
                check_tempo_against_text(exercise, block.dosage, f"{workout.id}[{index}]")


def test_the_tempo_check_catches_a_dropped_hold(catalog: Catalog) -> None:
    bridge = catalog.exercises["glute_bridge"]
    dropped = Dosage(sets=1, reps=(12, 12), tempo="2-1-2")
    with pytest.raises(AssertionError):
        check_tempo_against_text(bridge, dropped, "bridge")
    raise_ = catalog.exercises["side_lying_hip_abduction"]
    with pytest.raises(AssertionError):
        check_tempo_against_text(raise_, Dosage(sets=2, reps=(10, 12), tempo="2-3-2"), "raise")


def test_the_founding_leg_lift_leaves_time_for_the_whole_rep(catalog: Catalog) -> None:
    """Hinge with the leg back, turn open, hold, turn back and stand: not in 6 seconds."""
    lift = catalog.exercises["standing_leg_lift_rotation"]
    assert lift.dosage.tempo is not None
    up, hold, down = parse_tempo(lift.dosage.tempo)
    assert up >= 3
    assert down >= 3
    assert hold == 2  # its step: "Hold for 2 seconds"
    # The article's dose, exactly: "Repeat 6-8 times and then do the same on the other leg."
    assert (lift.dosage.sets, lift.dosage.reps, lift.dosage.hold_s) == (1, (6, 8), None)


def test_the_founding_copenhagen_keeps_the_articles_dose(catalog: Catalog) -> None:
    """'hold for 15 - 20 seconds. Repeat 4-6 times and then do the opposite side.'"""
    plank = catalog.exercises["copenhagen_plank"]
    assert (plank.dosage.sets, plank.dosage.reps, plank.dosage.hold_s) == (1, (4, 6), (15, 20))
    assert plank.unilateral


def test_the_side_plank_reaches_its_reference_dose(catalog: Catalog) -> None:
    """2 x 15 s progressing to 3 x 20 s each side (the 2020 ITB trial)."""
    dose = catalog.exercises["side_plank"].dosage
    assert dose.hold_s is not None
    assert (dose.reps[0], dose.hold_s[0]) == (2, 15)
    assert (dose.sets * dose.reps[1], dose.hold_s[1]) == (3, 20)


def test_a_timed_set_of_steps_each_way_is_timed_both_ways(catalog: Catalog) -> None:
    walk = catalog.exercises["lateral_band_walk"].dosage
    assert walk.unit == "steps each way"
    assert walk.tempo is not None
    rep = sum(parse_tempo(walk.tempo))
    one_way = walk.reps[0] * rep
    expected = walk.sets * (2 * one_way + SWITCH_SIDES_S) + (walk.sets - 1) * walk.rest_s
    assert dose_seconds(walk, unilateral=False) == expected


def test_one_lift_has_one_measure(catalog: Catalog) -> None:
    """The side leg lift is 'about 30 degrees' lying, in a side plank and standing."""
    for e in catalog.exercises.values():
        for text in [*(s.text for s in e.steps), *e.cues, *e.safety, e.summary]:
            assert not re.search(r"\b30 cm\b", text), (e.id, text)
    for exercise_id in ("side_lying_hip_abduction", "side_plank_hip_abduction",
                        "standing_hip_abduction"):  # fmt: skip
        exercise = catalog.exercises[exercise_id]
        assert any("30 degrees" in step.text for step in exercise.steps), exercise_id


# --- the Copenhagen's safety -------------------------------------------------------------


def test_the_copenhagen_points_to_an_easier_version_that_exists(catalog: Catalog) -> None:
    plank = catalog.exercises["copenhagen_plank"]
    short = catalog.exercises["copenhagen_short_lever"]
    safety = " ".join(plank.safety).lower()
    assert "inside of the knee" in safety
    assert short.name.lower() in safety
    steps = " ".join(step.text for step in plank.steps).lower()
    assert "at your feet" in steps  # where the bench goes
    assert "ankle on the bench" in steps  # where the leg rests: the long lever
    assert "ankle on the bench" in (plank.setup or "").lower()


# --- routines ----------------------------------------------------------------------------


def test_the_warm_up_ends_on_a_standing_single_leg_drill(catalog: Catalog) -> None:
    warmup = catalog.workouts["runners_hip_warmup"]
    last = catalog.exercises[warmup.blocks[-1].exercise]
    assert last.position == "standing"
    assert last.unilateral
    ids = [block.exercise for block in warmup.blocks]
    copenhagen = [i for i, exercise_id in enumerate(ids) if exercise_id.startswith("copenhagen")]
    assert copenhagen
    assert max(copenhagen) < len(ids) - 1


def test_the_warm_up_copenhagen_is_light_and_skipped_on_post_run_days(catalog: Catalog) -> None:
    warmup = catalog.workouts["runners_hip_warmup"]
    for block in warmup.blocks:
        if block.exercise.startswith("copenhagen"):
            own = catalog.exercises[block.exercise].dosage
            dose = block.dosage or own
            # The short lever, or the long one at the low end of its dose.
            assert block.exercise == "copenhagen_short_lever" or dose.reps[1] == own.reps[0]
            assert dose.sets * dose.reps[1] <= own.sets * own.reps[0]
    summary = " ".join(warmup.summary.split()).lower()
    assert "skip" in summary
    assert "post-run" in summary


def test_post_run_hinges_before_the_leg_lift_with_rotation(catalog: Catalog) -> None:
    ids = [block.exercise for block in catalog.workouts["post_run_strength"].blocks]
    assert ids.index("single_leg_rdl") < ids.index("standing_leg_lift_rotation")


# --- names -------------------------------------------------------------------------------

# Names of other exercises: a pistol is a full-depth squat with the free leg held out in
# front; a monster walk goes forward and back; an X-walk crosses the band; a crab walk is
# also a crawl on hands and feet.
MISLEADING = {"pistol squat", "pistol", "monster walk", "x-walk", "crab walk"}


def test_no_alias_names_a_different_exercise(catalog: Catalog) -> None:
    seen: dict[str, str] = {}
    for e in catalog.exercises.values():
        for alias in e.aliases:
            folded = alias.casefold()
            assert folded not in MISLEADING, (e.id, alias)
            assert folded not in seen, (e.id, alias, seen.get(folded))
            seen[folded] = e.id
    names = {e.name.casefold(): e.id for e in catalog.exercises.values()}
    for alias, owner in seen.items():
        assert names.get(alias, owner) == owner, alias


# --- sides -------------------------------------------------------------------------------

BODY_PARTS = {
    "leg", "foot", "knee", "side", "forearm", "hip", "hand", "arm", "toes", "thigh", "ankle",
    "heel", "shoulder", "elbow", "glute",
}  # fmt: skip


def test_left_and_right_only_ever_name_a_side(catalog: Catalog) -> None:
    """The right side's text is the left side's with the words swapped, so "left" never
    means "remaining" and "right" never means "correct" ("to your right" is a side)."""
    for e in catalog.exercises.values():
        texts = [*(s.text for s in e.steps), *e.cues, *e.mistakes, *e.safety, e.setup or ""]
        for text in texts:
            for match in re.finditer(r"\b(left|right)\b(?: (\w+))?", text, re.IGNORECASE):
                before = text[: match.start()].rstrip().lower()
                follower = (match.group(2) or "").lower()
                assert follower in BODY_PARTS or before.endswith((" the", " your")), (e.id, text)

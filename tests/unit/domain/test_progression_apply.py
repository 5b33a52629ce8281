"""Accepted suggestions make the user's copy of a routine; nothing else changes."""

from __future__ import annotations

from collections.abc import Iterator

import msgspec
import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.domain import words
from hiptrainer.domain.model import Block, Workout
from hiptrainer.domain.plan import expand
from hiptrainer.domain.progression import Kind, Suggestion
from hiptrainer.domain.progression_apply import apply_suggestions, own_copy_id, own_copy_name
from hiptrainer.domain.progression_ladder import Change, Dose

CATALOG = load_catalog()
EXERCISES = CATALOG.exercises
POST_RUN = CATALOG.workouts["post_run_strength"]
PLANK = POST_RUN.blocks[0].exercise  # the Copenhagen plank, 4–6 × 15–20 s


def suggestion(
    side: str, kind: Kind, change: Change, current: Dose, after: Dose, block: int = 0,
    workout: Workout = POST_RUN,
) -> Suggestion:  # fmt: skip
    return Suggestion(
        workout=workout.id, block=block, exercise=workout.blocks[block].exercise, side=side,
        kind=kind, change=change, current=current, next=after, reason="test", session_id=7,
    )  # fmt: skip


AT_15 = Dose(PLANK, 1, 4, 15)
AT_20 = Dose(PLANK, 1, 4, 20)


def work_phases(workout: Workout, block: int, level: str) -> list[tuple[str, float | None]]:
    phases = expand(workout, EXERCISES, level=level)  # type: ignore[arg-type]
    return [(p.side, p.duration) for p in phases if p.block == block and p.kind == "work"]


def test_both_sides_moving_on_make_a_copy_with_the_new_dose() -> None:
    accepted = [
        suggestion("left", "move_on", "longer_hold", AT_15, AT_20),
        suggestion("right", "move_on", "longer_hold", AT_15, AT_20),
    ]
    applied = apply_suggestions(
        POST_RUN, EXERCISES, accepted, new_id=own_copy_id(POST_RUN.id, set(CATALOG.workouts))
    )
    copy = applied.workout
    assert copy.id == "post_run_strength_mine"
    assert copy.name == POST_RUN.name + " (mine)"
    dosage = copy.blocks[0].dosage
    assert dosage is not None
    assert (dosage.sets, dosage.reps, dosage.hold_s) == (1, (4, 4), (20, 20))
    # Rests come from the dose it replaces.
    assert dosage.rest_between_reps_s == EXERCISES[PLANK].dosage.rest_between_reps_s
    # Both dose levels now play exactly the new dose, on both sides.
    for level in ("low", "high"):
        assert work_phases(copy, 0, level) == [("left", 20.0)] * 4 + [("right", 20.0)] * 4
    # Every other block is untouched, and the original routine too.
    assert copy.blocks[1:] == POST_RUN.blocks[1:]
    assert POST_RUN.blocks[0].dosage is None
    assert applied.changes == ["Side plank with top leg on a bench: 4 × 15 s → 4 × 20 s"]
    assert applied.waiting == []
    # What is returned is a valid routine (it survives a round trip through its schema).
    assert msgspec.json.decode(msgspec.json.encode(copy), type=Workout) == copy


def test_a_side_not_ready_keeps_its_dose_while_the_other_moves_on() -> None:
    accepted = [suggestion("right", "move_on", "longer_hold", AT_15, AT_20)]
    applied = apply_suggestions(POST_RUN, EXERCISES, accepted, new_id="mine")
    block = applied.workout.blocks[0]
    # The left side keeps playing the block's dose; the right side has its own.
    assert block.dosage is None
    assert block.side_dosage is not None
    assert block.side_dosage.left is None
    right = block.side_dosage.right
    assert right is not None
    assert (right.reps, right.hold_s) == ((4, 4), (20, 20))
    assert work_phases(applied.workout, 0, "low") == [("left", 15.0)] * 4 + [("right", 20.0)] * 4
    assert applied.changes == [
        "Side plank with top leg on a bench: the left side stays at 4 × 15 s, the right side "
        "4 × 15 s → 4 × 20 s (each side its own dose)"
    ]
    assert applied.waiting == []
    assert msgspec.json.decode(msgspec.json.encode(applied.workout), type=Workout) == (
        applied.workout
    )


def test_a_step_back_on_one_side_leaves_the_other_moving_on() -> None:
    fewer = Dose(PLANK, 1, 3, 20)
    accepted = [
        suggestion("left", "step_back", "fewer_holds", AT_20, fewer),
        suggestion("right", "move_on", "more_holds", AT_20, Dose(PLANK, 1, 5, 20)),
    ]
    applied = apply_suggestions(POST_RUN, EXERCISES, accepted, new_id="mine")
    block = applied.workout.blocks[0]
    assert block.side_dosage is not None
    left, right = block.side_dosage.left, block.side_dosage.right
    assert left is not None
    assert right is not None
    assert (left.reps, left.hold_s) == ((3, 3), (20, 20))
    assert (right.reps, right.hold_s) == ((5, 5), (20, 20))
    assert work_phases(applied.workout, 0, "high") == [("left", 20.0)] * 3 + [("right", 20.0)] * 5
    assert applied.changes == [
        "Side plank with top leg on a bench: the left side 4 × 20 s → 3 × 20 s, the right side "
        "4 × 20 s → 5 × 20 s (each side its own dose)"
    ]


def test_sides_with_their_own_doses_moving_on_together_share_one_again() -> None:
    held = apply_suggestions(
        POST_RUN, EXERCISES, [suggestion("right", "move_on", "longer_hold", AT_15, AT_20)]
    ).workout
    accepted = [
        suggestion("left", "move_on", "longer_hold", AT_15, AT_20, workout=held),
        suggestion("right", "move_on", "longer_hold", AT_20, AT_20, workout=held),
    ]
    applied = apply_suggestions(held, EXERCISES, accepted)
    block = applied.workout.blocks[0]
    assert block.side_dosage is None
    assert applied.changes[0].endswith("(both sides at one dose again)")
    assert work_phases(applied.workout, 0, "low") == [("left", 20.0)] * 4 + [("right", 20.0)] * 4


def test_a_harder_variant_for_one_side_only_waits_for_the_other() -> None:
    """A block is one exercise: one side cannot move to the harder variant alone."""
    bridge_block = next(
        i for i, b in enumerate(POST_RUN.blocks) if b.exercise == "single_leg_bridge"
    )
    current = Dose("single_leg_bridge", 2, 12)
    accepted = [
        suggestion(
            "right", "move_on", "harder_variant", current, Dose("banded_hip_thrust", 2, 12),
            block=bridge_block,
        )
    ]  # fmt: skip
    applied = apply_suggestions(POST_RUN, EXERCISES, accepted, new_id="mine")
    assert applied.workout.blocks == POST_RUN.blocks
    assert applied.changes == []
    assert len(applied.waiting) == 1
    assert "the left side stays on Single-leg bridge" in applied.waiting[0]


def test_a_harder_variant_swaps_the_exercise_with_its_own_dose() -> None:
    bridge_block = next(
        i for i, b in enumerate(POST_RUN.blocks) if b.exercise == "single_leg_bridge"
    )
    current = Dose("single_leg_bridge", 2, 12)
    thrust = Dose("banded_hip_thrust", 2, 12)
    accepted = [
        suggestion(side, "move_on", "harder_variant", current, thrust, block=bridge_block)
        for side in ("left", "right")
    ]
    applied = apply_suggestions(POST_RUN, EXERCISES, accepted, new_id="mine")
    block = applied.workout.blocks[bridge_block]
    assert block.exercise == "banded_hip_thrust"
    assert block.dosage is not None
    own = EXERCISES["banded_hip_thrust"].dosage
    assert (block.dosage.sets, block.dosage.reps, block.dosage.tempo) == (2, (12, 12), own.tempo)
    assert applied.changes == ["Single-leg bridge: 2 × 12 reps → Banded hip thrust, 2 × 12 reps"]


def test_updating_the_users_own_routine_keeps_its_id_and_name() -> None:
    mine = msgspec.structs.replace(POST_RUN, id="post_run_strength_mine", name="My post-run")
    accepted = [
        suggestion(side, "move_on", "longer_hold", AT_15, AT_20, workout=mine)
        for side in ("left", "right")
    ]
    applied = apply_suggestions(mine, EXERCISES, accepted)
    assert (applied.workout.id, applied.workout.name) == ("post_run_strength_mine", "My post-run")


def test_stays_change_nothing() -> None:
    stay = suggestion("left", "stay", "none", AT_15, AT_15)
    assert not stay.applicable
    applied = apply_suggestions(POST_RUN, EXERCISES, [stay], new_id="mine")
    assert applied.workout.blocks == POST_RUN.blocks
    assert (applied.changes, applied.waiting) == ([], [])


def test_a_suggestion_for_another_routine_or_a_changed_block_is_refused() -> None:
    other = CATALOG.workouts["runners_hip_warmup"]
    foreign = suggestion("left", "move_on", "longer_hold", AT_15, AT_20)
    with pytest.raises(ValueError, match="a suggestion for routine 'post_run_strength'"):
        apply_suggestions(other, EXERCISES, [foreign])
    changed = msgspec.structs.replace(
        POST_RUN, blocks=[Block(exercise="clamshell"), *POST_RUN.blocks[1:]]
    )
    with pytest.raises(ValueError, match="changed since"):
        apply_suggestions(changed, EXERCISES, [foreign])
    late = msgspec.structs.replace(foreign, block=99)
    with pytest.raises(ValueError, match="changed since"):
        apply_suggestions(POST_RUN, EXERCISES, [late])


def test_copy_ids() -> None:
    assert own_copy_id("post_run_strength", set()) == "post_run_strength_mine"
    taken = {"post_run_strength_mine", "post_run_strength_mine_2"}
    assert own_copy_id("post_run_strength", taken) == "post_run_strength_mine_3"
    # A copy of the user's copy does not grow another suffix.
    assert own_copy_id("post_run_strength_mine", set()) == "post_run_strength_mine"
    long_id = "a" * 64
    made = own_copy_id(long_id, {long_id[:58]})
    assert len(made) <= 64
    assert made.endswith("_2")


def rdl_block() -> int:
    return next(i for i, b in enumerate(POST_RUN.blocks) if b.exercise == "single_leg_rdl")


def test_one_sides_easier_variant_never_takes_the_other_side_with_it() -> None:
    """The left ticked to the easier variant, the right to its move on: the block stays the
    single-leg RDL, the right moves on, and the left waits (it was the demo's bug: the
    right side's move on went to the banded hip thrust with the left)."""
    index, now = rdl_block(), Dose("single_leg_rdl", 2, 8)
    accepted = [
        suggestion("left", "step_back", "easier_variant", now, Dose("banded_hip_thrust", 2, 8),
                   block=index),
        suggestion("right", "move_on", "more_reps", now, Dose("single_leg_rdl", 2, 9),
                   block=index),
    ]  # fmt: skip
    applied = apply_suggestions(POST_RUN, EXERCISES, accepted, new_id="mine")
    block = applied.workout.blocks[index]
    assert block.exercise == "single_leg_rdl"
    assert block.side_dosage is not None
    assert block.side_dosage.right is not None
    assert block.side_dosage.right.reps == (9, 9)
    assert block.side_dose("left", EXERCISES["single_leg_rdl"].dosage).reps == (8, 8)
    assert applied.waiting == [
        "Single-leg Romanian deadlift: the left side could change to Banded hip thrust, "
        "2 × 8 reps, but the right side stays on Single-leg Romanian deadlift, and a block is "
        "one exercise; the left side stays at 2 × 8 reps."
    ]


def test_both_sides_to_the_easier_variant_take_the_smaller_dose() -> None:
    index = rdl_block()
    left_now, right_now = Dose("single_leg_rdl", 2, 6), Dose("single_leg_rdl", 2, 8)
    accepted = [
        suggestion("left", "step_back", "easier_variant", left_now,
                   Dose("banded_hip_thrust", 2, 6), block=index),
        suggestion("right", "step_back", "easier_variant", right_now,
                   Dose("banded_hip_thrust", 2, 8), block=index),
    ]  # fmt: skip
    applied = apply_suggestions(POST_RUN, EXERCISES, accepted, new_id="mine")
    block = applied.workout.blocks[index]
    assert block.exercise == "banded_hip_thrust"
    assert block.dosage is not None
    assert (block.dosage.sets, block.dosage.reps, block.side_dosage) == (2, (6, 6), None)
    assert applied.changes == [
        "Single-leg Romanian deadlift: the left side 2 × 6 reps, the right side 2 × 8 reps → "
        "Banded hip thrust, 2 × 6 reps"
    ]


BAND = msgspec.structs.replace(POST_RUN, blocks=[Block(exercise="lateral_band_walk")])
WALK_15, WALK_16, WALK_12 = (Dose("lateral_band_walk", 2, n) for n in (15, 16, 12))


def test_one_way_of_a_two_way_exercise_moving_on_alone_waits_for_the_other() -> None:
    """A band walk's two ways share the block's one dose: one way ready is not enough."""
    accepted = [suggestion("left", "move_on", "more_reps", WALK_15, WALK_16, workout=BAND)]
    applied = apply_suggestions(BAND, EXERCISES, accepted, new_id="mine")
    assert applied.workout.blocks == BAND.blocks
    assert applied.changes == []
    assert applied.waiting == [
        "Lateral band walk: the left side could move on to 2 × 16 steps each way, but the "
        "right side stays at 2 × 15 steps each way, and both sides share one dose in a routine."
    ]


def test_a_step_back_on_one_way_takes_the_whole_block_and_says_so() -> None:
    accepted = [
        suggestion("left", "step_back", "fewer_reps", WALK_15, WALK_12, workout=BAND),
        suggestion("right", "move_on", "more_reps", WALK_15, WALK_16, workout=BAND),
    ]
    applied = apply_suggestions(BAND, EXERCISES, accepted, new_id="mine")
    dosage = applied.workout.blocks[0].dosage
    assert dosage is not None
    assert dosage.reps == (12, 12)
    assert applied.changes == [
        "Lateral band walk: 2 × 15 steps each way → 2 × 12 steps each way "
        "(both sides: a routine has one dose for both)"
    ]


def test_the_copy_s_name_at_the_length_limit_stays_within_it() -> None:
    long = msgspec.structs.replace(POST_RUN, name="R" * 200)
    accepted = [
        suggestion(side, "move_on", "longer_hold", AT_15, AT_20) for side in ("left", "right")
    ]
    copy = apply_suggestions(long, EXERCISES, accepted, new_id="mine").workout
    assert copy.name == "R" * (200 - len(" (mine)")) + " (mine)"
    assert own_copy_name("Plank {x}") == "Plank {x} (mine)"


@pytest.fixture
def marked() -> Iterator[None]:
    """Every text of the routine changes marked «…» as a translation would change it: a
    line built outside the translation hook shows up unmarked."""

    def mark(context: str, text: str, disambiguation: str | None) -> str:
        return f"«{text}»" if context == "progression_apply" else ""

    words.install(mark)
    yield
    words.reset()


@pytest.mark.usefixtures("marked")
def test_every_change_line_and_the_copy_s_name_go_through_the_translation_hook() -> None:
    right = [suggestion("right", "move_on", "longer_hold", AT_15, AT_20)]
    applied = apply_suggestions(POST_RUN, EXERCISES, right, new_id="mine")
    assert applied.workout.name == f"«{POST_RUN.name} (mine)»"
    assert applied.changes == [
        "«Side plank with top leg on a bench: «the left side stays at 4 × 15 s», «the right "
        "side 4 × 15 s → 4 × 20 s» (each side its own dose)»"
    ]
    index, now = rdl_block(), Dose("single_leg_rdl", 2, 8)
    easier = [
        suggestion("left", "step_back", "easier_variant", now, Dose("banded_hip_thrust", 2, 8),
                   block=index),
    ]  # fmt: skip
    waiting = apply_suggestions(POST_RUN, EXERCISES, easier, new_id="mine").waiting
    assert waiting[0].startswith("«Single-leg Romanian deadlift: the left side could change")
    alone = [suggestion("left", "move_on", "more_reps", WALK_15, WALK_16, workout=BAND)]
    waiting = apply_suggestions(BAND, EXERCISES, alone, new_id="mine").waiting
    assert waiting[0].startswith("«Lateral band walk: «the left side» could move on")
    assert "but «the right side» stays at" in waiting[0]

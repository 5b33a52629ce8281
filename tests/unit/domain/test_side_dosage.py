"""A routine block's own dose for one side (a weaker side held back): the plan plays each
side's dose, the one length estimate counts it, the words say each side's, and a block with
the same dose on both sides is played and said as before."""

from __future__ import annotations

import msgspec
import pytest

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.dose import block_dose_text, dose_length_text, dose_text, sided_dose_text
from hiptrainer.domain.model import Block, Dosage, SideDosage, Workout
from hiptrainer.domain.plan import (
    SWITCH_SIDES_S,
    SideOrder,
    dose_seconds,
    expand,
    routine_seconds,
    total_seconds,
)

RIGHT = Dosage(sets=1, reps=(4, 4), hold_s=(20, 20), rest_between_reps_s=10, rest_s=60)
LEFT = Dosage(sets=1, reps=(4, 4), hold_s=(15, 15), rest_between_reps_s=10, rest_s=60)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def routine(*blocks: Block) -> Workout:
    return Workout(
        id="mine", name="Mine", summary="Test routine.", focus="strength", blocks=list(blocks)
    )


def held_back() -> Block:
    return Block(exercise="copenhagen_plank", dosage=RIGHT, side_dosage=SideDosage(left=LEFT))


def test_each_side_plays_its_own_hold(catalog: Catalog) -> None:
    phases = expand(routine(held_back()), catalog.exercises)
    work = [(p.side, p.target_hold_s) for p in phases if p.kind == "work"]
    assert work == [("left", 15.0)] * 4 + [("right", 20.0)] * 4
    # The right side starts after one switch, as with one dose for both.
    assert [p.kind for p in phases].count("switch_sides") == 1


def test_the_estimate_counts_each_sides_dose(catalog: Catalog) -> None:
    """4 × 15 s + 3 rests of 10 s on the left, 4 × 20 s + 3 × 10 s on the right, one switch."""
    both_right = routine(Block(exercise="copenhagen_plank", dosage=RIGHT))
    mine = routine(held_back())
    difference = routine_seconds(both_right, catalog.exercises) - routine_seconds(
        mine, catalog.exercises
    )
    assert difference == pytest.approx(4 * 5)
    assert dose_seconds(RIGHT, True, side_dosage=SideDosage(left=LEFT)) == pytest.approx(
        4 * 15 + 30 + SWITCH_SIDES_S + 4 * 20 + 30
    )
    assert routine_seconds(mine, catalog.exercises) == total_seconds(
        expand(mine, catalog.exercises)
    )


@pytest.mark.parametrize("order", ["left_first", "right_first", "alternate"])
def test_sides_with_different_set_counts(catalog: Catalog, order: SideOrder) -> None:
    right = Dosage(sets=3, reps=(8, 8), rest_s=45)
    left = Dosage(sets=2, reps=(6, 6), rest_s=90)
    block = Block(exercise="clamshell", dosage=right, side_dosage=SideDosage(left=left))
    phases = expand(routine(block), catalog.exercises, order=order)
    work = [(p.side, p.set_index, p.target_reps, p.sets) for p in phases if p.kind == "work"]
    assert sorted(work) == [
        ("left", 0, 6, 2), ("left", 1, 6, 2),
        ("right", 0, 8, 3), ("right", 1, 8, 3), ("right", 2, 8, 3),
    ]  # fmt: skip
    if order == "alternate":
        assert [(s, i) for s, i, _, _ in work] == [
            ("left", 0), ("right", 0), ("left", 1), ("right", 1), ("right", 2)
        ]  # fmt: skip
    # A rest before a side's set is that side's own rest.
    rests = {(p.side, p.duration) for p in phases if p.kind == "rest"}
    assert rests <= {("left", 90.0), ("right", 45.0)}
    assert ("right", 45.0) in rests


def test_a_two_sided_exercise_ignores_a_side_dose_it_cannot_have(catalog: Catalog) -> None:
    """The catalogue refuses it; should one reach the plan, both sides play the block's."""
    plain = Block(exercise="glute_bridge", dosage=RIGHT)
    odd = msgspec.structs.replace(plain, side_dosage=SideDosage(left=LEFT))
    assert expand(routine(odd), catalog.exercises) == expand(routine(plain), catalog.exercises)


def test_the_same_dose_on_both_sides_plays_and_reads_as_one(catalog: Catalog) -> None:
    same = Block(exercise="copenhagen_plank", dosage=RIGHT, side_dosage=SideDosage(left=RIGHT))
    plain = Block(exercise="copenhagen_plank", dosage=RIGHT)
    assert expand(routine(same), catalog.exercises) == expand(routine(plain), catalog.exercises)
    exercise = catalog.exercises["copenhagen_plank"]
    assert block_dose_text(same, exercise) == dose_text(RIGHT, True) == "4 × 20 s hold, each side"
    assert same.sided(exercise.dosage) is None


def test_the_dose_in_words_names_each_side_when_they_differ(catalog: Catalog) -> None:
    exercise = catalog.exercises["copenhagen_plank"]
    block = held_back()
    assert block_dose_text(block, exercise) == "left: 4 × 15 s hold / right: 4 × 20 s hold"
    assert block.sided(exercise.dosage) == (LEFT, RIGHT)
    assert block.side_dose("left", exercise.dosage) == LEFT
    assert block.side_dose("right", exercise.dosage) == RIGHT
    # Only the right side given: the left plays the block's (here the exercise's) dose.
    only_right = Block(exercise="copenhagen_plank", side_dosage=SideDosage(right=RIGHT))
    own = dose_text(exercise.dosage, False)
    assert block_dose_text(only_right, exercise) == f"left: {own} / right: 4 × 20 s hold"
    assert sided_dose_text(RIGHT, True, SideDosage(left=LEFT)).startswith("left: 4 × 15 s")


def test_the_length_in_words_counts_each_side(catalog: Catalog) -> None:
    one = dose_length_text(RIGHT, True)
    sided = dose_length_text(
        RIGHT, True, SideDosage(left=Dosage(sets=3, reps=(4, 4), hold_s=(20, 20)))
    )
    assert one != sided
    assert "min" in sided


def test_a_side_dosage_needs_a_side() -> None:
    with pytest.raises(msgspec.ValidationError, match="left: give the dose"):
        msgspec.convert({"exercise": "clamshell", "side_dosage": {}}, Block)


def test_a_block_round_trips_through_json_with_its_side_dose() -> None:
    block = held_back()
    encoded = msgspec.json.encode(block)
    assert b'"side_dosage":{"left":' in encoded
    assert msgspec.json.decode(encoded, type=Block) == block
    # A routine stored before blocks had side doses reads as one dose for both sides.
    stored = b'{"exercise": "clamshell", "dosage": null}'
    assert msgspec.json.decode(stored, type=Block).side_dosage is None


def test_the_catalogue_gives_a_sides_own_dose(catalog: Catalog) -> None:
    workout = routine(held_back())
    mine = msgspec.structs.replace(catalog, workouts={**catalog.workouts, "mine": workout})
    assert mine.dosage("mine", 0) == RIGHT
    assert mine.dosage("mine", 0, "left") == LEFT
    assert mine.dosage("mine", 0, "right") == RIGHT

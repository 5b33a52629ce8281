"""The routine builder's rules for a new block's dose, switching holds and reps, and moving."""

from __future__ import annotations

import msgspec
import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.domain.blocks import DEFAULT_HOLD_S, as_hold, as_reps, moved, new_block_dose
from hiptrainer.domain.model import Dosage

CATALOG = load_catalog()
PLANK = CATALOG.exercises["copenhagen_plank"]  # holds
SIDE_PLANK = CATALOG.exercises["side_plank"]  # holds
CLAMSHELL = CATALOG.exercises["clamshell"]  # reps, 2-1-2
WALK = CATALOG.exercises["lateral_band_walk"]  # steps each way


def test_the_first_block_takes_the_exercises_own_dose() -> None:
    assert new_block_dose(CLAMSHELL, None) == CLAMSHELL.dosage
    assert new_block_dose(PLANK, None) == PLANK.dosage


def test_a_new_block_copies_the_previous_dose_of_its_kind() -> None:
    previous = Dosage(sets=4, reps=(3, 5), hold_s=(25, 30), rest_between_reps_s=12, rest_s=45)
    assert new_block_dose(SIDE_PLANK, previous) == previous
    reps = Dosage(sets=3, reps=(8, 9), tempo="3-0-3", rest_s=40)
    assert new_block_dose(CLAMSHELL, reps) == reps


def test_copied_reps_keep_the_exercises_own_unit() -> None:
    assert new_block_dose(WALK, CLAMSHELL.dosage).unit == "steps each way"
    assert new_block_dose(CLAMSHELL, WALK.dosage).unit == "reps"
    assert new_block_dose(CLAMSHELL, WALK.dosage).reps == WALK.dosage.reps


def test_after_a_block_of_the_other_kind_the_exercises_work_stays_and_sets_and_rest_copy() -> None:
    previous = Dosage(sets=4, reps=(3, 5), hold_s=(25, 30), rest_s=45, sessions_per_week=(3, 4))
    dose = new_block_dose(CLAMSHELL, previous)
    assert not dose.is_hold
    assert dose.reps == CLAMSHELL.dosage.reps
    assert dose.tempo == CLAMSHELL.dosage.tempo
    assert (dose.sets, dose.rest_s, dose.sessions_per_week) == (4, 45, (3, 4))


def test_as_hold_takes_the_exercises_seconds_or_the_default() -> None:
    hold = as_hold(CLAMSHELL.dosage, PLANK.dosage)
    assert hold.hold_s == PLANK.dosage.hold_s
    assert hold.tempo is None
    assert (hold.sets, hold.reps) == (CLAMSHELL.dosage.sets, CLAMSHELL.dosage.reps)
    assert as_hold(CLAMSHELL.dosage).hold_s == DEFAULT_HOLD_S
    assert as_hold(WALK.dosage).unit == "reps"  # a hold is counted in holds
    assert as_hold(PLANK.dosage) is PLANK.dosage
    # What comes out is a valid dose (the struct's own checks pass).
    msgspec.convert(msgspec.to_builtins(as_hold(WALK.dosage)), Dosage)


def test_as_reps_takes_the_exercises_tempo_or_goes_self_paced() -> None:
    reps = as_reps(PLANK.dosage, WALK.dosage)
    assert (reps.hold_s, reps.tempo, reps.unit) == (None, "1-0-1", "steps each way")
    assert as_reps(PLANK.dosage, PLANK.dosage).tempo is None
    assert as_reps(CLAMSHELL.dosage) is CLAMSHELL.dosage


def test_moved_takes_an_item_out_and_puts_it_back() -> None:
    assert moved("abcd", 0, 2) == ["b", "c", "a", "d"]
    assert moved("abcd", 3, 0) == ["d", "a", "b", "c"]
    assert moved("abcd", 1, 99) == ["a", "c", "d", "b"]
    assert moved("abcd", 1, -5) == ["b", "a", "c", "d"]


@pytest.mark.parametrize("index", [-1, 4])
def test_moved_refuses_an_index_outside_the_list(index: int) -> None:
    with pytest.raises(IndexError):
        moved("abcd", index, 0)

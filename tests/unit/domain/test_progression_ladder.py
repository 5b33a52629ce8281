"""The ladder's variant rungs and a side's own step back, against the bundled catalogue."""

from __future__ import annotations

import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.domain.progression_ladder import Dose, own_step_down, step_down, step_up

EXERCISES = load_catalog().exercises


def test_a_step_back_to_the_easier_variant_starts_at_its_easy_end_never_more_holds() -> None:
    """The demo's 'Copenhagen plank 4 × 15 s → short lever 8 × 20 s' (the top of the short
    lever's 6–8 × 20 s, twice the holds)."""
    plank = EXERCISES["copenhagen_plank"]
    down = step_down(Dose(plank.id, 1, 4, 15), plank.dosage, plank, EXERCISES)
    assert down == (Dose("copenhagen_short_lever", 1, 4, 15), "easier_variant")


def test_a_step_back_in_reps_to_the_easier_variant_takes_no_more_sets_or_reps() -> None:
    lift = EXERCISES["standing_leg_lift_rotation"]  # easier: single-leg RDL, 2 × 8–12
    down = step_down(Dose(lift.id, 1, 6), lift.dosage, lift, EXERCISES)
    assert down == (Dose("single_leg_rdl", 1, 6), "easier_variant")
    bridge = EXERCISES["single_leg_bridge"]  # easier: glute bridge, 3 × 10–15
    down = step_down(Dose(bridge.id, 2, 10), bridge.dosage, bridge, EXERCISES)
    assert down == (Dose("glute_bridge", 2, 10), "easier_variant")


def test_a_harder_variant_starts_at_its_easy_end_and_adds_nothing_else() -> None:
    short = EXERCISES["copenhagen_short_lever"]  # top 8 × 20 s → the long lever, 4–6 × 15–20 s
    up = step_up(Dose(short.id, 1, 8, 20), short.dosage, short, EXERCISES)
    assert up == (Dose("copenhagen_plank", 1, 4, 15), "harder_variant")
    bird = EXERCISES["bird_dog"]  # 1 × 5 → the single-leg RDL, whose own start is 2 × 8
    up = step_up(Dose(bird.id, 1, 5), bird.dosage, bird, EXERCISES)
    assert up == (Dose("single_leg_rdl", 1, 5), "harder_variant")


def test_a_hold_and_reps_do_not_compare_so_the_variant_keeps_its_own_start() -> None:
    plank = EXERCISES["side_plank"]  # holds → side-lying leg raise, 2 × 10–15 reps
    down = step_down(Dose(plank.id, 1, 2, 15), plank.dosage, plank, EXERCISES)
    assert down == (Dose("side_lying_hip_abduction", 2, 10), "easier_variant")


@pytest.mark.parametrize(
    ("dose", "after"),
    [
        (Dose("x", 2, 8), (Dose("x", 2, 6), "fewer_reps")),
        (Dose("x", 2, 2), (Dose("x", 2, 1), "fewer_reps")),  # not below 1 rep
        (Dose("x", 2, 1), (Dose("x", 1, 1), "fewer_sets")),
        (Dose("x", 1, 4, 15), (Dose("x", 1, 4, 10), "shorter_hold")),
        (Dose("x", 1, 4, 8), (Dose("x", 1, 4, 5), "shorter_hold")),  # not below 5 s
        (Dose("x", 1, 4, 5), (Dose("x", 1, 3, 5), "fewer_holds")),
        (Dose("x", 2, 1, 5), (Dose("x", 1, 1, 5), "fewer_sets")),
        (Dose("x", 1, 1), None),
        (Dose("x", 1, 1, 5), None),
    ],
)
def test_a_sides_own_step_back(dose: Dose, after: tuple[Dose, str] | None) -> None:
    assert own_step_down(dose) == after

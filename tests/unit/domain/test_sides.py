"""The side convention: one set-up line per one-sided exercise, mirrored for the right side."""

from __future__ import annotations

import msgspec
import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.sides import setup_line, swap_sides


def exercise(unilateral: bool = True, setup: str | None = None) -> Exercise:
    copenhagen = load_catalog().exercises["copenhagen_plank"]
    return msgspec.structs.replace(copenhagen, unilateral=unilateral, setup=setup)


def test_right_side_swaps_left_and_right_keeping_case() -> None:
    left = "Left leg on the bench: lie on your right side."
    assert swap_sides(left) == "Right leg on the bench: lie on your left side."
    mixed = "LEFT and Right, left-handed, right."
    assert swap_sides(mixed) == "RIGHT and Left, right-handed, left."


def test_only_whole_words_change() -> None:
    assert swap_sides("leftover copyright bright lefty") == "leftover copyright bright lefty"


def test_setup_line_for_each_side() -> None:
    one_sided = exercise(setup="Stand on your left leg: the right leg reaches back.")
    assert setup_line(one_sided, "left") == "Stand on your left leg: the right leg reaches back."
    assert setup_line(one_sided, "right") == "Stand on your right leg: the left leg reaches back."
    assert setup_line(one_sided, "both") is None


def test_two_sided_exercise_or_no_line_has_none() -> None:
    assert setup_line(exercise(unilateral=False, setup=None), "left") is None
    assert setup_line(exercise(setup=None), "right") is None


def test_unknown_side_is_an_error() -> None:
    with pytest.raises(ValueError, match="side"):
        setup_line(exercise(setup="Left leg lifts."), "middle")


def test_a_german_line_swaps_every_form_of_left_and_right_and_nothing_else() -> None:
    line = "Linkes Bein auf die Bank, rechter Unterarm; links liegen. Gelenk und Rechtschreibung."
    assert swap_sides(line) == (
        "Rechtes Bein auf die Bank, linker Unterarm; rechts liegen. Gelenk und Rechtschreibung."
    )
    assert swap_sides(swap_sides(line)) == line


def test_names_left_in_english_and_german_whole_words_only() -> None:
    from hiptrainer.domain.sides import names_left

    assert names_left("Left leg on the bench.")
    assert names_left("Linker Knöchel auf der Bank: legen Sie sich auf die rechte Seite.")
    assert names_left("Stehen Sie auf dem linken Bein.")
    assert not names_left("Right leg on the bench.")
    assert not names_left("Leftover time; ein Gelenk.")

from __future__ import annotations

import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.search import ExerciseFilter, fold


@pytest.fixture(scope="module")
def exercises() -> list[Exercise]:
    return list(load_catalog().exercises.values())


def ids(exercises: list[Exercise], flt: ExerciseFilter) -> set[str]:
    return {e.id for e in exercises if flt.matches(e)}


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Harøy") == fold("HAROY")
    assert fold("Élan") == "elan"


def test_empty_filter_matches_everything(exercises: list[Exercise]) -> None:
    assert ExerciseFilter().is_empty
    assert ids(exercises, ExerciseFilter()) == {e.id for e in exercises}


def test_text_matches_name_alias_and_muscle(exercises: list[Exercise]) -> None:
    assert "copenhagen_plank" in ids(exercises, ExerciseFilter(text="copenhagen"))
    assert ids(exercises, ExerciseFilter(text="tippy bird")) == {"hip_airplane"}
    by_muscle = ids(exercises, ExerciseFilter(text="adductors"))
    assert by_muscle == {e.id for e in exercises if "hip adductors" in e.muscles}


def test_every_search_term_must_match(exercises: list[Exercise]) -> None:
    both = ids(exercises, ExerciseFilter(text="plank medius"))
    assert both
    assert all(
        "plank" in e.name.lower() or any("plank" in a.lower() for a in e.aliases)
        for e in exercises
        if e.id in both
    )
    assert ids(exercises, ExerciseFilter(text="plank zzz")) == set()


def test_filters_combine(exercises: list[Exercise]) -> None:
    flt = ExerciseFilter(muscle="gluteus medius", equipment="", unilateral=True, max_difficulty=2)
    found = [e for e in exercises if flt.matches(e)]
    assert found
    for e in found:
        assert "gluteus medius" in e.muscles
        assert e.equipment == []
        assert e.unilateral
        assert e.difficulty <= 2


def test_equipment_and_position_filters(exercises: list[Exercise]) -> None:
    bench = ids(exercises, ExerciseFilter(equipment="chair or bench"))
    assert "copenhagen_plank" in bench
    assert all("chair or bench" in e.equipment for e in exercises if e.id in bench)
    standing = ids(exercises, ExerciseFilter(position="standing"))
    assert "standing_leg_lift_rotation" in standing
    assert "clamshell" not in standing

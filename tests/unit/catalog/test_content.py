"""The bundled catalogue: what the product promises about its content."""

from __future__ import annotations

import re

import pytest

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.dose import dose_text, workout_seconds
from hiptrainer.paths import resources_dir

REFERENCE_IDS = {
    "copenhagen_plank", "side_plank", "side_plank_hip_abduction", "clamshell",
    "side_lying_hip_abduction", "glute_bridge", "single_leg_bridge", "banded_hip_thrust",
    "hip_airplane", "fire_hydrant", "quadruped_hip_extension", "bird_dog", "lateral_band_walk",
    "single_leg_rdl", "single_leg_squat", "lateral_step_down", "hip_hike", "standing_hip_abduction",
}  # fmt: skip


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def test_every_reference_exercise_and_both_seeds_are_present(catalog: Catalog) -> None:
    assert REFERENCE_IDS | {"standing_leg_lift_rotation"} <= set(catalog.exercises)
    assert len(catalog.exercises) >= 18


def test_the_founding_articles_exercises_come_first_with_its_exact_dose(catalog: Catalog) -> None:
    first, second = list(catalog.exercises.values())[:2]
    assert (first.id, second.id) == ("copenhagen_plank", "standing_leg_lift_rotation")
    assert first.from_article
    assert second.from_article
    assert dose_text(first.dosage, first.unilateral) == "4–6 × 15–20 s hold, each side"
    assert first.equipment == ["chair or bench"]
    assert dose_text(second.dosage, second.unilateral) == "6–8 reps, each side"
    assert sum(e.from_article for e in catalog.exercises.values()) == 2


def test_every_exercise_is_complete(catalog: Catalog) -> None:
    for e in catalog.exercises.values():
        assert 3 <= len(e.steps) <= 6, e.id
        for part in (e.cues, e.mistakes, e.sources, e.primary_muscles):
            assert part, e.id
        assert e.summary.endswith("."), e.id
        assert e.name[0].isupper(), e.id
        # Dose numbers in prose and in the table must not drift apart: a hold's seconds appear.
        if e.dosage.hold_s:
            assert any(str(e.dosage.hold_s[0]) in step.text for step in e.steps), e.id


def test_no_injury_prevention_claims(catalog: Catalog) -> None:
    claim = re.compile(r"\b(prevents?|cures?|guarantees?)\b", re.IGNORECASE)
    for e in catalog.exercises.values():
        texts = [e.summary, e.why, *e.cues, *e.mistakes, *e.safety, *(s.text for s in e.steps)]
        for text in texts:
            assert not claim.search(text), f"{e.id}: {text}"


def test_variants_are_other_exercises(catalog: Catalog) -> None:
    for e in catalog.exercises.values():
        assert set(e.easier).isdisjoint(e.harder), e.id


def test_bundled_routines(catalog: Catalog) -> None:
    warmup = catalog.workouts["runners_hip_warmup"]
    strength = catalog.workouts["post_run_strength"]
    assert warmup.name == "Runner's hip warm-up"
    assert warmup.focus == "activation"
    assert strength.name == "Post-run hip & glute strength"
    # Both routines carry the founding leg lift; the long-lever Copenhagen is strength work
    # after a run, and the warm-up wakes the adductors with its short lever instead.
    assert "copenhagen_plank" in {block.exercise for block in strength.blocks}
    assert "copenhagen_short_lever" in {block.exercise for block in warmup.blocks}
    for workout, minutes in ((warmup, 10), (strength, 20)):
        used = {block.exercise for block in workout.blocks}
        assert "standing_leg_lift_rotation" in used
        # The seed exercises keep the article's dose inside routines too.
        for block in workout.blocks:
            if block.exercise in ("copenhagen_plank", "standing_leg_lift_rotation"):
                assert block.dosage is None
        length = workout_seconds(workout, catalog.exercises) / 60
        assert minutes * 0.8 <= length <= minutes * 1.2, (workout.id, length)


def test_resources_folder_is_the_one_source() -> None:
    assert (resources_dir() / "exercises" / "copenhagen_plank.toml").is_file()

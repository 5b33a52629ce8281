"""The five exercises added to fill a runner's hip programme: each as complete as the rest.

The short-lever Copenhagen and the side-lying adduction make the adductor ladder below the
founding plank; the wall press, the step-up and the banded knee drive add an isometric
abduction, a loadable single-leg exercise and the hip flexors.
"""

from __future__ import annotations

import msgspec
import pytest

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.catalog.poses import load_poses
from hiptrainer.domain.plan import dose_seconds
from hiptrainer.domain.sides import setup_line
from hiptrainer.figures.checks import pose_problems

NEW = (
    "copenhagen_short_lever",
    "side_lying_hip_adduction",
    "wall_press_hip_abduction",
    "step_up",
    "banded_knee_drive",
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.mark.parametrize("exercise_id", NEW)
def test_each_new_exercise_loads_complete(catalog: Catalog, exercise_id: str) -> None:
    e = catalog.exercises[exercise_id]
    assert not e.from_article
    assert len(e.steps) >= 3
    assert e.cues
    assert e.mistakes
    assert e.safety
    assert e.summary.endswith(".")
    assert any("stop" in line.lower() for line in e.safety), "a line says when to stop"


@pytest.mark.parametrize("exercise_id", NEW)
def test_every_source_has_a_web_address(catalog: Catalog, exercise_id: str) -> None:
    sources = catalog.exercises[exercise_id].sources
    assert len(sources) >= 2
    for source in sources:
        assert source.url is not None, source.title
        assert source.url.startswith(("https://", "http://")), source.url


@pytest.mark.parametrize("exercise_id", NEW)
def test_the_dose_is_one_a_clinician_would_sign(catalog: Catalog, exercise_id: str) -> None:
    e = catalog.exercises[exercise_id]
    dose = e.dosage
    assert 1 <= dose.sets <= 3
    assert dose.sessions_per_week[0] >= 2
    assert dose.sessions_per_week[1] <= 3
    if dose.hold_s is not None:
        assert 10 <= dose.hold_s[0] <= dose.hold_s[1] <= 45
        assert dose.reps[1] <= 8
    else:
        assert dose.tempo is not None, "a slow, said tempo"
        assert 8 <= dose.reps[0] <= dose.reps[1] <= 15
    # Both sides, rests included: long enough to train, short enough for a routine.
    minutes = dose_seconds(dose, e.unilateral) / 60
    assert 2 <= minutes <= 10, minutes


@pytest.mark.parametrize("exercise_id", NEW)
def test_every_step_has_a_pose_with_a_checklist_and_passes_the_picture_checks(
    catalog: Catalog, exercise_id: str
) -> None:
    e = catalog.exercises[exercise_id]
    poses = load_poses(exercise_id)
    for step in e.steps:
        assert step.pose in poses.poses, step.pose
        assert poses.poses[step.pose].shows, step.pose
    assert pose_problems(poses, [step.pose for step in e.steps]) == []
    assert poses.rep is not None
    assert poses.poses[poses.rep].start is not None


def test_the_picture_checks_catch_a_short_lever_drawn_with_the_ankle_on_the_bench() -> None:
    """The checks above can fail: the knee's contact moved to the ankle is off the bench."""
    poses = load_poses("copenhagen_short_lever")
    hips_up = poses.poses["hips_up"]
    moved = msgspec.structs.replace(
        hips_up,
        contacts=[c.replace("l_knee:bench", "l_ankle:bench") for c in hips_up.contacts],
    )
    broken = msgspec.structs.replace(poses, poses={**poses.poses, "hips_up": moved})
    problems = pose_problems(broken, ["knee_on_bench", "hips_up", "knees_together"])
    assert any("l_ankle:bench" in line for line in problems), problems


@pytest.mark.parametrize("exercise_id", NEW)
def test_each_side_has_its_setup_line(catalog: Catalog, exercise_id: str) -> None:
    e = catalog.exercises[exercise_id]
    assert e.unilateral
    left, right = setup_line(e, "left"), setup_line(e, "right")
    assert left is not None
    assert right is not None
    assert "left" in left.lower()
    assert "right" in right.lower()
    assert left != right
    # The steps are written for the left side, as the pictures draw it.
    assert any("left" in step.text.lower() for step in e.steps)


def test_setup_lines_match_the_leg_the_pictures_draw(catalog: Catalog) -> None:
    setups = {i: catalog.exercises[i].setup or "" for i in NEW}
    assert "lie on your right side" in setups["copenhagen_short_lever"]
    assert "lie on your left side" in setups["side_lying_hip_adduction"]
    assert "stand on your right leg" in setups["wall_press_hip_abduction"]
    assert setups["step_up"].startswith("Left foot on the step")
    assert "stand on your right leg" in setups["banded_knee_drive"]


@pytest.mark.parametrize("exercise_id", NEW)
def test_easier_and_harder_links_resolve_one_level_apart(
    catalog: Catalog, exercise_id: str
) -> None:
    e = catalog.exercises[exercise_id]
    assert e.easier or e.harder
    for other_id in e.easier:
        assert e.difficulty - 1 <= catalog.exercises[other_id].difficulty <= e.difficulty
    for other_id in e.harder:
        assert e.difficulty <= catalog.exercises[other_id].difficulty <= e.difficulty + 1


def test_the_adductor_ladder_climbs_one_level_at_a_time(catalog: Catalog) -> None:
    ladder = ["side_lying_hip_adduction", "copenhagen_short_lever", "copenhagen_plank"]
    levels = [catalog.exercises[i].difficulty for i in ladder]
    assert levels == [2, 3, 4]
    for easier, harder in zip(ladder, ladder[1:], strict=False):
        assert harder in catalog.exercises[easier].harder
    short = catalog.exercises["copenhagen_short_lever"]
    assert "side_plank" in short.easier
    assert catalog.exercises["side_plank"].difficulty == short.difficulty - 1


def test_the_short_lever_says_where_the_bench_goes_and_when_to_stop(catalog: Catalog) -> None:
    short = catalog.exercises["copenhagen_short_lever"]
    first = short.steps[0].text.lower()
    assert "where your knees will be" in first  # where the bench goes
    assert "inside of the knee on the bench" in first  # where the leg rests: the short lever
    assert "knee on the bench" in (short.setup or "").lower()
    safety = " ".join(short.safety).lower()
    assert "inside of the knee" in safety
    assert "groin" in safety
    assert "ankle on the bench" in safety  # the next rung, by what changes

"""The user's own exercises: the bundled schema with library poses, pictures drawn from the
pose library, and a catalogue that skips a broken stored item instead of stopping."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import msgspec
import pytest

from hiptrainer.catalog import CatalogError, load_catalog
from hiptrainer.catalog.custom import CustomExercise, CustomWorkout, convert_item, is_custom
from hiptrainer.catalog.definitions import UserDefinitions
from hiptrainer.catalog.poses import exercise_poses, load_poses, pose_library, pose_problem
from hiptrainer.catalog.user import compose
from hiptrainer.figures.scene import build_scene, place_key
from tests.helpers.catalog import seed_data
from tests.helpers.custom import custom_exercise, custom_workout
from tests.helpers.storage import make_store

BUNDLED = load_catalog()


def rows(*items: dict, kind: str = "exercise") -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(kind, item["id"], json.dumps(item)) for item in items]


def problem_of(data: dict) -> str:  # type: ignore[type-arg]
    with pytest.raises(CatalogError) as caught:
        convert_item(data, CustomExercise, "exercises[0]")
    return str(caught.value)


def test_a_custom_exercise_is_an_exercise_marked_as_the_users() -> None:
    exercise = convert_item(custom_exercise(), CustomExercise, "")
    assert is_custom(exercise)
    assert not is_custom(BUNDLED.exercises["clamshell"])
    printed = msgspec.to_builtins(exercise)
    assert printed["custom"] is True
    assert printed["steps"][0]["pose"] == "copenhagen_plank:on_forearm"
    # The bundled schema knows nothing of it.
    assert "custom" not in msgspec.to_builtins(BUNDLED.exercises["clamshell"])


def test_a_step_names_a_pose_of_the_library_not_a_bare_pose() -> None:
    data = custom_exercise()
    data["steps"][1]["pose"] = "hips_up"
    assert problem_of(data) == (
        "exercises[0].steps[1].pose: expected an exercise's pose from the pose library, such "
        'as "copenhagen_plank:hips_up", got "hips_up"'
    )


def test_a_custom_exercise_cannot_claim_the_founding_article() -> None:
    assert problem_of(custom_exercise(from_article=True)).startswith(
        "exercises[0].from_article: expected false"
    )


def test_the_bundled_checks_still_apply() -> None:
    assert "exercises[0].name: expected a non-empty text" in problem_of(custom_exercise(name=""))
    data = custom_exercise()
    data["steps"] = data["steps"][:2]
    assert problem_of(data) == "exercises[0].steps: expected 3 to 6 steps, got 2 items"
    assert problem_of(custom_exercise(colour="red")).startswith(
        "exercises[0].colour: unknown field"
    )


def test_the_pose_library_holds_every_bundled_step() -> None:
    library = pose_library()
    for exercise in BUNDLED.exercises.values():
        for step in exercise.steps:
            assert step.pose in library[exercise.id]
            assert pose_problem(f"{exercise.id}:{step.pose}") is None


def test_pose_problems_name_what_is_missing() -> None:
    assert (
        pose_problem("nowhere:start")
        == '"nowhere:start": no exercise "nowhere" in the pose library'
    )
    problem = pose_problem("clamshell:flying")
    assert problem is not None
    assert problem.startswith('"clamshell:flying": "clamshell" has no pose "flying" (it has: ')
    assert pose_problem("../../etc:passwd") is not None


def test_a_custom_exercise_is_drawn_with_the_poses_its_steps_name() -> None:
    exercise = convert_item(custom_exercise(), CustomExercise, "")
    poses = exercise_poses(exercise)
    bundled = load_poses("copenhagen_plank")
    assert poses.camera == bundled.camera
    assert poses.props == bundled.props
    for step in exercise.steps:
        source = bundled.poses[step.pose.split(":")[1]]
        assert poses.poses[step.pose].angles == source.angles
        start = poses.poses[step.pose].start
        assert start is None or start in poses.poses  # a movement plays from its start
    scene = build_scene(poses)
    for step in exercise.steps:
        place_key(poses, step.pose, anchor=scene.anchor)


def test_steps_may_take_poses_of_several_exercises() -> None:
    data = custom_exercise(position="standing", setup="Left leg works: stand tall.")
    data["steps"] = [
        {"text": "Stand.", "pose": "standing_hip_abduction:leg_out"},
        {"text": "Bridge.", "pose": "glute_bridge:hips_up"},
        {"text": "Hinge.", "pose": "single_leg_rdl:hinged"},
    ]
    for step in data["steps"]:
        assert pose_problem(step["pose"]) is None, step
    exercise = convert_item(data, CustomExercise, "")
    poses = exercise_poses(exercise)
    assert poses.camera == load_poses("standing_hip_abduction").camera
    # Every step's pose and the poses each movement starts from, and nothing else.
    expected = set()
    for step in data["steps"]:
        source, name = step["pose"].split(":")
        while name:
            expected.add(f"{source}:{name}")
            name = load_poses(source).poses[name].start or ""
    assert set(poses.poses) == expected
    assert len(expected) > 3
    build_scene(poses)


def test_a_pose_that_is_gone_is_one_line_for_the_pictures() -> None:
    data = custom_exercise()
    exercise = convert_item(data, CustomExercise, "")
    gone = msgspec.structs.replace(
        exercise,
        steps=[
            *exercise.steps[:2],
            msgspec.structs.replace(exercise.steps[2], pose="clamshell:gone"),
        ],
    )
    with pytest.raises(CatalogError, match=r'your exercise "my_plank": steps\[2\]\.pose: '):
        exercise_poses(gone)


# --- the catalogue with the user's items ------------------------------------------------------


def test_the_users_items_follow_the_bundled_ones_by_name() -> None:
    stored = rows(custom_exercise("b_one", name="Zebra"), custom_exercise("a_two", name="apple"))
    stored += rows(custom_workout("mine", "b_one", "clamshell"), kind="workout")
    composed = compose(BUNDLED, stored)
    assert composed.problems == []
    ids = list(composed.catalog.exercises)
    assert ids[: len(BUNDLED.exercises)] == list(BUNDLED.exercises)
    assert ids[len(BUNDLED.exercises) :] == ["a_two", "b_one"]
    assert isinstance(composed.catalog.workouts["mine"], CustomWorkout)
    assert composed.catalog.dosage("mine", 1) == BUNDLED.exercises["clamshell"].dosage


def test_a_stored_routine_gives_a_side_its_own_dose_only_for_a_one_sided_exercise() -> None:
    # glute_bridge works both sides together; clamshell is one-sided.
    one_dose = {"sets": 1, "reps": [8, 8]}
    both = custom_workout("both", "glute_bridge")
    both["blocks"][0]["side_dosage"] = {"left": one_dose}
    sided = custom_workout("sided", "clamshell")
    sided["blocks"][0]["side_dosage"] = {"left": one_dose}
    composed = compose(BUNDLED, rows(both, sided, kind="workout"))
    assert "sided" in composed.catalog.workouts
    assert "both" not in composed.catalog.workouts
    assert len(composed.problems) == 1
    assert 'blocks[0].side_dosage: "glute_bridge" is done with both sides' in composed.problems[0]


def test_the_listing_of_a_routine_carries_a_sides_own_dose() -> None:
    from hiptrainer.catalog.listing import workout_item

    sided = custom_workout("sided", "clamshell", "glute_bridge")
    sided["blocks"][0]["side_dosage"] = {"right": {"sets": 2, "reps": [10, 10]}}
    catalog = compose(BUNDLED, rows(sided, kind="workout")).catalog
    blocks = workout_item(catalog, catalog.workouts["sided"])["blocks"]
    assert blocks[0]["side_dosage"]["right"]["sets"] == 2
    assert "side_dosage" not in blocks[1]


BROKEN = {
    "not JSON": ("exercise", "torn", '{"id": "torn", '),
    "a field wrong": (
        "exercise",
        "wrong",
        json.dumps(custom_exercise("wrong", difficulty=9)),
    ),
    "a bare pose": ("exercise", "bare", json.dumps({**seed_data(), "id": "bare"})),
    "another id inside": ("exercise", "outside", json.dumps(custom_exercise("inside"))),
    "a bundled id": ("exercise", "clamshell", json.dumps(custom_exercise("clamshell"))),
    "no set-up line": (
        "exercise",
        "no_setup",
        json.dumps({k: v for k, v in custom_exercise("no_setup").items() if k != "setup"}),
    ),
    "a routine of a missing exercise": (
        "workout",
        "lost",
        json.dumps(custom_workout("lost", "not_there")),
    ),
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_broken_stored_item_is_skipped_with_one_logged_line(
    kind: str, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = make_store(data_dir)
    store.conn.execute("PRAGMA ignore_check_constraints = ON")  # a torn body, stored anyway
    store.write_definitions([*rows(custom_exercise("good")), BROKEN[kind]])
    with caplog.at_level(logging.WARNING, logger="hiptrainer.catalog.definitions"):
        composed = UserDefinitions(store, BUNDLED)
    assert "good" in composed.catalog.exercises
    assert len(composed.problems) == 1
    problem = composed.problems[0]
    assert problem.startswith(
        f'your {"routine" if BROKEN[kind][0] == "workout" else "exercise"} "{BROKEN[kind][1]}": '
    )
    assert "\n" not in problem
    assert [r.getMessage() for r in caplog.records] == [f"Skipped {problem}"]
    assert BROKEN[kind][1] not in composed.catalog.exercises or BROKEN[kind][1] == "clamshell"
    assert composed.catalog.exercises["clamshell"] is BUNDLED.exercises["clamshell"]


def test_a_link_to_an_exercise_that_is_gone_is_dropped() -> None:
    stored = rows(custom_exercise("linked", easier=["clamshell", "gone"], harder=["gone"]))
    exercise = compose(BUNDLED, stored).catalog.exercises["linked"]
    assert (exercise.easier, exercise.harder) == (["clamshell"], [])

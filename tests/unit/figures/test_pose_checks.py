"""Every exercise's pictures pass the checks a reviewer would otherwise do by eye (no Qt)."""

from __future__ import annotations

import tomllib

import msgspec
import pytest

from hiptrainer.catalog.poses import load_poses
from hiptrainer.figures.checks import pose_problems
from hiptrainer.figures.poses import ExercisePoses, KeyPose
from hiptrainer.paths import resources_dir

EXERCISES = sorted(p.stem for p in (resources_dir() / "exercises").glob("*.toml"))

#: Pose files another change is still fixing; each is expected to pass once it lands. Listed
#: here, in one place, so the suite stays green meanwhile; remove an id as soon as it passes.
NOT_YET_PASSING: frozenset[str] = frozenset()


def step_poses(exercise: str) -> list[str]:
    # The exercise file is read directly: only the step's pose names matter here.
    with (resources_dir() / "exercises" / f"{exercise}.toml").open("rb") as file:
        return [step["pose"] for step in tomllib.load(file)["steps"]]


@pytest.mark.parametrize(
    "exercise",
    [
        pytest.param(e, marks=pytest.mark.xfail(reason="pose file being fixed", strict=False))
        if e in NOT_YET_PASSING
        else e
        for e in EXERCISES
    ],
)
def test_every_exercise_has_true_pictures(exercise: str) -> None:
    problems = pose_problems(load_poses(exercise), step_poses(exercise))
    assert not problems, f"{exercise}:\n  " + "\n  ".join(problems)


# --- the checks themselves catch what they are for --------------------------------------------


def standing(**poses: KeyPose) -> ExercisePoses:
    feet = ["l_heel:floor", "l_toe:floor", "r_heel:floor", "r_toe:floor"]
    base = {"start": KeyPose(contacts=feet, shows=["standing"])}
    return ExercisePoses(camera="side", poses={**base, **poses})


def test_a_true_pose_has_no_problems() -> None:
    lift = KeyPose(
        start="start", arrow="r_ankle", angles={"r_hip_flex": 40, "r_knee": 60},
        contacts=["l_heel:floor", "l_toe:floor"], shows=["right knee up"],
    )  # fmt: skip
    assert pose_problems(standing(lift=lift), ["start", "lift"]) == []


def test_a_floating_contact_is_found() -> None:
    lift = KeyPose(
        angles={"r_hip_flex": 40, "r_knee": 60},
        contacts=["l_heel:floor", "r_heel:floor"], shows=["x"],
    )  # fmt: skip
    problems = pose_problems(standing(lift=lift), [])
    assert any("lift: r_heel:floor" in p and "above the floor" in p for p in problems), problems


def test_a_joint_that_would_go_through_the_floor_is_found() -> None:
    # Resting on the heels while the hands reach far below them: the body is lifted so the
    # hands stay above the floor, and the heels it should rest on are left in the air.
    reach = KeyPose(angles={"l_shoulder_flex": 180, "r_shoulder_flex": 180, "pitch": 120},
                    contacts=["l_heel:floor"], shows=["x"])  # fmt: skip
    problems = pose_problems(standing(reach=reach), [])
    assert any(p.startswith("reach: l_heel:floor") and "above the floor" in p for p in problems)


def test_an_arrow_over_a_still_part_is_found() -> None:
    lift = KeyPose(start="start", arrow="l_ankle", angles={"r_hip_flex": 40},
                   contacts=["l_heel:floor", "l_toe:floor"], shows=["x"])  # fmt: skip
    problems = pose_problems(standing(lift=lift), [])
    assert any("the arrow's l_ankle moves 0.000 m" in p for p in problems), problems


def test_a_turn_too_small_to_see_is_found() -> None:
    turn = KeyPose(start="start", arrow_turns=True, angles={"turn": 5},
                   contacts=["l_heel:floor", "l_toe:floor"], shows=["x"])  # fmt: skip
    problems = pose_problems(standing(turn=turn), [])
    assert any("the pelvis turns 5 degrees" in p for p in problems), problems


def test_a_step_pose_without_a_checklist_or_missing_is_found() -> None:
    bare = KeyPose(contacts=["l_heel:floor", "l_toe:floor", "r_heel:floor", "r_toe:floor"])
    problems = pose_problems(standing(bare=bare), ["start", "bare", "nowhere"])
    assert problems == [
        "bare: a step shows this pose but it has no `shows` checklist",
        "nowhere: a step shows this pose but there is no such key pose",
    ]


def bench_plank(second_hip_abd: float) -> ExercisePoses:
    """The Copenhagen plank's set-up, with the top leg rested at two heights."""
    pose = load_poses("copenhagen_plank").poses["hips_up"]
    higher = msgspec.structs.replace(
        pose, start=None, angles={**pose.angles, "l_hip_abd": second_hip_abd}
    )
    first = msgspec.structs.replace(pose, start=None)
    return ExercisePoses(
        camera="three_quarter", props=["bench"], poses={"first": first, "second": higher}
    )


def test_a_bench_that_would_change_height_is_found() -> None:
    problems = pose_problems(bench_plank(25.0), [])
    assert any(p.startswith("second: l_ankle:bench") for p in problems), problems


def test_a_joint_inside_a_prop_is_found() -> None:
    # Sitting on the floor in front of a step whose top the feet rest on, the shins
    # pushed through it.
    feet = ["l_heel:floor", "l_toe:floor"]
    on_step = KeyPose(contacts=["l_heel:step", "l_toe:step"], shows=["x"])
    through = KeyPose(angles={"r_hip_flex": 60, "r_knee": 0}, contacts=feet, shows=["x"])
    poses = ExercisePoses(camera="side", props=["step"],
                          poses={"on_step": on_step, "through": through})  # fmt: skip
    problems = pose_problems(poses, [])
    assert any("inside the step" in p for p in problems), problems

"""A self-test's own key poses (``resources/poses/selftests/``) are as true as an exercise's:
they pass the reviewer's checks, rest on their supports on both sides, and the single-leg
bridge test shows what its steps say: the heel on a bench about 60 cm high, the knee slightly
bent, the other thigh up, the arms crossed, the hips lifted to a straight line (no Qt)."""

from __future__ import annotations

import math

import pytest

from hiptrainer.catalog.poses import load_poses
from hiptrainer.catalog.selftests import bundled_selftests, selftest_poses, step_poses
from hiptrainer.figures.checks import pose_problems
from hiptrainer.figures.poses import (
    TOLERANCE,
    ExercisePoses,
    Placed,
    contact_parts,
    place,
    pose_angles,
    radius,
)
from hiptrainer.figures.scene import build_scene
from hiptrainer.figures.skeleton import Vec
from hiptrainer.paths import resources_dir

OWN_POSE_FILES = sorted(p.stem for p in (resources_dir() / "poses" / "selftests").glob("*.toml"))
BRIDGE = "single_leg_hamstring_bridge"


def own_poses(test_id: str) -> ExercisePoses:
    return load_poses(test_id, resources_dir() / "poses" / "selftests" / f"{test_id}.toml")


def placed(pose: str, side: str) -> Placed:
    """A key pose of the bridge test for the side that works (the right: the mirror image)."""
    angles, contacts = pose_angles(own_poses(BRIDGE), pose, side)
    return place(angles, contacts)


def angle_at(joint: Vec, a: Vec, b: Vec) -> float:
    """The angle a-joint-b in degrees (180: a straight line through the joint)."""
    u = [a[i] - joint[i] for i in range(3)]
    v = [b[i] - joint[i] for i in range(3)]
    cos = sum(x * y for x, y in zip(u, v, strict=True)) / (math.hypot(*u) * math.hypot(*v))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def seen_from_the_side(point: Vec) -> Vec:
    """Where a point is in the pictures (the side camera looks along z)."""
    return (point[0], point[1], 0.0)


def from_vertical(low: Vec, high: Vec) -> float:
    """How far the segment from ``low`` up to ``high`` leans from straight up, in degrees."""
    across = math.hypot(high[0] - low[0], high[2] - low[2])
    return math.degrees(math.atan2(across, high[1] - low[1]))


def test_every_own_pose_file_belongs_to_a_bundled_test() -> None:
    assert BRIDGE in OWN_POSE_FILES
    assert set(OWN_POSE_FILES) <= set(bundled_selftests())


@pytest.mark.parametrize("test_id", sorted(bundled_selftests()))
def test_every_tests_pictures_pass_the_checks(test_id: str) -> None:
    test = bundled_selftests()[test_id]
    problems = pose_problems(selftest_poses(test), step_poses(test))
    assert not problems, f"{test_id}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("test_id", OWN_POSE_FILES)
@pytest.mark.parametrize("side", ["left", "right"])
def test_own_poses_rest_on_their_supports_and_never_sink(test_id: str, side: str) -> None:
    poses = own_poses(test_id)
    heights: list[float] = []
    for name in poses.poses:
        angles, contacts = pose_angles(poses, name, side)
        placed = place(angles, contacts)
        for contact in contacts:
            point, support = contact_parts(contact)
            surface = placed.joints[point][1] - radius(point)
            top = placed.supports[support][0]
            assert abs(surface - top) <= TOLERANCE, f"{name}: {contact} off by {surface - top:+.3f}"
        for joint, position in placed.joints.items():
            assert position[1] >= -TOLERANCE, f"{name}: {joint} sinks into the floor"
        if "bench" in placed.supports:
            heights.append(placed.supports["bench"][0])
    # One bench for the whole test: its height does not jump between steps.
    assert not heights or max(heights) - min(heights) <= 2 * TOLERANCE


# --- the single-leg bridge test as its steps say it -------------------------------------------

SIDES = [("left", "l", "r"), ("right", "r", "l")]


def test_the_bridge_test_has_a_bench_about_60_cm_high_and_the_floor_bridge_none() -> None:
    scene = build_scene(own_poses(BRIDGE))
    assert scene.bench is not None
    assert 0.55 <= scene.bench.high[1] <= 0.62
    # The bench is the test's alone: the floor bridge's pictures keep the feet on the floor.
    floor_bridge = load_poses("single_leg_bridge")
    assert build_scene(floor_bridge).bench is None
    assert "bench" not in floor_bridge.props


@pytest.mark.parametrize(("side", "working", "other"), SIDES)
def test_the_working_heel_stays_on_the_bench_with_the_knee_slightly_bent(
    side: str, working: str, other: str
) -> None:
    for pose in ("start", "right_knee_up", "hips_up"):
        body = placed(pose, side)
        assert f"{working}_heel:bench" in pose_angles(own_poses(BRIDGE), pose, side)[1], pose
        top = body.supports["bench"][0]
        heel = body.joints[f"{working}_heel"]
        assert abs(heel[1] - radius("l_heel") - top) <= TOLERANCE, pose
        j = body.joints
        bend = 180 - angle_at(j[f"{working}_knee"], j[f"{working}_hip"], j[f"{working}_ankle"])
        assert 15 <= bend <= 35, f"{pose}: the knee is bent {bend:.0f} degrees"


@pytest.mark.parametrize(("side", "working", "other"), SIDES)
def test_both_heels_start_on_the_bench_and_the_other_thigh_comes_up(
    side: str, working: str, other: str
) -> None:
    contacts = pose_angles(own_poses(BRIDGE), "start", side)[1]
    assert {f"{working}_heel:bench", f"{other}_heel:bench"} <= set(contacts)
    for pose in ("right_knee_up", "hips_up"):
        j = placed(pose, side).joints
        assert from_vertical(j[f"{other}_hip"], j[f"{other}_knee"]) <= 12, pose
        assert j[f"{other}_knee"][1] > j[f"{other}_hip"][1] + 0.35, pose


@pytest.mark.parametrize(("side", "working", "other"), SIDES)
def test_the_hips_lift_to_a_straight_line_from_the_shoulders_to_the_knee(
    side: str, working: str, other: str
) -> None:
    down, up = placed("right_knee_up", side).joints, placed("hips_up", side).joints

    def hip_line(j: dict[str, Vec]) -> float:
        shoulder, hip, knee = (
            seen_from_the_side(j[f"{working}_{part}"]) for part in ("shoulder", "hip", "knee")
        )
        return angle_at(hip, shoulder, knee)

    line_up, line_down = hip_line(up), hip_line(down)
    assert line_up >= 175, f"the hip is bent {180 - line_up:.0f} degrees at the top"
    assert line_down <= 150  # lying down the hip is clearly bent: the lift straightens it
    assert up["pelvis"][1] - down["pelvis"][1] >= 0.2
    # The shoulders and head stay on the floor.
    for point in (f"{working}_shoulder", f"{other}_shoulder", "head"):
        assert abs(up[point][1] - radius(point)) <= TOLERANCE, point


@pytest.mark.parametrize(("side", "working", "other"), SIDES)
def test_the_arms_lie_beside_the_body_then_cross_over_the_chest(
    side: str, working: str, other: str
) -> None:
    start = placed("start", side).joints
    for s in "lr":
        assert abs(start[f"{s}_wrist"][1] - radius("l_wrist")) <= TOLERANCE  # on the floor
    for pose in ("right_knee_up", "hips_up"):
        j = placed(pose, side).joints
        for s, o in (("l", "r"), ("r", "l")):
            wrist = j[f"{s}_wrist"]
            # Each hand at the other shoulder, on the chest (above the shoulders).
            assert math.dist(wrist, j[f"{o}_shoulder"]) < math.dist(wrist, j[f"{s}_shoulder"])
            assert math.dist(wrist, j[f"{o}_shoulder"]) < 0.25, pose
            assert wrist[1] > j[f"{o}_shoulder"][1] + 0.1, pose

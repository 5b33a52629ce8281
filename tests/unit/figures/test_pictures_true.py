"""The pictures the issue singled out show what their step texts say (no Qt)."""

from __future__ import annotations

import math

from hiptrainer.catalog.poses import load_poses
from hiptrainer.figures.scene import build_scene, place_key
from hiptrainer.figures.skeleton import Vec, solve
from hiptrainer.figures.view import body_axes


def joints_of(exercise: str, pose: str) -> dict[str, Vec]:
    poses = load_poses(exercise)
    return place_key(poses, pose, anchor=build_scene(poses).anchor).joints


def hand_on_hip(joints: dict[str, Vec], side: str) -> bool:
    """The hand rests on the side of its hip, the elbow out to the side: the fingers near
    the hip, the wrist just above it (a hanging arm's wrist is as near, but below it)."""
    _, up, _ = body_axes(joints)
    hip, wrist = joints[f"{side}_hip"], joints[f"{side}_wrist"]
    above = sum((wrist[i] - hip[i]) * up[i] for i in range(3))
    # The elbow points out from the trunk: along the shoulder line, away from the other one.
    shoulder, elbow = joints[f"{side}_shoulder"], joints[f"{side}_elbow"]
    other = joints[("r" if side == "l" else "l") + "_shoulder"]
    across = math.dist(shoulder, other)
    elbow_out = sum((elbow[i] - shoulder[i]) * (shoulder[i] - other[i]) / across for i in range(3))
    return (
        math.dist(joints[f"{side}_fingers"], hip) < 0.18 and 0.05 < above < 0.25 and elbow_out > 0.1
    )


def test_the_leg_lift_keeps_both_hands_on_the_hips() -> None:
    for pose in ("start", "leg_back", "hip_open", "toes_down"):
        joints = joints_of("standing_leg_lift_rotation", pose)
        assert hand_on_hip(joints, "l"), pose
        assert hand_on_hip(joints, "r"), pose


def test_the_leg_lift_turns_the_pelvis_open_with_a_turning_arrow() -> None:
    poses = load_poses("standing_leg_lift_rotation")
    assert poses.poses["hip_open"].arrow_turns
    square, open_ = (
        joints_of(poses_id := "standing_leg_lift_rotation", "leg_back"),
        joints_of(poses_id, "hip_open"),
    )
    # The right hip rises toward the ceiling, and the hip line turns by a visible angle.
    assert open_["r_hip"][1] - open_["l_hip"][1] > 0.08
    assert abs(square["r_hip"][1] - square["l_hip"][1]) < 0.02
    turn = math.degrees(math.acos(sum(a * b for a, b in zip(
        body_axes(square)[2], body_axes(open_)[2], strict=True))))  # fmt: skip
    assert turn >= 30


def test_the_leg_lift_ends_with_the_toes_beside_the_standing_foot() -> None:
    joints = joints_of("standing_leg_lift_rotation", "toes_down")
    # Beside, not behind: the right toes level with the left foot, a foot's width apart.
    assert joints["l_heel"][0] <= joints["r_toe"][0] <= joints["l_toe"][0] + 0.02
    assert 0.1 < abs(joints["r_toe"][2] - joints["l_toe"][2]) < 0.3
    assert joints["r_heel"][1] > joints["r_toe"][1]  # resting lightly on the toes


def test_the_leg_lift_rep_goes_back_opens_and_comes_down() -> None:
    poses = load_poses("standing_leg_lift_rotation")
    assert poses.rep_cycle == ["toes_down", "leg_back", "hip_open", "leg_back", "toes_down"]


def test_the_copenhagen_bench_is_there_from_step_one_at_one_height() -> None:
    poses = load_poses("copenhagen_plank")
    scene = build_scene(poses)
    assert scene.bench is not None
    top = scene.bench.high[1]
    for pose in ("top_leg_on_bench", "hips_up", "bottom_foot_lifted"):
        ankle = joints_of("copenhagen_plank", pose)["l_ankle"]
        assert abs(ankle[1] - 0.05 - top) <= 0.02, pose


def test_the_copenhagen_bottom_foot_lifts_a_little_and_the_top_hand_is_on_the_hip() -> None:
    lifted = joints_of("copenhagen_plank", "bottom_foot_lifted")["r_ankle"][1] - 0.05
    assert 0.03 <= lifted <= 0.12
    for pose in ("on_forearm", "top_leg_on_bench", "hips_up", "bottom_foot_lifted"):
        assert hand_on_hip(joints_of("copenhagen_plank", pose), "l"), pose


def test_the_side_plank_puts_the_top_hand_on_the_hip() -> None:
    for pose in ("on_forearm", "hips_up"):
        assert hand_on_hip(joints_of("side_plank", pose), "r"), pose


def test_a_hanging_or_bent_forward_arm_is_not_a_hand_on_the_hip() -> None:
    assert not hand_on_hip(solve({}), "l")  # arms hanging at the sides
    assert not hand_on_hip(solve({"l_elbow": 100}), "l")  # forearm held out in front

"""What the pictures must show for their step texts to be true, where geometry can tell.

Each check reads the placed 3D joints of a key pose on both sides (the right side is the
mirror image): hands that the text puts on the hips are there, the hip hike's pelvis tilts,
the band walk's arms match, the hip thrust's trunk lies level on the bench. Every pose a step
uses carries its checklist (``shows``) of what its picture must show.
"""

from __future__ import annotations

import math
import re

import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.catalog.poses import load_poses
from hiptrainer.figures.poses import Placed, contact_parts, place, pose_angles
from hiptrainer.figures.skeleton import Vec
from hiptrainer.figures.view import body_axes, project, sub, view_matrix

#: The exercises whose pose files this checklist covers (the standing leg lift with rotation,
#: the side plank and the Copenhagen plank have their own checks with the drawing engine).
EXERCISES = (
    "banded_hip_thrust", "bird_dog", "clamshell", "fire_hydrant", "glute_bridge",
    "hip_airplane", "hip_hike", "lateral_band_walk", "lateral_step_down",
    "quadruped_hip_extension", "side_lying_hip_abduction", "side_plank_hip_abduction",
    "single_leg_bridge", "single_leg_rdl", "single_leg_squat", "standing_hip_abduction",
)  # fmt: skip
SIDES = ("left", "right")
CATALOG = load_catalog()

#: Poses whose step text puts a hand on the hip, and which hands (for the left side; the
#: right side's picture is the mirror image, so there the other hand).
HANDS_ON_HIPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "hip_airplane": (("start", "left_leg_stance", "hinged", "pelvis_open"), ("l", "r")),
    "lateral_band_walk": (("quarter_squat", "step_out"), ("l", "r")),
    "side_plank_hip_abduction": (("hips_up", "top_leg_up"), ("r",)),
}
HAND_ON_HIP_TEXT = re.compile(r"\bhands? on (?:your |the )?(?:right |left )?hips?\b", re.I)


def placed(exercise: str, pose: str, side: str) -> Placed:
    angles, contacts = pose_angles(load_poses(exercise), pose, side)
    return place(angles, contacts)


def swap(hand: str, side: str) -> str:
    return hand if side == "left" else {"l": "r", "r": "l"}[hand]


def in_body_frame(joints: dict[str, Vec], point: Vec, origin: Vec) -> tuple[float, float, float]:
    """``point`` relative to ``origin`` along the pelvis's (forward, up, right) axes."""
    forward, up, right = body_axes(joints)
    d = sub(point, origin)
    return tuple(sum(a * b for a, b in zip(d, axis, strict=True)) for axis in (forward, up, right))  # type: ignore[return-value]


def pelvis_tilt(exercise: str, pose: str, side: str) -> float:
    """The angle (degrees) of the line from the standing hip to the free hip in the picture,
    positive when the free hip is higher. The standing hip is the left one on the left side."""
    joints = placed(exercise, pose, side).joints
    view = view_matrix(load_poses(exercise).camera)
    standing, free = ("l_hip", "r_hip") if side == "left" else ("r_hip", "l_hip")
    a, b = project(view, joints[standing]), project(view, joints[free])
    return math.degrees(math.atan2(b[1] - a[1], abs(b[0] - a[0])))


# --- the checklist beside every pose -------------------------------------------------------


@pytest.mark.parametrize("exercise", EXERCISES)
def test_every_pose_a_step_uses_says_what_its_picture_must_show(exercise: str) -> None:
    poses = load_poses(exercise)
    for step in CATALOG.exercises[exercise].steps:
        shows = poses.poses[step.pose].shows
        assert len(shows) >= 2, f"{exercise}.{step.pose}: a checklist of at least two lines"
        assert all(line.strip() == line and line for line in shows), f"{exercise}.{step.pose}"


# --- hands on the hips -----------------------------------------------------------------------


@pytest.mark.parametrize("exercise", EXERCISES)
def test_every_step_text_with_a_hand_on_the_hip_is_checked(exercise: str) -> None:
    said = any(HAND_ON_HIP_TEXT.search(s.text) for s in CATALOG.exercises[exercise].steps)
    assert said == (exercise in HANDS_ON_HIPS), exercise


@pytest.mark.parametrize("exercise", sorted(HANDS_ON_HIPS))
@pytest.mark.parametrize("side", SIDES)
def test_a_hand_on_the_hip_rests_on_the_side_of_the_pelvis(exercise: str, side: str) -> None:
    names, hands = HANDS_ON_HIPS[exercise]
    for name in names:
        joints = placed(exercise, name, side).joints
        for hand in (swap(h, side) for h in hands):
            forward, up, right = in_body_frame(
                joints, joints[f"{hand}_wrist"], joints[f"{hand}_hip"]
            )
            outward = right if hand == "r" else -right
            where = f"{exercise}.{name} {side}: {hand}_wrist"
            # On the side of the hip bone: above the hip joint, just outside it, neither in
            # front of the body nor behind it (an arm hanging down fails the first test).
            assert 0.04 <= up <= 0.2, f"{where} is {up:+.2f} m above the hip joint"
            assert 0.05 <= outward <= 0.2, f"{where} is {outward:+.2f} m out from the hip joint"
            assert -0.1 <= forward <= 0.15, f"{where} is {forward:+.2f} m in front of the hip"


def test_a_hanging_arm_is_not_a_hand_on_the_hip() -> None:
    # The check above must be able to fail: the single-leg RDL's arms hang at the start.
    joints = placed("single_leg_rdl", "start", "left").joints
    _, up, _ = in_body_frame(joints, joints["l_wrist"], joints["l_hip"])
    assert up < 0.04


# --- the hip hike tilts the pelvis -----------------------------------------------------------


@pytest.mark.parametrize("side", SIDES)
def test_hip_hike_starts_level_and_tilts_the_pelvis_visibly_each_way(side: str) -> None:
    level = pelvis_tilt("hip_hike", "start", side)
    dropped = pelvis_tilt("hip_hike", "hip_dropped", side)
    hiked = pelvis_tilt("hip_hike", "hip_hiked", side)
    assert abs(level) <= 3, f"start tilts {level:+.1f} degrees"
    assert dropped <= -10, f"the free hip sinks only {dropped:+.1f} degrees"
    assert hiked >= 10, f"the free hip rises only {hiked:+.1f} degrees"


@pytest.mark.parametrize("side", SIDES)
def test_hip_hike_standing_leg_stays_on_the_step(side: str) -> None:
    foot = "l" if side == "left" else "r"
    for name in ("start", "hip_dropped", "hip_hiked"):
        contacts = pose_angles(load_poses("hip_hike"), name, side)[1]
        assert {f"{foot}_heel:step", f"{foot}_toe:step"} <= set(contacts), name
        assert not any(contact_parts(c)[0][0] != foot for c in contacts), name


# --- the band walk's arms --------------------------------------------------------------------


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("name", ["start", "quarter_squat", "step_out"])
def test_band_walk_arms_are_mirror_images_in_the_picture(name: str, side: str) -> None:
    joints = placed("lateral_band_walk", name, side).joints
    view = view_matrix(load_poses("lateral_band_walk").camera)
    centre = project(view, joints["neck_base"])[0]
    for part in ("shoulder", "elbow", "wrist", "fingers"):
        left, right = project(view, joints[f"l_{part}"]), project(view, joints[f"r_{part}"])
        assert (left[0] - centre) == pytest.approx(centre - right[0], abs=0.01), part
        assert left[1] == pytest.approx(right[1], abs=0.01), part


# --- the hip thrust on the bench -------------------------------------------------------------


@pytest.mark.parametrize("side", SIDES)
def test_hip_thrust_top_is_a_level_bridge_from_the_bench(side: str) -> None:
    top = placed("banded_hip_thrust", "hips_up", side)
    j = top.joints
    bench = top.supports["bench"][0]
    for shoulder in ("l_shoulder", "r_shoulder"):
        assert j[shoulder][1] - 0.07 == pytest.approx(bench, abs=0.02), "shoulders on the bench"
    # Shoulders, hips and knees level with the floor, shins about vertical.
    for point in ("pelvis", "l_knee", "r_knee"):
        assert j[point][1] == pytest.approx(j["neck_base"][1], abs=0.04), point
    for leg in ("l", "r"):
        knee, ankle = j[f"{leg}_knee"], j[f"{leg}_ankle"]
        lean = math.degrees(math.atan2(math.hypot(knee[0] - ankle[0], knee[2] - ankle[2]),
                                       knee[1] - ankle[1]))  # fmt: skip
        assert lean <= 10, f"{leg} shin leans {lean:.0f} degrees"


@pytest.mark.parametrize("side", SIDES)
def test_hip_thrust_lowers_the_hips_to_just_above_the_floor(side: str) -> None:
    low = placed("banded_hip_thrust", "hips_lowered", side)
    clearance = low.joints["pelvis"][1] - 0.13
    assert 0.0 < clearance <= 0.08, f"hips {clearance:.2f} m above the floor"
    assert "bench" in low.supports, "upper back still on the bench"


def test_hip_thrust_shoulders_rest_across_the_benchs_edge() -> None:
    from hiptrainer.figures.scene import build_scene, place_key

    poses = load_poses("banded_hip_thrust")
    scene = build_scene(poses)
    assert scene.bench is not None
    joints = place_key(poses, "hips_up", anchor=scene.anchor).joints
    # The pelvis lies toward +x of the shoulders (head to the left): the edge on that side.
    edge = scene.bench.high[0]
    assert joints["pelvis"][0] > edge
    shoulder = (joints["l_shoulder"][0] + joints["r_shoulder"][0]) / 2
    assert 0.0 <= edge - shoulder <= 0.12, f"edge {edge - shoulder:.2f} m past the shoulders"

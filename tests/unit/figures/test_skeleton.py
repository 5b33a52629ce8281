"""The pose model: lengths kept, mirror images, ground contact (no Qt)."""

from __future__ import annotations

import math
import random

import pytest

from hiptrainer.catalog.poses import load_poses
from hiptrainer.figures.poses import (
    TOLERANCE,
    contact_parts,
    place,
    pose_angles,
    radius,
)
from hiptrainer.figures.skeleton import (
    ANGLES,
    SEGMENT_LENGTH,
    SEGMENTS,
    mirror_angles,
    mirror_point,
    solve,
)
from hiptrainer.figures.view import mirror_plane
from hiptrainer.paths import resources_dir

POSE_FILES = sorted(p.stem for p in (resources_dir() / "poses").glob("*.toml"))


def random_angles(rng: random.Random) -> dict[str, float]:
    return {name: rng.uniform(-120, 120) for name in ANGLES}


def segment_lengths(joints: dict) -> dict[str, float]:  # type: ignore[type-arg]
    return {name: math.dist(joints[a], joints[b]) for name, a, b, _ in SEGMENTS}


def test_every_pose_keeps_every_segment_length() -> None:
    rng = random.Random(7)
    for _ in range(200):
        lengths = segment_lengths(solve(random_angles(rng)))
        for name, expected in SEGMENT_LENGTH.items():
            assert lengths[name] == pytest.approx(expected, abs=1e-9), name


@pytest.mark.parametrize("plane", [0.0, 90.0, 130.0, 180.0, 50.0])
def test_a_mirrored_pose_is_the_mirror_image_joint_by_joint(plane: float) -> None:
    rng = random.Random(int(plane) + 1)
    for _ in range(50):
        angles = random_angles(rng)
        original = solve(angles)
        mirrored = solve(mirror_angles(angles, plane))
        for name, point in original.items():
            twin = (
                ("r_" if name[:2] == "l_" else "l_") + name[2:]
                if name[:2] in ("l_", "r_")
                else name
            )
            expected = mirror_point(point, plane)
            assert mirrored[twin] == pytest.approx(expected, abs=1e-9), name


def test_mirroring_twice_gives_the_pose_back() -> None:
    angles = {"yaw": 30.0, "roll": 10.0, "l_hip_flex": 40.0, "r_knee": 20.0, "torso_bend": 5.0}
    twice = solve(mirror_angles(mirror_angles(angles, 90.0), 90.0))
    for name, point in solve(angles).items():
        assert twice[name] == pytest.approx(point, abs=1e-9), name


@pytest.mark.parametrize("exercise", POSE_FILES)
@pytest.mark.parametrize("side", ["left", "right"])
def test_figure_rests_on_its_supports_and_never_sinks(exercise: str, side: str) -> None:
    poses = load_poses(exercise)
    heights: list[float] = []
    for name in poses.poses:
        angles, contacts = pose_angles(poses, name, side)
        placed = place(angles, contacts)
        for contact in contacts:
            point, support = contact_parts(contact)
            surface = placed.joints[point][1] - radius(point)
            top = placed.supports[support][0]
            assert abs(surface - top) <= TOLERANCE, (
                f"{name}: {contact} off by {surface - top:+.3f} m"
            )
        for joint, position in placed.joints.items():
            assert position[1] >= -TOLERANCE, f"{name}: {joint} sinks into the floor"
        if "bench" in placed.supports:
            low, high = 0.30, 0.62
            assert low <= placed.supports["bench"][0] <= high, f"{name}: bench height"
            heights.append(placed.supports["bench"][0])
    # One bench for the whole exercise: its height does not jump between steps.
    assert not heights or max(heights) - min(heights) <= 2 * TOLERANCE


def test_mirror_plane_follows_the_camera() -> None:
    assert mirror_plane("side") == 90.0
    assert mirror_plane("front") == 180.0


def test_the_rep_pose_is_named_or_the_biggest_movement() -> None:
    from hiptrainer.figures.poses import rep_pose

    assert rep_pose(load_poses("standing_leg_lift_rotation")) == "leg_back"  # named
    assert rep_pose(load_poses("side_lying_hip_abduction")) == "leg_up"  # furthest travel
    for exercise in POSE_FILES:
        poses = load_poses(exercise)
        rep = rep_pose(poses)
        assert rep is None or poses.poses[rep].start is not None, exercise

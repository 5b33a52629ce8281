"""A movement's way back, where it is exactly the way there reversed, shares its pictures:
the check compares where the body is placed, not just the angles."""

from __future__ import annotations

from hiptrainer.catalog import load_catalog
from hiptrainer.catalog.poses import load_poses
from hiptrainer.figures.render import Illustration
from hiptrainer.figures.scene import place_key, reverses

CATALOG = load_catalog()


def art(exercise: str) -> Illustration:
    return Illustration(load_poses(exercise), CATALOG.exercises[exercise].primary_muscles)


def test_a_way_back_that_reverses_the_way_there_is_named_as_it() -> None:
    knee_drive = art("banded_knee_drive")
    assert reverses(knee_drive.poses, "knee_up", "toe_tap", knee_drive.scene.anchor)
    there = knee_drive.moment_key("knee_up", 0.25, "toe_tap")
    back = knee_drive.moment_key("toe_tap", 0.75, "knee_up")
    assert there == back == ("toe_tap", "knee_up", 0.75)
    # The same body, placed joint for joint, under either name.
    a = place_key(knee_drive.poses, "knee_up", 0.25, "toe_tap", knee_drive.scene.anchor)
    b = place_key(knee_drive.poses, "toe_tap", 0.75, "knee_up", knee_drive.scene.anchor)
    assert a == b


def test_a_way_back_resting_on_other_contacts_keeps_its_own_pictures() -> None:
    step_up = art("step_up")
    # Each key pose rests on its own contacts: part way, up and down are placed apart.
    assert not reverses(step_up.poses, "lower", "stand_up", step_up.scene.anchor)
    assert step_up.moment_key("lower", 0.25, "stand_up") == ("lower", "stand_up", 0.25)
    assert step_up.moment_key("stand_up", 0.75, "lower") == ("stand_up", "lower", 0.75)


def test_a_key_pose_and_a_pose_without_a_start_keep_their_names() -> None:
    bridge = art("glute_bridge")
    assert bridge.moment_key("hips_up", 1.0) == ("hips_up", "knees_bent", 1.0)
    first = next(name for name, pose in bridge.poses.poses.items() if pose.start is None)
    assert bridge.moment_key(first, 0.5) == (first, None, 0.5)

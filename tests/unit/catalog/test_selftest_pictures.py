"""Where a self-test's pictures come from: its own pose file when it is done differently from
its exercise (the single-leg bridge test, heel on a bench), else its exercise's; a test file
that names poses of another file, or a pose its file lacks, is refused in one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hiptrainer.catalog import CatalogError, load_catalog
from hiptrainer.catalog.poses import load_poses
from hiptrainer.catalog.selftests import (
    bundled_selftests,
    load_selftests,
    own_poses_path,
    pose_source,
    selftest_poses,
    step_poses,
)
from hiptrainer.figures.scene import build_scene
from hiptrainer.paths import resources_dir

EXERCISES = load_catalog().exercises
BRIDGE = "single_leg_hamstring_bridge"
BRIDGE_FILE = resources_dir() / "selftests" / f"{BRIDGE}.toml"
BRIDGE_POSES = resources_dir() / "poses" / "selftests" / f"{BRIDGE}.toml"


def test_the_bridge_tests_pictures_show_a_bench() -> None:
    test = bundled_selftests()[BRIDGE]
    assert pose_source(test) == BRIDGE
    poses = selftest_poses(test)
    assert "bench" in poses.props
    scene = build_scene(poses)
    assert scene.bench is not None
    assert 0.55 <= scene.bench.high[1] <= 0.62  # about 60 cm, as the steps say
    # Every step is drawn from that file, with the heel on the bench.
    for name in step_poses(test):
        assert any(c.endswith("_heel:bench") for c in poses.poses[name].contacts), name
    # The pictures now show the test as it is done: no note says otherwise.
    assert test.picture_note is None


def test_the_bridge_test_draws_with_its_own_file_and_the_others_with_their_exercise() -> None:
    tests = bundled_selftests()
    assert selftest_poses(tests[BRIDGE]) == load_poses(BRIDGE, BRIDGE_POSES)
    for test_id in ("side_bridge", "copenhagen_hold"):
        test = tests[test_id]
        assert not own_poses_path(test_id).exists()
        assert pose_source(test) == test.exercise
        assert selftest_poses(test) == load_poses(test.exercise)
        assert set(step_poses(test)) <= set(load_poses(test.exercise).poses)


def root_with_bridge(
    tmp_path: Path, test_text: str | None = None, poses: str | None = None
) -> Path:
    """A resources folder holding the bridge test and (unless ``poses`` is "") its poses."""
    (tmp_path / "selftests").mkdir()
    text = test_text if test_text is not None else BRIDGE_FILE.read_text(encoding="utf-8")
    (tmp_path / "selftests" / f"{BRIDGE}.toml").write_text(text, encoding="utf-8")
    if poses != "":
        (tmp_path / "poses" / "selftests").mkdir(parents=True)
        target = tmp_path / "poses" / "selftests" / f"{BRIDGE}.toml"
        if poses is None:
            shutil.copy(BRIDGE_POSES, target)
        else:
            target.write_text(poses, encoding="utf-8")
    return tmp_path


def problem(root: Path) -> str:
    with pytest.raises(CatalogError) as caught:
        load_selftests(EXERCISES, root)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_copy_with_its_poses_loads(tmp_path: Path) -> None:
    root = root_with_bridge(tmp_path)
    test = load_selftests(EXERCISES, root)[BRIDGE]
    assert pose_source(test, root) == BRIDGE
    assert set(step_poses(test)) <= set(selftest_poses(test, root).poses)


def test_steps_naming_the_exercises_poses_beside_an_own_file_are_refused(tmp_path: Path) -> None:
    text = BRIDGE_FILE.read_text(encoding="utf-8").replace(
        f'pose = "{BRIDGE}:hips_up"', 'pose = "single_leg_bridge:hips_up"'
    )
    message = problem(root_with_bridge(tmp_path, text))
    assert f"selftests/{BRIDGE}.toml: steps[2].pose: " in message
    assert "the pictures come from the test's own pose file" in message


def test_the_tests_own_poses_without_the_file_are_refused(tmp_path: Path) -> None:
    message = problem(root_with_bridge(tmp_path, poses=""))
    assert f'steps[0].pose: "{BRIDGE}:start": the pictures come from the exercise' in message


def test_a_pose_the_own_file_lacks_is_named(tmp_path: Path) -> None:
    text = BRIDGE_FILE.read_text(encoding="utf-8").replace(
        f'pose = "{BRIDGE}:hips_up"', f'pose = "{BRIDGE}:flying"'
    )
    message = problem(root_with_bridge(tmp_path, text))
    assert "steps[2].pose: " in message
    assert 'has no pose "flying" (it has: start, right_knee_up, hips_up)' in message


@pytest.mark.parametrize(
    ("poses", "expected"),
    [
        ("camera = ", "invalid TOML"),
        ('camera = "side"\n[poses.start]\nangles = { l_elbw = 3 }\n', "l_elbw"),
        ('camera = "overhead"\n[poses.start]\n', "camera"),
    ],
)
def test_a_broken_own_pose_file_is_named(tmp_path: Path, poses: str, expected: str) -> None:
    message = problem(root_with_bridge(tmp_path, poses=poses))
    assert f"poses/selftests/{BRIDGE}.toml: " in message
    assert expected in message

"""The bundled self-tests: complete, sourced, pictured with real poses, and broken files
reported in one line naming the file and the field."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest

from hiptrainer.catalog import CatalogError, load_catalog
from hiptrainer.catalog.poses import library_file
from hiptrainer.catalog.selftests import (
    bundled_selftests,
    load_selftests,
    pose_source,
    selftest_poses,
)
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.selftest import SelfTest
from hiptrainer.paths import resources_dir

EXERCISES = load_catalog().exercises
SIDE_BRIDGE = resources_dir() / "selftests" / "side_bridge.toml"


def write_folder(root: Path, files: dict[str, str]) -> Path:
    folder = root / "selftests"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return root


def side_bridge_with(**changes: Any) -> str:
    """The bundled side bridge file with top-level keys replaced (None drops a key)."""
    import json

    data = tomllib.loads(SIDE_BRIDGE.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    lines = []
    for key, value in data.items():
        if not isinstance(value, list) or not value or not isinstance(value[0], dict):
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for table in value:
                lines.append(f"[[{key}]]")
                lines += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in table.items()]
    return "\n".join(lines) + "\n"


def test_the_three_tests_of_the_issue_are_bundled() -> None:
    tests = bundled_selftests()
    assert set(tests) >= {"side_bridge", "copenhagen_hold", "single_leg_hamstring_bridge"}
    assert tests["side_bridge"].measure == "hold"
    assert tests["copenhagen_hold"].measure == "hold"
    assert tests["single_leg_hamstring_bridge"].measure == "reps"
    assert tests["single_leg_hamstring_bridge"].unit == "reps"
    assert tests["side_bridge"].unit == "s"


@pytest.mark.parametrize("test_id", sorted(bundled_selftests()))
def test_every_step_shows_a_pose_of_the_file_that_draws_the_test(test_id: str) -> None:
    test = bundled_selftests()[test_id]
    assert EXERCISES[test.exercise].unilateral
    drawn_by = selftest_poses(test)
    for step in test.steps:
        source, pose = step.pose.split(":")
        assert source == pose_source(test)
        assert pose in drawn_by.poses
        if source == test.exercise:  # the exercise's own pictures: a pose of its steps
            assert pose in {s.pose for s in EXERCISES[test.exercise].steps}
            found = library_file(source)
            assert found is not None
            assert pose in found.poses


@pytest.mark.parametrize("test_id", sorted(bundled_selftests()))
def test_every_test_says_what_it_means_and_where_it_comes_from(test_id: str) -> None:
    test = bundled_selftests()[test_id]
    assert test.sources
    assert "left" in test.setup.lower()
    # Never a diagnosis: the meaning says what the number is for and never names a condition.
    words = test.meaning.lower()
    assert "compare" in words
    for claim in ("diagnos", "you have", "risk of injury", "prevent"):
        assert claim not in words
    assert test.safety
    assert test.countdown_s > 0
    assert test.rest_s > 0


def test_the_reference_figures_are_the_sources_figures() -> None:
    tests = bundled_selftests()
    bridge = tests["side_bridge"]
    assert bridge.ratio_within == 0.05
    means = {(g.source, g.group): (g.right, g.left) for g in bridge.groups}
    assert means[("McGill et al. 1999", "31 healthy young men")] == (95, 99)
    assert means[("McGill et al. 1999", "44 healthy young women")] == (75, 78)
    assert means[("Evans et al. 2007", "state-level athletes")] == (104, 103)
    assert means[("Anderson et al. 2014", "a general adult sample")] == (54, 55)
    assert any("10453772" in (s.url or "") for s in bridge.sources)
    slhb = tests["single_leg_hamstring_bridge"]
    assert [(b.label, b.low, b.high) for b in slhb.bands] == [
        ("poor", None, 20), ("average", 20, 31), ("good", 31, None)
    ]  # fmt: skip
    assert "Freckleton" in (slhb.bands_from or "")
    assert "60 cm" in " ".join(step.text for step in slhb.steps)
    assert "two in a row" in slhb.stop_rule
    # The Copenhagen hold has no population figures (none were found in the sources).
    copenhagen = tests["copenhagen_hold"]
    assert (copenhagen.groups, copenhagen.bands, copenhagen.ratio_within) == ([], [], None)


def test_a_folder_of_tests_loads_sorted_by_name(tmp_path: Path) -> None:
    root = write_folder(tmp_path, {"side_bridge.toml": SIDE_BRIDGE.read_text(encoding="utf-8")})
    tests = load_selftests(EXERCISES, root)
    assert list(tests) == ["side_bridge"]
    assert isinstance(tests["side_bridge"], SelfTest)


def problem(tmp_path: Path, text: str, name: str = "side_bridge.toml") -> str:
    root = write_folder(tmp_path, {name: text})
    with pytest.raises(CatalogError) as caught:
        load_selftests(EXERCISES, root)
    message = str(caught.value)
    assert "\n" not in message
    assert f"selftests/{name}: " in message
    return message


def test_pictures_come_from_the_tests_own_exercise(tmp_path: Path) -> None:
    steps = [
        {"text": "Lie down.", "pose": "side_plank:lie_on_side"},
        {"text": "Come up.", "pose": "copenhagen_plank:on_forearm"},
        {"text": "Lift.", "pose": "side_plank:hips_up"},
    ]
    message = problem(tmp_path, side_bridge_with(steps=steps))
    assert 'steps[1].pose: "copenhagen_plank:on_forearm": the pictures come from' in message


def test_step_poses_name_poses_of_the_file_that_draws_the_test() -> None:
    from hiptrainer.catalog.selftests import step_poses

    for test in bundled_selftests().values():
        names = step_poses(test)
        assert len(names) == len(test.steps)
        assert set(names) <= set(selftest_poses(test).poses)


def test_an_id_that_is_not_the_file_name(tmp_path: Path) -> None:
    assert "does not match the file name" in problem(tmp_path, side_bridge_with(id="plank_test"))


def test_an_unknown_exercise(tmp_path: Path) -> None:
    assert 'unknown exercise id "plank"' in problem(tmp_path, side_bridge_with(exercise="plank"))


def test_an_exercise_done_with_both_sides_together(tmp_path: Path) -> None:
    assert "both sides together" in problem(tmp_path, side_bridge_with(exercise="glute_bridge"))


def test_a_pose_that_is_not_in_the_library(tmp_path: Path) -> None:
    steps = [
        {"text": "Lie down.", "pose": "side_plank:lie_on_side"},
        {"text": "Come up.", "pose": "side_plank:on_forearm"},
        {"text": "Lift.", "pose": "side_plank:flying"},
    ]
    message = problem(tmp_path, side_bridge_with(steps=steps))
    assert "steps[2].pose" in message
    assert '"side_plank" has no pose "flying"' in message


def test_a_pose_without_its_exercise(tmp_path: Path) -> None:
    steps = [
        {"text": "Lie down.", "pose": "lie_on_side"},
        {"text": "Come up.", "pose": "side_plank:on_forearm"},
        {"text": "Lift.", "pose": "side_plank:hips_up"},
    ]
    assert "steps[0].pose" in problem(tmp_path, side_bridge_with(steps=steps))


def test_a_setup_line_that_names_no_left_side(tmp_path: Path) -> None:
    message = problem(tmp_path, side_bridge_with(setup="Lie on your side."))
    assert "setup: the set-up line must name the left side" in message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"measure": "distance"}, "measure"),
        ({"ratio_within": 1.5}, "ratio_within"),
        ({"countdown_s": -1}, "countdown_s"),
        ({"sources": None}, "sources"),
        ({"meaning": None}, "meaning"),
        ({"colour": "red"}, "colour"),
        ({"bands": [{"label": "x", "words": "y"}]}, "band"),
        ({"bands": [{"label": "x", "words": "y", "low": 30, "high": 20}]}, "band"),
    ],
)
def test_bad_fields_are_named(tmp_path: Path, changes: dict[str, Any], field: str) -> None:
    assert field in problem(tmp_path, side_bridge_with(**changes))


def test_bands_need_to_say_whose_they_are(tmp_path: Path) -> None:
    bands = [{"label": "poor", "words": "fewer than 20 s", "high": 20}]
    assert "bands_from" in problem(tmp_path, side_bridge_with(bands=bands))


def test_invalid_toml_and_a_missing_folder(tmp_path: Path) -> None:
    assert "invalid TOML" in problem(tmp_path, "id = ")
    with pytest.raises(CatalogError, match="self-test folder is missing"):
        load_selftests(EXERCISES, tmp_path / "elsewhere")


def test_bundled_tests_check_against_the_bundled_catalogue(tmp_path: Path) -> None:
    # Without the exercise it is built on, a bundled test file is refused.
    without: dict[str, Exercise] = {
        key: value for key, value in EXERCISES.items() if key != "side_plank"
    }
    root = tmp_path / "copy"
    shutil.copytree(resources_dir() / "selftests", root / "selftests")
    with pytest.raises(CatalogError, match='unknown exercise id "side_plank"'):
        load_selftests(without, root)

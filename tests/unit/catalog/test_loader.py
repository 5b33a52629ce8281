from __future__ import annotations

from pathlib import Path

import pytest

from hiptrainer.catalog import CatalogError, load_catalog
from hiptrainer.catalog.loader import read_definition
from hiptrainer.domain.model import Exercise, Workout
from tests.helpers.catalog import copy_catalog, seed_text


@pytest.fixture
def catalog_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # messages show paths relative to the working dir
    return copy_catalog(tmp_path / "resources")


def error_of(root: Path) -> str:
    with pytest.raises(CatalogError) as caught:
        load_catalog(root)
    message = str(caught.value)
    assert "\n" not in message
    return message


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_copy_of_bundled_catalogue_loads(catalog_dir: Path) -> None:
    catalog = load_catalog(catalog_dir)
    assert len(catalog.exercises) >= 18


def test_wrong_type_names_file_field_expectation_and_value(catalog_dir: Path) -> None:
    replace_in(
        catalog_dir / "exercises/copenhagen_plank.toml", "hold_s = [15, 20]", 'hold_s = "20"'
    )
    assert error_of(catalog_dir) == (
        "resources/exercises/copenhagen_plank.toml: dosage.hold_s: expected a list of two "
        'whole numbers from 1 to 999, such as [6, 8], got "20"'
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "difficulty = 4",
            "difficulty = 9",
            "difficulty: expected a whole number from 1 to 5, got 9",
        ),
        (
            'primary_muscles = ["hip adductors"]',
            'primary_muscles = ["groin"]',
            "primary_muscles[0]: expected a muscle from the vocabulary (one of ",
        ),
        (
            "hold_s = [15, 20]",
            "hold_s = [25, 20]",
            "dosage.hold_s: the first number (25) is larger than the second (20)",
        ),
        (
            "unilateral = true",
            "unilateral = true\ncolour = 3",
            "colour: unknown field (expected one of: id, ",
        ),
        ('license = "CC-BY-4.0"', "", "license: missing required field"),
        ('pose = "hips_up"', 'pose = "Hips Up"', "steps[2].pose: expected a lowercase id"),
        (
            "hold_s = [15, 20]",
            'hold_s = [15, 20]\ntempo = "2-1-2"',
            "dosage.tempo: a hold has no tempo",
        ),
        (
            'easier = ["copenhagen_short_lever"]',
            'easier = ["copenhagen_short_lever_x"]',
            'easier[0]: unknown exercise id "copenhagen_short_lever_x"',
        ),
        (
            'id = "copenhagen_plank"',
            'id = "copenhagen"',
            'id: "copenhagen" does not match the file name',
        ),
        ("difficulty = 4", "difficulty = ", "invalid TOML: Invalid value (at line"),
    ],
)
def test_broken_exercise_gives_one_clear_line(
    catalog_dir: Path, old: str, new: str, expected: str
) -> None:
    replace_in(catalog_dir / "exercises/copenhagen_plank.toml", old, new)
    message = error_of(catalog_dir)
    assert message.startswith("resources/exercises/copenhagen_plank.toml: ")
    assert expected in message


def test_too_few_steps_reports_the_count(tmp_path: Path) -> None:
    text = seed_text()
    cut = text.index("[[steps]]", text.index("[[steps]]") + 1)
    end = text.index("[[sources]]")
    path = tmp_path / "copenhagen_plank.toml"
    path.write_text(text[:cut] + text[end:], encoding="utf-8")
    with pytest.raises(CatalogError, match=r"steps: expected 3 to 6 steps, got 1 items"):
        read_definition(path, Exercise)


def test_workout_naming_an_unknown_exercise(catalog_dir: Path) -> None:
    replace_in(
        catalog_dir / "workouts/runners_hip_warmup.toml",
        'exercise = "clamshell"',
        'exercise = "clam"',
    )
    assert error_of(catalog_dir) == (
        'resources/workouts/runners_hip_warmup.toml: blocks[1].exercise: unknown exercise id "clam"'
    )


def test_unreadable_and_non_utf8_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    binary = tmp_path / "clamshell.toml"
    binary.write_bytes(b'id = "clam\xff"\n')
    with pytest.raises(CatalogError, match=r"^clamshell.toml: not a UTF-8 text file$"):
        read_definition(binary, Exercise)
    with pytest.raises(CatalogError, match=r"^missing.toml: cannot read: No such file"):
        read_definition(tmp_path / "missing.toml", Workout)


def test_missing_exercise_folder(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="the exercise folder is missing"):
        load_catalog(tmp_path)


def test_a_step_whose_pose_does_not_exist_is_rejected(catalog_dir: Path) -> None:
    replace_in(
        catalog_dir / "exercises/copenhagen_plank.toml", 'pose = "hips_up"', 'pose = "hips_upp"'
    )
    assert error_of(catalog_dir) == (
        'resources/exercises/copenhagen_plank.toml: steps[2].pose: "hips_upp" is not a pose in '
        "resources/poses/copenhagen_plank.toml"
    )


def test_an_exercise_without_poses_is_rejected(catalog_dir: Path) -> None:
    (catalog_dir / "poses/clamshell.toml").unlink()
    assert error_of(catalog_dir) == (
        "resources/poses/clamshell.toml: missing; every exercise needs the poses of its steps"
    )


def test_a_broken_pose_file_names_its_field(catalog_dir: Path) -> None:
    path = catalog_dir / "poses/copenhagen_plank.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("roll = 89", "rol = 89", 1), "utf-8")
    assert "poses.hips_up.angles: unknown angle 'rol'" in error_of(catalog_dir)


def test_a_side_dose_on_a_two_sided_exercise_is_refused_in_one_line(catalog_dir: Path) -> None:
    path = catalog_dir / "workouts/runners_hip_warmup.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('exercise = "glute_bridge"')
    block = 'exercise = "glute_bridge"\n[blocks.side_dosage.left]\nsets = 1\nreps = [5, 5]\n'
    path.write_text(text[:start] + block + text[start + len('exercise = "glute_bridge"\n') :])
    message = error_of(catalog_dir)
    assert message.startswith("resources/workouts/runners_hip_warmup.toml: blocks[")
    assert '].side_dosage: "glute_bridge" is done with both sides together' in message


def test_a_side_dose_on_a_one_sided_exercise_loads(catalog_dir: Path) -> None:
    path = catalog_dir / "workouts/runners_hip_warmup.toml"
    replace_in(
        path,
        'exercise = "clamshell"\n',
        'exercise = "clamshell"\n[blocks.side_dosage.left]\nsets = 1\nreps = [6, 6]\n',
    )
    catalog = load_catalog(catalog_dir)
    index = [b.exercise for b in catalog.workouts["runners_hip_warmup"].blocks].index("clamshell")
    assert catalog.dosage("runners_hip_warmup", index, "left").reps == (6, 6)
    assert catalog.dosage("runners_hip_warmup", index, "right").reps != (6, 6)


def test_an_empty_side_dose_names_file_and_field(catalog_dir: Path) -> None:
    replace_in(
        catalog_dir / "workouts/runners_hip_warmup.toml",
        'exercise = "clamshell"\n',
        'exercise = "clamshell"\nside_dosage = {}\n',
    )
    message = error_of(catalog_dir)
    assert message.startswith("resources/workouts/runners_hip_warmup.toml: blocks[")
    assert "side_dosage" in message
    assert "left: give the dose" in message


def test_a_side_dose_of_the_wrong_type_names_its_field(catalog_dir: Path) -> None:
    replace_in(
        catalog_dir / "workouts/runners_hip_warmup.toml",
        'exercise = "clamshell"\n',
        'exercise = "clamshell"\nside_dosage = {left = {sets = 0, reps = [6, 6]}}\n',
    )
    message = error_of(catalog_dir)
    assert ".side_dosage.left.sets: expected a whole number from 1 to 10, got 0" in message

"""Set-up lines: every one-sided exercise says where the body goes for its left side."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hiptrainer.catalog import CatalogError, load_catalog
from hiptrainer.catalog.cache import CACHE_FILE, catalog_key, load_catalog_cached
from hiptrainer.domain.sides import setup_line
from tests.helpers.catalog import copy_catalog


@pytest.fixture
def catalog_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # messages show paths relative to the working dir
    return copy_catalog(tmp_path / "resources")


def error_of(root: Path) -> str:
    with pytest.raises(CatalogError) as caught:
        load_catalog(root)
    return str(caught.value)


def test_every_one_sided_exercise_has_a_setup_line_for_each_side() -> None:
    catalog = load_catalog()
    one_sided = [e for e in catalog.exercises.values() if e.unilateral]
    assert len(one_sided) >= 16
    for e in one_sided:
        left, right = setup_line(e, "left"), setup_line(e, "right")
        assert left, e.id
        assert right, e.id
        assert re.search(r"\bleft\b", left, re.IGNORECASE), e.id
        assert re.search(r"\bright\b", right, re.IGNORECASE), e.id
        assert left != right, e.id
        assert left.endswith("."), e.id
    for e in catalog.exercises.values():
        if not e.unilateral:
            assert e.setup is None, e.id


def test_setup_lines_match_the_leg_the_pictures_draw() -> None:
    """The pose files draw the left side: the working leg lies on top (side-lying), rests on
    the bench (Copenhagen), is the side lain on (side plank) or stands (single-leg work)."""
    catalog = load_catalog()
    lie_on_right = ("clamshell", "copenhagen_plank", "side_lying_hip_abduction")
    for exercise_id in lie_on_right:
        assert "lie on your right side" in (catalog.exercises[exercise_id].setup or "")
    for exercise_id in ("side_plank", "side_plank_hip_abduction"):
        assert (catalog.exercises[exercise_id].setup or "").startswith("Lie on your left side")
    stand_on_left = (
        "hip_airplane", "hip_hike", "lateral_step_down", "single_leg_rdl",
        "standing_leg_lift_rotation",
    )  # fmt: skip
    for exercise_id in stand_on_left:
        assert "Stand on your left leg" in (catalog.exercises[exercise_id].setup or "")
    assert "stand on your right leg" in (catalog.exercises["standing_hip_abduction"].setup or "")


def test_a_one_sided_exercise_without_a_setup_line_is_rejected(catalog_dir: Path) -> None:
    path = catalog_dir / "exercises/clamshell.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^setup = .*\n", "", text), encoding="utf-8")
    message = error_of(catalog_dir)
    assert message.startswith("resources/exercises/clamshell.toml: setup: missing; ")
    assert "\n" not in message


def test_a_setup_line_that_does_not_name_the_left_side_is_rejected(catalog_dir: Path) -> None:
    path = catalog_dir / "exercises/clamshell.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^setup = .*$", 'setup = "Lie on your side."', text), "utf-8")
    assert error_of(catalog_dir) == (
        "resources/exercises/clamshell.toml: setup: the set-up line must name the left side"
    )


def test_a_german_setup_line_names_the_left_side_too() -> None:
    # A copy of a bundled exercise made in the German interface carries its German line.
    from hiptrainer.catalog.loader import setup_problem
    from hiptrainer.catalog.translate import load_overlay, translate_catalog

    german = translate_catalog(load_catalog(), load_overlay("de"))
    for exercise in german.exercises.values():
        assert setup_problem(exercise) is None, exercise.id
    clamshell = german.exercises["clamshell"]
    assert "link" in (clamshell.setup or "").lower()


def test_a_two_sided_exercise_with_a_setup_line_is_rejected(catalog_dir: Path) -> None:
    path = catalog_dir / "exercises/glute_bridge.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("unilateral = false\n", 'unilateral = false\nsetup = "Left."\n', 1)
    path.write_text(text, encoding="utf-8")
    assert error_of(catalog_dir) == (
        "resources/exercises/glute_bridge.toml: setup: only a one-sided exercise has a set-up line"
    )


def test_the_cache_of_an_older_schema_is_not_served(catalog_dir: Path, tmp_path: Path) -> None:
    """A cache written before ``setup`` existed decodes fine (the field has a default), so
    the key must name the fields or the app would drop every set-up line."""
    data_dir = tmp_path / "data"
    load_catalog_cached(data_dir, catalog_dir)
    cache = data_dir / CACHE_FILE
    cached = json.loads(cache.read_bytes())
    assert cached["key"] == catalog_key(catalog_dir)
    for exercise in cached["exercises"]:
        exercise.pop("setup", None)
    # What the same files gave as a key when the struct had no such field.
    cached["key"] = cached["key"].replace(",setup,", ",")
    cache.write_text(json.dumps(cached), encoding="utf-8")
    catalog = load_catalog_cached(data_dir, catalog_dir)
    assert catalog.exercises["clamshell"].setup
    assert json.loads(cache.read_bytes())["key"] == catalog_key(catalog_dir)


def test_the_library_page_states_the_convention_and_both_setup_lines() -> None:
    from hiptrainer.domain.sides import CONVENTION
    from hiptrainer.ui.library.detail_html import escape, exercise_html

    catalog = load_catalog()
    copenhagen = catalog.exercises["copenhagen_plank"]
    page = exercise_html(copenhagen, lambda other: other, "#000", "#666")
    assert "<h3>Sides</h3>" in page
    assert page.count(escape(CONVENTION)) == 1
    assert f"<b>Left side:</b> {escape(setup_line(copenhagen, 'left') or '')}" in page
    assert f"<b>Right side:</b> {escape(setup_line(copenhagen, 'right') or '')}" in page
    assert "Right ankle on the bench: lie on your left side" in page
    assert page.index("<h3>Sides</h3>") < page.index("<h3>Steps</h3>")
    bridge = exercise_html(catalog.exercises["glute_bridge"], lambda other: other, "#000", "#666")
    assert "<h3>Sides</h3>" not in bridge

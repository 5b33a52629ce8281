"""Drawing figures: inside the frame at every size, vector SVG, the same routine everywhere."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from hiptrainer.catalog import load_catalog
from hiptrainer.catalog.poses import load_poses
from hiptrainer.figures.output import render_image, write_svg
from hiptrainer.figures.render import Illustration
from hiptrainer.figures.theme import DARK, LIGHT

CATALOG = load_catalog()
#: Every exercise of the catalogue has pictures.
POSE_FILES = sorted(CATALOG.exercises)


def art_for(exercise: str) -> Illustration:
    return Illustration(load_poses(exercise), CATALOG.exercises[exercise].primary_muscles)


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("exercise", POSE_FILES)
@pytest.mark.parametrize("size", [96, 240, 600])
def test_figure_stays_inside_the_frame(exercise: str, size: int) -> None:
    art = art_for(exercise)
    background = QColor(LIGHT.background).rgb()
    for step in CATALOG.exercises[exercise].steps:
        for side in ("left", "right"):
            image = render_image(art, step.pose, side, size)
            border = [image.pixel(x, y) for x in range(size) for y in (0, size - 1)]
            border += [image.pixel(x, y) for y in range(size) for x in (0, size - 1)]
            assert all(p == background for p in border), f"{step.pose} {side} touches the edge"
            inside = sum(image.pixel(x, size // 2) != background for x in range(size))
            assert inside > 0, "nothing drawn"


@pytest.mark.usefixtures("qapp")
def test_hidpi_image_has_twice_the_pixels() -> None:
    art = art_for(POSE_FILES[0])
    pose = next(iter(art.poses.poses))
    image = render_image(art, pose, size=200, scale=2.0)
    assert (image.width(), image.height()) == (400, 400)
    assert image.devicePixelRatio() == 2.0


@pytest.mark.usefixtures("qapp")
def test_dark_theme_has_its_own_background() -> None:
    art = art_for(POSE_FILES[0])
    pose = next(iter(art.poses.poses))
    image = render_image(art, pose, size=120, theme=DARK)
    assert image.pixel(1, 1) == QColor(DARK.background).rgb()


@pytest.mark.usefixtures("qapp")
def test_svg_is_made_of_vector_paths(tmp_path: Path) -> None:
    art = art_for("copenhagen_plank")
    path = tmp_path / "figure.svg"
    write_svg(path, art, "hips_up", "left", 400, LIGHT, title="Side plank")
    root = ET.parse(path).getroot()
    tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    vector = {"path", "polygon", "polyline", "circle", "ellipse"}
    assert "image" not in tags  # no embedded bitmap
    assert len([e for e in root.iter() if e.tag.rsplit("}", 1)[-1] in vector]) > 30

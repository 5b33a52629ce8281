"""Drawing figures: inside the frame at every size, vector SVG, the same routine everywhere."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QTransform

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


def differing(a: QImage, b: QImage) -> float:
    """The share of pixels that differ clearly between two images of one size."""
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if max(abs(pa.red() - pb.red()), abs(pa.green() - pb.green()),
                   abs(pa.blue() - pb.blue())) > 40:  # fmt: skip
                count += 1
    return float(count / (a.width() * a.height()))


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("exercise", ["copenhagen_plank", "standing_leg_lift_rotation"])
def test_the_right_side_is_the_mirror_image_of_the_whole_picture(exercise: str) -> None:
    art = art_for(exercise)
    for step in CATALOG.exercises[exercise].steps:
        left = render_image(art, step.pose, "left", 160)
        right = render_image(art, step.pose, "right", 160)
        flipped = left.transformed(QTransform.fromScale(-1, 1))
        assert differing(flipped, right) < 0.002, step.pose
        assert differing(left, right) > 0.01, step.pose  # and not simply the same picture


@pytest.mark.usefixtures("qapp")
def test_without_a_background_the_picture_has_no_box_around_it() -> None:
    art = art_for("side_plank")
    image = render_image(art, "hips_up", "left", 200, DARK, background=False)
    corners = [image.pixelColor(x, y) for x in (0, 199) for y in (0, 199)]
    assert all(c.alpha() == 0 for c in corners)
    assert image.pixelColor(100, 100).alpha() > 0 or any(
        image.pixelColor(x, 110).alpha() > 200 for x in range(200)
    )


def count_colour(image: QImage, colour: str, tolerance: int = 30) -> tuple[int, int]:
    """How many pixels are near ``colour``, and how wide a span of columns they cover."""
    target = QColor(colour)
    xs = []
    for y in range(image.height()):
        for x in range(image.width()):
            p = QColor(image.pixel(x, y))
            if max(abs(p.red() - target.red()), abs(p.green() - target.green()),
                   abs(p.blue() - target.blue())) <= tolerance:  # fmt: skip
                xs.append(x)
    return len(xs), (max(xs) - min(xs) if xs else 0)


@pytest.mark.usefixtures("qapp")
def test_the_hip_turn_has_a_rotation_arrow_of_a_readable_size() -> None:
    art = art_for("standing_leg_lift_rotation")
    image = render_image(art, "hip_open", "left", 300)
    pixels, span = count_colour(image, LIGHT.arrow)
    assert pixels > 150
    assert span > 300 * 0.12  # an arc across the trunk, not a tick at the hip


@pytest.mark.usefixtures("qapp")
def test_the_bench_is_in_the_first_picture_of_the_copenhagen_plank() -> None:
    art = art_for("copenhagen_plank")
    first = CATALOG.exercises["copenhagen_plank"].steps[0].pose
    pixels, _ = count_colour(render_image(art, first, "left", 240), LIGHT.prop_edge)
    assert pixels > 200


@pytest.mark.usefixtures("qapp")
def test_a_standing_foot_has_a_contact_shadow_under_it() -> None:
    # The floor under the standing heel is darker than the floor patch around it.
    from hiptrainer.figures.view import Frame, project

    art = art_for("single_leg_squat")
    pose = CATALOG.exercises["single_leg_squat"].steps[0].pose
    size = 300
    image = render_image(art, pose, "left", size)
    frame = Frame(art.bounds["left"], size, size)
    heel = art.placed(pose).joints["l_heel"]
    x, y = frame.point(project(art.view, (heel[0], 0.0, heel[2])))
    under = QColor(image.pixel(round(x), round(y) + 2))
    floor = QColor(LIGHT.floor)
    assert under.lightness() < floor.lightness() - 8

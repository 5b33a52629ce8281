"""A self-test's pictures, drawn: inside the frame at print and player sizes on both sides,
and the single-leg bridge test's with the bench in them (the floor bridge's without)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import load_catalog
from hiptrainer.catalog.poses import load_poses
from hiptrainer.catalog.selftests import bundled_selftests, selftest_poses, step_poses
from hiptrainer.figures.output import render_image
from hiptrainer.figures.render import Illustration
from hiptrainer.figures.theme import LIGHT
from tests.gui.test_selftest_mode import tab_on_tests
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store

CATALOG = load_catalog()
TESTS = bundled_selftests()
BRIDGE = "single_leg_hamstring_bridge"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def art_of(test_id: str) -> Illustration:
    test = TESTS[test_id]
    return Illustration(selftest_poses(test), CATALOG.exercises[test.exercise].primary_muscles)


def bench_pixels(image: QImage) -> int:
    """Pixels in the bench's colours: its top and sides are the prop colour, shaded darker."""
    base = QColor(LIGHT.prop)
    shades = [base.darker(100 + 12 * k) for k in range(5)]
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = QColor(image.pixel(x, y))
            for shade in shades:
                if (
                    abs(pixel.red() - shade.red()) <= 6
                    and abs(pixel.green() - shade.green()) <= 6
                    and abs(pixel.blue() - shade.blue()) <= 6
                ):
                    count += 1
                    break
    return count


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("test_id", sorted(TESTS))
@pytest.mark.parametrize("size", [96, 240, 600])
def test_every_step_stays_inside_the_frame(test_id: str, size: int) -> None:
    art = art_of(test_id)
    background = QColor(LIGHT.background).rgb()
    for pose in step_poses(TESTS[test_id]):
        for side in ("left", "right"):
            image = render_image(art, pose, side, size)
            border = [image.pixel(x, y) for x in range(size) for y in (0, size - 1)]
            border += [image.pixel(x, y) for y in range(size) for x in (0, size - 1)]
            assert all(p == background for p in border), f"{pose} {side} touches the edge"
            assert any(image.pixel(x, size // 2) != background for x in range(size))


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("side", ["left", "right"])
def test_the_bridge_tests_pictures_show_a_bench(side: str) -> None:
    art = art_of(BRIDGE)
    floor_bridge = Illustration(
        load_poses("single_leg_bridge"), CATALOG.exercises["single_leg_bridge"].primary_muscles
    )
    size = 240
    for pose in step_poses(TESTS[BRIDGE]):
        # The bench covers a good patch of every step's picture (its top and four legs).
        assert bench_pixels(render_image(art, pose, side, size)) > size * size // 200, pose
        # The exercise's own pictures of the same steps have none: the feet are on the floor.
        assert bench_pixels(render_image(floor_bridge, pose, side, size)) < size, pose


def test_the_test_mode_draws_the_bridge_test_with_its_bench(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    tab = tab_on_tests(qtbot, data_dir, make_store(data_dir, clock), clock)
    tab.tests.picker.select(BRIDGE)
    shown = tab.tests.picker.steps_shown()
    assert len(shown) == len(TESTS[BRIDGE].steps)
    for view, _ in shown:
        assert view.art is not None
        assert view.art.scene.bench is not None

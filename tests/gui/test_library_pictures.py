"""The Library's step pictures: their size follows the pane, the first two steps are in sight
when an exercise opens, a resize redraws them once (and reuses pictures already drawn at a
size), and a dark palette shows no light boxes around them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import load_catalog
from hiptrainer.ui.app import build_main_window
from hiptrainer.ui.library.detail_html import exercise_html
from hiptrainer.ui.library.detail_view import ExerciseDetail
from hiptrainer.ui.library.page import MAX_PICTURE_WIDTH, picture_size
from hiptrainer.ui.main_window import MainWindow


def open_window(qtbot: QtBot, data_dir: Path, width: int, height: int) -> MainWindow:
    """The window at ``width`` × ``height``, painted once, with its pictures drawn."""
    win = build_main_window(data_dir)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    detail = win.library.detail
    qtbot.waitUntil(lambda: "Why it helps runners" in detail.toPlainText())
    detail.enable_pictures()
    return win


def image_positions(detail: ExerciseDetail) -> dict[int, int]:
    """Step number (from 0) → document position of its picture."""
    found: dict[int, int] = {}
    block = detail.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            form = fragment.charFormat()
            if form.isImageFormat() and form.toImageFormat().name().startswith("figure:"):
                found[int(form.toImageFormat().name().rsplit("/", 1)[1])] = fragment.position()
            fragments += 1
        block = block.next()
    return found


def picture_rect(detail: ExerciseDetail, step: int) -> QRect:
    """Where step ``step``'s picture is, in the detail's viewport."""
    cursor = QTextCursor(detail.document())
    cursor.setPosition(image_positions(detail)[step])
    line = detail.cursorRect(cursor)
    width, height = detail.picture_size
    return QRect(line.left(), line.top(), width, height)


def still(detail: ExerciseDetail, step: int) -> QImage:
    """Step ``step``'s still picture as the page loads it."""
    exercise = detail.exercise
    assert exercise is not None
    image = detail.loadResource(2, f"figure:{exercise.id}/{step}")
    assert isinstance(image, QImage)
    return image


def record_pages(detail: ExerciseDetail, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each page the detail is given from now on (each one is laid out)."""
    pages: list[str] = []
    original = detail.setHtml

    def recording(html: str) -> None:
        pages.append(html)
        original(html)

    monkeypatch.setattr(detail, "setHtml", recording)
    return pages


def exercise_ids(win: MainWindow) -> Iterator[str]:
    model = win.library.model
    return (model.exercise(row).id for row in range(model.rowCount()))


def test_at_1280_by_800_the_first_two_steps_are_in_sight_for_every_exercise(
    qtbot: QtBot, data_dir: Path
) -> None:
    win = open_window(qtbot, data_dir, 1280, 800)
    library, detail = win.library, win.library.detail
    viewport = detail.viewport().rect()
    pane = detail.width()
    checked = 0
    for exercise_id in exercise_ids(win):
        library.show_exercise(exercise_id)
        assert detail.exercise is not None
        assert detail.exercise.id == exercise_id
        assert detail.verticalScrollBar().value() == 0  # as it opens
        second = picture_rect(detail, 1)
        assert viewport.contains(picture_rect(detail, 0)), exercise_id
        assert viewport.contains(second), (exercise_id, second, viewport)
        # Two steps in sight is not had by shrinking the pictures to stamps.
        assert detail.picture_size[1] >= 110, exercise_id
        checked += 1
    assert checked >= 19
    # A lying exercise's pictures are about a third of the pane wide.
    library.show_exercise("copenhagen_plank")
    assert pane * 0.28 <= detail.picture_size[0] <= pane / 3 + 10


def test_at_1920_by_1080_pictures_grow_to_about_420_pixels(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir, 1920, 1080)
    detail = win.library.detail
    win.library.show_exercise("copenhagen_plank")
    width, height = detail.picture_size
    assert 380 <= width <= MAX_PICTURE_WIDTH
    image = still(detail, 1)
    assert (image.width(), image.height()) == (
        round(width * image.devicePixelRatio()),
        round(height * image.devicePixelRatio()),
    )
    assert detail.viewport().rect().contains(picture_rect(detail, 1))


def test_a_splitter_drag_redraws_the_pictures_once_and_reuses_those_drawn_before(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = open_window(qtbot, data_dir, 1920, 1080)
    library, detail = win.library, win.library.detail
    wide = detail.picture_size
    before = still(detail, 1)
    start = library.splitter.sizes()
    total = sum(start)
    pages = record_pages(detail, monkeypatch)
    # A drag: the detail narrows step by step (a splitter resizes it at once, with no turn
    # of the event loop between); the pictures wait for the drag to pause.
    for left in range(start[0] + 40, 900, 40):
        library.splitter.setSizes([left, total - left])
        assert detail.width() == total - left
    assert pages == []  # not at every step of the drag
    qtbot.waitUntil(lambda: detail.picture_size != wide)
    assert len(pages) == 1
    narrow = detail.picture_size
    assert narrow[0] < wide[0]
    assert narrow[0] == (detail.width() // 3) // 20 * 20
    assert f"width='{narrow[0]}'" in pages[0]
    redrawn = still(detail, 1)
    assert redrawn.width() < before.width()

    library.splitter.setSizes(start)
    qtbot.waitUntil(lambda: detail.picture_size == wide)
    again = still(detail, 1)
    assert again.cacheKey() == before.cacheKey()  # kept, not drawn again
    assert len(pages) == 2


def test_a_resize_that_keeps_the_size_keeps_the_page(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = open_window(qtbot, data_dir, 1280, 800)
    detail = win.library.detail
    pages = record_pages(detail, monkeypatch)
    sizes = win.library.splitter.sizes()
    # A few pixels: the same picture width (whole steps of 20 px).
    win.library.splitter.setSizes([sizes[0] - 5, sizes[1] + 5])
    detail.refit_pictures()  # what the pause after resizing does
    assert pages == []


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e9ecef"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e9ecef"),
        (QPalette.ColorRole.Button, "#343a40"),
        (QPalette.ColorRole.ButtonText, "#e9ecef"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_in_a_dark_palette_the_page_shows_around_the_figures(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir, 1280, 800)
    detail = win.library.detail
    light = still(detail, 1)
    win.setPalette(dark_palette())  # as a desktop's switch to a dark colour scheme does
    assert detail.pictures is not None
    assert detail.pictures.dark
    picture = still(detail, 1)
    assert picture.cacheKey() != light.cacheKey()  # drawn again in the dark colours
    assert picture.pixelColor(2, 2).alpha() == 0  # no background of its own
    shown = detail.viewport().grab().toImage()
    box = picture_rect(detail, 1)
    base = QColor("#1e1e1e")
    for x, y in ((box.left() + 2, box.top() + 2), (box.right() - 2, box.top() + 2)):
        assert shown.pixelColor(x, y) == base, (x, y)
    # ... and the figure itself is there, drawn in the dark theme's light limbs.
    inside = [
        shown.pixelColor(x, y).lightness()
        for x in range(box.left(), box.right(), 4)
        for y in range(box.top(), box.bottom(), 4)
    ]
    assert sum(lightness > 120 for lightness in inside) > 50


def test_picture_size_keeps_within_its_bounds() -> None:
    assert picture_size(1500, 0.55, None) == (420, 231)  # wide pane: the cap
    assert picture_size(300, 0.55, None)[0] == 160  # narrow pane: the smallest width
    assert picture_size(955, 0.3, None) == (300, 150)  # a flat scene keeps some height
    width, height = picture_size(955, 1.3, 300.0)  # standing: the height gives way first
    assert height == 138
    assert width < 300
    assert picture_size(955, 1.3, 10.0)[1] == 110  # never a stamp


def test_the_page_puts_the_sides_and_steps_after_the_dose_and_links_the_pictures() -> None:
    plank = load_catalog().exercises["copenhagen_plank"]
    page = exercise_html(plank, str, "#000", "#666", (200, 120), steps_hint="<i>hint</i>")
    order = ["<h3>Dose", "<h3>Sides", "<h3>Steps", "<h3>Why", "<h3>Muscles", "<h3>Cues"]
    assert [page.index(t) for t in order] == sorted(page.index(t) for t in order)
    assert "<h3>Steps<i>hint</i></h3>" in page
    for step in range(len(plank.steps)):
        assert (
            f"<a href='view:{step}' title='Step {step + 1}: a larger view, both sides'>"
            f"<img src='figure:copenhagen_plank/{step}'" in page
        )
    # Without pictures the steps are a plain list, and nothing links to a larger view.
    assert "view:" not in exercise_html(plank, str, "#000", "#666")

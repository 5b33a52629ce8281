"""Laying sheets out: text wraps inside its width and stays plain text, every bundled sheet
keeps inside its pages, blocks are never broken where they fit, and headings never end a
page; the one paint routine paints inside the page's body and footer only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import msgspec
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.model import Exercise
from hiptrainer.printing import (
    A4,
    LETTER,
    PageSpec,
    Sheet,
    SheetOptions,
    exercise_sheet,
    routine_sheet,
)
from hiptrainer.printing.blocks import EPS, Text
from hiptrainer.printing.flow import Columns
from hiptrainer.printing.forms import GridGroup, TickGrid
from hiptrainer.printing.kit import bundled_art
from hiptrainer.printing.options import MM
from hiptrainer.printing.style import Fonts, font

DAY = dt.date(2025, 3, 7)
VARIANTS = [
    pytest.param(SheetOptions(page=A4, date=DAY), id="A4"),
    pytest.param(SheetOptions(page=LETTER, date=DAY), id="Letter"),
    pytest.param(SheetOptions(page=A4, large_print=True, date=DAY), id="A4-large"),
    pytest.param(SheetOptions(page=LETTER, large_print=True, date=DAY), id="Letter-large"),
    pytest.param(
        SheetOptions(page=PageSpec("A5", 210 * MM, 148 * MM), large_print=True, date=DAY),
        id="A5-landscape-large",
    ),
]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(autouse=True)
def app(qapp: QGuiApplication) -> QGuiApplication:
    return qapp


def every_sheet(catalog: Catalog, options: SheetOptions) -> Iterator[tuple[str, Sheet]]:
    for exercise in catalog.exercises.values():
        yield exercise.id, exercise_sheet([exercise], catalog, options)
    for workout in catalog.workouts.values():
        yield workout.id, routine_sheet(workout, catalog, options)


# --- text ----------------------------------------------------------------------------------


def test_text_wraps_inside_its_width_even_one_long_word() -> None:
    body = font(12)
    text = Text([("Supercalifragilistic" * 8 + " and a few more words to wrap", body)], 120)
    assert text.line_count > 3
    for index in range(text.line_count):
        assert text.layout.lineAt(index).naturalTextWidth() <= 120 + EPS
    assert text.height == pytest.approx(
        sum(b - t for t, b in zip(text.tops, text.bottoms, strict=False))
    )


def test_text_is_plain_text_never_markup() -> None:
    literal = "<b>Bold</b> &amp; <i>x</i> & <br/>"
    text = Text([(literal, font(12))], 400)
    assert text.layout.text() == literal
    assert text.line_count == 1


def test_a_line_break_in_a_text_starts_a_new_line() -> None:
    text = Text([("first\nsecond", font(12))], 400)
    assert text.line_count == 2


def test_text_splits_only_with_two_lines_on_each_side() -> None:
    text = Text([("word " * 200, font(12))], 200)
    lines = text.line_count
    line = text.bottoms[0]
    assert text.split(line * 1.5) is None  # one line would be left alone at the foot
    parts = text.split(line * 3 + 0.5)
    assert parts is not None
    head, tail = parts
    assert isinstance(head, Text)
    assert isinstance(tail, Text)
    assert (head.line_count, tail.line_count) == (3, lines - 3)
    assert head.height + tail.height == pytest.approx(text.height)
    assert text.split(text.height - line * 0.5) is None  # nor one alone at the top


def test_the_tick_grid_fills_its_width_and_repeats_its_heads_when_split() -> None:
    fonts = Fonts.of(SheetOptions().typography)
    groups = [GridGroup(f"Exercise {i}", ("L", "R")) for i in range(8)] + [GridGroup("Pain")]
    grid = TickGrid(groups, 6, 3, 500, fonts, corner="Tick")
    assert grid.label_width + grid.side_width + grid.cell * 18 == pytest.approx(500)
    assert grid.row_height >= 16  # 6 mm: room for a tick or a number written by hand
    parts = grid.split(grid.head_height + sum(grid.heights[:3]) + 1)
    assert parts is not None
    head, tail = parts
    assert isinstance(head, TickGrid)
    assert isinstance(tail, TickGrid)
    assert len(head.groups) == 3
    assert len(tail.groups) == 6
    assert tail.head_height > 0
    assert tail.cell == grid.cell


# --- whole sheets ----------------------------------------------------------------------------


@pytest.mark.parametrize("options", VARIANTS)
def test_every_sheet_keeps_inside_its_pages_with_no_heading_at_a_page_foot(
    catalog: Catalog, options: SheetOptions
) -> None:
    for name, sheet in every_sheet(catalog, options):
        body = sheet.frame.body_height
        for number, page in enumerate(sheet.pages, 1):
            assert page, f"{name}: page {number} is empty"
            for placed in page:
                bottom = placed.y + placed.unit.block.height
                assert placed.y >= 0, name
                assert bottom <= body + EPS, f"{name} p{number} overflows"
                assert placed.unit.block.width <= sheet.frame.body_width + EPS, name
            assert not page[-1].unit.keep_with_next, f"{name}: heading ends page {number}"
            for placed in page:  # nor a column
                for column in getattr(placed.unit.block, "frames", []):
                    assert not column or not column[-1].unit.keep_with_next, (name, number)


@pytest.mark.parametrize("options", VARIANTS)
def test_no_block_is_broken_where_it_fits_a_page(catalog: Catalog, options: SheetOptions) -> None:
    """Every unit built is placed whole, once (an exercise block, a grid, a picture strip);
    only the flowing two-column text of an exercise sheet may continue on the next page."""
    for name, sheet in every_sheet(catalog, options):
        placed = [id(p.unit.block) for page in sheet.pages for p in page]
        headed = 0.0  # the headings that go on with the next unit
        for unit in sheet.units:
            need, headed = headed + unit.block.height, 0.0
            if unit.keep_with_next:
                headed = need + unit.gap
            if isinstance(unit.block, Columns) or need > sheet.frame.body_height:
                continue  # flowing text, or a block that must split (on a small page)
            assert placed.count(id(unit.block)) == 1, f"{name}: a block was split or lost"


def test_an_exercise_sheet_starts_with_the_title_dose_and_every_step(catalog: Catalog) -> None:
    for exercise in catalog.exercises.values():
        sheet = exercise_sheet([exercise], catalog, SheetOptions(date=DAY))
        first = [p.unit.block for p in sheet.pages[0]]
        texts = " ".join(b.layout.text() for b in first if isinstance(b, Text))
        assert exercise.name in texts
        strip_text = str([_texts(b) for b in first])
        for step in exercise.steps:
            assert step.text in strip_text, f"{exercise.id}: a step is not on page 1"


def test_several_exercises_each_start_a_page_and_name_it_in_the_footer(catalog: Catalog) -> None:
    chosen = [catalog.exercises[i] for i in ("lateral_band_walk", "glute_bridge", "hip_airplane")]
    sheet = exercise_sheet(chosen, catalog, SheetOptions(date=DAY))
    footers = [f.section.layout.text() for f in sheet.footers]
    assert footers == [
        "HipTrainer · Lateral band walk",
        "HipTrainer · Glute bridge",
        "HipTrainer · Hip airplane",
    ]
    assert [f.page.layout.text() for f in sheet.footers][-1] == "7 March 2025 · page 3 of 3"
    assert sheet.title == "3 exercise sheets"
    # In large print each takes two pages; the second page keeps its exercise's name.
    large = exercise_sheet(chosen[:2], catalog, SheetOptions(large_print=True, date=DAY))
    assert [f.section.layout.text() for f in large.footers] == [
        "HipTrainer · Lateral band walk",
        "HipTrainer · Lateral band walk",
        "HipTrainer · Glute bridge",
        "HipTrainer · Glute bridge",
    ]
    with pytest.raises(ValueError, match="at least one exercise"):
        exercise_sheet([], catalog)


def test_large_print_sets_body_text_at_14_points(catalog: Catalog) -> None:
    regular = routine_sheet(catalog.workouts["runners_hip_warmup"], catalog, SheetOptions())
    large = routine_sheet(
        catalog.workouts["runners_hip_warmup"], catalog, SheetOptions(large_print=True)
    )
    assert regular.frame.fonts.body.pixelSize() == 12
    assert large.frame.fonts.body.pixelSize() == 14
    assert large.page_count >= regular.page_count


def test_user_text_in_an_exercise_is_laid_out_literally(catalog: Catalog) -> None:
    seed = msgspec.to_builtins(catalog.exercises["copenhagen_plank"])
    seed["name"] = "<b>Mine</b> & <i>yours</i>"
    seed["cues"] = ["Keep &amp; hold <br>"]
    custom = msgspec.convert(seed, Exercise)
    sheet = exercise_sheet([custom], catalog, art=lambda _e: bundled_art(custom))
    texts = str([_texts(p.unit.block) for page in sheet.pages for p in page])
    assert "<b>Mine</b> & <i>yours</i>" in texts
    assert "Keep &amp; hold <br>" in texts
    assert sheet.title == "<b>Mine</b> & <i>yours</i>"


# --- painting ------------------------------------------------------------------------------


def test_the_paint_routine_marks_only_the_body_and_footer(catalog: Catalog) -> None:
    """Painted at 72 dpi, the margins stay white: nothing is drawn off the body or footer."""
    sheet = routine_sheet(catalog.workouts["post_run_strength"], catalog, SheetOptions())
    frame = sheet.frame
    width, height = round(sheet.page.width), round(sheet.page.height)
    for index in range(sheet.page_count):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        sheet.paint(painter, QRectF(0, 0, width, height), index)
        painter.end()
        inner = int(frame.margin) - 1
        ink = [
            (x, y)
            for y in range(0, height, 2)
            for x in range(0, width, 2)
            if (x < inner or x > width - inner or y < inner or y > height - inner)
            and image.pixelColor(x, y) != QColor("white")
        ]
        assert not ink, f"page {index + 1} has ink in the margin at {ink[:3]}"
        body = image.copy(inner + 2, inner + 2, width - 2 * inner - 4, 200)
        assert any(
            body.pixelColor(x, y) != QColor("white") for x in range(0, body.width(), 3)
            for y in range(0, 200, 3)
        )  # fmt: skip


def test_a_page_beyond_the_sheet_is_an_error(catalog: Catalog) -> None:
    sheet = exercise_sheet([catalog.exercises["glute_bridge"]], catalog)
    image = QImage(100, 100, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        with pytest.raises(IndexError, match="page 2 of a 1-page sheet"):
            sheet.paint(painter, QRectF(0, 0, 100, 100), 1)
    finally:
        painter.end()


def _texts(block: object) -> list[str]:
    """Every text inside a block, however deeply nested."""
    if isinstance(block, Text):
        return [block.layout.text()]
    found: list[str] = []
    for child in _children(block):
        found += _texts(child)
    return found


def _children(block: object) -> list[object]:
    if hasattr(block, "items"):
        return [b for b, _ in block.items]
    if hasattr(block, "cells"):
        return [b for _, b in block.cells]
    if hasattr(block, "child"):
        return [block.child]
    if hasattr(block, "frames"):
        return [p.unit.block for frame in block.frames for p in frame]
    return []


_ = Qt  # the enum module is imported for the painter's types

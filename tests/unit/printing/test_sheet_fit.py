"""How much a sheet holds, and on how many pages: at 12 pt every bundled exercise is exactly
one A4 page and one Letter page, and each routine two; what a sheet leaves out to get there
is only what a handout can spare (never a step, the dose or a safety line), and the sheet
says so; large print leaves nothing out and may take two pages; the step pictures never
shrink below a size that is easy to follow, and the strip's columns are as wide as their
texts need."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import msgspec
import pytest
from PySide6.QtGui import QGuiApplication

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.dose import dose_text
from hiptrainer.domain.model import Exercise
from hiptrainer.figures.view import Frame
from hiptrainer.printing import (
    A4,
    LETTER,
    PageSpec,
    Sheet,
    SheetOptions,
    exercise_sheet,
    routine_sheet,
)
from hiptrainer.printing.blocks import Figure, Row, Text
from hiptrainer.printing.exercise import SHORTENED, Shape
from hiptrainer.printing.forms import WriteLines
from hiptrainer.printing.kit import bundled_art
from hiptrainer.printing.steps import balanced_widths
from hiptrainer.printing.style import font
from hiptrainer.printing.words import setup_lines, setup_summaries

DAY = dt.date(2025, 3, 7)
PAPERS = [pytest.param(A4, id="A4"), pytest.param(LETTER, id="Letter")]
#: The drawn figure's long side, in points, that a step picture never goes under (31 mm),
#: and the smaller reminders of the two sides (24 mm).
STEP_FIGURE = 88.0
SIDE_FIGURE = 68.0


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(autouse=True)
def app(qapp: QGuiApplication) -> QGuiApplication:
    return qapp


def blocks_of(block: object) -> Iterator[object]:
    """``block`` and every block inside it."""
    yield block
    children: list[object] = []
    if hasattr(block, "items"):
        children = [b for b, _ in block.items]
    elif hasattr(block, "cells"):
        children = [b for _, b in block.cells]
    elif hasattr(block, "child"):
        children = [block.child]
    elif hasattr(block, "frames"):
        children = [p.unit.block for frame in block.frames for p in frame]
    for child in children:
        yield from blocks_of(child)


def placed_blocks(sheet: Sheet) -> Iterator[object]:
    for page in sheet.pages:
        for placed in page:
            yield from blocks_of(placed.unit.block)


def printed(sheet: Sheet) -> list[str]:
    """Every paragraph on the sheet's pages (once, if it runs on from page to page or
    column to column), line breaks as newlines."""
    found = {id(b.layout): b.layout.text() for b in placed_blocks(sheet) if isinstance(b, Text)}
    return [text.replace("\u2028", "\n") for text in found.values()]


def prefix_length(items: list[str], texts: list[str]) -> int:
    """How many of ``items`` are printed, checking that they are the first ones."""
    shown = [item in texts for item in items]
    count = sum(shown)
    assert shown == [True] * count + [False] * (len(items) - count), "not the first ones"
    return count


def check_contents(exercise: Exercise, sheet: Sheet) -> bool:
    """Assert what every sheet prints whole, and the rules for what it may shorten; True if
    the sheet prints the exercise's whole text."""
    texts = printed(sheet)
    joined = "\n".join(texts)
    assert exercise.name in texts
    assert dose_text(exercise.dosage, exercise.unilateral) in joined
    for step in exercise.steps:
        assert step.text in texts, (exercise.id, "a step is missing")
    for line in exercise.safety:
        assert line in texts, (exercise.id, "a safety line is missing")
    cues = prefix_length(exercise.cues, texts)
    mistakes = prefix_length(exercise.mistakes, texts)
    assert cues >= min(3, len(exercise.cues)), exercise.id
    assert mistakes >= min(2, len(exercise.mistakes)), exercise.id
    (why,) = [t.removeprefix("Why it helps a runner: ") for t in texts
              if t.startswith("Why it helps a runner: ")]  # fmt: skip
    assert exercise.why.startswith(why), exercise.id
    assert len(why) >= len(exercise.why.split(". ")[0]), exercise.id
    whole_setups = all(label + line in joined for label, line in setup_lines(exercise))
    assert whole_setups or all(
        label + line in joined for label, line in setup_summaries(exercise)
    ), exercise.id  # fmt: skip
    whole = (cues == len(exercise.cues) and mistakes == len(exercise.mistakes)
             and why == exercise.why and whole_setups)  # fmt: skip
    assert (SHORTENED in texts) == (not whole), (exercise.id, "the note says what is true")
    return whole


def edited(catalog: Catalog, base: str, **fields: object) -> Exercise:
    seed = msgspec.to_builtins(catalog.exercises[base])
    seed.update(fields)
    return msgspec.convert(seed, Exercise)


# --- pages -----------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAPERS)
def test_every_bundled_exercise_is_exactly_one_page_at_12_pt(
    catalog: Catalog, page: PageSpec
) -> None:
    options = SheetOptions(page=page, date=DAY)
    assert options.typography.body == 12
    sheets = {e.id: exercise_sheet([e], catalog, options) for e in catalog.exercises.values()}
    assert len(sheets) >= 20
    assert all(s.frame.fonts.body.pixelSize() == 12 for s in sheets.values())
    longer = {name: s.page_count for name, s in sheets.items() if s.page_count != 1}
    assert longer == {}


@pytest.mark.parametrize("page", PAPERS)
def test_the_warm_up_and_the_post_run_routine_take_two_pages(
    catalog: Catalog, page: PageSpec
) -> None:
    options = SheetOptions(page=page, date=DAY)
    warmup = routine_sheet(catalog.workouts["runners_hip_warmup"], catalog, options)
    assert warmup.page_count == 2
    assert routine_sheet(catalog.workouts["post_run_strength"], catalog, options).page_count == 2
    # The grid leaves most of the warm-up's second page to write on: ten lines of notes.
    (notes,) = [b for b in placed_blocks(warmup) if isinstance(b, WriteLines)]
    assert notes.count == 10


@pytest.mark.parametrize("page", PAPERS)
def test_large_print_leaves_nothing_out_and_takes_at_most_two_pages(
    catalog: Catalog, page: PageSpec
) -> None:
    options = SheetOptions(page=page, large_print=True, date=DAY)
    for exercise in catalog.exercises.values():
        sheet = exercise_sheet([exercise], catalog, options)
        assert sheet.frame.fonts.body.pixelSize() == 14
        assert sheet.page_count <= 2, exercise.id
        assert check_contents(exercise, sheet), f"{exercise.id}: large print shortened"


# --- what a sheet leaves out -------------------------------------------------------------------


@pytest.mark.parametrize("page", PAPERS)
def test_a_sheet_leaves_out_only_what_a_handout_can_spare_and_says_so(
    catalog: Catalog, page: PageSpec
) -> None:
    options = SheetOptions(page=page, date=DAY)
    for exercise in catalog.exercises.values():
        check_contents(exercise, exercise_sheet([exercise], catalog, options))


def test_a_sheet_with_room_prints_everything_and_no_note(catalog: Catalog) -> None:
    exercise = catalog.exercises["glute_bridge"]
    assert check_contents(exercise, exercise_sheet([exercise], catalog, SheetOptions(page=A4)))


def test_a_long_exercise_is_shortened_to_one_page_and_says_so(catalog: Catalog) -> None:
    # Far more cues than a page holds: only the cues can give way.
    cues = [f"Cue {n}: keep both knees in line with the toes, all the way up and all the way "
            "down again." for n in range(14)]  # fmt: skip
    why = "One sentence of why."
    long = edited(catalog, "glute_bridge", cues=cues, why=why)
    sheet = exercise_sheet([long], catalog, SheetOptions(page=LETTER),
                           art=lambda _e: bundled_art(long))  # fmt: skip
    assert sheet.page_count == 1
    assert not check_contents(long, sheet)
    shown = prefix_length(cues, printed(sheet))
    assert 3 <= shown < len(cues)
    # Large print keeps all of it, on two pages.
    large = exercise_sheet([long], catalog, SheetOptions(page=LETTER, large_print=True),
                           art=lambda _e: bundled_art(long))  # fmt: skip
    assert large.page_count == 2
    assert check_contents(long, large)


def test_an_exercise_too_long_even_shortened_takes_two_pages_in_full(catalog: Catalog) -> None:
    safety = [f"Safety line {n}: " + "stop if anything hurts more than a little. " * 4
              for n in range(8)]  # fmt: skip
    long = edited(catalog, "clamshell", safety=safety)
    sheet = exercise_sheet([long], catalog, SheetOptions(page=A4), art=lambda _e: bundled_art(long))
    assert sheet.page_count == 2
    assert check_contents(long, sheet)


def test_shapes_cut_the_why_at_sentence_ends_and_know_when_they_shorten(
    catalog: Catalog,
) -> None:
    two = Shape(why_sentences=2)
    assert two.why("One. Two? Three! Four.") == "One. Two?"
    assert two.why("Only one sentence here.") == "Only one sentence here."
    plank = catalog.exercises["copenhagen_plank"]
    assert not Shape().shortens(plank)
    assert Shape(cues=len(plank.cues)).shortens(plank) is False
    assert Shape(cues=len(plank.cues) - 1).shortens(plank)
    assert Shape(short_setups=True).shortens(plank)
    assert Shape(short_setups=True).setups(plank) == setup_summaries(plank)


# --- pictures --------------------------------------------------------------------------------


def figure_sizes(sheet: Sheet) -> Iterator[tuple[bool, float]]:
    """Each picture on the sheet: whether it shows a side (of the pair of left and right),
    and the long side of the figure as drawn, in points."""
    for block in placed_blocks(sheet):
        if not isinstance(block, Row):
            continue
        figures = [f for _, cell in block.cells for f in blocks_of(cell) if isinstance(f, Figure)]
        pair = any(f.side == "right" for f in figures)
        for figure in figures:
            x0, y0, x1, y1 = figure.art.bounds["left"]
            scale = Frame(figure.art.bounds["left"], figure.width, figure.height).scale
            yield pair, max(x1 - x0, y1 - y0) * scale


@pytest.mark.parametrize("options", [
    pytest.param(SheetOptions(page=A4), id="A4"),
    pytest.param(SheetOptions(page=LETTER), id="Letter"),
    pytest.param(SheetOptions(page=LETTER, large_print=True), id="Letter-large"),
])  # fmt: skip
def test_step_pictures_stay_large_enough_to_follow(catalog: Catalog, options: SheetOptions) -> None:
    steps = 0
    for exercise in catalog.exercises.values():
        for pair, size in figure_sizes(exercise_sheet([exercise], catalog, options)):
            least = SIDE_FIGURE if pair else STEP_FIGURE
            assert size >= least, (exercise.id, pair, round(size))
            steps += not pair
    assert steps >= 3 * len(catalog.exercises)


def test_step_columns_are_as_wide_as_their_texts_need() -> None:
    body = font(12)
    words = ["word " * 60, "short", "a little longer than short"]

    def make(index: int, width: float) -> Text:
        return Text([(words[index], body)], width)

    widths = balanced_widths(make, 3, 480, 90)
    assert sum(widths) == pytest.approx(480)
    assert min(widths) >= 90
    assert widths[0] > widths[1]
    most = max(make(i, w).line_count for i, w in enumerate(widths))
    assert most < make(0, 160).line_count  # fewer lines than equal columns need
    # No room to choose: equal columns.
    assert balanced_widths(make, 3, 480, 200) == [160, 160, 160]

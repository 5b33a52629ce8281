"""The exercise sheet: everything about one exercise on one page.

Top to bottom: the name, what it works and needs; the dose; the steps as a strip of numbered
pictures, each with its text under it; then, in two balanced columns, why it helps, the
two sides (the picture and the set-up line of each), cues, common mistakes, easier and
harder variants and safety; last, a six-week tick grid per side with a pain row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from hiptrainer.printing.blocks import Block, Boxed, Figure, Row, Stack, Text
from hiptrainer.printing.flow import Columns, Unit
from hiptrainer.printing.forms import GridGroup, TickGrid
from hiptrainer.printing.kit import ArtSource, Kit, bundled_art, note_units, picture_height
from hiptrainer.printing.options import SheetOptions
from hiptrainer.printing.sheet import Sheet
from hiptrainer.printing.style import SOFT_INK
from hiptrainer.printing.words import (
    WEEKS,
    dose_line,
    dose_more,
    equipment,
    muscles,
    pain_legend,
    sessions_a_week,
    setup_lines,
    sides,
    variants,
)

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.domain.model import Exercise
    from hiptrainer.figures.render import Illustration


#: Step pictures at this share of their full height when that brings a sheet onto one page.
SMALLER = 0.8


def exercise_sheet(
    exercises: Sequence[Exercise], catalog: Catalog, options: SheetOptions | None = None,
    art: ArtSource = bundled_art,
) -> Sheet:  # fmt: skip
    """One exercise per page (more if the text is too long for one), in the order given."""
    if not exercises:
        raise ValueError("an exercise sheet needs at least one exercise")
    options = options or SheetOptions()
    kit = Kit(options)
    frame = kit.frame
    units: list[Unit] = []
    for index, exercise in enumerate(exercises):
        picture = art(exercise)
        # The fullest layout that fits one page: first without the two sides' pictures (the
        # set-up lines say the same in words), then with smaller step pictures. When none
        # fits, the fullest takes two pages, and the room left on the second takes notes.
        shapes = [(True, 1.0), (False, 1.0), (False, SMALLER)] if exercise.unilateral else [
            (True, 1.0), (True, SMALLER)]  # fmt: skip
        tries = [exercise_units(exercise, catalog, kit, picture, index == 0, *shape)
                 for shape in shapes]  # fmt: skip
        fitting = [t for t in tries if frame.page_count(t) == 1]
        chosen = fitting[0] if fitting else tries[0]
        units += chosen
        units += note_units(units, kit, most=8, fewest=3, required=False)
    if len(exercises) == 1:
        title, subject = exercises[0].name, f"Exercise sheet: {exercises[0].name}"
    else:
        title = f"{len(exercises)} exercise sheets"
        subject = "Exercise sheets: " + "; ".join(e.name for e in exercises)
    return Sheet(units, options, title=title, subject=subject)


def exercise_units(
    exercise: Exercise, catalog: Catalog, kit: Kit, art: Illustration, first: bool = True,
    side_pictures: bool = True, picture_scale: float = 1.0,
) -> list[Unit]:  # fmt: skip
    fonts, width = kit.fonts, kit.width
    title = Text([(exercise.name, fonts.title)], width)
    needs, items = equipment(exercise)
    facts = kit.labelled([muscles(exercise), (needs, f"{items} {sides(exercise)}")])
    label, dose = dose_line(exercise.dosage, exercise.unilateral)
    more = dose_more(exercise.dosage, exercise.unilateral)
    dose_text = Text([(label, fonts.bold), (dose, fonts.bold), (" " + more, fonts.body)],
                     width - 2 * kit.gap * 1.5)  # fmt: skip
    units = [
        Unit(title, keep_with_next=True, break_before=not first, section=exercise.name),
        Unit(facts, gap=kit.gap),
        Unit(Boxed(dose_text, kit.gap * 1.5), gap=kit.section_gap * 0.8),
        Unit(step_strip(exercise, kit, art, picture_scale), gap=kit.section_gap),
        Unit(
            Columns(
                column_units(exercise, catalog, kit, art, side_pictures),
                width,
                2,
                kit.size * 1.5,
                page=kit.frame.body_height,
            ),
            gap=kit.section_gap * 0.75,
            keep_together=False,
        ),  # fmt: skip
    ]
    return [*units, *record_units(exercise, kit)]


def step_strip(exercise: Exercise, kit: Kit, art: Illustration, scale: float = 1.0) -> Block:
    """The steps side by side: each one's picture with its numbered text under it."""
    count = len(exercise.steps)
    gutter = kit.size
    column = (kit.width - gutter * (count - 1)) / count
    height = picture_height(art, column, kit.width * 0.24) * scale
    cells: list[tuple[float, Block]] = []
    for index, step in enumerate(exercise.steps):
        number = (f"{index + 1}", kit.fonts.heading)
        words = Text([(step.text, kit.fonts.body)], column, marker=number, indent=kit.indent)
        picture = Figure(art, step.pose, "left", column, height)
        cells.append((index * (column + gutter), Stack(column, [(picture, 0.0), (words, kit.gap)])))
    return Row(kit.width, cells)


def column_units(
    exercise: Exercise, catalog: Catalog, kit: Kit, art: Illustration, side_pictures: bool
) -> list[Unit]:
    """Why, the two sides, cues, mistakes, variants and safety, to flow in two columns."""
    column = (kit.width - kit.size * 1.5) / 2
    units = [kit.heading("Why it helps a runner", column),
             Unit(kit.text(exercise.why, column), gap=kit.gap)]  # fmt: skip
    if exercise.unilateral and side_pictures:
        # The pictures and their lines, headed, float: the text after them may fill the
        # column while they wait for the next one.
        heading = kit.heading("Left and right", column)
        pair = Stack(column, [(heading.block, 0.0), (side_pair(exercise, kit, art, column),
                                                     kit.gap)])  # fmt: skip
        units.append(Unit(pair, gap=heading.gap, floats=True))
    elif exercise.unilateral:
        units += [kit.heading("Left and right", column),
                  Unit(kit.labelled(setup_lines(exercise), column), gap=kit.gap)]  # fmt: skip
    units += [kit.heading("Cues", column), *kit.bullets(exercise.cues, column)]
    units += [kit.heading("Common mistakes", column), *kit.bullets(exercise.mistakes, column)]
    found = variants(exercise, catalog)
    if found:
        units += [kit.heading("Easier and harder", column),
                  Unit(kit.labelled(found, column), gap=kit.gap)]  # fmt: skip
    if exercise.safety:
        units += [kit.heading("Safety", column), *kit.bullets(exercise.safety, column)]
    # Text flows on from column to column and page to page (two lines at least on each side);
    # the two sides' pictures stay together with their lines.
    return [replace(u, keep_together=False) if isinstance(u.block, Text) and not
            u.keep_with_next else u for u in units]  # fmt: skip


def side_pair(exercise: Exercise, kit: Kit, art: Illustration, width: float) -> Block:
    """The key step's picture for each side (the right one mirrored) over its set-up line."""
    key = exercise.steps[-1].pose
    gutter = kit.size
    half = (width - gutter) / 2
    cells: list[tuple[float, Block]] = []
    for index, (label, line) in enumerate(setup_lines(exercise)):
        side = "left" if index == 0 else "right"
        picture = Figure(art, key, side, half, picture_height(art, half, half))
        words = Text([(label, kit.fonts.bold), (line, kit.fonts.body)], half)
        cells.append((index * (half + gutter), Stack(half, [(picture, 0.0), (words, kit.gap)])))
    return Row(width, cells)


def record_units(exercise: Exercise, kit: Kit) -> list[Unit]:
    """A tick per side and session for six weeks, and the pain after each session."""
    fonts = kit.fonts
    groups = [GridGroup("Done", ("L", "R") if exercise.unilateral else (None,)),
              GridGroup("Pain 0–10")]  # fmt: skip
    per_week = sessions_a_week([exercise.dosage])
    corner = "Tick each side" if exercise.unilateral else "Tick when done"
    grid = TickGrid(groups, WEEKS, per_week, kit.width, fonts, label_share=0.16, corner=corner)
    legend = Text([(pain_legend(), fonts.small)], kit.width, colour=SOFT_INK)
    block = Stack(kit.width, [(grid, 0.0), (legend, kit.gap * 0.5)])
    return [Unit(block, gap=kit.section_gap * 1.5)]

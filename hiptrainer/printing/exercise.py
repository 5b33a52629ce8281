"""The exercise sheet: everything about one exercise on one page.

Top to bottom: the name, what it works and needs; the dose; the steps as a strip of numbered
pictures, each over its text; then, in two balanced columns, why it helps, the two sides
(the picture and the set-up line of each), cues, common mistakes, easier and harder
variants and safety; last, a six-week tick grid per side with a pain row.

At 12 pt every bundled exercise fits one A4 or Letter page: the sheet takes the fullest of
a few :data:`SHAPES` that fits, each leaving out one more thing a handout can spare, with
the step pictures as large as the page allows (never under their smallest, which is still
easy to follow). Every step, the dose and every safety line are always printed; a sheet
that leaves anything out says so ("Shortened for print: HipTrainer has the full text.").
In large print (14 pt) nothing is left out: a sheet too long for one page takes two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from hiptrainer.domain.words import translate
from hiptrainer.printing.blocks import Boxed, Rule, Stack, Text
from hiptrainer.printing.flow import Columns, Unit
from hiptrainer.printing.forms import GridGroup, TickGrid
from hiptrainer.printing.kit import ArtSource, Kit, bundled_art, note_units
from hiptrainer.printing.options import SheetOptions
from hiptrainer.printing.sheet import Sheet
from hiptrainer.printing.steps import side_pair, step_strip
from hiptrainer.printing.style import SOFT_INK
from hiptrainer.printing.words import (
    WEEKS,
    Labelled,
    dose_line,
    dose_more,
    equipment,
    muscles,
    pain_legend,
    sessions_a_week,
    setup_lines,
    setup_summaries,
    variants,
)

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.domain.model import Exercise
    from hiptrainer.figures.render import Illustration


@dataclass(frozen=True)
class Shape:
    """How much of an exercise a sheet prints: the two sides' pictures or not, the step
    pictures' scale, and at most how many sentences of the why, cues and mistakes (None:
    all)."""

    side_pictures: bool = True
    picture_scale: float = 1.0
    why_sentences: int | None = None
    cues: int | None = None
    mistakes: int | None = None
    #: Each side's set-up line only up to its colon.
    short_setups: bool = False

    def why(self, text: str) -> str:
        """``text``, or its first ``why_sentences`` sentences."""
        sentences = re.split(r"(?<=[.!?])\s+", text.strip())
        if self.why_sentences is None or len(sentences) <= self.why_sentences:
            return text
        return " ".join(sentences[: self.why_sentences])

    def shortens(self, exercise: Exercise) -> bool:
        """Whether this leaves out any of the exercise's text."""
        return (self.why(exercise.why) != exercise.why
                or len(exercise.cues[: self.cues]) < len(exercise.cues)
                or len(exercise.mistakes[: self.mistakes]) < len(exercise.mistakes)
                or (self.short_setups and setup_summaries(exercise) != setup_lines(exercise))
                )  # fmt: skip

    def setups(self, exercise: Exercise) -> list[Labelled]:
        return setup_summaries(exercise) if self.short_setups else setup_lines(exercise)


FULL = Shape()
_BARE = Shape(side_pictures=False)
#: The layouts tried, fullest first; a sheet takes the first that fits one page. Each
#: leaves out one more thing, the least needed at the gym first: the two sides' pictures
#: (their lines say the same), the why past its second sentence (background and studies),
#: each side's set-up past its colon (the steps set the left side up in full, the right
#: mirrors it), the why past its first sentence, then the last cues and mistakes (written
#: most important first). Every step, the dose and every safety line are always printed.
SHAPES = [
    FULL,
    _BARE,
    replace(_BARE, why_sentences=2),
    replace(_BARE, why_sentences=2, short_setups=True),
    replace(_BARE, why_sentences=1, short_setups=True),
    replace(_BARE, why_sentences=1, short_setups=True, cues=4, mistakes=3),
    replace(_BARE, why_sentences=1, short_setups=True, cues=3, mistakes=2),
]
#: The step pictures' scales tried for each shape, largest first: a shape leaves its text
#: out only when its pictures at their smallest (1, still easy to follow) leave it too long.
SCALES = (1.3, 1.15, 1.0)
#: The note on a sheet that leaves text out (in English; the sheet prints it translated).
SHORTENED = "Shortened for print: HipTrainer has the full text."


def shortened_note() -> str:
    return translate("sheet", "Shortened for print: HipTrainer has the full text.")


def exercise_sheet(
    exercises: Sequence[Exercise], catalog: Catalog, options: SheetOptions | None = None,
    art: ArtSource = bundled_art,
) -> Sheet:  # fmt: skip
    """One exercise per page (more if the text is too long for one), in the order given."""
    if not exercises:
        raise ValueError("an exercise sheet needs at least one exercise")
    options = options or SheetOptions()
    kit = Kit(options)
    units: list[Unit] = []
    for index, exercise in enumerate(exercises):
        chosen = fullest(exercise, catalog, kit, art(exercise), index == 0)
        units += chosen
        units += note_units(units, kit, most=8, fewest=3, required=False)
    if len(exercises) == 1:
        title = exercises[0].name
        subject = translate("sheet", "Exercise sheet: {name}").format(name=title)
    else:
        title = f"{len(exercises)} exercise sheets"
        names = "; ".join(e.name for e in exercises)
        subject = translate("sheet", "Exercise sheets: {names}").format(names=names)
    return Sheet(units, options, title=title, subject=subject)


def shapes_for(exercise: Exercise, large_print: bool) -> list[Shape]:
    """The shapes worth trying for ``exercise``, fullest first: for one done with both sides
    together the two sides' pictures and lines make no difference; in large print, which
    may take two pages, only those that print the whole text."""
    found: list[Shape] = []
    for shape in SHAPES:
        if not exercise.unilateral:
            shape = replace(shape, side_pictures=False, short_setups=False)
        if large_print and shape.shortens(exercise):
            break
        if shape not in found:
            found.append(shape)
    return found


def fullest(
    exercise: Exercise, catalog: Catalog, kit: Kit, art: Illustration, first: bool
) -> list[Unit]:
    """The fullest layout of ``exercise`` that fits one page, with the largest pictures that
    leave it on one page; when none fits, the whole text on two pages (more only for text
    too long for two)."""
    for shape in shapes_for(exercise, kit.options.large_print):
        for scale in SCALES:
            units = exercise_units(exercise, catalog, kit, art, first,
                                   replace(shape, picture_scale=scale))  # fmt: skip
            if kit.frame.page_count(units) == 1:
                return units
    for scale in SCALES:  # the whole text on two pages, with pictures as large as fit
        units = exercise_units(exercise, catalog, kit, art, first, Shape(picture_scale=scale))
        if kit.frame.page_count(units) <= 2:
            break
    return units


def exercise_units(
    exercise: Exercise, catalog: Catalog, kit: Kit, art: Illustration, first: bool = True,
    shape: Shape = FULL,
) -> list[Unit]:  # fmt: skip
    fonts, width = kit.fonts, kit.width
    title = Text([(exercise.name, fonts.title)], width)
    needs, items = equipment(exercise)
    # (One side at a time or both together: the dose says "each side" for one side.)
    facts = kit.labelled([muscles(exercise), (needs, items)], run_on=True)
    label, dose = dose_line(exercise.dosage, exercise.unilateral)
    more = dose_more(exercise.dosage, exercise.unilateral)
    dose_text = Text([(label, fonts.bold), (dose, fonts.bold), (" " + more, fonts.body)],
                     width - 2 * kit.gap)  # fmt: skip
    units = [
        Unit(title, keep_with_next=True, break_before=not first, section=exercise.name),
        Unit(facts, gap=kit.gap),
        Unit(Boxed(dose_text, kit.gap), gap=kit.section_gap * 0.8),
        # A rule under the steps parts them from the text that flows below.
        Unit(Stack(width, [(step_strip(exercise, kit, art, shape.picture_scale), 0.0),
                           (Rule(width, kit.size * 0.7), kit.size * 0.15)]),
             gap=kit.section_gap),
        Unit(Columns(column_units(exercise, catalog, kit, art, shape), width, 2,
                     kit.size * 1.5, page=kit.frame.body_height), keep_together=False),
    ]  # fmt: skip
    return [*units, *record_units(exercise, kit)]


def column_units(
    exercise: Exercise, catalog: Catalog, kit: Kit, art: Illustration, shape: Shape
) -> list[Unit]:
    """Why, the two sides, cues, mistakes, variants and safety, to flow in two columns."""
    column = (kit.width - kit.size * 1.5) / 2
    fonts = kit.fonts
    why = shape.why(exercise.why)
    units = [
        Unit(
            Text(
                [(translate("sheet", "Why it helps a runner: "), fonts.bold), (why, fonts.body)],
                column,
            )
        )
    ]
    if exercise.unilateral and shape.side_pictures:
        # The pictures and their lines float: the text after them may fill the column while
        # they wait for the next one.
        units.append(Unit(side_pair(exercise, kit, art, column), gap=kit.section_gap,
                          floats=True))  # fmt: skip
    elif exercise.unilateral:
        units.append(Unit(kit.labelled(shape.setups(exercise), column), gap=kit.section_gap))
    cues, mistakes = exercise.cues[: shape.cues], exercise.mistakes[: shape.mistakes]
    headings = (translate("sheet", "Cues"), translate("sheet", "Common mistakes"))
    for heading, items in zip(headings, (cues, mistakes), strict=True):
        if items:
            units += [kit.heading(heading, column), *kit.bullets(items, column)]
    found = variants(exercise, catalog)
    if found:
        units.append(Unit(kit.labelled(found, column), gap=kit.section_gap))
    if exercise.safety:
        safety = translate("sheet", "Safety")
        units += [kit.heading(safety, column), *kit.bullets(exercise.safety, column)]
    if shape.shortens(exercise):
        units.append(Unit(Text([(shortened_note(), fonts.small)], column, colour=SOFT_INK),
                          gap=kit.section_gap))  # fmt: skip
    # Text flows on from column to column and page to page (two lines at least on each side);
    # the two sides' pictures stay together with their lines.
    return [replace(u, keep_together=False) if isinstance(u.block, Text) and not
            u.keep_with_next else u for u in units]  # fmt: skip


def record_units(exercise: Exercise, kit: Kit) -> list[Unit]:
    """A tick per side and session for six weeks, and the pain after each session."""
    fonts = kit.fonts
    sides = ("L", "R") if exercise.unilateral else (None,)
    #: The tick grid's row for the sessions done (a tick per side and session).
    groups = [GridGroup(translate("sheet", "Done"), sides),
              GridGroup(translate("sheet", "Pain 0–10"))]  # fmt: skip
    per_week = sessions_a_week([exercise.dosage])
    corner = translate("sheet", "Tick each side")
    if not exercise.unilateral:
        corner = translate("sheet", "Tick when done")
    grid = TickGrid(groups, WEEKS, per_week, kit.width, fonts, label_share=0.16, corner=corner)
    legend = Text([(pain_legend(), fonts.small)], kit.width, colour=SOFT_INK)
    block = Stack(kit.width, [(grid, 0.0), (legend, kit.gap * 0.5)])
    return [Unit(block, gap=kit.section_gap * 1.5)]

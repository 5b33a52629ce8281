"""The routine sheet: a routine's exercises in order, compact, with one tick grid for all.

A header with the routine's name, what it takes, and fields for the name, the date and (if
asked for) who prescribed it; then each exercise as one block that never breaks across
pages (its start and key pictures, its dose in words and two or three cues); then six weeks
of ticks per exercise and side with a pain row, and lines for notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hiptrainer.domain.words import translate
from hiptrainer.printing.blocks import Block, Figure, Row, Rule, Stack, Text
from hiptrainer.printing.flow import Unit
from hiptrainer.printing.forms import Field, GridGroup, TickGrid
from hiptrainer.printing.kit import ArtSource, Kit, aspect, bundled_art, note_units, picture_height
from hiptrainer.printing.options import SheetOptions
from hiptrainer.printing.sheet import Sheet
from hiptrainer.printing.style import SOFT_INK
from hiptrainer.printing.words import (
    WEEKS,
    date_text,
    dose_line,
    dose_more,
    pain_legend,
    routine_facts,
    sessions_a_week,
    setup_lines,
)

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.domain.model import Dosage, Exercise, SideDosage, Workout
    from hiptrainer.figures.render import Illustration

#: Cues printed per exercise: enough to remember the movement, few enough to glance at.
CUES = 3
#: Pictures this much wider than tall go one over the other.
FLAT = 1.8
#: Pictures one over the other shrink to no less than this share of their full height to
#: keep beside their words.
SMALLEST = 0.65


def routine_sheet(
    workout: Workout, catalog: Catalog, options: SheetOptions | None = None,
    art: ArtSource = bundled_art,
) -> Sheet:  # fmt: skip
    options = options or SheetOptions()
    kit = Kit(options)
    units = header_units(workout, catalog, kit)
    dosages = []
    for index, block in enumerate(workout.blocks):
        exercise = catalog.exercises[block.exercise]
        # The block's own (a routine being edited need not be the catalogue's yet).
        dosage = block.dosage or exercise.dosage
        dosages.append(dosage)
        compact = exercise_block(index + 1, exercise, dosage, kit, art(exercise), block.side_dosage)
        units.append(Unit(compact, gap=kit.section_gap))
    units += record_units(workout, catalog, dosages, kit)
    units += note_units(units, kit, most=10)
    return Sheet(
        units,
        options,
        title=workout.name,
        subject=translate("sheet", "Routine sheet: {name}").format(name=workout.name),
    )


def header_units(workout: Workout, catalog: Catalog, kit: Kit) -> list[Unit]:
    fonts, width, options = kit.fonts, kit.width, kit.options
    title = Text([(workout.name, fonts.title)], width)
    about = Text([(workout.summary, fonts.body), (" " + routine_facts(workout, catalog),
                                                  fonts.bold)], width)  # fmt: skip
    fields: list[tuple[str, str]] = [
        (translate("sheet", "Name: "), options.name),
        (translate("sheet", "Date: "), date_text(options.printed_on())),
    ]
    if options.prescribed_by is not None:
        fields.append((translate("sheet", "Prescribed by: "), options.prescribed_by))
    shares = {2: (0.6, 0.4), 3: (0.36, 0.28, 0.36)}[len(fields)]
    gutter = kit.size
    usable = width - gutter * (len(fields) - 1)
    # A blank field keeps a line long enough to write a name on.
    needs = [Field.one_line(label, value, fonts) + (0 if value else kit.size * 8)
             for label, value in fields]  # fmt: skip
    cells: list[tuple[float, Block]] = []
    left = 0.0
    for (label, value), field_width in zip(fields, field_widths(needs, shares, usable),
                                           strict=True):  # fmt: skip
        cells.append((left, Field(label, value, field_width, fonts)))
        left += field_width + gutter
    return [
        Unit(title, keep_with_next=True, section=workout.name),
        Unit(about, gap=kit.gap),
        Unit(Row(width, cells), gap=kit.section_gap * 1.5),
    ]


def field_widths(needs: Sequence[float], shares: Sequence[float], usable: float) -> list[float]:
    """The header fields' widths: each its share of ``usable``, but a field whose text needs
    more to stay on one line ("Datum: 29. September 2026", a long date in a long language)
    takes it from what the others have beyond their own ``needs``, each giving in
    proportion to its spare room. Where they cannot spare enough, the text wraps."""
    widths = [usable * share for share in shares]
    short = [max(0.0, need - width) for need, width in zip(needs, widths, strict=True)]
    spare = [max(0.0, width - need) for need, width in zip(needs, widths, strict=True)]
    wanted, free = sum(short), sum(spare)
    if wanted <= 0 or free <= 0:
        return widths
    moved = min(wanted, free)
    return [
        width + lack * moved / wanted - room * moved / free
        for width, lack, room in zip(widths, short, spare, strict=True)
    ]


def exercise_block(
    number: int,
    exercise: Exercise,
    dosage: Dosage,
    kit: Kit,
    art: Illustration,
    side_dosage: SideDosage | None = None,
) -> Block:
    """Pictures of the first and last steps beside the name, dose (each side's, where a
    side plays its own) and first cues."""
    fonts, width = kit.fonts, kit.width
    gutter = kit.size
    picture_width = width * 0.4
    text_width = width - picture_width - gutter
    name = Text([(exercise.name, fonts.heading)], text_width,
                marker=(f"{number}", fonts.heading), indent=kit.indent * 1.1)  # fmt: skip
    label, dose = dose_line(dosage, exercise.unilateral, side_dosage)
    # How long each takes is left to the header, which gives the whole routine's time.
    more = dose_more(
        dosage, exercise.unilateral, weekly=False, length=False, side_dosage=side_dosage
    )
    lines: list[tuple[Block, float]] = [
        (name, 0.0),
        (Text([(label, fonts.bold), (dose, fonts.bold), (" " + more, fonts.body)],
              text_width), kit.gap),
    ]  # fmt: skip
    setups = setup_lines(exercise)
    if setups:
        lines.append((kit.labelled(setups[:1], text_width), kit.gap))
    for cue in exercise.cues[:CUES]:
        bullet = Text([(cue, fonts.body)], text_width, marker=("•", fonts.body),
                      indent=kit.indent * 0.7)  # fmt: skip
        lines.append((bullet, kit.gap * 0.5))
    words = Stack(text_width, lines)
    pictures = key_pictures(exercise, art, picture_width, gutter * 0.5, words.height)
    body = Row(width, [(0.0, pictures), (picture_width + gutter, words)])
    return Stack(width, [(Rule(width, 1.0), 0.0), (body, kit.gap)])


def key_pictures(
    exercise: Exercise, art: Illustration, width: float, gap: float, beside: float
) -> Block:
    """The first and last steps: one over the other for a lying exercise (so each can be as
    wide as the space, yet the two no taller than the ``beside`` words where they can be
    at least :data:`SMALLEST` of their full size), side by side for a standing one."""
    first, last = exercise.steps[0].pose, exercise.steps[-1].pose
    if aspect(art) >= FLAT:
        full = picture_height(art, width, width * 0.45, flattest=0.3)
        height = min(full, max((beside - gap) / 2, full * SMALLEST))
        return Stack(width, [(Figure(art, first, "left", width, height), 0.0),
                             (Figure(art, last, "left", width, height), gap)])  # fmt: skip
    half = (width - gap) / 2
    height = picture_height(art, half, half)
    return Row(width, [(0.0, Figure(art, first, "left", half, height)),
                       (half + gap, Figure(art, last, "left", half, height))])  # fmt: skip


def record_units(workout: Workout, catalog: Catalog, dosages: list[Dosage], kit: Kit) -> list[Unit]:
    fonts, width = kit.fonts, kit.width
    groups = []
    for index, block in enumerate(workout.blocks):
        exercise = catalog.exercises[block.exercise]
        sides = ("L", "R") if exercise.unilateral else (None,)
        groups.append(GridGroup(f"{index + 1} {exercise.name}", sides))
    groups.append(GridGroup(translate("sheet", "Pain 0–10")))
    per_week = sessions_a_week(dosages)
    grid = TickGrid(groups, WEEKS, per_week, width, fonts, label_share=0.3,
                    corner=translate("sheet", "Tick after each session"))  # fmt: skip
    # The grid's side letters are L and R in German too (links, rechts).
    letters = translate("sheet", "L: left side, R: right side.")
    legend = Text([(f"{pain_legend()} {letters}", fonts.small)], width, colour=SOFT_INK)
    return [
        kit.heading(translate("sheet", "Six weeks")),
        Unit(Stack(width, [(grid, 0.0), (legend, kit.gap * 0.5)]), gap=kit.gap),
    ]

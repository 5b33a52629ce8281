"""An exercise's steps as a strip of numbered pictures, each over its text, and the pair of
pictures that shows the two sides.

Every picture of an exercise is drawn at one scale, sized by the figure's own shape (a
standing figure tall and narrow, a lying one flat and wide) to about the same area, so a
standing figure is as easy to follow as a lying one. The strip's columns are as wide as
their texts need: a long step gets a wider column than a short one, so that no column
runs far below the others (equal columns left a short step's column half empty).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from hiptrainer.printing.blocks import Block, Figure, Row, Stack, Text
from hiptrainer.printing.kit import aspect
from hiptrainer.printing.words import setup_lines

if TYPE_CHECKING:
    from hiptrainer.domain.model import Exercise
    from hiptrainer.figures.render import Illustration
    from hiptrainer.printing.kit import Kit

#: A step picture's area in square points at 12 pt (about 31 × 31 mm): a standing figure
#: about 105 points tall, a lying one about 150 points long. It grows with the text size.
STEP_AREA = 88.0**2
#: A step picture's long side is never under this (36 mm): a figure as tall as it is wide
#: would be small at its share of the area.
STEP_LONGEST = 102.0
#: The pictures of the two sides are reminders of which way round to lie or stand.
SIDE_AREA = 66.0**2
SIDE_LONGEST = 80.0
#: A step's text is never narrower than this many body-text sizes (about 18 characters).
NARROWEST = 9.5


def picture_box(
    art: Illustration, area: float, widest: float, longest: float = 0.0
) -> tuple[float, float]:
    """The width and height of a box of about ``area`` that fits the figure's shape, its
    long side at least ``longest`` (a figure about as tall as wide needs more than its
    share of the area), no wider than ``widest``."""
    shape = aspect(art)
    width = math.sqrt(area * shape)
    width = max(width, longest * min(shape, 1.0))
    width = min(width, widest)
    return width, width / shape


def step_strip(exercise: Exercise, kit: Kit, art: Illustration, scale: float = 1.0) -> Block:
    """The steps side by side: each one's picture with its numbered text under it."""
    count = len(exercise.steps)
    gutter = kit.size
    usable = kit.width - gutter * (count - 1)
    grow = (kit.size / 12) ** 2
    picture_width, picture_height = picture_box(
        art, STEP_AREA * grow * scale**2, usable / count, STEP_LONGEST * scale * math.sqrt(grow)
    )
    fonts = kit.fonts
    indent = kit.number_indent(count)

    def words(index: int, width: float) -> Text:
        number = (f"{index + 1}", fonts.heading)
        return Text([(exercise.steps[index].text, fonts.body)], width, marker=number,
                     indent=indent)  # fmt: skip

    narrowest = max(picture_width, kit.size * NARROWEST)
    widths = balanced_widths(words, count, usable, narrowest)
    cells: list[tuple[float, Block]] = []
    left = 0.0
    for index, (step, width) in enumerate(zip(exercise.steps, widths, strict=True)):
        picture = Figure(art, step.pose, "left", width, picture_height)
        cells.append((left, Stack(width, [(picture, 0.0), (words(index, width), kit.gap)])))
        left += width + gutter
    return Row(kit.width, cells)


def balanced_widths(
    make: Callable[[int, float], Text], count: int, usable: float, narrowest: float
) -> list[float]:
    """Widths for ``count`` texts that share ``usable`` points, each at least ``narrowest``,
    such that the most lines any of them takes is as few as it can be; what is left over is
    shared out evenly."""
    equal = usable / count
    if narrowest >= equal:
        return [equal] * count

    def lines(index: int, width: float) -> int:
        return make(index, width).line_count

    def width_for(index: int, most: int) -> float:
        """The narrowest width (to half a point) at which text ``index`` takes at most
        ``most`` lines."""
        low, high = narrowest, usable
        if lines(index, low) <= most:
            return low
        while high - low > 0.5:
            middle = (low + high) / 2
            if lines(index, middle) <= most:
                high = middle
            else:
                low = middle
        return high

    # Equal widths take ``high`` lines at most; no width takes fewer than ``low + 1``.
    high = max(lines(i, equal) for i in range(count))
    low = max(lines(i, usable - narrowest * (count - 1)) for i in range(count)) - 1
    while high - low > 1:
        middle = (low + high) // 2
        if sum(width_for(i, middle) for i in range(count)) <= usable:
            high = middle
        else:
            low = middle
    widths = [width_for(i, high) for i in range(count)]
    if sum(widths) > usable:  # a text that wraps worse when wider (never seen): play safe
        return [equal] * count
    spare = (usable - sum(widths)) / count
    return [w + spare for w in widths]


def side_pair(exercise: Exercise, kit: Kit, art: Illustration, width: float) -> Block:
    """The key step's picture for each side (the right one mirrored) over its set-up line."""
    key = exercise.steps[-1].pose
    gutter = kit.size
    half = (width - gutter) / 2
    grow = (kit.size / 12) ** 2
    _, height = picture_box(art, SIDE_AREA * grow, half, SIDE_LONGEST * math.sqrt(grow))
    cells: list[tuple[float, Block]] = []
    for index, (label, line) in enumerate(setup_lines(exercise)):
        side = "left" if index == 0 else "right"
        picture = Figure(art, key, side, half, height)
        words = Text([(label, kit.fonts.bold), (line, kit.fonts.body)], half)
        cells.append((index * (half + gutter), Stack(half, [(picture, 0.0), (words, kit.gap)])))
    return Row(width, cells)

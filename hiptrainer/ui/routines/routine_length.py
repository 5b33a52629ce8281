"""The length of a routine as the routine editor says it, live: the time the player takes
with the Settings' side order, get-ready and switch-sides times, and the span the dose ranges
allow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hiptrainer.domain.dose import minutes_range_text, minutes_text, workout_seconds
from hiptrainer.ui.player.options import LEVEL

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.domain.model import Workout
    from hiptrainer.domain.plan import SideOrder
    from hiptrainer.settings import Settings

# Each side order as the length's sentence says it, in brackets after the time. Its own
# words, not the Settings' label lowered: German keeps its nouns' capitals ("linke Seite
# zuerst").
SIDE_ORDER_WORDS: dict[SideOrder, str] = {
    "left_first": str(QT_TRANSLATE_NOOP("RoutineEditor", "left side first")),
    "right_first": str(QT_TRANSLATE_NOOP("RoutineEditor", "right side first")),
    "alternate": str(QT_TRANSLATE_NOOP("RoutineEditor", "alternate sides every set")),
}


def length_text(workout: Workout | None, catalog: Catalog, settings: Settings) -> str:
    """ "Takes 12 min as the player plays it (left side first)…" for ``workout`` (None: a
    routine with no blocks yet)."""
    if workout is None:
        return QCoreApplication.translate(
            "RoutineEditor", "Add a block to see how long the routine takes."
        )
    order = settings.side_order  # the player's own times
    played, low, high = (
        workout_seconds(workout, catalog.exercises, order, level,
                        switch_s=settings.switch_sides_s, prepare_s=settings.prepare_s)
        for level in (LEVEL, "low", "high")
    )  # fmt: skip
    sides = QCoreApplication.translate("RoutineEditor", SIDE_ORDER_WORDS[order])
    span = minutes_range_text(low, high)
    if span == minutes_range_text(low, low):  # the ranges change nothing: said once
        #: A routine's length: {time} such as "12 min", {sides} such as "left side
        #: first".
        once = QCoreApplication.translate(
            "RoutineEditor", "Takes {time} as the player plays it ({sides})."
        )
        return once.format(time=minutes_text(played), sides=sides)
    #: As "Takes {time} as the player plays it ({sides})." and then {span}, the length
    #: from the low to the high end of the dose ranges, such as "10–14 min".
    ranged = QCoreApplication.translate(
        "RoutineEditor",
        "Takes {time} as the player plays it ({sides}); {span} from the low to the high "
        "end of the ranges.",
    )
    return ranged.format(time=minutes_text(played), sides=sides, span=span)

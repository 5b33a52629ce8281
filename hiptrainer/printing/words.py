"""The words printed on a sheet, from the domain's own texts (no Qt).

Doses come from :mod:`hiptrainer.domain.dose`, set-up lines from
:mod:`hiptrainer.domain.sides` and pain zones from :mod:`hiptrainer.domain.progress_pain`,
so a sheet says exactly what the Library and the player say.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from hiptrainer.catalog import Catalog
from hiptrainer.domain.dose import (
    dose_length_text,
    minutes_range_text,
    sided_dose_details,
    sided_dose_text,
    workout_seconds,
)
from hiptrainer.domain.model import Dosage, Exercise, SideDosage, Workout
from hiptrainer.domain.progress_pain import ZONE_WORDS, Zone, pain_zone
from hiptrainer.domain.sides import setup_line, side_label
from hiptrainer.domain.words import counted, long_date, translate
from hiptrainer.domain.words import joined as joined_words

#: A label printed in bold, then its text.
Labelled = tuple[str, str]

WEEKS = 6


def disclaimer() -> str:
    """The line at the foot of every sheet."""
    return translate(
        "sheet",
        "General exercise information, not medical advice. Stop on chest pain, dizziness, "
        "numbness or sharp joint pain.",
    )


def date_text(day: dt.date) -> str:
    """``2025-03-07`` → ``"7 March 2025"``: no day/month order to misread."""
    return long_date(day)


def page_text(day: dt.date, page: int, count: int) -> str:
    return translate("sheet", "{date} · page {page} of {count}").format(
        date=date_text(day), page=page, count=count
    )


def sentence(text: str) -> str:
    """``text`` ending in a full stop (unless it already ends a sentence)."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", ":")) else text + "."


def joined(words: Iterable[str]) -> str:
    """``["a", "b", "c"]`` → ``"a, b and c"``."""
    return joined_words(list(words))


def vocabulary(group: str, words: Iterable[str]) -> list[str]:
    """The catalogue's controlled words in the interface's language (the app's translator
    answers the "Vocabulary" context from its vocabulary file; English has none)."""
    return [translate("Vocabulary", word, group) for word in words]


def muscles(exercise: Exercise) -> Labelled:
    text = joined(vocabulary("muscles", exercise.primary_muscles))
    if exercise.secondary_muscles:
        also = joined(vocabulary("muscles", exercise.secondary_muscles))
        text += translate("sheet", "; also {muscles}").format(muscles=also)
    return (translate("sheet", "Works: "), sentence(text))


def equipment(exercise: Exercise) -> Labelled:
    label = translate("sheet", "Equipment: ")
    if not exercise.equipment:
        return (label, translate("sheet", "none."))
    return (label, sentence(joined(vocabulary("equipment", exercise.equipment))))


def dose_line(dosage: Dosage, unilateral: bool, side_dosage: SideDosage | None = None) -> Labelled:
    """``("Dose: ", "4–6 × 15–20 s hold, each side.")``; a block whose sides play their own
    doses: ``("Dose: ", "left: 4 × 15 s hold / right: 4 × 20 s hold.")``."""
    return (
        translate("sheet", "Dose: "),
        sentence(sided_dose_text(dosage, unilateral, side_dosage)),
    )


def dose_more(
    dosage: Dosage,
    unilateral: bool,
    weekly: bool = True,
    length: bool = True,
    side_dosage: SideDosage | None = None,
) -> str:
    """Tempo, rests, sessions a week (unless ``weekly`` is False) and how long it takes
    (unless ``length`` is False); each side's where their doses differ in them."""
    lines = sided_dose_details(dosage, unilateral, side_dosage, weekly=weekly)
    if length:
        lines.append(dose_length_text(dosage, unilateral, side_dosage))
    return " ".join(lines)


def setup_lines(exercise: Exercise) -> list[Labelled]:
    """Where the body goes on each side, for a one-sided exercise (else nothing)."""
    found = []
    for side in ("left", "right"):
        line = setup_line(exercise, side)
        if line is not None:
            found.append((f"{side_label(side)}: ", sentence(line)))
    return found


def setup_summaries(exercise: Exercise) -> list[Labelled]:
    """Each side's set-up line up to its colon: what that side does ("Left ankle on the
    bench."), without the mirrored details that follow."""
    return [(label, sentence(line.split(": ", 1)[0])) for label, line in setup_lines(exercise)]


def variants(exercise: Exercise, catalog: Catalog) -> list[Labelled]:
    """The easier and harder exercises, by name."""
    found = []
    easier, harder = translate("sheet", "Easier: "), translate("sheet", "Harder: ")
    for label, ids in ((easier, exercise.easier), (harder, exercise.harder)):
        names = [catalog.exercises[i].name if i in catalog.exercises else i for i in ids]
        if names:
            found.append((label, sentence("; ".join(names))))
    return found


def pain_legend() -> str:
    """``"Pain 0 (none) to 10 (worst): 0–2 fine, 3–5 acceptable, 6–10 too much."``"""
    ranges: list[tuple[Zone, int, int]] = []
    for value in range(11):
        zone = pain_zone(value)
        if ranges and ranges[-1][0] == zone:
            ranges[-1] = (zone, ranges[-1][1], value)
        else:
            ranges.append((zone, value, value))
    parts = [f"{low}–{high} {ZONE_WORDS[zone]}" for zone, low, high in ranges]
    return translate("sheet", "Pain 0 (none) to 10 (worst): {zones}.").format(
        zones=", ".join(parts)
    )


def sessions_a_week(dosages: Sequence[Dosage]) -> int:
    """Columns a week in a tick grid: the most sessions any of the doses asks for."""
    return max(d.sessions_per_week[1] for d in dosages)


def routine_facts(workout: Workout, catalog: Catalog) -> str:
    """``"Takes about 9–11 min, 4 exercises, 20 s rest between them."``"""
    low = workout_seconds(workout, catalog.exercises, level="low")
    high = workout_seconds(workout, catalog.exercises, level="high")
    count = len(workout.blocks)
    exercises = counted(
        count, translate("sheet", "1 exercise"), translate("sheet", "{n} exercises")
    )
    text = translate("sheet", "Takes {length}, {exercises}").format(
        length=minutes_range_text(low, high), exercises=exercises
    )
    if workout.rest_between_exercises_s and count > 1:
        text += translate("sheet", ", {seconds} s rest between them").format(
            seconds=workout.rest_between_exercises_s
        )
    return text + "."

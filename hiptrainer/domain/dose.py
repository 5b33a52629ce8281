"""Doses in plain words, and how long a dose or a workout takes.

The lengths come from :mod:`hiptrainer.domain.plan`: a routine lasts as long as the phases the
player plays, and nothing here estimates on its own.
"""

from __future__ import annotations

from hiptrainer.domain.model import Block, Dosage, Exercise, SideDosage
from hiptrainer.domain.plan import dose_seconds, parse_tempo, routine_seconds, side_doses
from hiptrainer.domain.words import compact, label, translate

__all__ = [
    "block_dose_text",
    "dose_details",
    "dose_length_text",
    "dose_seconds",
    "dose_text",
    "minutes_range_text",
    "minutes_text",
    "sided_dose_details",
    "sided_dose_text",
    "span",
    "tempo_text",
    "unit_text",
    "weekly_text",
    "workout_seconds",
]

# The name the routine chooser and ``hiptrainer workouts`` call the one length estimate by.
workout_seconds = routine_seconds


def span(values: tuple[int, int], unit: str = "") -> str:
    """``(4, 6)`` → ``"4–6"``; ``(10, 10)`` → ``"10"``; with a unit, ``"15–20 s"``."""
    low, high = values
    text = str(low) if low == high else f"{low}–{high}"
    return f"{text} {unit}" if unit else text


def unit_text(unit: str) -> str:
    """A rep unit of the catalogue ("reps", "steps each way") in the interface's language:
    its label in the catalogue's vocabulary, the one place the unit words are translated."""
    return label("units", unit)


def dose_text(dosage: Dosage, unilateral: bool) -> str:
    """The dose in a line, e.g. ``"4–6 × 15–20 s hold, each side"``."""
    if dosage.hold_s is not None:
        body = translate("dose", "{holds} × {seconds} s hold").format(
            holds=span(dosage.reps), seconds=span(dosage.hold_s)
        )
        if dosage.sets > 1:
            body = translate("dose", "{sets} sets of {holds}").format(sets=dosage.sets, holds=body)
    else:
        body = f"{span(dosage.reps)} {unit_text(dosage.unit)}"
        if dosage.sets > 1:
            body = f"{dosage.sets} × {body}"
    if unilateral:
        body = translate("dose", "{dose}, each side").format(dose=body)
    return body


def sided_dose_text(dosage: Dosage, unilateral: bool, side_dosage: SideDosage | None = None) -> str:
    """The dose in a line; when a side plays its own dose, each side's, e.g.
    ``"left: 4 × 15 s hold / right: 4 × 20 s hold"``."""
    doses = side_doses(dosage, unilateral, side_dosage)
    if doses["left"] == doses["right"]:
        return dose_text(dosage, unilateral)
    return translate("dose", "left: {left} / right: {right}").format(
        left=dose_text(doses["left"], False), right=dose_text(doses["right"], False)
    )


def block_dose_text(block: Block, exercise: Exercise) -> str:
    """A routine block's dose in a line, each side's when they differ."""
    return sided_dose_text(block.dosage or exercise.dosage, exercise.unilateral, block.side_dosage)


def tempo_text(tempo: str) -> str:
    lift, pause, lower = parse_tempo(tempo)
    parts = [translate("dose", "{seconds} s up").format(seconds=compact(lift))]
    if pause:
        parts.append(translate("dose", "{seconds} s hold").format(seconds=compact(pause)))
    parts.append(translate("dose", "{seconds} s down").format(seconds=compact(lower)))
    return ", ".join(parts)


def dose_details(dosage: Dosage) -> list[str]:
    """Rest, tempo and frequency, one short sentence each."""
    lines = []
    if dosage.tempo:
        lines.append(
            translate("dose", "Tempo {tempo}: {words}.").format(
                tempo=dosage.tempo, words=tempo_text(dosage.tempo)
            )
        )
    rests = []
    if dosage.rest_between_reps_s:
        between = (
            translate("dose", "{seconds} s between holds")
            if dosage.is_hold
            else translate("dose", "{seconds} s between reps")
        )
        rests.append(between.format(seconds=dosage.rest_between_reps_s))
    if dosage.sets > 1 and dosage.rest_s:
        rests.append(translate("dose", "{seconds} s between sets").format(seconds=dosage.rest_s))
    if rests:
        rest = f" {translate('dose', 'and')} ".join(rests)
        lines.append(translate("dose", "Rest {rests}.").format(rests=rest))
    lines.append(weekly_text(dosage))
    return lines


def weekly_text(dosage: Dosage) -> str:
    """``"2–3 sessions a week."``"""
    return translate("dose", "{sessions} sessions a week.").format(
        sessions=span(dosage.sessions_per_week)
    )


def sided_dose_details(
    dosage: Dosage,
    unilateral: bool,
    side_dosage: SideDosage | None = None,
    *,
    weekly: bool = True,
) -> list[str]:
    """:func:`dose_details` (without the sessions a week unless ``weekly``), said once when
    both sides share them, else for each side."""

    def details(dose: Dosage) -> list[str]:
        lines = dose_details(dose)
        return lines if weekly else [line for line in lines if line != weekly_text(dose)]

    doses = side_doses(dosage, unilateral, side_dosage)
    left, right = details(doses["left"]), details(doses["right"])
    if left == right:
        return left
    return [
        translate("dose", "Left side: {details}").format(details=" ".join(left)),
        translate("dose", "Right side: {details}").format(details=" ".join(right)),
    ]


def _minutes(seconds: float) -> int:
    # Half a minute rounds up (Python's round() would send 2.5 to 2 but 3.5 to 4).
    return max(1, int(seconds / 60 + 0.5))


def minutes_text(seconds: float) -> str:
    """``1177`` → ``"about 20 min"``; never "0 min"."""
    return translate("dose", "about {minutes} min").format(minutes=_minutes(seconds))


def minutes_range_text(shortest: float, longest: float) -> str:
    """``(150, 230)`` → ``"about 3–4 min"``; one number when both round alike."""
    low, high = _minutes(shortest), _minutes(longest)
    if low == high:
        return translate("dose", "about {minutes} min").format(minutes=low)
    return translate("dose", "about {low}–{high} min").format(low=low, high=high)


def dose_length_text(
    dosage: Dosage, unilateral: bool, side_dosage: SideDosage | None = None
) -> str:
    """How long the dose takes in the player, from its low end to its high end, e.g.
    ``"Takes about 4–7 min, rests and the side switch included."`` (each side's own dose
    counted as played)."""
    shortest = dose_seconds(dosage, unilateral, level="low", side_dosage=side_dosage)
    longest = dose_seconds(dosage, unilateral, level="high", side_dosage=side_dosage)
    length = minutes_range_text(shortest, longest)
    if unilateral:
        return translate("dose", "Takes {length}, rests and the side switch included.").format(
            length=length
        )
    return translate("dose", "Takes {length}, rests included.").format(length=length)

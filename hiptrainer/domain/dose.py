"""Doses in plain words, and how long a dose or a workout takes.

The lengths come from :mod:`hiptrainer.domain.plan`: a routine lasts as long as the phases the
player plays, and nothing here estimates on its own.
"""

from __future__ import annotations

from hiptrainer.domain.model import Block, Dosage, Exercise, SideDosage
from hiptrainer.domain.plan import dose_seconds, parse_tempo, routine_seconds, side_doses

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
    "workout_seconds",
]

#: The name the routine chooser and ``hiptrainer workouts`` call the one length estimate by.
workout_seconds = routine_seconds


def span(values: tuple[int, int], unit: str = "") -> str:
    """``(4, 6)`` → ``"4–6"``; ``(10, 10)`` → ``"10"``; with a unit, ``"15–20 s"``."""
    low, high = values
    text = str(low) if low == high else f"{low}–{high}"
    return f"{text} {unit}" if unit else text


def dose_text(dosage: Dosage, unilateral: bool) -> str:
    """The dose in a line, e.g. ``"4–6 × 15–20 s hold, each side"``."""
    if dosage.hold_s is not None:
        body = f"{span(dosage.reps)} × {span(dosage.hold_s, 's')} hold"
        if dosage.sets > 1:
            body = f"{dosage.sets} sets of {body}"
    else:
        body = f"{span(dosage.reps)} {dosage.unit}"
        if dosage.sets > 1:
            body = f"{dosage.sets} × {body}"
    if unilateral:
        body += ", each side"
    return body


def sided_dose_text(dosage: Dosage, unilateral: bool, side_dosage: SideDosage | None = None) -> str:
    """The dose in a line; when a side plays its own dose, each side's, e.g.
    ``"left: 4 × 15 s hold / right: 4 × 20 s hold"``."""
    doses = side_doses(dosage, unilateral, side_dosage)
    if doses["left"] == doses["right"]:
        return dose_text(dosage, unilateral)
    return f"left: {dose_text(doses['left'], False)} / right: {dose_text(doses['right'], False)}"


def block_dose_text(block: Block, exercise: Exercise) -> str:
    """A routine block's dose in a line, each side's when they differ."""
    return sided_dose_text(block.dosage or exercise.dosage, exercise.unilateral, block.side_dosage)


def tempo_text(tempo: str) -> str:
    lift, pause, lower = parse_tempo(tempo)
    parts = [f"{lift:g} s up"]
    if pause:
        parts.append(f"{pause:g} s hold")
    parts.append(f"{lower:g} s down")
    return ", ".join(parts)


def dose_details(dosage: Dosage) -> list[str]:
    """Rest, tempo and frequency, one short sentence each."""
    lines = []
    if dosage.tempo:
        lines.append(f"Tempo {dosage.tempo}: {tempo_text(dosage.tempo)}.")
    rests = []
    if dosage.rest_between_reps_s:
        between = "holds" if dosage.is_hold else "reps"
        rests.append(f"{dosage.rest_between_reps_s} s between {between}")
    if dosage.sets > 1 and dosage.rest_s:
        rests.append(f"{dosage.rest_s} s between sets")
    if rests:
        lines.append("Rest " + " and ".join(rests) + ".")
    lines.append(f"{span(dosage.sessions_per_week)} sessions a week.")
    return lines


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
        return lines if weekly else [line for line in lines if "sessions a week" not in line]

    doses = side_doses(dosage, unilateral, side_dosage)
    left, right = details(doses["left"]), details(doses["right"])
    if left == right:
        return left
    return [f"Left side: {' '.join(left)}", f"Right side: {' '.join(right)}"]


def _minutes(seconds: float) -> int:
    # Half a minute rounds up (Python's round() would send 2.5 to 2 but 3.5 to 4).
    return max(1, int(seconds / 60 + 0.5))


def minutes_text(seconds: float) -> str:
    """``1177`` → ``"about 20 min"``; never "0 min"."""
    return f"about {_minutes(seconds)} min"


def minutes_range_text(shortest: float, longest: float) -> str:
    """``(150, 230)`` → ``"about 3–4 min"``; one number when both round alike."""
    low, high = _minutes(shortest), _minutes(longest)
    return f"about {low} min" if low == high else f"about {low}–{high} min"


def dose_length_text(
    dosage: Dosage, unilateral: bool, side_dosage: SideDosage | None = None
) -> str:
    """How long the dose takes in the player, from its low end to its high end, e.g.
    ``"Takes about 4–7 min, rests and the side switch included."`` (each side's own dose
    counted as played)."""
    shortest = dose_seconds(dosage, unilateral, level="low", side_dosage=side_dosage)
    longest = dose_seconds(dosage, unilateral, level="high", side_dosage=side_dosage)
    extras = "rests and the side switch" if unilateral else "rests"
    return f"Takes {minutes_range_text(shortest, longest)}, {extras} included."

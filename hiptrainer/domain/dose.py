"""Doses in plain words, and how long a dose or a workout takes."""

from __future__ import annotations

from hiptrainer.domain.model import Dosage, Exercise, Workout

#: Length of the switch-sides phase the player inserts between the two sides.
SWITCH_SIDES_S = 5
#: Time assumed for one rep that has no tempo (self-paced).
SELF_PACED_REP_S = 4


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


def tempo_text(tempo: str) -> str:
    lift, pause, lower = (int(part) for part in tempo.split("-"))
    parts = [f"{lift} s up"]
    if pause:
        parts.append(f"{pause} s hold")
    parts.append(f"{lower} s down")
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


def _middle(values: tuple[int, int]) -> float:
    return (values[0] + values[1]) / 2


def rep_seconds(dosage: Dosage) -> float:
    """Seconds one repetition (or one hold) takes."""
    if dosage.hold_s is not None:
        return _middle(dosage.hold_s)
    if dosage.tempo:
        return float(sum(int(part) for part in dosage.tempo.split("-")))
    return float(SELF_PACED_REP_S)


def dose_seconds(dosage: Dosage, unilateral: bool) -> float:
    """Estimated time for a whole dose, both sides and all rests included."""
    reps = _middle(dosage.reps)
    one_set = reps * rep_seconds(dosage) + max(reps - 1, 0) * dosage.rest_between_reps_s
    sides = 2 if unilateral or dosage.unit == "steps each way" else 1
    per_side = dosage.sets * one_set + (dosage.sets - 1) * dosage.rest_s
    return sides * per_side + (SWITCH_SIDES_S if sides == 2 else 0)


def workout_seconds(workout: Workout, exercises: dict[str, Exercise]) -> float:
    total = 0.0
    for block in workout.blocks:
        exercise = exercises[block.exercise]
        total += dose_seconds(block.dosage or exercise.dosage, exercise.unilateral)
    total += workout.rest_between_exercises_s * (len(workout.blocks) - 1)
    return total


def minutes_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return f"about {minutes} min"

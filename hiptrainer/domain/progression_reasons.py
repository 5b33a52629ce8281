"""The reasons of a progression suggestion in words (see :mod:`hiptrainer.domain.progression`
for the rules they explain): pain and effort that keep or step back a dose, sets that fell
short, and what two good sessions looked like. Each one through the translation hook
(:mod:`hiptrainer.domain.words`), dates and numbers in the interface's formats.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hiptrainer.domain.progress_pain import MEASURE_WORDS, Measure, SessionScores
from hiptrainer.domain.progression_ladder import Dose
from hiptrainer.domain.words import number, short_date, translate

__all__ = [
    "day_words",
    "failure_words",
    "ready_words",
    "sentence",
    "step_back_reasons",
    "waits",
    "where_words",
]

MAX_EFFORT = 7
MAX_PAIN_TO_MOVE_ON = 3
MAX_PAIN_ACCEPTABLE = 5
MAX_SETTLED_MORNING = 2


def failure_words(scores: SessionScores, dose: Dose, failures: Sequence[float], where: str) -> str:
    """E.g. "a hold of 13.7 s of 15 s on the left side on 28 Nov", "2 sets short of
    8 reps on the left side on 28 Nov (7 reps each)"."""
    if not failures:
        return ""
    hold = dose.hold_s is not None
    target = float((dose.hold_s if hold else dose.reps) or 0)
    day = day_words(scores.local_date)
    low, high = min(failures), max(failures)
    if len(failures) == 1 and hold:
        text = translate("progression", "a hold of {reached} s of {target} s{where} on {day}")
    elif len(failures) == 1:
        text = translate("progression", "a set of {reached} of {target} reps{where} on {day}")
    elif hold and low == high:
        text = translate(
            "progression", "{count} holds short of {target} s{where} on {day} ({low} s each)"
        )
    elif hold:
        text = translate(
            "progression", "{count} holds short of {target} s{where} on {day} ({low}–{high} s)"
        )
    elif low == high:
        text = translate(
            "progression",
            "{count} sets short of {target} reps{where} on {day} ({low} reps each)",
        )
    else:
        text = translate(
            "progression",
            "{count} sets short of {target} reps{where} on {day} ({low}–{high} reps)",
        )
    return text.format(
        reached=number(failures[0]), target=number(target), where=where, day=day,
        count=len(failures), low=number(low), high=number(high),
    )  # fmt: skip


def day_words(day: date) -> str:
    """``"28 Nov"`` (German "28. Nov.")."""
    return short_date(day)


def where_words(side: str) -> str:
    """Where a reason applies: nothing for both sides, else " on the left side"."""
    if side == "left":
        return translate("progression", " on the left side")
    if side == "right":
        return translate("progression", " on the right side")
    return ""


_PAIN: tuple[tuple[Measure, str], ...] = (
    ("during", "pain_during"), ("after", "pain_after"), ("next_morning", "pain_next_morning"),
)  # fmt: skip


def step_back_reasons(window: Sequence[SessionScores], before: int | None) -> list[str]:
    """Pain above 5, or a next-morning rating that rose out of 0–2, in ``window`` (A and
    every session since); ``before`` is the last next-morning rating before A."""
    reasons = []
    previous = before
    for scores in window:
        day = day_words(scores.local_date)
        for measure, field in _PAIN:
            value = getattr(scores, field)
            if value is not None and value > MAX_PAIN_ACCEPTABLE:
                reasons.append(
                    translate("progression", "pain {value} {measure} on {day} (above {most})")
                    .format(value=value, measure=MEASURE_WORDS[measure], day=day,
                            most=MAX_PAIN_ACCEPTABLE)
                )  # fmt: skip
        morning = scores.pain_next_morning
        if morning is not None:
            rose = previous is not None and morning > previous
            if rose and MAX_SETTLED_MORNING < morning <= MAX_PAIN_ACCEPTABLE:
                text = translate(
                    "progression", "pain next morning {value} after {day}, up from {previous}"
                )
                reasons.append(text.format(value=morning, day=day, previous=previous))
            previous = morning
    return reasons


def waits(scores: SessionScores, today: date, own: bool) -> tuple[list[str], list[str]]:
    """Why one session's ratings keep the dose where it is: (reasons, next-morning answers
    still missing). ``own``: a session of this routine (its effort and missing answers count);
    otherwise a later session of another routine, whose pain counts all the same."""
    day = day_words(scores.local_date)
    reasons: list[str] = []
    missing: list[str] = []
    if own and scores.rpe is None:
        reasons.append(translate("progression", "effort not rated on {day}").format(day=day))
    elif own and scores.rpe is not None and scores.rpe > MAX_EFFORT:
        text = translate("progression", "effort {value} on {day} (moving on needs {most} or less)")
        reasons.append(text.format(value=scores.rpe, day=day, most=MAX_EFFORT))
    if own and scores.pain_during is None:
        reasons.append(translate("progression", "pain during not rated on {day}").format(day=day))
    for measure, field in _PAIN[:2]:
        value = getattr(scores, field)
        if value is not None and MAX_PAIN_TO_MOVE_ON < value <= MAX_PAIN_ACCEPTABLE:
            text = translate(
                "progression",
                "pain {value} {measure} on {day}: acceptable, but moving on needs {most} or less",
            )
            reasons.append(
                text.format(value=value, measure=MEASURE_WORDS[measure], day=day,
                            most=MAX_PAIN_TO_MOVE_ON)
            )  # fmt: skip
    morning = scores.pain_next_morning
    if morning is not None and MAX_SETTLED_MORNING < morning <= MAX_PAIN_ACCEPTABLE:
        text = translate(
            "progression", "pain next morning {value} after {day}: not settled to 2 or less"
        )
        reasons.append(text.format(value=morning, day=day))
    elif morning is None and own:
        if scores.local_date >= today:
            text = translate("progression", "the next-morning answer for {day} comes tomorrow")
        else:
            text = translate(
                "progression", "no next-morning answer for {day}, and moving on waits for it"
            )
        missing.append(text.format(day=day))
    return reasons, missing


def _said(values: list[int], one: str, most: str, none: str) -> str:
    """``one`` (or ``most`` when the values differ) with the highest value, or ``none``
    when every value is 0."""
    if max(values) == 0:
        return none
    return (one if len(set(values)) == 1 else most).format(value=max(values))


def ready_words(scores: Sequence[SessionScores], dose: str) -> str:
    """E.g. "2 sessions at 4 × 20 s, effort 6, no pain during, no pain next morning"."""
    efforts = [s.rpe or 0 for s in scores]
    pains = [max(s.pain_during or 0, s.pain_after or 0) for s in scores]
    mornings = [s.pain_next_morning or 0 for s in scores]
    effort = _said(
        efforts,
        translate("progression", "effort {value}"),
        translate("progression", "effort {value} at most"),
        translate("progression", "effort 0"),
    )
    pain = _said(
        pains,
        translate("progression", "pain during and after {value}"),
        translate("progression", "pain during and after {value} at most"),
        translate("progression", "no pain during or after"),
    )
    morning = _said(
        mornings,
        translate("progression", "pain next morning {value}"),
        translate("progression", "pain next morning {value} at most"),
        translate("progression", "no pain next morning"),
    )
    text = translate("progression", "{count} sessions at {dose}, {effort}, {pain}, {morning}")
    return text.format(count=len(scores), dose=dose, effort=effort, pain=pain, morning=morning)


def sentence(parts: Sequence[str]) -> str:
    # Each reason once: two sessions on one day would otherwise say the same words twice.
    text = "; ".join(dict.fromkeys(parts))
    return text[:1].upper() + text[1:] + "."

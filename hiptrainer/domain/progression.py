"""Safe progression: after each session, the next dose per exercise and side, from the log.

Per routine, block and side, the latest session (A) and the one before it (B) decide, with
the runner's pain from every session since A (pain belongs to the runner, not the routine):

1. **Step back** one rung when, since A, any pain rating (during, after, next morning) was
   above 5; or a next-morning rating rose above the one before it and out of 0–2; or A had
   a failed set on this side (a set or hold started and stopped short of its target).
   Pain-monitoring model (Silbernagel et al. 2007, SIL in exercises.md): above 5 is high
   risk; pain higher the next day means reduce load. Regress at failure (RIR). A rise inside
   0–2 is not "worse": the model calls all of 0–2 safe, and a 0→1 wobble is noise. At the
   bottom of the range, where the rung down is the easier variant, pain goes there at once
   but a failed set is repeated first: the variant follows failing two sessions running.
2. **Stay** unless both A and B: were played at the same dose, met the target (every set and
   hold done and reached: a hold within 1 s of its target), effort (RPE) 7 or less, pain
   during and after 3 or less, next-morning pain answered and 2 or less.
   Why ≤ 3 to move on while the model accepts ≤ 5: the model's 5 is what may be *continued*
   (Silbernagel); adding load is gated at pain ≤ 3 and settled by the next morning, the
   adductor programme's rule (ASP2; exercises.md D.3). So 4–5 stays, above 5 steps back.
   Effort: progress at RPE ≤ 7, repeat at 8–9 (RIR). Two sessions in a row (issue 14).
   A missing rating is not a good one: it blocks moving on, and the reason says which
   answer is missing (a next-morning answer for today's session comes tomorrow).
3. **Move on** one rung (:mod:`hiptrainer.domain.progression_ladder`: +5 s, then +1 hold,
   then the harder variant; reps +1, then the harder variant), one change at a time.

Ranges are the exercise's own (the catalogue's researched dose); a warm-up ("activation")
keeps to the routine's own ranges and never goes to a harder variant (exercises.md: keep
strength-level work out of the minutes before a run). Sides are decided apart: a weaker
side may stay while the stronger moves on; but a block is one exercise, so a side steps back
to the easier variant only with the other (:mod:`hiptrainer.domain.progression_sides`), and
otherwise steps back within the exercise on its own dose. Suggestions are only words and doses;
:func:`hiptrainer.domain.progression_apply.apply_suggestions` makes the routine copy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import msgspec

from hiptrainer.domain import progression_ladder as ladder
from hiptrainer.domain.dose import dose_text
from hiptrainer.domain.model import Exercise, Workout
from hiptrainer.domain.progress_pain import SessionScores
from hiptrainer.domain.progression_ladder import Dose
from hiptrainer.domain.progression_sides import one_exercise
from hiptrainer.domain.progression_suggestion import Kind, Suggestion

__all__ = ["Kind", "LoggedWork", "ProgressionLog", "Suggestion", "suggest"]

#: A hold stopped this close to its target counts as done (a key press takes a moment).
HOLD_LEEWAY_S = 1.0
SESSIONS_NEEDED = 2
MAX_EFFORT = 7
MAX_PAIN_TO_MOVE_ON = 3
MAX_PAIN_ACCEPTABLE = 5
MAX_SETTLED_MORNING = 2


class LoggedWork(msgspec.Struct, frozen=True, gc=False):
    """One recorded set (or hold) of a routine's session, as the store reads it."""

    session_id: int
    exercise: str
    side: str
    set_index: int
    rep_index: int
    target_reps: int | None
    reps: int | None
    target_hold_s: float | None
    hold_s: float | None
    skipped: bool


class ProgressionLog(msgspec.Struct, frozen=True):
    """What the rules read for one routine (see ``storage.selftests.progression_log``)."""

    workout: str
    #: Every completed session (any routine) in the period read, oldest first.
    scores: list[SessionScores]
    #: The routine's sets in its latest completed sessions.
    work: list[LoggedWork]


# --- reading the log -----------------------------------------------------------------------


class _Outcome(msgspec.Struct, frozen=True):
    """One side of one exercise in one session."""

    scores: SessionScores
    dose: Dose
    #: What each failed set or hold reached (seconds or reps), short of the dose's target.
    failures: list[float]
    missed: int

    def failure_words(self, where: str) -> str:
        """E.g. "a hold of 13.7 s of 15 s on the left side on 28 Nov", "2 sets short of
        8 reps on the left side on 28 Nov (7 reps each)"."""
        if not self.failures:
            return ""
        hold = self.dose.hold_s is not None
        target = float((self.dose.hold_s if hold else self.dose.reps) or 0)
        day = day_words(self.scores.local_date)
        unit = "s" if hold else "reps"
        if len(self.failures) == 1:
            reached = _number(self.failures[0])
            what = f"a hold of {reached} s" if hold else f"a set of {reached}"
            return f"{what} of {_number(target)} {unit}{where} on {day}"
        low, high = min(self.failures), max(self.failures)
        span = (
            f"{_number(low)} {unit} each"
            if low == high
            else f"{_number(low)}–{_number(high)} {unit}"
        )
        count = f"{len(self.failures)} {'holds' if hold else 'sets'}"
        return f"{count} short of {_number(target)} {unit}{where} on {day} ({span})"


def day_words(day: date) -> str:
    return f"{day.day} {day:%b}"


def _number(value: float) -> str:
    """``15.0`` → ``"15"``; ``13.66`` → ``"13.7"``."""
    return f"{value:.0f}" if value == round(value) else f"{value:.1f}"


def _outcome(scores: SessionScores, exercise: str, work: Sequence[LoggedWork]) -> _Outcome | None:
    holds = [w for w in work if w.target_hold_s is not None]
    sets = [w for w in work if w.target_reps is not None]
    if holds:
        target = max(w.target_hold_s or 0.0 for w in holds)
        per_set = max(w.rep_index for w in holds) + 1
        dose = Dose(exercise, max(w.set_index for w in holds) + 1, per_set, round(target))
    elif sets:
        dose = Dose(
            exercise, max(w.set_index for w in sets) + 1, max(w.target_reps or 0 for w in sets)
        )
    else:
        return None
    failures: list[float] = []
    missed = 0
    for item in holds or sets:
        hold = item.target_hold_s is not None
        target = (item.target_hold_s if hold else item.target_reps) or 0.0
        done = float((item.hold_s if hold else item.reps) or 0.0)
        if item.skipped and done < (HOLD_LEEWAY_S if hold else 1):
            missed += 1  # skipped before it began: not done, not failed
        elif done < target - (HOLD_LEEWAY_S if hold else 0.0):
            failures.append(done)
    return _Outcome(scores, dose, failures, missed)


def _history(
    log: ProgressionLog, exercise: str, side: str, sessions: Sequence[SessionScores]
) -> list[_Outcome]:
    """The side's outcomes in the routine's sessions, newest first."""
    by_session: dict[int, list[LoggedWork]] = {}
    for item in log.work:
        if item.exercise == exercise and item.side == side:
            by_session.setdefault(item.session_id, []).append(item)
    found = []
    for scores in reversed(sessions):
        outcome = _outcome(scores, exercise, by_session.get(scores.session_id, []))
        if outcome is not None:
            found.append(outcome)
    return found


# --- the rules -----------------------------------------------------------------------------

_PAIN = (("during", "pain_during"), ("after", "pain_after"), ("next morning", "pain_next_morning"))


def _step_back_reasons(window: Sequence[SessionScores], before: int | None) -> list[str]:
    """Pain above 5, or a next-morning rating that rose out of 0–2, in ``window`` (A and
    every session since); ``before`` is the last next-morning rating before A."""
    reasons = []
    previous = before
    for scores in window:
        day = day_words(scores.local_date)
        for words, field in _PAIN:
            value = getattr(scores, field)
            if value is not None and value > MAX_PAIN_ACCEPTABLE:
                reasons.append(f"pain {value} {words} on {day} (above {MAX_PAIN_ACCEPTABLE})")
        morning = scores.pain_next_morning
        if morning is not None:
            rose = previous is not None and morning > previous
            if rose and MAX_SETTLED_MORNING < morning <= MAX_PAIN_ACCEPTABLE:
                reasons.append(f"pain next morning {morning} after {day}, up from {previous}")
            previous = morning
    return reasons


def _waits(scores: SessionScores, today: date, own: bool) -> tuple[list[str], list[str]]:
    """Why one session's ratings keep the dose where it is: (reasons, next-morning answers
    still missing). ``own``: a session of this routine (its effort and missing answers count);
    otherwise a later session of another routine, whose pain counts all the same."""
    day = day_words(scores.local_date)
    reasons: list[str] = []
    missing: list[str] = []
    if own and scores.rpe is None:
        reasons.append(f"effort not rated on {day}")
    elif own and scores.rpe is not None and scores.rpe > MAX_EFFORT:
        reasons.append(f"effort {scores.rpe} on {day} (moving on needs {MAX_EFFORT} or less)")
    if own and scores.pain_during is None:
        reasons.append(f"pain during not rated on {day}")
    for words, field in _PAIN[:2]:
        value = getattr(scores, field)
        if value is not None and MAX_PAIN_TO_MOVE_ON < value <= MAX_PAIN_ACCEPTABLE:
            reasons.append(
                f"pain {value} {words} on {day}: acceptable, but moving on needs "
                f"{MAX_PAIN_TO_MOVE_ON} or less"
            )
    morning = scores.pain_next_morning
    if morning is not None and MAX_SETTLED_MORNING < morning <= MAX_PAIN_ACCEPTABLE:
        reasons.append(f"pain next morning {morning} after {day}: not settled to 2 or less")
    elif morning is None and own:
        if scores.local_date >= today:
            missing.append(f"the next-morning answer for {day} comes tomorrow")
        else:
            missing.append(f"no next-morning answer for {day}, and moving on waits for it")
    return reasons, missing


def _said(values: list[int], what: str, none: str) -> str:
    if max(values) == 0:
        return none
    if len(set(values)) == 1:
        return f"{what} {values[0]}"
    return f"{what} {max(values)} at most"


def _ready_words(pair: Sequence[_Outcome], unit: str) -> str:
    """E.g. "2 sessions at 4 × 20 s, effort 6, no pain during, no pain next morning"."""
    scores = [o.scores for o in pair]
    efforts = [s.rpe or 0 for s in scores]
    pains = [max(s.pain_during or 0, s.pain_after or 0) for s in scores]
    mornings = [s.pain_next_morning or 0 for s in scores]
    return (
        f"{len(pair)} sessions at {pair[0].dose.words(unit)}, "
        f"{_said(efforts, 'effort', 'effort 0')}, "
        f"{_said(pains, 'pain during and after', 'no pain during or after')}, "
        f"{_said(mornings, 'pain next morning', 'no pain next morning')}"
    )


def _sentence(parts: Sequence[str]) -> str:
    # Each reason once: two sessions on one day would otherwise say the same words twice.
    text = "; ".join(dict.fromkeys(parts))
    return text[:1].upper() + text[1:] + "."


class _Context(msgspec.Struct, frozen=True):
    workout: Workout
    block: int
    exercise: Exercise
    exercises: Mapping[str, Exercise]
    scores: list[SessionScores]
    today: date


def _decide(context: _Context, side: str, history: Sequence[_Outcome]) -> Suggestion:
    latest = history[0]
    block = context.workout.blocks[context.block]
    # The dose this side plays: its own (``side_dosage``, a weaker side held back) or the block's.
    dosage = block.side_dose(side, context.exercise.dosage)
    unit = dosage.unit
    limits = ladder.ladder_range(context.exercise, block.dosage, context.workout.focus)
    ids = [s.session_id for s in context.scores]
    at = ids.index(latest.scores.session_id)
    window = context.scores[at:]
    rated = [s.pain_next_morning for s in context.scores[:at] if s.pain_next_morning is not None]
    same = Suggestion(
        workout=context.workout.id, block=context.block, exercise=context.exercise.id,
        side=side, kind="stay", change="none", current=latest.dose, next=latest.dose,
        reason="", session_id=latest.scores.session_id,
    )  # fmt: skip
    where = "" if side == "both" else f" on the {side} side"
    previous = history[1] if len(history) > 1 else None
    pains = _step_back_reasons(window, rated[-1] if rated else None)
    failures = [latest.failure_words(where)] if latest.failures else []
    if pains or failures:
        down = ladder.step_down(latest.dose, limits, context.exercise, context.exercises)
        if pains and down is None:
            keep = "already the easiest dose here: keep it, and if pain keeps coming back, ask"
            return msgspec.structs.replace(
                same, reason=_sentence([*pains, *failures, keep + " a physiotherapist"])
            )
        # A failed set at the bottom of the range is repeated once; a variant change for
        # failing alone waits for a second session in a row at this dose.
        failed_before = (
            previous is not None and previous.dose == latest.dose and bool(previous.failures)
        )
        within = down is not None and down[1] != "easier_variant"
        if down is not None and (pains or within or failed_before):
            if not pains and not within:
                failures.append("short 2 sessions running at the bottom of this dose")
            return msgspec.structs.replace(
                same, kind="step_back", change=down[1], next=down[0],
                reason=_sentence([*pains, *failures]),
            )  # fmt: skip
        repeat = "the bottom of this dose already: repeat it"
        if down is not None:
            repeat += " (the easier variant follows if it falls short 2 sessions running)"
        return msgspec.structs.replace(same, reason=_sentence([*failures, repeat]))
    reasons: list[str] = []
    missing: list[str] = []
    if not ladder.fits(latest.dose, dosage):
        playing = dose_text(dosage, unilateral=False)
        reasons.append(f"the routine plays {playing} now, with no session at it yet")
    pair = [latest]
    if previous is None or previous.dose != latest.dose:
        reasons.append(
            f"1 session at {latest.dose.words(unit)} so far (moving on needs {SESSIONS_NEEDED})"
        )
    else:
        pair.append(previous)
    for outcome in pair:
        when = day_words(outcome.scores.local_date)
        if outcome.missed:
            reasons.append(f"{outcome.missed} skipped{where} on {when}")
        if outcome.failures:
            reasons.append(outcome.failure_words(where))
        found, absent = _waits(outcome.scores, context.today, own=True)
        reasons += found
        missing += absent
    for later in window[1:]:
        if later.session_id not in {o.scores.session_id for o in pair}:
            reasons += _waits(later, context.today, own=False)[0]
    variants = context.workout.focus != "activation"
    up = ladder.step_up(latest.dose, limits, context.exercise, context.exercises, variants)
    if reasons or missing:
        ready = up[0] if up is not None and not reasons else None
        return msgspec.structs.replace(
            same, reason=_sentence([*reasons, *missing]), if_settled=ready
        )
    ready_words = _ready_words(pair, unit)
    if up is None:
        top = "the top of this warm-up's dose" if not variants else "the top of this dose"
        nothing = "and a warm-up stays light" if not variants else "and no harder variant"
        return msgspec.structs.replace(
            same, reason=_sentence([ready_words, f"{top}, {nothing}: keep it here"])
        )
    dose, change = up
    return msgspec.structs.replace(
        same, kind="move_on", change=change, next=dose, reason=_sentence([ready_words])
    )


def suggest(
    workout: Workout, exercises: Mapping[str, Exercise], log: ProgressionLog, today: date
) -> list[Suggestion]:
    """Every block's suggestion per side that has a session in ``log`` (read for
    ``workout``), in block order, left before right. ``today`` tells a next-morning answer
    still to come from one that was never given."""
    routine = {item.session_id for item in log.work}
    sessions = [s for s in log.scores if s.session_id in routine]
    found: list[Suggestion] = []
    for index, block in enumerate(workout.blocks):
        exercise = exercises.get(block.exercise)
        if exercise is None:
            continue
        context = _Context(workout, index, exercise, exercises, log.scores, today)
        sides = sorted({w.side for w in log.work if w.exercise == exercise.id})
        histories = {side: _history(log, exercise.id, side, sessions) for side in sides}
        decided = [_decide(context, side, h) for side, h in histories.items() if h]
        unit = (block.dosage or exercise.dosage).unit
        found += one_exercise(decided, exercise.unilateral, unit)
    return found

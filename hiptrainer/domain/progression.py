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
from hiptrainer.domain.progression_reasons import (
    day_words,
    failure_words,
    ready_words,
    sentence,
    step_back_reasons,
    waits,
    where_words,
)
from hiptrainer.domain.progression_sides import one_exercise
from hiptrainer.domain.progression_suggestion import Kind, Suggestion
from hiptrainer.domain.words import translate

__all__ = ["Kind", "LoggedWork", "ProgressionLog", "Suggestion", "suggest"]

#: A hold stopped this close to its target counts as done (a key press takes a moment).
HOLD_LEEWAY_S = 1.0
SESSIONS_NEEDED = 2


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
        return failure_words(self.scores, self.dose, self.failures, where)


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
    where = where_words(side)
    previous = history[1] if len(history) > 1 else None
    pains = step_back_reasons(window, rated[-1] if rated else None)
    failures = [latest.failure_words(where)] if latest.failures else []
    if pains or failures:
        down = ladder.step_down(latest.dose, limits, context.exercise, context.exercises)
        if pains and down is None:
            keep = translate(
                "progression",
                "already the easiest dose here: keep it, and if pain keeps coming back, ask a "
                "physiotherapist",
            )
            return msgspec.structs.replace(same, reason=sentence([*pains, *failures, keep]))
        # A failed set at the bottom of the range is repeated once; a variant change for
        # failing alone waits for a second session in a row at this dose.
        failed_before = (
            previous is not None and previous.dose == latest.dose and bool(previous.failures)
        )
        within = down is not None and down[1] != "easier_variant"
        if down is not None and (pains or within or failed_before):
            if not pains and not within:
                failures.append(
                    translate("progression", "short 2 sessions running at the bottom of this dose")
                )
            return msgspec.structs.replace(
                same, kind="step_back", change=down[1], next=down[0],
                reason=sentence([*pains, *failures]),
            )  # fmt: skip
        repeat = translate("progression", "the bottom of this dose already: repeat it")
        if down is not None:
            repeat = translate(
                "progression",
                "the bottom of this dose already: repeat it (the easier variant follows if it "
                "falls short 2 sessions running)",
            )
        return msgspec.structs.replace(same, reason=sentence([*failures, repeat]))
    reasons: list[str] = []
    missing: list[str] = []
    if not ladder.fits(latest.dose, dosage):
        playing = dose_text(dosage, unilateral=False)
        text = translate("progression", "the routine plays {dose} now, with no session at it yet")
        reasons.append(text.format(dose=playing))
    pair = [latest]
    if previous is None or previous.dose != latest.dose:
        text = translate("progression", "1 session at {dose} so far (moving on needs {needed})")
        reasons.append(text.format(dose=latest.dose.words(unit), needed=SESSIONS_NEEDED))
    else:
        pair.append(previous)
    for outcome in pair:
        when = day_words(outcome.scores.local_date)
        if outcome.missed:
            text = translate("progression", "{count} skipped{where} on {day}")
            reasons.append(text.format(count=outcome.missed, where=where, day=when))
        if outcome.failures:
            reasons.append(outcome.failure_words(where))
        found, absent = waits(outcome.scores, context.today, own=True)
        reasons += found
        missing += absent
    for later in window[1:]:
        if later.session_id not in {o.scores.session_id for o in pair}:
            reasons += waits(later, context.today, own=False)[0]
    variants = context.workout.focus != "activation"
    up = ladder.step_up(latest.dose, limits, context.exercise, context.exercises, variants)
    if reasons or missing:
        ready = up[0] if up is not None and not reasons else None
        return msgspec.structs.replace(
            same, reason=sentence([*reasons, *missing]), if_settled=ready
        )
    said = ready_words([o.scores for o in pair], pair[0].dose.words(unit))
    if up is None:
        if variants:
            top = translate(
                "progression", "the top of this dose, and no harder variant: keep it here"
            )
        else:
            top = translate(
                "progression",
                "the top of this warm-up's dose, and a warm-up stays light: keep it here",
            )
        return msgspec.structs.replace(same, reason=sentence([said, top]))
    dose, change = up
    return msgspec.structs.replace(
        same, kind="move_on", change=change, next=dose, reason=sentence([said])
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

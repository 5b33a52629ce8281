"""Progression suggestions for one routine: worked out from the log, worded, applied to the
user's own copy, or dismissed. No Qt here; the panel (:mod:`suggestion_panel`) shows them.

The rules are the domain's (:func:`hiptrainer.domain.progression.suggest`); the copy is made
by :func:`hiptrainer.domain.progression_apply.apply_suggestions` and stored through the
user's definitions (``UserDefinitions.save_workout``), so it shows in the chooser, the
Routines tab and ``hiptrainer workouts`` like any routine of the user's. Nothing is applied
without the user's click; a suggestion applied or dismissed is remembered as dismissed, so
it is not offered again (a newer session makes a new one).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import msgspec
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hiptrainer.catalog.custom import is_custom
from hiptrainer.domain.model import Exercise, Workout
from hiptrainer.domain.progress_pain import SessionScores
from hiptrainer.domain.progression import Suggestion, suggest
from hiptrainer.domain.progression_apply import Applied, apply_suggestions, own_copy_id
from hiptrainer.domain.progression_ladder import Dose
from hiptrainer.ui.player.selftest.ports import Definitions, SuggestionStore

# In English; translated (context "Suggestions") in the headline.
VERBS = {
    "move_on": str(QT_TRANSLATE_NOOP("Suggestions", "▲ Move on")),
    "step_back": str(QT_TRANSLATE_NOOP("Suggestions", "▼ Step back")),
    "stay": str(QT_TRANSLATE_NOOP("Suggestions", "= Stay")),
}


def _unit(workout: Workout, exercises: Mapping[str, Exercise], s: Suggestion, dose: Dose) -> str:
    block = workout.blocks[s.block] if s.block < len(workout.blocks) else None
    if block is not None and dose.exercise == block.exercise and block.dosage is not None:
        return block.dosage.unit
    exercise = exercises.get(dose.exercise)
    return exercise.dosage.unit if exercise is not None else "reps"


def dose_words(
    workout: Workout, exercises: Mapping[str, Exercise], s: Suggestion, dose: Dose
) -> str:
    """``"4 × 20 s"``, or with another exercise's name first: ``"Glute bridge, 3 × 15 reps"``."""
    words = dose.words(_unit(workout, exercises, s, dose))
    if dose.exercise != s.exercise:
        other = exercises.get(dose.exercise)
        words = f"{other.name if other is not None else dose.exercise}, {words}"
    return words


def headline(workout: Workout, exercises: Mapping[str, Exercise], s: Suggestion) -> str:
    """'▲ Move on · Copenhagen plank, right side: 4 × 15 s → 4 × 20 s'."""
    exercise = exercises.get(s.exercise)
    name = exercise.name if exercise is not None else s.exercise
    if s.side == "left":
        side = QCoreApplication.translate("Suggestions", ", left side")
    elif s.side == "right":
        side = QCoreApplication.translate("Suggestions", ", right side")
    else:
        side = ""
    now = dose_words(workout, exercises, s, s.current)
    verb = QCoreApplication.translate("Suggestions", VERBS[s.kind])
    if not s.applicable:
        return f"{verb} · {name}{side}: {now}"
    return f"{verb} · {name}{side}: {now} → {dose_words(workout, exercises, s, s.next)}"


def reason_words(workout: Workout, exercises: Mapping[str, Exercise], s: Suggestion) -> str:
    reason = s.reason
    if s.if_settled is not None:
        then = dose_words(workout, exercises, s, s.if_settled)
        line = QCoreApplication.translate(
            "Suggestions", "If the pain has settled by the next morning: {dose}."
        )
        reason += " " + line.format(dose=then)
    return reason


def with_scores(scores: Sequence[SessionScores], rated: SessionScores) -> list[SessionScores]:
    """``scores`` with the effort and pain of ``rated``'s session as ``rated`` says (how the
    summary asks "what if I rate it so", before the ratings are saved); its day and its
    next-morning answer stay as stored."""
    return [
        msgspec.structs.replace(
            s, rpe=rated.rpe, pain_during=rated.pain_during, pain_after=rated.pain_after
        )
        if s.session_id == rated.session_id
        else s
        for s in scores
    ]


def current_suggestions(
    store: SuggestionStore,
    workout: Workout,
    exercises: Mapping[str, Exercise],
    today: date,
    scores: SessionScores | None = None,
) -> list[Suggestion]:
    """The suggestions for ``workout`` not yet dismissed (or applied); ``scores``: one
    session's ratings as the summary has them now, instead of the stored ones."""
    log = store.progression_log(workout.id)
    if scores is not None:
        log = msgspec.structs.replace(log, scores=with_scores(log.scores, scores))
    dismissed = store.dismissed_suggestions()
    found = suggest(workout, dict(exercises), log, today)
    return [s for s in found if s.key not in dismissed]


def apply(
    definitions: Definitions,
    workout: Workout,
    exercises: Mapping[str, Exercise],
    accepted: Sequence[Suggestion],
) -> tuple[Workout, Applied]:
    """Store the user's copy of ``workout`` with ``accepted`` applied (a routine that is
    already the user's is changed in place); returns it as stored, with what changed.
    Raises ``DefinitionError`` or ``StorageError`` (one line) when it cannot be saved,
    ValueError when the routine changed since the suggestions were made."""
    own = is_custom(workout)
    new_id = None if own else own_copy_id(workout.id, definitions.catalog.workouts)
    applied = apply_suggestions(workout, dict(exercises), accepted, new_id=new_id)
    data: dict[str, Any] = msgspec.to_builtins(applied.workout)
    data["custom"] = True
    saved = definitions.save_workout(data, replacing=workout.id if own else None)
    return saved, applied

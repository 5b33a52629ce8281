"""The player's counting words, the same on every page: a hold is a hold, a set of reps is a
set, and one of anything is singular.

The texts are translated under the context "PlayerWords" (a :class:`TextContext`, so that
the counted ones get their plural forms); English turns the source's "(s)" into its own
plural with :func:`plural`. :func:`counted` stays for English words the caller has chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hiptrainer.domain.engine import WorkResult
from hiptrainer.domain.plan import Phase
from hiptrainer.domain.summary import Summary
from hiptrainer.ui.style.plurals import TextContext, plural

SIDE_NAMES = {
    "left": str(QT_TRANSLATE_NOOP("PlayerWords", "Left side")),
    "right": str(QT_TRANSLATE_NOOP("PlayerWords", "Right side")),
    "both": str(QT_TRANSLATE_NOOP("PlayerWords", "Both sides")),
}


class PlayerWords(TextContext):
    """The translation context of the player's words."""


def side_name(side: str) -> str:
    """ "Left side", "Right side" or "Both sides", translated."""
    return QCoreApplication.translate("PlayerWords", SIDE_NAMES[side])


def counted(count: int, singular: str, plural_word: str | None = None) -> str:
    """``counted(1, "hold")`` → ``"1 hold"``; ``counted(8, "hold")`` → ``"8 holds"``."""
    word = singular if count == 1 else plural_word or f"{singular}s"
    return f"{count} {word}"


def holds_text(count: int) -> str:
    return plural(PlayerWords.tr("%n hold(s)", "", count), count)


def rep_sets_text(count: int) -> str:
    return plural(PlayerWords.tr("%n set(s) of reps", "", count), count)


def reps_text(count: int) -> str:
    return plural(PlayerWords.tr("%n rep(s)", "", count), count)


def work_text(holds: int, rep_sets: int) -> str:
    """``"8 holds, 4 sets of reps"``; only the kinds there are; ``"nothing"`` for none."""
    parts = []
    if holds:
        parts.append(holds_text(holds))
    if rep_sets:
        parts.append(rep_sets_text(rep_sets))
    return ", ".join(parts) or PlayerWords.tr("nothing")


def pending_text(holds: int, rep_sets: int, error: str) -> str:
    """Work the store has refused so far: ``"1 hold is not saved yet, kept to try again: …"``."""
    if holds + rep_sets == 1:
        line = PlayerWords.tr("{work} is not saved yet, kept to try again: {error}")
    else:
        line = PlayerWords.tr("{work} are not saved yet, kept to try again: {error}")
    return line.format(work=work_text(holds, rep_sets), error=error)


def feeling_unsaved_text(unsaved: tuple[int, int], error: str) -> str:
    """What the store would not take at the end: the sets still unsaved, and how it felt."""
    if sum(unsaved):
        line = PlayerWords.tr("{work} and how it felt — {problem}")
        return line.format(work=work_text(*unsaved), problem=error)
    return PlayerWords.tr("how it felt — {problem}").format(problem=error)


def time_left_template() -> str:
    """ "{time} left" in the interface's language (looked up once per workout: the time
    left changes every second)."""
    return PlayerWords.tr("{time} left")


def duration_text(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return PlayerWords.tr("{minutes} min {seconds} s").format(
        minutes=minutes, seconds=f"{rest:02d}"
    )


def summary_line(summary: Summary) -> str:
    """``"12 min 05 s · 8 holds, 4 sets of reps · 1 skipped"``."""
    line = f"{duration_text(summary.seconds)} · {work_text(summary.holds, summary.rep_sets)}"
    if summary.skipped:
        skipped = PlayerWords.tr("{count} skipped").format(count=summary.skipped)
        line += f" · {skipped}"
    return line


def unsaved_text(summary: Summary) -> str:
    """What was not saved, in a sentence ('' when everything was)."""
    if not summary.recorded:
        return PlayerWords.tr("Practice run: nothing was saved.")
    if not summary.unsaved:
        return ""
    what = work_text(summary.unsaved_holds, summary.unsaved_rep_sets)
    if summary.unsaved == 1:
        line = PlayerWords.tr(
            "{work} was not saved: the training data could not be written. Save tries again."
        )
    else:
        line = PlayerWords.tr(
            "{work} were not saved: the training data could not be written. Save tries again."
        )
    return line.format(work=what)


def counter_text(phase: Phase) -> str:
    """Where the player is in the dose: ``"Set 2 of 3 · Hold 1 of 5"``, ``"Set 1 of 2 · 12
    reps"``. A lone set of holds is just its holds. The side is not named here: the side
    badge says it, in its colour."""
    parts = []
    holds = phase.target_hold_s is not None
    if phase.sets > 1 or (not holds and phase.sets):
        line = PlayerWords.tr("Set {number} of {count}")
        parts.append(line.format(number=phase.set_index + 1, count=phase.sets))
    if holds:
        line = PlayerWords.tr("Hold {number} of {count}")
        parts.append(line.format(number=phase.rep_index + 1, count=phase.reps))
    elif phase.target_reps:
        parts.append(reps_text(phase.target_reps))
    return " · ".join(parts)


def leave_question(recorded: bool, unsaved: tuple[int, int]) -> str:
    """What leaving a workout now would lose, as a question."""
    if not recorded:
        return PlayerWords.tr("This practice run is not saved. Leave it now?")
    if sum(unsaved):
        line = PlayerWords.tr("{work} could not be saved and will be lost. Leave this workout now?")
        return line.format(work=work_text(*unsaved))
    return PlayerWords.tr("The sets you have done are saved. Leave this workout now?")


def fix_question(last: WorkResult, name: str) -> tuple[str, float, int]:
    """Asking to correct the last set: (question, the value now, the largest answer)."""
    if last.target_hold_s is not None:
        question = PlayerWords.tr("{name}: seconds held in the last hold").format(name=name)
        return question, last.hold_s or 0.0, 600
    question = PlayerWords.tr("{name}: reps done in the last set").format(name=name)
    return question, float(last.reps or 0), 200

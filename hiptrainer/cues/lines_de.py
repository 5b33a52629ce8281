"""What the voice says, in German: one German line for each English line of the player.

:mod:`hiptrainer.cues.lines` builds its English sentences in code; here each of them has a
key, its English template (``ENGLISH_LINES``, kept equal to that code by a test) and its
German (``GERMAN_LINES``). :func:`german_line` fills a German template the way the English
code fills its own: the same values (``name``, ``setup``, ``side``, ``reps``, ``seconds``,
and ``last``/``side_words`` for the prefixes, already German), plus the German forms of the
side that a German sentence needs ("links", "linke", "linken"). A line with a count has a
singular and a plural form: "1 Sekunde halten.", "20 Sekunden halten.".

Exercise names and set-up lines come from the translated catalogue
(:mod:`hiptrainer.catalog.translate`); rep counts are said as numbers, which a German voice
reads in German.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

__all__ = ["COUNT_OF", "ENGLISH_LINES", "GERMAN_LINES", "german_line", "side_forms"]

#: The English lines of :mod:`hiptrainer.cues.lines` as templates, by key.
ENGLISH_LINES: dict[str, str] = {
    "finished": "Workout complete. Well done.",
    "countdown_3": "Three",
    "countdown_2": "Two",
    "countdown_1": "One",
    "side": "{Side} side. ",
    "last_set": "Last set. ",
    "last_hold": "Last hold. ",
    "get_ready": "Get ready: {name}. {setup}",
    "steps_each_way": "{reps} steps to the {side}.",
    "hold": "{last}{side_words}Hold {seconds} seconds.",
    "reps_tempo": "{last}{side_words}{reps} reps.",
    "reps_own_pace": "{last}{side_words}{reps} reps, at your own pace. Press Enter when done.",
    "lead_with": "Now lead with the {side} foot, back to the {side}.",
    "switch_sides": "Switch sides.",
    "switch_sides_setup": "Switch sides. {setup}",
    "rest": "Rest.",
    "rest_next": "Rest. Next: {name}.",
    "rest_next_setup": "Rest. Next: {name}. {setup}",
    "selftest_finished": "Test complete. Well done.",
    "selftest_hold": "{side_words}Go: hold as long as you can.",
    "selftest_reps": "{side_words}Go: press Enter for each rep.",
    "stop_second": "Stop: {seconds} second.",
    "stop_seconds": "Stop: {seconds} seconds.",
    "stop_rep": "Stop: {reps} rep.",
    "stop_reps": "Stop: {reps} reps.",
}

#: The German of each line: one template, or (singular, plural) for a line with a count.
GERMAN_LINES: dict[str, str | tuple[str, str]] = {
    "finished": "Training geschafft. Gut gemacht!",
    "countdown_3": "Drei",
    "countdown_2": "Zwei",
    "countdown_1": "Eins",
    "side": "{Side_e} Seite. ",
    "last_set": "Letzter Satz. ",
    # A hold of several is a set of repetitions: its last one is the last repetition.
    "last_hold": "Letzte Wiederholung. ",
    "get_ready": "Machen Sie sich bereit: {name}. {setup}",
    "steps_each_way": ("1 Schritt nach {side_adverb}.", "{reps} Schritte nach {side_adverb}."),
    "hold": (
        "{last}{side_words}1 Sekunde halten.",
        "{last}{side_words}{seconds} Sekunden halten.",
    ),
    "reps_tempo": ("{last}{side_words}1 Wiederholung.", "{last}{side_words}{reps} Wiederholungen."),
    "reps_own_pace": (
        "{last}{side_words}1 Wiederholung in Ihrem eigenen Tempo. Drücken Sie die Eingabetaste, "
        "wenn Sie fertig sind.",
        "{last}{side_words}{reps} Wiederholungen in Ihrem eigenen Tempo. Drücken Sie die "
        "Eingabetaste, wenn Sie fertig sind.",
    ),
    "lead_with": "Jetzt mit dem {side_en} Fuß voran, zurück nach {side_adverb}.",
    "switch_sides": "Seitenwechsel.",
    "switch_sides_setup": "Seitenwechsel. {setup}",
    "rest": "Pause.",
    "rest_next": "Pause. Als Nächstes: {name}.",
    "rest_next_setup": "Pause. Als Nächstes: {name}. {setup}",
    "selftest_finished": "Test geschafft. Gut gemacht!",
    "selftest_hold": "{side_words}Los: so lange halten, wie Sie können.",
    "selftest_reps": "{side_words}Los: drücken Sie bei jeder Wiederholung die Eingabetaste.",
    "stop_second": "Stopp: 1 Sekunde.",
    "stop_seconds": "Stopp: {seconds} Sekunden.",
    "stop_rep": "Stopp: 1 Wiederholung.",
    "stop_reps": "Stopp: {reps} Wiederholungen.",
}

#: The value that picks singular or plural in each line with a count.
COUNT_OF = {
    "steps_each_way": "reps",
    "hold": "seconds",
    "reps_tempo": "reps",
    "reps_own_pace": "reps",
}

_SIDES = {
    "left": {"side_adverb": "links", "side_e": "linke", "side_en": "linken"},
    "right": {"side_adverb": "rechts", "side_e": "rechte", "side_en": "rechten"},
}


def side_forms(side: str) -> dict[str, str]:
    """The German words for ``side`` ("left" or "right") that the German lines use:
    ``side_adverb`` (nach links), ``side_e`` (die linke Seite), ``side_en`` (mit dem linken
    Fuß), and ``Side_e`` for the start of a sentence."""
    forms = _SIDES.get(side)
    if forms is None:
        raise ValueError(f'side: expected "left" or "right", got {side!r}')
    return {**forms, "Side_e": forms["side_e"].capitalize()}


def placeholders(template: str) -> set[str]:
    """The names a template fills: ``"{reps} Schritte"`` -> ``{"reps"}``."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def german_line(key: str, values: Mapping[str, object] | None = None) -> str:
    """The German line ``key`` filled with ``values`` (the English code's values; ``side``
    as "left" or "right"); the singular form when its count is 1."""
    filled: dict[str, object] = dict(values or {})
    side = filled.get("side")
    if isinstance(side, str) and side in _SIDES:
        filled.update(side_forms(side))
    german = GERMAN_LINES[key]
    if isinstance(german, tuple):
        count = filled.get(COUNT_OF[key])
        german = german[0] if count == 1 else german[1]
    if "seconds" in filled and isinstance(filled["seconds"], float):
        filled["seconds"] = f"{filled['seconds']:g}"  # as the English says it: 20, not 20.0
    return german.format_map(filled)

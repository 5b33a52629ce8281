"""One side convention for every one-sided exercise, and its set-up line for either side.

"Left side" always names the working side as the pictures draw it: the top leg that lifts
lying on your side, the leg on the bench in the Copenhagen plank, the side you lie on in the
side plank, the leg you stand on in single-leg standing work. Each one-sided exercise says
where the body goes for the left side in its ``setup`` line; the right side's line is the
same sentence with left and right swapped.
"""

from __future__ import annotations

import re

from hiptrainer.domain.model import Exercise
from hiptrainer.domain.words import translate

__all__ = [
    "CONVENTION",
    "convention",
    "names_left",
    "setup_line",
    "side_label",
    "side_word",
    "swap_sides",
]

#: The convention in one sentence, in English (:func:`convention` is it in the interface's
#: language).
CONVENTION = (
    "Left side means the left side works: the left leg lifts, stands or rests on the bench, "
    "or, in a side plank, you lie on your left side. Each one-sided exercise says where your "
    "body goes for each side."
)


def convention() -> str:
    """The convention in one sentence, for the Library and printed sheets, in the
    interface's language."""
    return translate(
        "sides",
        "Left side means the left side works: the left leg lifts, stands or rests on the "
        "bench, or, in a side plank, you lie on your left side. Each one-sided exercise says "
        "where your body goes for each side.",
    )


def side_word(side: str) -> str:
    """ "left", "right" or "both" as a word within a sentence ("links", "rechts", "beide")."""
    words = {
        "left": translate("sides", "left"),
        "right": translate("sides", "right"),
        "both": translate("sides", "both"),
    }
    return words.get(side, side)


def side_label(side: str) -> str:
    """ "Left side", "Right side" or "Both sides", as a label ("Linke Seite")."""
    words = {
        "left": translate("sides", "Left side"),
        "right": translate("sides", "Right side"),
        "both": translate("sides", "Both sides"),
    }
    return words.get(side, side)


#: Each word for a side and the same form of the other side: English left/right; German
#: the adverb (links) and the adjective in every ending (linke, linken, linker, linkes,
#: linkem), so a translated set-up line swaps as the English one does.
_SIDES = {
    "left": "right",
    "links": "rechts",
    **{f"link{e}": f"recht{e}" for e in ("e", "en", "er", "es", "em")},
}
_OTHER = {**_SIDES, **{v: k for k, v in _SIDES.items()}}
_SIDE_WORD = re.compile(
    r"\b(" + "|".join(sorted(_OTHER, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _swapped(match: re.Match[str]) -> str:
    word = match.group(0)
    other = _OTHER[word.lower()]
    if word.isupper():
        return other.upper()
    if word[0].isupper():
        return other.capitalize()
    return other


def names_left(text: str) -> bool:
    """Whether ``text`` names the left side (in English or German), as a set-up line must."""
    return any(word.lower() in _SIDES for word in _SIDE_WORD.findall(text))


def swap_sides(text: str) -> str:
    """``text`` with the words for left and right swapped, keeping their case and ending
    (English, and German: "Linkes Bein, rechter Unterarm" -> "Rechtes Bein, linker Unterarm").

    Only whole words change ("leftover", "Gelenk" stay). Set-up lines therefore never use
    "left" to mean "remaining".
    """
    return _SIDE_WORD.sub(_swapped, text)


def setup_line(exercise: Exercise, side: str) -> str | None:
    """Where the body goes for ``side`` ("left" or "right") of a one-sided exercise; None
    for an exercise done with both sides together, for side "both", or without a line."""
    if not exercise.unilateral or exercise.setup is None or side == "both":
        return None
    if side == "left":
        return exercise.setup
    if side == "right":
        return swap_sides(exercise.setup)
    raise ValueError(f'side: expected "left", "right" or "both", got {side!r}')

"""Finding exercises: free-text search over names, aliases, muscles, equipment and body
position, plus filters."""

from __future__ import annotations

import unicodedata

import msgspec

from hiptrainer.domain.model import Exercise


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` ("Harøy" and "haroy" fold alike).

    Hyphens fold to spaces, so "side lying" finds "side-lying" and the other way round."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("ø", "o").replace("-", " ")


def haystack(exercise: Exercise) -> str:
    """Everything a search term may match, folded: id, name, aliases, muscles, equipment
    (the vocabulary's words, such as "chair or bench") and body position."""
    words = [
        exercise.id.replace("_", " "),
        exercise.name,
        *exercise.aliases,
        *exercise.muscles,
        *exercise.equipment,
        exercise.position,
    ]
    return fold(" | ".join(words))


class ExerciseFilter(msgspec.Struct, frozen=True, kw_only=True):
    """What the user asked for; ``None`` in a field means "any"."""

    text: str = ""
    muscle: str | None = None
    equipment: str | None = None  # "" means "no equipment at all"
    position: str | None = None
    max_difficulty: int | None = None
    unilateral: bool | None = None

    def matches(self, exercise: Exercise, folded: str | None = None) -> bool:
        if self.muscle is not None and self.muscle not in exercise.muscles:
            return False
        if self.equipment is not None:
            if self.equipment == "":
                if exercise.equipment:
                    return False
            elif self.equipment not in exercise.equipment:
                return False
        if self.position is not None and exercise.position != self.position:
            return False
        if self.max_difficulty is not None and exercise.difficulty > self.max_difficulty:
            return False
        if self.unilateral is not None and exercise.unilateral != self.unilateral:
            return False
        terms = fold(self.text).split()
        if terms:
            text = folded if folded is not None else haystack(exercise)
            return all(term in text for term in terms)
        return True

    @property
    def is_empty(self) -> bool:
        return self == ExerciseFilter()

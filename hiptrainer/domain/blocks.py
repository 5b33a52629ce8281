"""Building a routine block by block: the dose a new block starts with, switching a dose
between holds and reps, and moving a block.

The routine builder calls these; they hold the rules so a test can check them without a
window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import msgspec

from hiptrainer.domain.model import Dosage, Exercise

__all__ = ["DEFAULT_HOLD_S", "as_hold", "as_reps", "moved", "new_block_dose"]

Item = TypeVar("Item")

#: A hold's seconds when a rep exercise is first turned into a hold (and nothing better is
#: known): the isometric range the home-programme evidence starts with.
DEFAULT_HOLD_S = (10, 20)


def new_block_dose(exercise: Exercise, previous: Dosage | None) -> Dosage:
    """The dose a block of ``exercise`` starts with when it is added after a block dosed
    ``previous`` (None: it is the first block).

    The first block takes the exercise's own dose. A later one copies the previous block's
    dose when both are of a kind (holds after holds, reps after reps), so a routine built of
    like exercises needs its dose typed once; the unit of the reps stays the exercise's own
    ("steps each way" means nothing for a clamshell). After a block of the other kind it
    keeps the exercise's own work (a rep exercise is not turned into a hold) and copies the
    sets and the rests, which the user chose for the whole routine.
    """
    own = exercise.dosage
    if previous is None:
        return own
    if previous.is_hold == own.is_hold:
        return msgspec.structs.replace(previous, unit=own.unit)
    return msgspec.structs.replace(
        own,
        sets=previous.sets,
        rest_s=previous.rest_s,
        sessions_per_week=previous.sessions_per_week,
    )


def as_hold(dosage: Dosage, fallback: Dosage | None = None) -> Dosage:
    """``dosage`` as holds: the same sets, count and rests, each rep held for the fallback's
    seconds (the exercise's own hold, if it has one) or :data:`DEFAULT_HOLD_S`."""
    if dosage.is_hold:
        return dosage
    hold = fallback.hold_s if fallback is not None and fallback.hold_s else DEFAULT_HOLD_S
    return msgspec.structs.replace(dosage, hold_s=hold, tempo=None, unit="reps")


def as_reps(dosage: Dosage, fallback: Dosage | None = None) -> Dosage:
    """``dosage`` as reps: the same sets, count and rests, at the fallback's tempo (when it
    is a rep dose; else self-paced)."""
    if not dosage.is_hold:
        return dosage
    tempo = fallback.tempo if fallback is not None and not fallback.is_hold else None
    unit = fallback.unit if fallback is not None and not fallback.is_hold else "reps"
    return msgspec.structs.replace(dosage, hold_s=None, tempo=tempo, unit=unit)


def moved(items: Sequence[Item], index: int, to: int) -> list[Item]:
    """``items`` with the one at ``index`` taken out and put back at ``to`` (clamped to the
    list); an index outside the list raises IndexError."""
    if not 0 <= index < len(items):
        raise IndexError(f"no item {index} in a list of {len(items)}")
    result = list(items)
    item = result.pop(index)
    result.insert(max(0, min(to, len(result))), item)
    return result

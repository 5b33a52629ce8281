"""Records: the longest hold and the most reps in one set, per exercise and side.

One family of functions for everyone who shows a record: the player's summary asks which
records a session beat (:func:`records_beaten` with the bests before it and the session's own
sets), the Progress tab's table lists the bests with the day each was set (:func:`bests`) and
marks the sessions that beat one (:func:`records_by_session`), and both word them with
:func:`record_words`.

The rules, as the player has always applied them: skipped sets never count; a record is beaten
only by more than the earlier best (a tie is not a record), compared as shown (holds to a tenth
of a second); and a first time is not a record yet (nothing earlier to beat), though it does
become the best to beat. Values of zero or less are no value (a "0 reps" set beats nothing).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Literal, Protocol

import msgspec

from hiptrainer.domain.sides import side_word
from hiptrainer.domain.words import compact, translate

RecordKind = Literal["hold", "reps"]
RecordKey = tuple[str, str, RecordKind]  # exercise, side, kind


class MeasuredSet(Protocol):
    """One hold or one set of reps: the engine's result, a stored ``SetRecord``, or a row."""

    @property
    def exercise(self) -> str: ...
    @property
    def side(self) -> str: ...
    @property
    def hold_s(self) -> float | None: ...
    @property
    def reps(self) -> int | None: ...
    @property
    def skipped(self) -> bool: ...


class DatedSet(msgspec.Struct, frozen=True, gc=False):
    """A set, or a session's best per exercise and side (both give the same records)."""

    session_id: int
    local_date: date
    exercise: str
    side: str
    hold_s: float | None = None
    reps: int | None = None
    skipped: bool = False


class Best(msgspec.Struct, frozen=True):
    """The best so far; ``local_date``/``session_id`` say when it was first reached (None
    when the caller does not know, e.g. the player's earlier bests from one query)."""

    exercise: str
    side: str
    kind: RecordKind
    value: float
    local_date: date | None = None
    session_id: int | None = None

    @property
    def key(self) -> RecordKey:
        return (self.exercise, self.side, self.kind)


class BeatenRecord(msgspec.Struct, frozen=True):
    exercise: str
    side: str
    kind: RecordKind
    value: float
    previous: float


def _shown(kind: RecordKind, value: float) -> float:
    return round(value, 1) if kind == "hold" else value


def _keep_max(maxima: dict[RecordKey, float], key: RecordKey, raw: float | None) -> None:
    if raw is not None and raw > 0:  # also drops NaN
        maxima[key] = max(maxima.get(key, raw), raw)


def set_maxima(sets: Iterable[MeasuredSet]) -> dict[RecordKey, float]:
    """The longest hold and the most reps per exercise and side, in order of first
    appearance (hold before reps). Skipped sets and empty values are left out."""
    maxima: dict[RecordKey, float] = {}
    for item in sets:
        if not item.skipped:
            _keep_max(maxima, (item.exercise, item.side, "hold"), item.hold_s)
            _keep_max(maxima, (item.exercise, item.side, "reps"), item.reps)
    return maxima


def records_beaten(
    earlier: Iterable[Best], this_session: Iterable[MeasuredSet]
) -> list[BeatenRecord]:
    """The records this session's sets beat, against the bests of every earlier session.

    ``earlier`` may hold several bests for one key (the highest counts). In the order the
    session first did each exercise and side, hold before reps.
    """
    before: dict[RecordKey, float] = {}
    for best in earlier:
        before[best.key] = max(before.get(best.key, best.value), best.value)
    beaten = []
    for (exercise, side, kind), value in set_maxima(this_session).items():
        previous = before.get((exercise, side, kind))
        if previous is not None and _shown(kind, value) > _shown(kind, previous):
            beaten.append(BeatenRecord(exercise, side, kind, value, previous))
    return beaten


def _sessions(sets: Iterable[DatedSet]) -> list[tuple[int, date, list[DatedSet]]]:
    """Sets grouped by session, sessions oldest first (by day, then id)."""
    grouped: dict[int, list[DatedSet]] = {}
    for item in sets:
        grouped.setdefault(item.session_id, []).append(item)
    days = {session_id: min(s.local_date for s in found) for session_id, found in grouped.items()}
    order = sorted(grouped, key=lambda session_id: (days[session_id], session_id))
    return [(session_id, days[session_id], grouped[session_id]) for session_id in order]


def _walk(sets: Iterable[DatedSet]) -> tuple[dict[RecordKey, Best], dict[int, list[BeatenRecord]]]:
    bests: dict[RecordKey, Best] = {}
    beaten: dict[int, list[BeatenRecord]] = {}
    for session_id, day, found in _sessions(sets):
        records = records_beaten(bests.values(), found)
        if records:
            beaten[session_id] = records
        for (exercise, side, kind), value in set_maxima(found).items():
            old = bests.get((exercise, side, kind))
            if old is None or _shown(kind, value) > _shown(kind, old.value):
                bests[(exercise, side, kind)] = Best(exercise, side, kind, value, day, session_id)
    return bests, beaten


def bests(sets: Iterable[DatedSet]) -> list[Best]:
    """Every exercise and side's longest hold and most reps with the day it was first
    reached (a later tie keeps the earlier day), sorted by exercise, side, kind."""
    found = _walk(sets)[0]
    return [found[key] for key in sorted(found)]


def records_by_session(sets: Iterable[DatedSet]) -> dict[int, list[BeatenRecord]]:
    """Which records each session beat against all the sessions before it (sessions that
    beat none are absent), by the same rule as the player's summary."""
    return _walk(sets)[1]


def _amount(kind: RecordKind, value: float) -> str:
    if kind == "hold":
        return translate("records", "{seconds} s").format(seconds=compact(round(value, 1)))
    return compact(value)


def record_words(record: Best | BeatenRecord) -> str:
    """E.g. "Longest hold, left: 32 s (was 28 s)" or "Most reps in a set: 12"; the exercise's
    name is the caller's to add. A side of "both" is not named."""
    if record.kind == "hold":
        label = translate("records", "Longest hold")
    else:
        label = translate("records", "Most reps in a set")
    if record.side != "both":
        label = translate("records", "{record}, {side}").format(
            record=label, side=side_word(record.side)
        )
    text = translate("records", "{record}: {amount}").format(
        record=label, amount=_amount(record.kind, record.value)
    )
    if isinstance(record, BeatenRecord):
        text = translate("records", "{text} (was {amount})").format(
            text=text, amount=_amount(record.kind, record.previous)
        )
    return text

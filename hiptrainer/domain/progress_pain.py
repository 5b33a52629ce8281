"""Pain and effort over time, read with the pain-monitoring model.

Pain (0–10) is rated during, after and the next morning. Zones: 0–2 green ("fine"), 3–5 amber
("acceptable"), above 5 red ("too much"). A session is flagged, per rating, when pain rose by 2
or more since the previous session with that rating, or rose in two steps running (as
clinic dashboards flag patients). The next-morning rating counts most, so the latest pain
prefers it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Literal

import msgspec

from hiptrainer.domain.progress import Point
from hiptrainer.domain.words import Worded, translate

Measure = Literal["during", "after", "next_morning"]
Zone = Literal["green", "amber", "red"]
FlagReason = Literal["rose_by_2", "rose_twice"]

MEASURES: tuple[Measure, ...] = ("during", "after", "next_morning")
#: Read in the interface's language each time, as ZONE_WORDS.
MEASURE_WORDS: Worded[Measure] = Worded(
    lambda: {
        "during": translate("pain", "during"),
        "after": translate("pain", "after"),
        "next_morning": translate("pain", "next morning"),
    }
)
#: The order a session's ratings were given in, newest first.
_NEWEST_FIRST: tuple[Measure, ...] = ("next_morning", "after", "during")
ZONE_WORDS: Worded[Zone] = Worded(
    lambda: {
        "green": translate("pain", "fine"),
        "amber": translate("pain", "acceptable"),
        "red": translate("pain", "too much"),
    }
)


class SessionScores(msgspec.Struct, frozen=True, gc=False):
    """One session's effort (RPE) and pain ratings; None where none was given."""

    session_id: int
    local_date: date
    rpe: int | None = None
    pain_during: int | None = None
    pain_after: int | None = None
    pain_next_morning: int | None = None

    def pain(self, measure: Measure) -> int | None:
        if measure == "during":
            return self.pain_during
        if measure == "after":
            return self.pain_after
        return self.pain_next_morning


class PainPoint(msgspec.Struct, frozen=True, gc=False):
    session_id: int
    day: date
    measure: Measure
    value: int
    zone: Zone


class PainFlag(msgspec.Struct, frozen=True):
    session_id: int
    day: date
    measure: Measure
    value: int
    previous: int
    reasons: tuple[FlagReason, ...]


class LatestPain(msgspec.Struct, frozen=True):
    session_id: int
    day: date
    measure: Measure
    value: int
    zone: Zone


def _score(value: int) -> int:
    if not 0 <= value <= 10:
        raise ValueError(f"a pain or effort score runs from 0 to 10 (got {value})")
    return value


def pain_zone(value: int) -> Zone:
    """0–2 green, 3–5 amber, 6–10 red."""
    _score(value)
    if value <= 2:
        return "green"
    return "amber" if value <= 5 else "red"


def _chronological(sessions: Iterable[SessionScores]) -> list[SessionScores]:
    return sorted(sessions, key=lambda s: (s.local_date, s.session_id))


def pain_series(sessions: Iterable[SessionScores], measure: Measure) -> list[PainPoint]:
    """One rating over time, oldest first, each with its zone; sessions without it are left
    out (not drawn as 0: no answer is not "no pain")."""
    points = []
    for session in _chronological(sessions):
        value = session.pain(measure)
        if value is not None:
            points.append(
                PainPoint(session.session_id, session.local_date, measure, value, pain_zone(value))
            )
    return points


def effort_series(sessions: Iterable[SessionScores]) -> list[Point]:
    """Effort (RPE 0–10) per session that has one, oldest first."""
    return [
        Point(s.session_id, s.local_date, float(_score(s.rpe)))
        for s in _chronological(sessions)
        if s.rpe is not None
    ]


def pain_flags(
    sessions: Iterable[SessionScores], measures: Iterable[Measure] = MEASURES
) -> list[PainFlag]:
    """Sessions where a rating rose by 2 or more since the previous session that has that
    rating, or rose (by any amount) for the second step in a row. A fall or a steady rating
    never flags. Oldest first, by measure in the order given."""
    ordered = _chronological(sessions)
    flags = []
    for measure in measures:
        series = pain_series(ordered, measure)
        for i in range(1, len(series)):
            point, previous = series[i], series[i - 1].value
            reasons: list[FlagReason] = []
            if point.value - previous >= 2:
                reasons.append("rose_by_2")
            if i >= 2 and point.value > previous > series[i - 2].value:
                reasons.append("rose_twice")
            if reasons:
                flags.append(
                    PainFlag(
                        point.session_id, point.day, measure, point.value, previous, tuple(reasons)
                    )
                )
    return sorted(flags, key=lambda f: (f.day, f.session_id))


def latest_pain(sessions: Iterable[SessionScores]) -> LatestPain | None:
    """The newest session with any pain rating, and its newest rating: next morning, else
    after, else during. None when no session has one."""
    for session in reversed(_chronological(sessions)):
        for measure in _NEWEST_FIRST:
            value = session.pain(measure)
            if value is not None:
                return LatestPain(
                    session.session_id, session.local_date, measure, value, pain_zone(value)
                )
    return None


def latest_pain_words(latest: LatestPain | None) -> str:
    """E.g. "Pain 4/10 next morning: acceptable"."""
    if latest is None:
        return translate("pain", "No pain ratings yet")
    return translate("pain", "Pain {value}/10 {measure}: {zone}").format(
        value=latest.value, measure=MEASURE_WORDS[latest.measure], zone=ZONE_WORDS[latest.zone]
    )


def flag_words(flag: PainFlag) -> str:
    """E.g. "Pain after rose by 3, to 5/10" or "Pain next morning rose twice in a row,
    to 4/10"."""
    when = MEASURE_WORDS[flag.measure]
    if "rose_by_2" in flag.reasons:
        text = translate("pain", "Pain {measure} rose by {rise}, to {value}/10")
        return text.format(measure=when, rise=flag.value - flag.previous, value=flag.value)
    text = translate("pain", "Pain {measure} rose twice in a row, to {value}/10")
    return text.format(measure=when, value=flag.value)

"""What the Progress tab charts, computed from plain rows: no Qt, no SQLite.

Storage hands over small rows (one per exercise, session and side; one per week and exercise;
sessions per day) and these functions turn them into chart series, the left/right balance and
its trend in words, and the stacked weekly volume. Days are local calendar days (``date``) and
weeks start on Monday; a chart's x value is the day's local midnight in Unix seconds.
Adherence lives in progress_habits.py, pain in progress_pain.py and records (shared with the
player's summary) in progress_records.py.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Literal, get_args

import msgspec

from hiptrainer.domain.sides import side_label
from hiptrainer.domain.words import translate

Kind = Literal["hold", "reps"]
Metric = Literal["best_hold_s", "total_hold_s", "total_reps"]
RangeName = Literal["4_weeks", "3_months", "1_year", "all"]
Behind = Literal["left", "right"]

#: The range buttons, in order, with their labels.
RANGES: dict[RangeName, str] = {
    "4_weeks": "4 weeks",
    "3_months": "3 months",
    "1_year": "1 year",
    "all": "All",
}
#: Left and right within this much of each other draw inside the "balanced" band.
BALANCED_WITHIN_PCT = 10.0
#: A balance "N weeks ago" needs a session no older than this before that day; older data
#: would put words in the past the runner did not live through.
EARLIER_WITHIN_DAYS = 28

_SIDE_ORDER = {"left": 0, "right": 1, "both": 2}


# --- days, weeks and ranges --------------------------------------------------------------


def monday_of(day: date) -> date:
    """The Monday that starts ``day``'s week (ISO weeks; the year boundary does not matter)."""
    return day - timedelta(days=day.weekday())


def local_midnight_seconds(day: date, tz: tzinfo | None = None) -> int:
    """Unix seconds of the first moment of ``day`` in ``tz`` (a ``zoneinfo.ZoneInfo``), or
    under the machine's own rules when None.

    Days around a DST change last 23 or 25 hours, so x values are never ``days * 86400``.
    Never pass ``datetime.now().astimezone().tzinfo``: that is a fixed offset that knows
    nothing of DST and puts half the year's midnights an hour off.
    """
    return int(datetime(day.year, day.month, day.day, tzinfo=tz).timestamp())


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier; a day that month lacks becomes its
    last day (31 May → 28 or 29 Feb)."""
    index = day.year * 12 + day.month - 1 - months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def range_start(name: RangeName, today: date) -> date | None:
    """The first day shown by a range that ends today, or None for "all" (no bound).

    "4 weeks" starts on the same weekday 28 days back; months and the year count on the
    calendar (a year before 29 Feb 2028 is 28 Feb 2027).
    """
    if name == "4_weeks":
        return today - timedelta(weeks=4)
    if name == "3_months":
        return months_before(today, 3)
    if name == "1_year":
        return months_before(today, 12)
    if name == "all":
        return None
    raise ValueError(f"unknown range {name!r}; expected one of {', '.join(get_args(RangeName))}")


# --- per exercise over time --------------------------------------------------------------
# The row-like structs below hold only numbers, text and dates, never other objects, so they
# are left out of the cycle collector (gc=False): ten years is tens of thousands of them, and
# each is 16 bytes smaller and never walked by a collection.


class SessionSideTotals(msgspec.Struct, frozen=True, gc=False):
    """One exercise, one side, one session: storage's ``SessionTotals`` with a real date."""

    session_id: int
    local_date: date
    side: str
    best_hold_s: float | None = None
    total_hold_s: float | None = None
    best_reps: int | None = None
    total_reps: int | None = None


class Point(msgspec.Struct, frozen=True, gc=False):
    session_id: int
    day: date
    value: float


class SideSeries(msgspec.Struct, frozen=True):
    """One line of a chart: one metric on one side, oldest session first."""

    metric: Metric
    side: str
    points: tuple[Point, ...]


def metric_value(row: SessionSideTotals, metric: Metric) -> float | None:
    """The row's value for ``metric``; None when missing or not a finite number."""
    value: float | int | None = getattr(row, metric)
    if value is None or not math.isfinite(value):
        return None
    return float(value)


def exercise_kind(rows: Iterable[SessionSideTotals]) -> Kind | None:
    """ "hold" when any session has hold seconds, "reps" when any has reps, else None."""
    has_reps = False
    for row in rows:
        if metric_value(row, "best_hold_s") is not None:
            return "hold"
        has_reps = has_reps or metric_value(row, "total_reps") is not None
    return "reps" if has_reps else None


def chart_metrics(kind: Kind) -> tuple[Metric, ...]:
    """What a chart plots: the best and the total hold per session, or the reps."""
    return ("best_hold_s", "total_hold_s") if kind == "hold" else ("total_reps",)


def _chronological(rows: Iterable[SessionSideTotals]) -> list[SessionSideTotals]:
    return sorted(rows, key=lambda r: (r.local_date, r.session_id, _SIDE_ORDER.get(r.side, 3)))


def exercise_series(rows: Iterable[SessionSideTotals]) -> list[SideSeries]:
    """Each chart line for one exercise: per metric of its kind, one line per side (left,
    right, then both), skipping sessions without a value. No rows → no lines."""
    ordered = _chronological(rows)
    kind = exercise_kind(ordered)
    if kind is None:
        return []
    sides = sorted({r.side for r in ordered}, key=lambda s: (_SIDE_ORDER.get(s, 3), s))
    lines = []
    for metric in chart_metrics(kind):
        for side in sides:
            points = []
            for row in ordered:
                value = metric_value(row, metric)
                if row.side == side and value is not None:
                    points.append(Point(row.session_id, row.local_date, value))
            if points:
                lines.append(SideSeries(metric, side, tuple(points)))
    return lines


# --- left/right balance ------------------------------------------------------------------


class SymmetryPoint(msgspec.Struct, frozen=True, gc=False):
    session_id: int
    day: date
    #: Weaker side ÷ stronger side × 100: 100 is even.
    index: float
    behind: Behind | None

    @property
    def signed_gap(self) -> float:
        """How far behind in percent: positive when the left side is, negative the right."""
        gap = 100.0 - self.index
        return gap if self.behind == "left" else -gap


def symmetry_index(left: float | None, right: float | None) -> float | None:
    """Weaker ÷ stronger × 100. None (no point) when a side is missing, zero, negative or
    not a number: a side that did nothing says nothing about balance."""
    if left is None or right is None:
        return None
    if not (math.isfinite(left) and math.isfinite(right)) or left <= 0 or right <= 0:
        return None
    return min(left, right) / max(left, right) * 100.0


def balance_metric(kind: Kind) -> Metric:
    """Balance compares the work each side did in the session: total seconds held, or reps.
    Totals cover every set, so one hold cut short moves the index less than a best would."""
    return "total_hold_s" if kind == "hold" else "total_reps"


def symmetry_series(
    rows: Iterable[SessionSideTotals], metric: Metric | None = None
) -> list[SymmetryPoint]:
    """One point per session that has both sides, oldest first (``metric`` defaults to
    :func:`balance_metric` of the exercise's kind)."""
    ordered = _chronological(rows)
    kind = exercise_kind(ordered)
    if kind is None:
        return []
    chosen = metric or balance_metric(kind)
    days: dict[int, date] = {}
    values: dict[int, dict[str, float | None]] = {}
    for row in ordered:
        days.setdefault(row.session_id, row.local_date)
        values.setdefault(row.session_id, {})[row.side] = metric_value(row, chosen)
    points = []
    for session_id, sides in values.items():
        left, right = sides.get("left"), sides.get("right")
        index = symmetry_index(left, right)
        if index is None or left is None or right is None:
            continue
        behind: Behind | None = None if left == right else ("left" if left < right else "right")
        points.append(SymmetryPoint(session_id, days[session_id], index, behind))
    return points


class BalanceTrend(msgspec.Struct, frozen=True):
    """Which side is behind and by how much (a rolling mean), now and ``weeks_back`` ago."""

    behind: Behind | None  # None: even
    gap_pct: float
    weeks_back: int
    earlier_behind: Behind | None = None
    #: None when there were no sessions with both sides back then to compare with.
    earlier_gap_pct: float | None = None


def _rolling(points: Sequence[SymmetryPoint], even_below: float) -> tuple[Behind | None, float]:
    mean = sum(p.signed_gap for p in points) / len(points)
    if abs(mean) < even_below:
        return None, abs(mean)
    return ("left" if mean > 0 else "right"), abs(mean)


def balance_trend(
    points: Sequence[SymmetryPoint],
    today: date,
    weeks_back: int = 8,
    window: int = 3,
    even_below: float = 1.0,
) -> BalanceTrend | None:
    """The gap now and ``weeks_back`` weeks ago, each the mean of the signed gaps of the last
    ``window`` sessions up to that day, so one bad day does not flip the side. A mean under
    ``even_below`` percent is even. None when no session up to today has both sides."""
    if window < 1 or weeks_back < 1:
        raise ValueError("window and weeks_back must be at least 1")
    ordered = sorted(points, key=lambda p: (p.day, p.session_id))
    now = [p for p in ordered if p.day <= today][-window:]
    if not now:
        return None
    behind, gap = _rolling(now, even_below)
    cutoff = today - timedelta(weeks=weeks_back)
    then = [p for p in ordered if p.day <= cutoff][-window:]
    if not then or then[-1].day < cutoff - timedelta(days=EARLIER_WITHIN_DAYS):
        return BalanceTrend(behind, gap, weeks_back)
    earlier_behind, earlier_gap = _rolling(then, even_below)
    return BalanceTrend(behind, gap, weeks_back, earlier_behind, earlier_gap)


def weeks_ago_words(weeks: int) -> str:
    """``8`` → ``"eight weeks ago"``; ``1`` → ``"one week ago"``; past twelve, digits."""
    if weeks == 1:
        return translate("progress", "one week ago")
    # The numbers one to twelve in words (past twelve, digits).
    words = translate(
        "progress", "one two three four five six seven eight nine ten eleven twelve"
    ).split(" ")
    number = words[weeks - 1] if 1 < weeks <= len(words) else str(weeks)
    return translate("progress", "{number} weeks ago").format(number=number)


def _gap(behind: Behind | None, gap: float) -> tuple[Behind | None, int]:
    percent = int(gap + 0.5)
    if behind is None or percent == 0:
        return None, 0
    return behind, percent


def balance_words(trend: BalanceTrend | None) -> str:
    """The trend in a sentence, e.g. "Left side 18% behind, was 30% eight weeks ago."."""
    if trend is None:
        return translate("progress", "Not enough sessions with both sides yet.")
    now, percent = _gap(trend.behind, trend.gap_pct)
    ago = weeks_ago_words(trend.weeks_back)
    if now:
        head = translate("progress", "{side} {percent}% behind").format(
            side=side_label(now), percent=percent
        )
    else:
        head = translate("progress", "Left and right even")
    if trend.earlier_gap_pct is None:
        text = translate("progress", "{head}; no sessions with both sides {ago} to compare.")
        return text.format(head=head, ago=ago)
    then, then_percent = _gap(trend.earlier_behind, trend.earlier_gap_pct)
    if not then:
        if not now:
            return translate("progress", "{head}, as {ago}.").format(head=head, ago=ago)
        return translate("progress", "{head}, was even {ago}.").format(head=head, ago=ago)
    if now and trend.behind == trend.earlier_behind:
        text = translate("progress", "{head}, was {percent}% {ago}.")
    elif then == "left":
        text = translate("progress", "{head}, was left side {percent}% behind {ago}.")
    else:
        text = translate("progress", "{head}, was right side {percent}% behind {ago}.")
    return text.format(head=head, percent=then_percent, ago=ago)


# --- weekly volume -----------------------------------------------------------------------


class ExerciseWeek(msgspec.Struct, frozen=True, gc=False):
    """What one exercise added up to in one week (any day of the week may stand for it;
    several rows for the same week and exercise, e.g. one per side, are added up)."""

    week_start: date
    exercise: str
    reps: int | None = 0
    hold_s: float | None = 0.0


class WeeklyVolume(msgspec.Struct, frozen=True):
    """Stacked bars: every Monday of the span, and per exercise one value per week (0 in a
    week without it). Time under tension is the seconds held; rep sets count in ``reps``."""

    weeks: tuple[date, ...]
    exercises: tuple[str, ...]
    hold_s: dict[str, tuple[float, ...]]
    reps: dict[str, tuple[int, ...]]


def volume_by_week(
    rows: Iterable[ExerciseWeek], first_day: date | None = None, last_day: date | None = None
) -> WeeklyVolume:
    """Align per-week per-exercise totals on one list of weeks, gaps filled with zeros.

    The weeks run from ``first_day``'s week (default: the earliest row's) to ``last_day``'s
    (default: the latest row's); rows outside are left out. Exercises come in id order so a
    colour stays with its exercise.
    """
    kept = list(rows)
    if not kept and (first_day is None or last_day is None):
        return WeeklyVolume((), (), {}, {})
    first = monday_of(first_day or min(r.week_start for r in kept))
    last = monday_of(last_day or max(r.week_start for r in kept))
    if first > last:
        raise ValueError(f"the volume chart starts ({first}) after it ends ({last})")
    weeks = tuple(first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1))
    position = {week: i for i, week in enumerate(weeks)}
    hold: dict[str, list[float]] = {}
    reps: dict[str, list[int]] = {}
    for row in kept:
        i = position.get(monday_of(row.week_start))
        if i is None:
            continue
        hold.setdefault(row.exercise, [0.0] * len(weeks))[i] += _finite(row.hold_s)
        reps.setdefault(row.exercise, [0] * len(weeks))[i] += max(0, row.reps or 0)
    names = tuple(sorted(hold))
    return WeeklyVolume(
        weeks,
        names,
        {name: tuple(hold[name]) for name in names},
        {name: tuple(reps[name]) for name in names},
    )


def _finite(value: float | None) -> float:
    return value if value is not None and math.isfinite(value) and value > 0 else 0.0

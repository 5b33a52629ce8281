"""Adherence: sessions this week against the weekly goal, the weekly streak, sessions per
week for the chart, and the 12-month calendar heatmap.

The unit is the week (Monday to Sunday), not the day: a rehab routine runs two or three times
a week, so a missed day never breaks anything and a week meets the goal or does not. Weeks are
counted back by subtracting seven days, never by ISO week numbers, so week 52 or 53 running
into week 1 is just the next week. Input is ``(local date, completed sessions)`` pairs, as
storage's ``sessions_per_day`` gives them once the dates are parsed; days after ``today`` (a
clock set wrong) count nowhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import msgspec

from hiptrainer.domain.progress import monday_of

DayCounts = Iterable[tuple[date, int]]

#: 53 columns cover at least the last 12 months whatever weekday today is (GitHub's grid).
HEATMAP_WEEKS = 53


class WeekGoal(msgspec.Struct, frozen=True):
    week_start: date
    sessions: int
    goal: int

    @property
    def met(self) -> bool:
        return self.sessions >= self.goal


class Heatmap(msgspec.Struct, frozen=True):
    """Columns of weeks (Mondays, oldest first) × rows of days (Monday first).

    ``counts[w][d]`` is the sessions on ``weeks[w] + d`` days, 0 for none, and None for the
    days after today in the current week (drawn blank).
    """

    weeks: tuple[date, ...]
    counts: tuple[tuple[int | None, ...], ...]

    @property
    def most(self) -> int:
        """The busiest day's count (0 for an empty year), to scale the colours."""
        return max((c for week in self.counts for c in week if c is not None), default=0)

    def day(self, week: int, weekday: int) -> date:
        return self.weeks[week] + timedelta(days=weekday)


def _per_day(days: DayCounts, today: date) -> dict[date, int]:
    found: dict[date, int] = {}
    for day, count in days:
        if count < 0:
            raise ValueError(f"{day}: a negative number of sessions ({count})")
        if day <= today:
            found[day] = found.get(day, 0) + count
    return found


def sessions_by_week(days: DayCounts, today: date) -> dict[date, int]:
    """Sessions per week, keyed by the week's Monday (weeks without any are absent)."""
    weeks: dict[date, int] = {}
    for day, count in _per_day(days, today).items():
        weeks[monday_of(day)] = weeks.get(monday_of(day), 0) + count
    return weeks


def _check_goal(goal: int) -> None:
    if goal < 1:
        raise ValueError(f"the weekly goal must be at least 1 session (got {goal})")


def this_week(days: DayCounts, goal: int, today: date) -> WeekGoal:
    """Sessions so far this week against the goal."""
    _check_goal(goal)
    week = monday_of(today)
    return WeekGoal(week, sessions_by_week(days, today).get(week, 0), goal)


def goal_weeks(days: DayCounts, goal: int, first_day: date, today: date) -> list[WeekGoal]:
    """Every week from ``first_day``'s to this one, each against the goal (for a bar chart
    with a goal line); weeks without sessions are there with 0."""
    _check_goal(goal)
    weeks = sessions_by_week(days, today)
    start, end = monday_of(first_day), monday_of(today)
    count = max(0, (end - start).days // 7 + 1)
    return [
        WeekGoal(start + timedelta(weeks=i), weeks.get(start + timedelta(weeks=i), 0), goal)
        for i in range(count)
    ]


def weekly_streak(days: DayCounts, goal: int, today: date) -> int:
    """Consecutive weeks that met the goal, counting back from this week.

    This week counts once it has met the goal; until then it does not break the streak (the
    week is not over), and the count starts from last week.
    """
    _check_goal(goal)
    weeks = sessions_by_week(days, today)
    week = monday_of(today)
    if weeks.get(week, 0) < goal:
        week -= timedelta(weeks=1)
    streak = 0
    # Ends: with goal >= 1 only the finitely many weeks that have sessions can meet it.
    while weeks.get(week, 0) >= goal:
        streak += 1
        week -= timedelta(weeks=1)
    return streak


def year_heatmap(days: DayCounts, today: date, weeks: int = HEATMAP_WEEKS) -> Heatmap:
    """The calendar heatmap: ``weeks`` columns ending with the current week, whatever range
    the charts show."""
    if weeks < 1:
        raise ValueError(f"a heatmap needs at least one week (got {weeks})")
    found = _per_day(days, today)
    first = monday_of(today) - timedelta(weeks=weeks - 1)
    mondays = tuple(first + timedelta(weeks=i) for i in range(weeks))
    counts = tuple(
        tuple(
            None if day > today else found.get(day, 0)
            for day in (monday + timedelta(days=d) for d in range(7))
        )
        for monday in mondays
    )
    return Heatmap(mondays, counts)

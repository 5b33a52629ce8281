"""Training histories for the Progress tab's tests, written through the store as the player
writes them (start a session, record each set, finish it, answer the morning question).

:func:`believable_history` is months of a runner doing the two bundled routines two or three
times a week: holds that grow, a left side that starts behind and catches up, a missed week
now and then, and a pain bump that rises twice in a row. :func:`add_session` writes one
session exactly as a test spells it, for tests that need to know every number.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path

from hiptrainer.domain.records import SetRecord
from hiptrainer.storage.database import database_path, open_database
from hiptrainer.storage.store import Store
from tests.helpers.clock import TZ, FakeClock

#: The believable history's last day: a Friday.
TODAY = date(2026, 11, 27)


@dataclass(frozen=True)
class Done:
    """One set as a test spells it: an exercise, a side, and reps or seconds held.

    A hold with ``holds`` > 1 is that many holds of the same length (one record each, as the
    player stores a set of holds).
    """

    exercise: str
    side: str
    reps: int | None = None
    hold_s: float | None = None
    holds: int = 1
    skipped: bool = False


@dataclass
class History:
    store: Store
    clock: FakeClock
    today: date
    #: Session ids with their local day, oldest first.
    sessions: list[tuple[int, date]] = field(default_factory=list)


def open_store(data_dir: Path, clock: FakeClock) -> Store:
    """A store on ``data_dir`` whose commits skip the disk flush: a test history of
    thousands of sets would otherwise wait on one fsync per set."""
    store = Store(open_database(data_dir, clock), database_path(data_dir), clock)
    store.conn.execute("PRAGMA synchronous = OFF")
    return store


def at(day: date, hour: int = 7, tz: tzinfo = TZ) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=tz)


def add_session(
    history: History,
    day: date,
    done: Iterable[Done],
    *,
    workout: str = "runners_hip_warmup",
    rpe: int | None = 5,
    pain_during: int | None = None,
    pain_after: int | None = None,
    pain_next_morning: int | None = None,
    status: str = "completed",
    hour: int = 7,
) -> int:
    """Write one session on ``day`` (at ``hour`` in the clock's zone) and return its id."""
    clock, store = history.clock, history.store
    tz = clock.moment.tzinfo or TZ
    clock.moment = at(day, hour, tz)
    session = store.start_session(workout)
    set_numbers: dict[tuple[str, str], int] = {}
    for item in done:
        key = (item.exercise, item.side)
        set_index = set_numbers.get(key, 0)
        set_numbers[key] = set_index + 1
        for rep_index in range(item.holds):
            start = clock()
            length = item.hold_s if item.hold_s is not None else 3.0 * (item.reps or 1)
            end = clock.advance(seconds=length)
            store.record_set(
                session,
                SetRecord(
                    exercise=item.exercise,
                    side=item.side,  # type: ignore[arg-type]
                    set_index=set_index,
                    rep_index=rep_index,
                    target_reps=item.reps,
                    reps=item.reps,
                    target_hold_s=item.hold_s,
                    hold_s=item.hold_s,
                    started_at=start,
                    ended_at=end,
                    skipped=item.skipped,
                ),
            )
            clock.advance(seconds=20)
    if status != "in_progress":
        store.finish_session(
            session,
            status,  # type: ignore[arg-type]
            rpe=rpe,
            pain_during=pain_during,
            pain_after=pain_after,
        )
    if pain_next_morning is not None:
        store.set_morning_pain(session, pain_next_morning)
    history.sessions.append((session, day))
    return session


def empty_history(data_dir: Path, today: date = TODAY, tz: tzinfo = TZ) -> History:
    clock = FakeClock(at(today, 7, tz))
    return History(open_store(data_dir, clock), clock, today)


def _both_sides(exercise: str, left: float, right: float, kind: str, sets: int = 1) -> list[Done]:
    found = []
    for _ in range(sets):
        for side, value in (("left", left), ("right", right)):
            if kind == "hold":
                found.append(Done(exercise, side, hold_s=round(value, 1), holds=5))
            else:
                found.append(Done(exercise, side, reps=max(1, round(value))))
    return found


def _warm_up(progress: float, rng: random.Random) -> list[Done]:
    """The runner's hip warm-up; ``progress`` runs 0 → 1 over the history."""
    wobble = rng.uniform(-1.0, 1.0)
    return [
        Done("glute_bridge", "both", reps=10 + round(4 * progress)),
        *_both_sides("clamshell", 9 + 3 * progress, 11 + progress, "reps"),
        *_both_sides("standing_leg_lift_rotation", 5 + 3 * progress, 6 + 2 * progress, "reps"),
        *_both_sides(
            "copenhagen_plank", 10 + 10 * progress + wobble, 13 + 7 * progress + wobble, "hold"
        ),
    ]


def _strength(progress: float, rng: random.Random) -> list[Done]:
    wobble = rng.uniform(-1.0, 1.0)
    return [
        *_both_sides(
            "copenhagen_plank", 10 + 10 * progress + wobble, 13 + 7 * progress + wobble, "hold"
        ),
        *_both_sides("standing_leg_lift_rotation", 5 + 3 * progress, 6 + 2 * progress, "reps"),
        *_both_sides("side_lying_hip_abduction", 9 + 3 * progress, 10 + 2 * progress, "reps", 2),
        *_both_sides("single_leg_bridge", 7 + 3 * progress, 9 + progress, "reps", 2),
    ]


#: Weeks (counted back from the last) the runner skipped altogether.
MISSED_WEEKS = (5, 13, 19)
#: Pain after the session for the sessions counted back from the newest: a bump that rises
#: twice in a row and then by 2 (both flagged), then settles.
PAIN_BUMP = {9: 2, 8: 3, 7: 5, 6: 3, 5: 2}


def believable_history(
    data_dir: Path, months: int = 6, today: date = TODAY, seed: int = 7, tz: tzinfo = TZ
) -> History:
    """About ``months`` months of training up to ``today``: Monday warm-ups, Wednesday
    strength, most Saturdays a warm-up, three missed weeks; pain and effort mostly low."""
    rng = random.Random(seed)
    history = empty_history(data_dir, today, tz)
    first_monday = today - timedelta(days=today.weekday()) - timedelta(weeks=round(months * 4.35))
    days: list[tuple[date, str]] = []
    week = first_monday
    while week <= today:
        weeks_back = (today - week).days // 7
        if weeks_back not in MISSED_WEEKS:
            days.append((week, "runners_hip_warmup"))
            days.append((week + timedelta(days=2), "post_run_strength"))
            if rng.random() < 0.6:
                days.append((week + timedelta(days=5), "runners_hip_warmup"))
        week += timedelta(weeks=1)
    days = [(day, workout) for day, workout in days if day <= today]
    for number, (day, workout) in enumerate(days):
        progress = number / max(1, len(days) - 1)
        back = len(days) - 1 - number
        sets = (
            _warm_up(progress, rng) if workout == "runners_hip_warmup" else _strength(progress, rng)
        )
        after = PAIN_BUMP.get(back, rng.choice((1, 1, 1, 2)))
        add_session(
            history,
            day,
            sets,
            workout=workout,
            rpe=rng.choice((4, 5, 6, 6, 7)),
            pain_during=max(0, after - 1),
            pain_after=after,
            pain_next_morning=None if back == 0 else max(0, after - rng.choice((0, 1, 1, 1))),
            hour=7 if workout == "runners_hip_warmup" else 18,
        )
    return history


def exercise_days(history: History) -> Sequence[date]:
    return [day for _, day in history.sessions]


# --- a small history whose every number a test can name ---------------------------------------

PLANK, CLAM, BRIDGE = "copenhagen_plank", "clamshell", "glute_bridge"
#: The days of :func:`known_history`, oldest first.
KNOWN_DAYS = (
    date(2026, 9, 28),
    date(2026, 9, 30),
    date(2026, 11, 2),
    date(2026, 11, 9),
    date(2026, 11, 11),
    date(2026, 11, 13),
    date(2026, 11, 16),
    date(2026, 11, 18),
    date(2026, 11, 23),
)


def plank(left: float, right: float) -> list[Done]:
    return [Done(PLANK, "left", hold_s=left), Done(PLANK, "right", hold_s=right)]


def known_history(data_dir: Path) -> History:
    """Up to Friday 27 Nov 2026 (:data:`TODAY`):

    - the plank every session: left 10 s / right 20 s on 28 and 30 Sep, then left 15 s /
      right 20 s (left 25% behind now, 50% eight weeks ago);
    - clamshells on 30 Sep (10/10) and 18 Nov (12/11); a glute bridge (12 reps) on 28 Sep;
    - sessions per week: 2 (28 Sep), 1 (2 Nov), 3 (9 Nov), 2 (16 Nov), 1 this week (23 Nov),
      so this week is 1 of 2 and the streak is 2 weeks;
    - pain: 18 Nov after 1 and next morning 0; 23 Nov during 2, after 4 (the latest).
    """
    history = empty_history(data_dir)
    first, second, *november = KNOWN_DAYS
    add_session(history, first, [*plank(10, 20), Done(BRIDGE, "both", reps=12)])
    add_session(history, second, [*plank(10, 20), *_both_sides(CLAM, 10, 10, "reps")])
    for day in november:
        if day == date(2026, 11, 18):
            done = plank(15, 20) + _both_sides(CLAM, 12, 11, "reps")
            add_session(history, day, done, pain_after=1, pain_next_morning=0)
        elif day == date(2026, 11, 23):
            add_session(history, day, plank(15, 20), pain_during=2, pain_after=4)
        else:
            add_session(history, day, plank(15, 20))
    return history


def daily_planks(data_dir: Path, days: int, today: date = TODAY) -> History:
    """``days`` sessions, one a day up to ``today``: the plank on both sides (left 10–19 s,
    right 20 s) with pain and effort rated, so every line has ``days`` points."""
    history = empty_history(data_dir, today)
    for back in range(days - 1, -1, -1):
        add_session(
            history, today - timedelta(days=back), plank(10 + back % 10, 20),
            pain_during=back % 3, pain_after=1 + back % 2,
        )  # fmt: skip
    return history

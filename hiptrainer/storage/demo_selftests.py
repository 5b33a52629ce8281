"""Self-test sittings for a demo history: every five weeks or so from the first training
day, the left side behind at first and catching up as the training goes on (as the demo's
sessions do), and the last sitting over four weeks ago, so the retest reminder is due."""

from __future__ import annotations

import math
import random
import sqlite3
from datetime import date, datetime, time, timedelta, tzinfo

from hiptrainer.storage.selftests import record_side, start_selftest

#: (test, unit, right side's first result, its last, how far it varies, the rest between sides)
DEMO_TESTS = (
    ("side_bridge", "s", 48.0, 82.0, 4.0, 90),
    ("single_leg_hamstring_bridge", "reps", 17.0, 29.0, 1.5, 90),
    ("copenhagen_hold", "s", 22.0, 45.0, 3.0, 90),
)
EVERY_DAYS = 35
#: The last sitting this long before today: past four weeks, the reminder says retest.
LAST_BEFORE_DAYS = 33
LEFT_BEHIND_START = 0.22
LEFT_BEHIND_END = 0.04
CATCH_UP_WEEKS = 12.0


def sitting_days(first_day: date, today: date) -> list[date]:
    """Every :data:`EVERY_DAYS` days back from the last sitting, none before ``first_day``."""
    day, found = today - timedelta(days=LAST_BEFORE_DAYS), []
    while day >= first_day:
        found.append(day)
        day -= timedelta(days=EVERY_DAYS)
    return found[::-1]


def write_demo_selftests(
    conn: sqlite3.Connection, first_day: date, today: date, rng: random.Random, tz: tzinfo | None
) -> int:
    """Write the demo's sittings through ``conn`` (inside the caller's transaction); how
    many sittings were written."""
    days = sitting_days(first_day, today)
    span = max(1, (days[-1] - days[0]).days) if days else 1
    for day in days:
        weeks = (day - first_day).days / 7
        progress = (day - days[0]).days / span
        behind = LEFT_BEHIND_END + (LEFT_BEHIND_START - LEFT_BEHIND_END) * math.exp(
            -weeks / CATCH_UP_WEEKS
        )
        moment = datetime.combine(day, time(17, 30), tz).astimezone(tz)
        for test, unit, first, last, spread, rest in DEMO_TESTS:
            right = first + (last - first) * progress + rng.uniform(-spread, spread)
            left = right * (1 - behind) + rng.uniform(-spread, spread) / 2
            if unit == "reps":
                right, left = float(round(right)), float(round(left))
            else:
                right, left = round(right, 1), round(left, 1)
            sitting = start_selftest(conn, test, moment, f"{rng.getrandbits(128):032x}")
            record_side(conn, sitting, "left", left, unit, moment + timedelta(seconds=left + 10))
            ended = moment + timedelta(seconds=left + rest + right + 20)
            record_side(conn, sitting, "right", right, unit, ended)
            moment = ended + timedelta(minutes=5)
    return len(days)

"""What the Progress tab reads from the store, read once per change of the data.

Each read is cached until the data changes: switching back to an exercise or a range costs
nothing. Only the most recent reads are kept (:data:`KEPT_READS`, :data:`KEPT_PER_KIND`), so
visiting every exercise in every range over ten years does not keep ten years per visit in
memory. A change is noticed cheaply (the connection's count of changed rows, plus SQLite's
``data_version`` for writes through another connection) without reading any table.
Everything here is storage's queries (hiptrainer/storage/progress_queries.py, and the
self-test reads of hiptrainer/storage/selftests.py).
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable
from datetime import date, timedelta
from typing import Protocol, TypeVar

from hiptrainer.domain.progress import (
    EARLIER_WITHIN_DAYS,
    ExerciseWeek,
    SessionSideTotals,
)
from hiptrainer.domain.progress_pain import SessionScores
from hiptrainer.domain.progress_records import DatedSet
from hiptrainer.domain.selftest import SelfTestResult
from hiptrainer.storage import progress_queries as queries
from hiptrainer.storage import selftests

#: How far back the balance trend looks ("was N% eight weeks ago"), whatever the range.
TREND_WEEKS = 8
Fingerprint = tuple[int, int, int]
#: How many reads the cache keeps, the most recently used: enough for what one view of the
#: tab shows (about ten reads) and a switch back to the previous exercise or range.
KEPT_READS = 24
#: How many reads of one kind (one exercise's sessions in one range, a range's weeks...) it
#: keeps: the one shown, the one before it, and the balance trend's own.
KEPT_PER_KIND = 3
T = TypeVar("T")


class ProgressStore(Protocol):
    """The part of the store the tab uses: its connection, for the progress queries."""

    conn: sqlite3.Connection


def trend_start(today: date) -> date:
    """The first day the balance trend needs: a few sessions before eight weeks ago."""
    return today - timedelta(weeks=TREND_WEEKS, days=2 * EARLIER_WITHIN_DAYS)


class ProgressReader:
    """Cached reads from whichever store is open now (``store_getter`` may return None)."""

    def __init__(self, store_getter: Callable[[], ProgressStore | None]) -> None:
        self._store_getter = store_getter
        self._cache: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self.loaded: Fingerprint | None = None

    def store(self) -> ProgressStore | None:
        return self._store_getter()

    def fingerprint(self) -> Fingerprint | None:
        """Changes whenever the data may have: another store, a write through this
        connection, or a commit through another one. None when no store is open."""
        store = self._store_getter()
        if store is None:
            return None
        conn = store.conn
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        return (id(conn), conn.total_changes, version)

    def changed(self) -> bool:
        return self.fingerprint() != self.loaded

    def reset(self) -> None:
        """Forget every cached read and remember the data as it is now."""
        self._cache.clear()
        self.loaded = self.fingerprint()

    def _conn(self) -> sqlite3.Connection:
        store = self._store_getter()
        if store is None:
            raise sqlite3.OperationalError("the training data is not open")
        return store.conn

    def exercises(self) -> list[tuple[str, date]]:
        return self.memo(("exercises",), lambda: queries.exercises_with_data(self._conn()))

    def session_days(self) -> list[tuple[date, int]]:
        """Every day with a completed session (a row per day: small even after years)."""
        return self.memo(("days",), lambda: queries.session_days(self._conn()))

    def scores(self) -> list[SessionScores]:
        """Pain and effort of every completed session: a flag at the start of a range needs
        the session before it, and the latest pain ignores the range."""
        return self.memo(("scores",), lambda: queries.session_scores(self._conn()))

    def side_totals(self, exercise: str, since: date | None) -> list[SessionSideTotals]:
        return self.memo(
            ("totals", exercise, since),
            lambda: queries.session_side_totals(self._conn(), exercise, since),
        )

    def weeks(self, since: date | None) -> list[ExerciseWeek]:
        return self.memo(("weeks", since), lambda: queries.exercise_weeks(self._conn(), since))

    def record_candidates(self) -> list[DatedSet]:
        """The few sets that can hold a record (the domain's ``bests`` picks them)."""
        return self.memo(("records",), lambda: queries.record_candidates(self._conn()))

    def selftest_results(self) -> list[SelfTestResult]:
        """Every self-test result, oldest first (a few a month: small after years)."""
        return self.memo(("selftests",), lambda: selftests.selftest_results(self._conn()))

    def last_tested(self) -> date | None:
        return self.memo(("last_tested",), lambda: selftests.last_tested(self._conn()))

    def memo(self, key: tuple[object, ...], read: Callable[[], T]) -> T:
        """``read()``, kept until the data changes (for reads and what is made of them)."""
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]  # type: ignore[return-value]
        # Make room first, so the reads that are let go are gone before the new one is made
        # (one exercise's ten years of sessions is over a megabyte in Python).
        same_kind = [k for k in self._cache if k[0] == key[0]]
        for old in same_kind[: max(0, len(same_kind) - KEPT_PER_KIND + 1)]:
            del self._cache[old]
        while len(self._cache) >= KEPT_READS:
            self._cache.popitem(last=False)
        value = read()
        self._cache[key] = value
        return value

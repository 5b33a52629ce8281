"""The store's calls for self-tests, dismissed suggestions and the progression log.

Thin wrappers over :mod:`hiptrainer.storage.selftests` on the store's own connection: each
write is its own transaction, committed before the call returns (a side's result survives a
crash the moment it is saved, as a set does), and refused on a read-only database like every
other write; an SQLite error becomes one line (a StorageError) for the user.

Kept apart from :mod:`hiptrainer.storage.store` so that module stays about sessions and sets;
:class:`~hiptrainer.storage.store.Store` takes these methods in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from hiptrainer.storage import selftests
from hiptrainer.storage.sqlite_errors import translate

if TYPE_CHECKING:
    from hiptrainer.domain.progression import ProgressionLog
    from hiptrainer.domain.selftest import SelfTestResult

Read = TypeVar("Read")


class SelfTestCalls:
    """Mixed into ``Store``, which provides the connection, the clock and transactions."""

    conn: sqlite3.Connection
    path: Path
    _new_uuid: Callable[[], str]

    def now(self) -> datetime:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def _read(self, query: Callable[[sqlite3.Connection], Read]) -> Read:
        try:
            return query(self.conn)
        except sqlite3.Error as exc:
            raise translate(exc, self.path, "nothing was read") from None

    # --- self-tests -------------------------------------------------------------------------

    def start_selftest(self, test: str) -> int:
        """A new sitting of self-test ``test``, now; its id (results are saved against it)."""
        moment = self.now()
        with self.transaction() as conn:
            return selftests.start_selftest(conn, test, moment, self._new_uuid())

    def record_selftest_side(self, selftest_id: int, side: str, value: float, unit: str) -> None:
        """Save one side's result now; saving the same side again corrects it."""
        moment = self.now()
        with self.transaction() as conn:
            selftests.record_side(conn, selftest_id, side, value, unit, moment)

    def delete_selftest(self, selftest_id: int) -> bool:
        with self.transaction() as conn:
            return selftests.delete_selftest(conn, selftest_id)

    def selftest_results(
        self, test: str | None = None, since: date | None = None
    ) -> list[SelfTestResult]:
        return self._read(lambda conn: selftests.selftest_results(conn, test, since))

    def last_tested(self, test: str | None = None) -> date | None:
        return self._read(lambda conn: selftests.last_tested(conn, test))

    # --- progression ------------------------------------------------------------------------

    def dismiss_suggestion(self, key: str) -> None:
        moment = self.now()
        with self.transaction() as conn:
            selftests.dismiss_suggestion(conn, key, moment)

    def dismissed_suggestions(self) -> set[str]:
        return self._read(selftests.dismissed_suggestions)

    def progression_log(self, workout: str, sessions: int = 8) -> ProgressionLog:
        return self._read(lambda conn: selftests.progression_log(conn, workout, sessions))

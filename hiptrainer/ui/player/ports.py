"""What the player needs from the session store, as a Protocol (no Qt, no SQLite import).

The player only calls these methods; ``hiptrainer.storage.store.Store`` provides them, and
tests can hand in a store that fails on purpose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from hiptrainer.ui.player.selftest.ports import SelfTestStore, SuggestionStore

if TYPE_CHECKING:
    import sqlite3

    from hiptrainer.domain.records import SetRecord, Status
    from hiptrainer.storage.store import SessionInfo


class SessionStore(SelfTestStore, SuggestionStore, Protocol):
    """The calls the Train tab makes while a workout runs, and to resume or sum one up; and
    those of its Test mode and its suggestions."""

    #: The database file cannot be written: a workout would record nothing.
    read_only: bool

    @property
    def conn(self) -> sqlite3.Connection:
        """For the bests before a session (longest hold, most reps in a set) that the
        summary's records are measured against."""
        ...

    def start_session(self, workout: str | None) -> int: ...

    def record_set(self, session_id: int, record: SetRecord) -> None: ...

    def finish_session(
        self,
        session_id: int,
        status: Status = "completed",
        *,
        rpe: int | None = None,
        pain_during: int | None = None,
        pain_after: int | None = None,
        notes: str = "",
    ) -> None: ...

    def session(self, session_id: int) -> SessionInfo: ...

    def sets(self, session_id: int) -> list[SetRecord]: ...

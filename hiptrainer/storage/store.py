"""The session store: what the player calls while a workout runs.

Every write is its own transaction and is committed (``synchronous=FULL``) before the call
returns, so a crash or power cut loses at most the set in progress.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import msgspec

from hiptrainer.domain.model import Exercise, Workout
from hiptrainer.domain.records import SetRecord, Status
from hiptrainer.storage.database import is_read_only
from hiptrainer.storage.errors import NewerDatabaseError, ReadOnlyError, StorageError
from hiptrainer.storage.selftest_store import SelfTestCalls
from hiptrainer.storage.sqlite_errors import translate

Clock = Callable[[], datetime]
#: A stored definition: ("exercise" or "workout", its id, its JSON body).
DefinitionRow = tuple[str, str, str]
#: The schema version that added the definitions table.
DEFINITIONS_SINCE = 2


def local_now() -> datetime:
    return datetime.now().astimezone()


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


class SessionInfo(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    uuid: str
    workout: str | None
    local_date: str
    started_at: datetime
    ended_at: datetime | None
    status: Status
    rpe: int | None
    pain_during: int | None
    pain_after: int | None
    pain_next_morning: int | None
    notes: str


SESSION_COLUMNS = (
    "id, uuid, workout, local_date, started_at, ended_at, status, rpe, pain_during, "
    "pain_after, pain_next_morning, notes"
)
SET_COLUMNS = (
    "exercise, side, set_index, rep_index, target_reps, reps, target_hold_s, hold_s, load, "
    "started_at, ended_at, skipped"
)


def session_from_row(row: tuple[object, ...]) -> SessionInfo:
    names = [name.strip() for name in SESSION_COLUMNS.split(",")]
    return msgspec.convert(dict(zip(names, row, strict=True)), SessionInfo)


def set_from_row(row: tuple[object, ...]) -> SetRecord:
    names = [name.strip() for name in SET_COLUMNS.split(",")]
    data = dict(zip(names, row, strict=True))
    data["skipped"] = bool(data["skipped"])
    return msgspec.convert(data, SetRecord)


def set_values(session_id: int, record: SetRecord) -> tuple[object, ...]:
    return (
        session_id, record.exercise, record.side, record.set_index, record.rep_index,
        record.target_reps, record.reps, record.target_hold_s, record.hold_s, record.load,
        iso(record.started_at), iso(record.ended_at), int(record.skipped),
    )  # fmt: skip


class Store(SelfTestCalls):
    """Sessions, sets and the user's own definitions in one SQLite connection; self-test
    results, dismissed suggestions and the progression log through :class:`SelfTestCalls`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        now: Clock = local_now,
        new_uuid: Callable[[], str] = lambda: uuid.uuid4().hex,
        *,
        read_only: bool | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self._now = now
        self._new_uuid = new_uuid
        #: True when nothing can be saved (a read-only file, folder or connection): views
        #: read it to refuse to start a workout whose sets could not be recorded.
        self.read_only: bool = is_read_only(conn) if read_only is None else read_only

    def now(self) -> datetime:
        return self._now()

    def is_empty(self) -> bool:
        """True if the database holds no session and no definition of the user's."""
        row = self.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM sessions) OR EXISTS (SELECT 1 FROM definitions)"
        ).fetchone()
        return not row[0]

    def refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.path}: the database cannot be written (read-only)")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; any failure rolls back and becomes StorageError."""
        self.refuse_if_read_only()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise translate(exc, self.path) from None
            raise

    # --- the player's calls ----------------------------------------------------------------

    def start_session(self, workout: str | None) -> int:
        moment = self._now()
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (uuid, workout, local_date, started_at, status) "
                "VALUES (?, ?, ?, ?, 'in_progress')",
                (self._new_uuid(), workout, moment.date().isoformat(), iso(moment)),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def record_set(self, session_id: int, record: SetRecord) -> None:
        """Save one completed (or skipped) set; recording the same set again corrects it."""
        with self.transaction() as conn:
            conn.execute(
                f"INSERT INTO sets (session_id, {SET_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (session_id, exercise, side, set_index, rep_index) DO UPDATE SET "
                "target_reps = excluded.target_reps, reps = excluded.reps, "
                "target_hold_s = excluded.target_hold_s, hold_s = excluded.hold_s, "
                "load = excluded.load, started_at = excluded.started_at, "
                "ended_at = excluded.ended_at, skipped = excluded.skipped",
                set_values(session_id, record),
            )

    def finish_session(
        self,
        session_id: int,
        status: Status = "completed",
        *,
        rpe: int | None = None,
        pain_during: int | None = None,
        pain_after: int | None = None,
        notes: str = "",
    ) -> None:
        with self.transaction() as conn:
            changed = conn.execute(
                "UPDATE sessions SET status = ?, ended_at = ?, rpe = ?, pain_during = ?, "
                "pain_after = ?, notes = ? WHERE id = ?",
                (status, iso(self._now()), rpe, pain_during, pain_after, notes, session_id),
            ).rowcount
            if changed != 1:
                raise StorageError(f"there is no session {session_id}")

    def set_morning_pain(self, session_id: int, pain: int) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET pain_next_morning = ? WHERE id = ?", (pain, session_id)
            )

    def interrupted_session(self) -> SessionInfo | None:
        """The newest session still marked in progress (the app stopped during it)."""
        row = self.conn.execute(
            f"SELECT {SESSION_COLUMNS} FROM sessions WHERE status = 'in_progress' "
            "ORDER BY started_at DESC, id DESC LIMIT 1"
        ).fetchone()
        return session_from_row(row) if row else None

    # --- reading ---------------------------------------------------------------------------

    def session(self, session_id: int) -> SessionInfo:
        row = self.conn.execute(
            f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise StorageError(f"there is no session {session_id}")
        return session_from_row(row)

    def sessions(self) -> list[SessionInfo]:
        rows = self.conn.execute(
            f"SELECT {SESSION_COLUMNS} FROM sessions ORDER BY started_at, id"
        ).fetchall()
        return [session_from_row(row) for row in rows]

    def sets(self, session_id: int) -> list[SetRecord]:
        rows = self.conn.execute(
            f"SELECT {SET_COLUMNS} FROM sets WHERE session_id = ? ORDER BY started_at, id",
            (session_id,),
        ).fetchall()
        return [set_from_row(row) for row in rows]

    # --- the user's own routines and exercises ---------------------------------------------
    # Stored as rows (kind, id, JSON body). The storage layer neither reads nor checks a body:
    # hiptrainer.catalog validates every one it reads (a broken row is skipped there) and
    # every one it hands over to be written.

    def definition_rows(self) -> list[DefinitionRow]:
        """Every stored definition as (kind, id, body): exercises first, each kind by id."""
        try:
            rows = self.conn.execute(
                "SELECT kind, id, body FROM definitions ORDER BY kind, id"
            ).fetchall()
        except sqlite3.Error as exc:
            raise translate(exc, self.path, "nothing was read") from None
        return [(kind, item_id, body) for kind, item_id, body in rows]

    def write_definitions(
        self, put: Sequence[DefinitionRow] = (), delete: Sequence[tuple[str, str]] = ()
    ) -> int:
        """Delete ``delete`` (kind, id) and store ``put`` (kind, id, body), each replacing one of
        the same kind and id, all in one transaction (all or nothing). Returns how many rows
        changed: a body equal to the stored one changes nothing."""
        stamp = iso(self._now())
        changed = 0
        with self.transaction() as conn:
            for kind, item_id in delete:
                cursor = conn.execute(
                    "DELETE FROM definitions WHERE kind = ? AND id = ?", (kind, item_id)
                )
                changed += cursor.rowcount
            for kind, item_id, body in put:
                cursor = conn.execute(
                    "INSERT INTO definitions (kind, id, body, updated_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body, "
                    "updated_at = excluded.updated_at WHERE body != excluded.body",
                    (kind, item_id, body, stamp),
                )
                changed += cursor.rowcount
        return changed

    def save_definition(self, item: Exercise | Workout) -> None:
        """Store one exercise or routine as it is (the caller has validated it)."""
        kind = "exercise" if isinstance(item, Exercise) else "workout"
        self.write_definitions([(kind, item.id, msgspec.json.encode(item).decode())])

    def custom_exercises(self) -> list[Exercise]:
        """Stored exercises read with the bundled schema (a custom exercise's library poses
        do not pass it: the app reads them through hiptrainer.catalog.user)."""
        return [msgspec.json.decode(body, type=Exercise) for body in self._bodies("exercise")]

    def user_workouts(self) -> list[Workout]:
        return [msgspec.json.decode(body, type=Workout) for body in self._bodies("workout")]

    def _bodies(self, kind: str) -> list[str]:
        return [body for found, _, body in self.definition_rows() if found == kind]

    def delete_definition(self, kind: str, item_id: str) -> None:
        self.write_definitions(delete=[(kind, item_id)])


def read_definition_rows(data_dir: Path) -> list[DefinitionRow]:
    """The stored definitions of ``data_dir`` for a command that only lists them: read without
    creating, locking or updating the database. None stored (no database yet, or one from
    before definitions were kept) is an empty list; an unreadable database a StorageError."""
    from hiptrainer.storage.database import connect_read_only, database_path
    from hiptrainer.storage.migrations import LATEST, version_of

    path = database_path(data_dir)
    if not path.is_file():
        return []
    try:
        conn = connect_read_only(path)
        try:
            version = version_of(conn)
            if version > LATEST:
                raise NewerDatabaseError(
                    f"{path} was written by a newer HipTrainer (schema {version}, this one "
                    f"knows up to {LATEST}); update HipTrainer to read it"
                )
            if version < DEFINITIONS_SINCE:
                return []
            return Store(conn, path, read_only=True).definition_rows()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate(exc, path, "nothing was changed") from None

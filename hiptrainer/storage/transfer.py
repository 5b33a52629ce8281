"""Data out and in: a CSV of every set for spreadsheets, a JSON backup of everything, and
importing such a backup (or an exercise pack) as one all-or-nothing, idempotent merge."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from hiptrainer.domain.model import Exercise, Workout
from hiptrainer.domain.records import Session
from hiptrainer.storage.database import StorageError
from hiptrainer.storage.store import SET_COLUMNS, Store, iso, set_values

BACKUP_FORMAT: Literal["hiptrainer-backup"] = "hiptrainer-backup"
PACK_FORMAT: Literal["hiptrainer-pack"] = "hiptrainer-pack"
FORMAT_VERSION: Literal[1] = 1

CSV_COLUMNS = [
    "date", "session_id", "workout", "exercise", "side", "set", "rep", "target_reps", "reps",
    "target_hold_s", "hold_s", "load", "skipped", "rpe", "pain", "pain_after",
    "pain_next_morning", "notes", "started_at", "ended_at",
]  # fmt: skip


class BackupFile(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    format: Annotated[Literal["hiptrainer-backup"], Meta(description='"hiptrainer-backup"')]
    version: Annotated[Literal[1], Meta(description="1")]
    sessions: list[Session] = []
    exercises: list[Exercise] = []
    workouts: list[Workout] = []


class PackFile(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    format: Annotated[Literal["hiptrainer-pack"], Meta(description='"hiptrainer-pack"')]
    version: Annotated[Literal[1], Meta(description="1")]
    exercises: list[Exercise] = []
    workouts: list[Workout] = []


class ImportFileError(StorageError):
    """The file to import is unreadable or invalid; nothing was written."""


class ImportSummary(msgspec.Struct, frozen=True):
    sessions: int
    sets: int
    exercises: int
    workouts: int


# --- export ---------------------------------------------------------------------------------


def _fmt(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def export_csv(store: Store) -> str:
    """One row per recorded set (per side), oldest first, with a header row."""
    rows = store.conn.execute(
        "SELECT s.local_date, s.id, s.workout, t.exercise, t.side, t.set_index, t.rep_index, "
        "t.target_reps, t.reps, t.target_hold_s, t.hold_s, t.load, t.skipped, s.rpe, "
        "s.pain_during, s.pain_after, s.pain_next_morning, s.notes, t.started_at, t.ended_at "
        "FROM sets t JOIN sessions s ON s.id = t.session_id "
        "ORDER BY s.started_at, s.id, t.started_at, t.id"
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        values = list(row)
        values[5] += 1  # sets and reps are counted from 1 for people
        values[6] += 1
        values[12] = "yes" if values[12] else "no"
        writer.writerow([_fmt(v) for v in values])
    return out.getvalue()


def export_json(store: Store) -> bytes:
    """Everything: sessions with their sets, custom exercises and user routines."""
    sessions = []
    for info in store.sessions():
        fields = msgspec.structs.asdict(info)
        del fields["id"], fields["local_date"]
        sessions.append(Session(**fields, sets=store.sets(info.id)))
    backup = BackupFile(
        format=BACKUP_FORMAT,
        version=FORMAT_VERSION,
        sessions=sessions,
        exercises=store.custom_exercises(),
        workouts=store.user_workouts(),
    )
    return msgspec.json.format(msgspec.json.encode(backup), indent=2) + b"\n"


# --- import ---------------------------------------------------------------------------------


def read_import(path: Path) -> BackupFile | PackFile:
    """Parse and validate a backup or pack; any problem is one line naming record and field."""
    from hiptrainer.validation import explain

    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"{where}: cannot read: {exc.strerror}") from None
    try:
        data: Any = msgspec.json.decode(raw)
    except msgspec.DecodeError as exc:
        raise ImportFileError(f"{where}: not valid JSON ({exc})") from None
    kind = data.get("format") if isinstance(data, dict) else None
    schema: type[BackupFile] | type[PackFile]
    if kind == BACKUP_FORMAT:
        schema = BackupFile
    elif kind == PACK_FORMAT:
        schema = PackFile
    else:
        raise ImportFileError(
            f'{where}: format: expected "{BACKUP_FORMAT}" or "{PACK_FORMAT}", '
            f"got {msgspec.json.encode(kind).decode()}"
        )
    try:
        return msgspec.convert(data, schema)
    except msgspec.ValidationError as exc:
        message = explain(exc, schema, data).replace("\n", "\\n")
        raise ImportFileError(f"{where}: {message}") from None


def check_references(
    item: BackupFile | PackFile, where: str, bundled: set[str], existing: Iterable[str]
) -> None:
    """Custom exercises must not reuse bundled ids; routines must name known exercises."""
    known = bundled | set(existing) | {e.id for e in item.exercises}
    for index, exercise in enumerate(item.exercises):
        if exercise.id in bundled:
            raise ImportFileError(
                f'{where}: exercises[{index}].id: "{exercise.id}" is a bundled exercise; '
                "give the custom exercise its own id"
            )
    for w_index, workout in enumerate(item.workouts):
        for b_index, block in enumerate(workout.blocks):
            if block.exercise not in known:
                raise ImportFileError(
                    f"{where}: workouts[{w_index}].blocks[{b_index}].exercise: unknown "
                    f'exercise id "{block.exercise}"'
                )


def import_file(store: Store, path: Path, bundled: set[str]) -> ImportSummary:
    """Merge ``path`` into the database in one transaction; importing it again adds nothing."""
    item = read_import(path)
    existing = [e.id for e in store.custom_exercises()]
    check_references(item, str(path), bundled, existing)
    counts = {"sessions": 0, "sets": 0, "exercises": 0, "workouts": 0}
    sessions = item.sessions if isinstance(item, BackupFile) else []
    with store.transaction() as conn:
        for session in sessions:
            row = conn.execute("SELECT id FROM sessions WHERE uuid = ?", (session.uuid,)).fetchone()
            if row is None:
                cursor = conn.execute(
                    "INSERT INTO sessions (uuid, workout, local_date, started_at, ended_at, "
                    "status, rpe, pain_during, pain_after, pain_next_morning, notes) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        session.uuid, session.workout, session.started_at.date().isoformat(),
                        iso(session.started_at),
                        iso(session.ended_at) if session.ended_at else None, session.status,
                        session.rpe, session.pain_during, session.pain_after,
                        session.pain_next_morning, session.notes,
                    ),
                )  # fmt: skip
                session_id = cursor.lastrowid
                counts["sessions"] += 1
            else:
                session_id = row[0]
            assert session_id is not None
            for record in session.sets:
                cursor = conn.execute(
                    f"INSERT INTO sets (session_id, {SET_COLUMNS}) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    set_values(session_id, record),
                )
                counts["sets"] += cursor.rowcount
        for kind, items in (("exercise", item.exercises), ("workout", item.workouts)):
            for definition in items:
                cursor = conn.execute(
                    "INSERT INTO definitions (kind, id, body, updated_at) "
                    "VALUES (?, ?, ?, datetime('now')) "
                    "ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body, "
                    "updated_at = excluded.updated_at WHERE body != excluded.body",
                    (kind, definition.id, msgspec.json.encode(definition).decode()),
                )
                counts[f"{kind}s"] += cursor.rowcount
    return ImportSummary(**counts)
